#pragma once

#include "domain/training.h"

#include <QAbstractTableModel>
#include <QDate>

namespace grab::ui {

// One grabber's trainings, as TrainingService::list orders them (owed first, soonest due
// first; then the taken ones, newest first). Overdue rows are red and due-soon rows amber,
// with a tooltip saying why.
class TrainingModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingModel)

public:
    enum Column { Course, Category, State, Due, Taken, Hours, Source, ColumnCount };
    enum Role { TrainingIdRole = Qt::UserRole + 1, DueStateRole };

    explicit TrainingModel(QObject *parent = nullptr);

    void setTrainings(const QList<Training> &trainings, const QDate &today);
    const Training &trainingAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 trainingId) const; // -1 when absent
    int overdueCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Training> m_rows;
    QDate m_today;
};

} // namespace grab::ui
