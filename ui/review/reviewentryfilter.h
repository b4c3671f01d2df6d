#pragma once

#include <QSortFilterProxyModel>

namespace grab::ui {

// The grabber table's sorting (by ReviewEntryModel::SortRole: raw numbers, unscored last) and
// its "missing only" filter: the grabbers still without a supervisor's score.
class ReviewEntryFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewEntryFilter)

public:
    explicit ReviewEntryFilter(QObject *parent = nullptr);

    void setMissingOnly(bool on);
    bool missingOnly() const { return m_missingOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_missingOnly = false;
};

} // namespace grab::ui
