#include "leaderboardproxy.h"

#include "leaderboardmodel.h"

namespace grab::ui {

LeaderboardProxy::LeaderboardProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(LeaderboardModel::SortRole);
    setSortLocaleAware(true);
}

bool LeaderboardProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(LeaderboardModel::SortRole);
    const QVariant b = right.data(LeaderboardModel::SortRole);
    if (a.isValid() != b.isValid()) {
        // Descending order puts the "greater" first: the undefined one must then compare less.
        const bool undefinedLeft = !a.isValid();
        return (sortOrder() == Qt::DescendingOrder) == undefinedLeft;
    }
    if (a.isValid() && a != b) {
        if (a.typeId() == QMetaType::QString) {
            return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
        }
        return a.toDouble() < b.toDouble();
    }
    // Equal or both undefined: by name, the same way up in either direction.
    const int byName = QString::localeAwareCompare(
        left.siblingAtColumn(LeaderboardModel::Grabber).data(LeaderboardModel::SortRole).toString(),
        right.siblingAtColumn(LeaderboardModel::Grabber).data(LeaderboardModel::SortRole).toString());
    return sortOrder() == Qt::DescendingOrder ? byName > 0 : byName < 0;
}

} // namespace grab::ui
