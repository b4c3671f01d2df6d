#pragma once

#include "services/review/reviewdata.h"

#include <QAbstractTableModel>
#include <QList>

namespace grab::ui {

// The grabbers of one review cycle, one row each, as the page's table shows them. It holds
// plain ReviewEntry values that the page read through ReviewService; data() never touches
// the database. A score or decision changes one row (dataChanged over that row), a new cycle
// resets the model.
class ReviewEntryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewEntryModel)

public:
    enum Column { Name, Level, KpiScore, SupervisorScore, FinalScore, Grade, Decisions, Status, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values: numbers as numbers, undefined scores below every score
        GrabberIdRole,
        ScoredRole,
    };

    explicit ReviewEntryModel(QObject *parent = nullptr);

    void setEntries(const QList<ReviewEntry> &entries);
    // Replaces the row of entry.grabberId; false when the grabber has no row.
    bool updateEntry(const ReviewEntry &entry);
    const QList<ReviewEntry> &entries() const { return m_entries; }
    const ReviewEntry *entry(int row) const;
    int rowOf(qint64 grabberId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ReviewEntry> m_entries;
};

} // namespace grab::ui
