#include "loadmodel.h"

#include "common/format.h"

#include <QBrush>
#include <QColor>

namespace grab::ui {

LoadModel::LoadModel(QObject *parent) : QAbstractTableModel(parent) {}

void LoadModel::setQuotas(const QList<Quota> &quotas)
{
    // Both lists are sorted by grabber id (the ledger reads them so): merge them, removing the
    // grabbers that went, inserting the new ones and announcing the changed ones.
    int row = 0;
    qsizetype i = 0;
    while (row < m_quotas.size() || i < quotas.size()) {
        if (i >= quotas.size() || (row < m_quotas.size() && m_quotas.at(row).grabberId < quotas.at(i).grabberId)) {
            beginRemoveRows(QModelIndex(), row, row);
            m_quotas.removeAt(row);
            endRemoveRows();
        } else if (row >= m_quotas.size() || m_quotas.at(row).grabberId > quotas.at(i).grabberId) {
            beginInsertRows(QModelIndex(), row, row);
            m_quotas.insert(row, quotas.at(i));
            endInsertRows();
            ++row;
            ++i;
        } else {
            if (!(m_quotas.at(row) == quotas.at(i))) {
                m_quotas[row] = quotas.at(i);
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            ++row;
            ++i;
        }
    }
}

const Quota *LoadModel::quota(qint64 grabberId) const
{
    for (const Quota &q : m_quotas) {
        if (q.grabberId == grabberId) {
            return &q;
        }
    }
    return nullptr;
}

int LoadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_quotas.size());
}

int LoadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LoadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Quota &q = m_quotas.at(index.row());
    const int limit = q.atLimit() ? 2 : q.nearLimit() ? 1 : 0;
    switch (role) {
    case GrabberIdRole: return q.grabberId;
    case LimitRole: return limit;
    case UsedRole:
        return index.column() == Workload ? QVariant(q.openWorkload) : index.column() == Today ? QVariant(q.takenToday) : QVariant();
    case CapRole:
        return index.column() == Workload ? QVariant(q.workloadCap) : index.column() == Today ? QVariant(q.dailyCap) : QVariant();
    case SortRole:
        switch (index.column()) {
        case Grabber: return q.name;
        case Status: return int(q.status);
        case Workload: return q.workloadCap ? double(q.openWorkload) / q.workloadCap : 0.0;
        case Today: return q.dailyCap ? double(q.takenToday) / q.dailyCap : 0.0;
        case Attempts: return q.attemptsToday;
        default: return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Grabber: return QStringLiteral("%1 · %2").arg(q.name, Format::level(q.level));
        case Status:
            if (q.status != GrabberStatus::Active) {
                return Format::status(q.status);
            }
            return limit == 2 ? tr("At a limit") : limit == 1 ? tr("Near a limit") : Format::status(q.status);
        case Workload: return QStringLiteral("%1 / %2").arg(q.openWorkload).arg(q.workloadCap);
        case Today: return QStringLiteral("%1 / %2").arg(q.takenToday).arg(q.dailyCap);
        case Attempts: return q.attemptsToday;
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Grabber:
        case Status: {
            // The whole name, and the status, which steps aside on a narrow window.
            const QString status = q.status != GrabberStatus::Active ? Format::status(q.status)
                                   : limit == 2                      ? tr("At a limit")
                                   : limit == 1                      ? tr("Near a limit")
                                                                     : Format::status(q.status);
            return QStringLiteral("%1 · %2 · %3").arg(q.name, Format::level(q.level), status);
        }
        case Workload: return tr("%1 open orders of at most %2: %3 more may be taken.").arg(q.openWorkload).arg(q.workloadCap).arg(q.workloadLeft());
        case Today:
            return tr("%1 orders today of a daily cap of %2%3: %4 left.")
                .arg(q.takenToday)
                .arg(q.dailyCap)
                .arg(q.capOverridden ? tr(" (personal cap)") : QString())
                .arg(q.dailyLeft());
        case Attempts: return tr("Grab attempts today that did not win: lost races and refusals.");
        default: return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == Status || index.column() == Grabber) {
            if (q.status != GrabberStatus::Active) {
                return QBrush(QColor(0x80, 0x80, 0x80));
            }
            if (limit == 2) {
                return QBrush(QColor(0xb0, 0x1e, 0x1e));
            }
            if (limit == 1) {
                return QBrush(QColor(0xa0, 0x60, 0x00));
            }
        }
        if (q.status != GrabberStatus::Active) {
            return QBrush(QColor(0x90, 0x90, 0x90));
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Attempts ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant LoadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case Workload: return tr("Open orders held now, against the open-workload cap");
        case Today: return tr("Orders taken today, against the daily cap");
        default: return {};
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    // Short titles: the cells say "14 / 15", and the strip fits beside the pool at 1280 px.
    switch (section) {
    case Grabber: return tr("Grabber");
    case Status: return tr("Status");
    case Workload: return tr("Open", "orders held now, against the cap");
    case Today: return tr("Today", "orders taken today, against the cap");
    case Attempts: return tr("Missed", "grab attempts that did not win");
    default: return {};
    }
}

} // namespace grab::ui
