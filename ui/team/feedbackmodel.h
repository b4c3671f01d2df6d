#pragma once

#include "services/team/feedbackservice.h"

#include <QAbstractTableModel>

namespace grab::ui {

// A grabber's customer feedback, newest first: when, the order, the customer, how it ended,
// the score as stars and the comment. Scores of 1 and 2 read red.
class FeedbackModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackModel)

public:
    enum Column { When, Order, Customer, Outcome, Amount, Score, Comment, ColumnCount };
    enum Role { FeedbackIdRole = Qt::UserRole + 1, OrderIdRole, ScoreRole };

    explicit FeedbackModel(QObject *parent = nullptr);

    void setEntries(const QList<FeedbackService::Entry> &entries, qint64 nowMs);
    const FeedbackService::Entry &entryAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<FeedbackService::Entry> m_rows;
    qint64 m_nowMs = 0;
};

} // namespace grab::ui
