#pragma once

#include <QSortFilterProxyModel>

namespace grab::ui {

// Sorts the leaderboard on LeaderboardModel::SortRole, with a figure that is undefined ("—",
// an invalid sort value) last in either direction: a grabber with nothing closed is neither
// the best nor the worst at success. Ties go by name.
class LeaderboardProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeaderboardProxy)

public:
    explicit LeaderboardProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace grab::ui
