#include "orderfilterproxy.h"

#include "liveordermodel.h"

#include <QApplication>
#include <QPalette>

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
    // The manager narrowed the list: what it hides goes, the selected order too (the details
    // follow), and what it shows is shown now, held or not.
    m_pinned = 0;
    m_pinnedNote.clear();
    m_pinnedCell.clear();
    const bool holding = m_holding;
    m_holding = false;
    m_held.clear();
    invalidateFilter();
    if (holding) {
        hold();
        emit heldChanged(0);
    }
}

void OrderFilterProxy::pin(qint64 orderId)
{
    if (orderId == m_pinned) {
        return;
    }
    const bool hadLeft = pinnedHasLeft();
    m_pinned = orderId;
    m_pinnedNote.clear();
    m_pinnedCell.clear();
    if (hadLeft) {
        invalidateFilter(); // the order that left goes now
    }
}

void OrderFilterProxy::setPinnedNote(const QString &cell, const QString &note)
{
    m_pinnedCell = cell;
    m_pinnedNote = note;
    if (!m_pinned || !sourceModel()) {
        return;
    }
    const auto *model = static_cast<const LiveOrderModel *>(sourceModel());
    const int row = model->rowOf(m_pinned);
    if (row >= 0) {
        const QModelIndex at = mapFromSource(model->index(row, 0));
        if (at.isValid()) {
            emit dataChanged(at, at.siblingAtColumn(columnCount() - 1));
        }
    }
}

bool OrderFilterProxy::pinnedHasLeft() const
{
    if (!m_pinned || !sourceModel()) {
        return false;
    }
    const Order *o = static_cast<const LiveOrderModel *>(sourceModel())->order(m_pinned);
    return o && o->state != m_state;
}

void OrderFilterProxy::hold()
{
    if (m_holding) {
        return;
    }
    m_holding = true;
    m_shownWhenHeld.clear();
    for (int row = 0; row < rowCount(); ++row) {
        m_shownWhenHeld.insert(index(row, 0).data(LiveOrderModel::OrderIdRole).toLongLong());
    }
}

void OrderFilterProxy::release()
{
    if (!m_holding) {
        return;
    }
    m_holding = false;
    m_shownWhenHeld.clear();
    const bool any = !m_held.isEmpty();
    m_held.clear();
    if (any) {
        invalidateFilter();
        emit heldChanged(0);
    }
}

int OrderFilterProxy::heldCount() const
{
    if (!m_holding || !sourceModel()) {
        return 0;
    }
    const auto *model = static_cast<const LiveOrderModel *>(sourceModel());
    int n = 0;
    for (qint64 id : m_held) {
        const int row = model->rowOf(id);
        n += row >= 0 && acceptsOrder(row, QModelIndex()) ? 1 : 0;
    }
    return n;
}

QVariant OrderFilterProxy::data(const QModelIndex &index, int role) const
{
    if (m_pinned && index.isValid() && (role == Qt::ForegroundRole || role == Qt::DisplayRole || role == Qt::ToolTipRole)
        && index.data(LiveOrderModel::OrderIdRole).toLongLong() == m_pinned && pinnedHasLeft()) {
        if (role == Qt::ForegroundRole) {
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        }
        if (role == Qt::ToolTipRole && !m_pinnedNote.isEmpty()) {
            return m_pinnedNote;
        }
        if (role == Qt::DisplayRole && index.column() == LiveOrderModel::Waiting && !m_pinnedCell.isEmpty()) {
            return m_pinnedCell;
        }
        if (role == Qt::DisplayRole && index.column() == LiveOrderModel::Deadline) {
            return QString(); // no deadline for what left the pool
        }
    }
    return QSortFilterProxyModel::data(index, role);
}

bool OrderFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    const qint64 id = m->data(m->index(sourceRow, 0, sourceParent), LiveOrderModel::OrderIdRole).toLongLong();
    if (id == m_pinned && m_pinned) {
        return true; // stays where the manager selected it, whatever became of it
    }
    if (!acceptsOrder(sourceRow, sourceParent)) {
        return false;
    }
    if (m_holding && !m_shownWhenHeld.contains(id)) {
        if (!m_held.contains(id)) {
            m_held.insert(id);
            // Said once the proxy is done with this change, not from inside it.
            auto *self = const_cast<OrderFilterProxy *>(this);
            QMetaObject::invokeMethod(self, [self] { emit self->heldChanged(self->heldCount()); }, Qt::QueuedConnection);
        }
        return false;
    }
    return true;
}

bool OrderFilterProxy::acceptsOrder(int sourceRow, const QModelIndex &sourceParent) const
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
    if (m_filter.grabberId && m_state == OrderState::Assigned && value(0, LiveOrderModel::AssigneeRole).toLongLong() != m_filter.grabberId) {
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
