#include "reviewentryfilter.h"

#include "reviewentrymodel.h"

namespace grab::ui {

ReviewEntryFilter::ReviewEntryFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ReviewEntryModel::SortRole);
    setSortLocaleAware(true);
    // A score given while "missing only" is on takes the row out of the list at once.
    setDynamicSortFilter(true);
}

void ReviewEntryFilter::setMissingOnly(bool on)
{
    if (on == m_missingOnly) {
        return;
    }
    m_missingOnly = on;
    invalidateFilter();
}

bool ReviewEntryFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_missingOnly) {
        return true;
    }
    return !sourceModel()->index(sourceRow, 0, sourceParent).data(ReviewEntryModel::ScoredRole).toBool();
}

} // namespace grab::ui
