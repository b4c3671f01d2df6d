#pragma once

#include "domain/kpis.h"

#include <QAbstractTableModel>

namespace grab::ui {

// Every grabber of the period with their KPIs, one row each. A refresh merges the new rows by
// grabber id (rows come and go, the others change in place, one dataChanged over them all),
// so selection and scroll survive the live refresh. SortRole gives raw values; an undefined
// rate gives an invalid QVariant there, which LeaderboardProxy sorts last.
class LeaderboardModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeaderboardModel)

public:
    enum Column {
        Grabber,
        Volume,
        Won,
        Lost,
        Reclaimed,
        SuccessRate,
        FailureRate,
        HitRate,
        MedianResponse,
        Revenue,
        Satisfaction,
        Violations,
        Workload,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        GrabberIdRole,
        ActiveRole,
    };

    explicit LeaderboardModel(QObject *parent = nullptr);

    // Rows sorted by grabber id, as MetricsService::kpis returns them.
    void setRows(const QList<GrabberKpis> &rows);
    const GrabberKpis &rowAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 grabberId) const; // -1 if absent

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<GrabberKpis> m_rows;
};

} // namespace grab::ui
