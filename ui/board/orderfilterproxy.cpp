#include "orderfilterproxy.h"

#include "liveordermodel.h"

namespace grab::ui {

OrderFilterProxy::OrderFilterProxy(OrderState state, QObject *parent) : QSortFilterProxyModel(parent), m_state(state)
{
    setSortRole(LiveOrderModel::SortRole);
    // Only the search text is "the filter role": when time ticks (waiting times change) the
    // rows need no re-filtering, and Qt skips it for roles other than this one.
    setFilterRole(LiveOrderModel::SearchRole);
    setDynamicSortFilter(true);
}

void OrderFilterProxy::setFilter(const Filter &filter)
{
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    invalidateFilter();
}

bool OrderFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    const auto value = [&](int column, int role) { return m->data(m->index(sourceRow, column, sourceParent), role); };
    if (value(0, LiveOrderModel::StateRole).toInt() != int(m_state)) {
        return false;
    }
    if (m_filter.priority && value(0, LiveOrderModel::PriorityRole).toInt() != m_filter.priority) {
        return false;
    }
    if (m_filter.tier && value(0, LiveOrderModel::TierRole).toInt() != int(*m_filter.tier)) {
        return false;
    }
    if (!m_filter.region.isEmpty() && value(LiveOrderModel::Region, Qt::DisplayRole).toString() != m_filter.region) {
        return false;
    }
    if (!m_filter.skill.isEmpty() && value(LiveOrderModel::Skill, Qt::DisplayRole).toString() != m_filter.skill) {
        return false;
    }
    if (!m_filter.search.isEmpty()
        && !value(0, LiveOrderModel::SearchRole).toString().contains(m_filter.search, Qt::CaseInsensitive)) {
        return false;
    }
    return true;
}

bool OrderFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QAbstractItemModel *m = sourceModel();
    const auto raw = [&](const QModelIndex &i, int role) { return m->data(i.siblingAtColumn(0), role); };
    if (left.column() == LiveOrderModel::Priority) {
        // Priority, then the longest waiting first, then the order id: a stable board.
        const int lp = raw(left, LiveOrderModel::PriorityRole).toInt();
        const int rp = raw(right, LiveOrderModel::PriorityRole).toInt();
        if (lp != rp) {
            return lp < rp;
        }
        const qint64 la = raw(left, LiveOrderModel::PooledAtRole).toLongLong();
        const qint64 ra = raw(right, LiveOrderModel::PooledAtRole).toLongLong();
        if (la != ra) {
            return la < ra;
        }
        return raw(left, LiveOrderModel::OrderIdRole).toLongLong() < raw(right, LiveOrderModel::OrderIdRole).toLongLong();
    }
    const QVariant l = m->data(left, LiveOrderModel::SortRole);
    const QVariant r = m->data(right, LiveOrderModel::SortRole);
    const QPartialOrdering order = QVariant::compare(l, r);
    if (order == QPartialOrdering::Equivalent) {
        return raw(left, LiveOrderModel::OrderIdRole).toLongLong() < raw(right, LiveOrderModel::OrderIdRole).toLongLong();
    }
    return order == QPartialOrdering::Less;
}

} // namespace grab::ui
