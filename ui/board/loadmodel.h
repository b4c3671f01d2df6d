#pragma once

#include "services/grab/quotaledger.h"

#include <QAbstractTableModel>

namespace grab::ui {

// The load strip: each grabber's open workload against its cap and today's orders against
// the daily cap, with a mark on those near or at a limit. Updates arrive as the whole team's
// quotas; only rows whose figures moved are announced (one dataChanged per changed run).
class LoadModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadModel)

public:
    enum Column { Grabber, Status, Workload, Today, Attempts, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        GrabberIdRole,
        UsedRole,  // for the bar columns: used and cap
        CapRole,
        LimitRole, // 0 fine, 1 near a limit, 2 at a limit
    };

    explicit LoadModel(QObject *parent = nullptr);

    void setQuotas(const QList<Quota> &quotas);
    const Quota &quotaAt(int row) const { return m_quotas.at(row); }
    const Quota *quota(qint64 grabberId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Quota> m_quotas; // by grabber id
};

} // namespace grab::ui
