#include "grabpoolfilter.h"

#include "grabpoolmodel.h"

namespace grab::ui {

GrabPoolFilter::GrabPoolFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(GrabPoolModel::SortRole);
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

GrabPoolFilter::~GrabPoolFilter() = default;

void GrabPoolFilter::setShowUnavailable(bool show)
{
    if (show == m_showUnavailable) {
        return;
    }
    m_showUnavailable = show;
    invalidateRowsFilter();
}

bool GrabPoolFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return m_showUnavailable ||
           sourceModel()->index(sourceRow, 0, sourceParent).data(GrabPoolModel::GrabbableRole).toBool();
}

bool GrabPoolFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Qt sorts descending by asking lessThan(right, left): flip the fixed parts of the order
    // so that they hold either way (grabbable first, then older first).
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    const bool grabbableLeft = left.data(GrabPoolModel::GrabbableRole).toBool();
    const bool grabbableRight = right.data(GrabPoolModel::GrabbableRole).toBool();
    if (grabbableLeft != grabbableRight) {
        return ascending ? grabbableLeft : grabbableRight;
    }
    const QVariant l = left.data(GrabPoolModel::SortRole);
    const QVariant r = right.data(GrabPoolModel::SortRole);
    if (l != r) {
        return QSortFilterProxyModel::lessThan(left, right);
    }
    const qint64 pooledLeft = left.data(GrabPoolModel::PooledAtRole).toLongLong();
    const qint64 pooledRight = right.data(GrabPoolModel::PooledAtRole).toLongLong();
    if (pooledLeft != pooledRight) {
        return ascending ? pooledLeft < pooledRight : pooledLeft > pooledRight;
    }
    const qint64 idLeft = left.data(GrabPoolModel::OrderIdRole).toLongLong();
    const qint64 idRight = right.data(GrabPoolModel::OrderIdRole).toLongLong();
    return ascending ? idLeft < idRight : idLeft > idRight;
}

} // namespace grab::ui
