#pragma once

#include "dashboardfigures.h"

#include <QWidget>

class QBoxLayout;
class QTableView;

namespace grab::ui {

class AlertList;
class AppSettings;
class AwardCard;
class LeaderboardModel;
class LeaderboardProxy;

// The team's view under the cards: its alerts, the leaderboard of every grabber (sortable by
// any KPI, double-click a grabber for their view) and the Grabber of the Month beside it.
// The leaderboard fits its columns to the font (short headers, the full name and definition
// in their tooltips, long names elided) so that it needs no horizontal scrolling from about
// 1,400 px of window width; its header layout is kept in AppSettings.
class TeamDashboardView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamDashboardView)

public:
    explicit TeamDashboardView(AppSettings &settings, QWidget *parent = nullptr);

    void setData(const DashboardFigures &data);
    void saveLayout();

    // The grabber of the leaderboard's current row; 0 when none.
    qint64 currentGrabber() const;

    LeaderboardModel *leaderboard() const { return m_leaderboard; }
    QTableView *leaderboardView() const { return m_leaderboardView; }
    AwardCard *award() const { return m_award; }
    AlertList *alerts() const { return m_alerts; }

signals:
    void grabberRequested(qint64 grabberId);
    void alertDrillRequested(const grab::Alert &alert);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitColumns();
    void fitAward();

    AppSettings &m_settings;
    LeaderboardModel *m_leaderboard = nullptr;
    LeaderboardProxy *m_leaderboardSort = nullptr;
    QTableView *m_leaderboardView = nullptr;
    AwardCard *m_award = nullptr;
    QBoxLayout *m_board = nullptr; // the leaderboard and the award card: side by side, or stacked
    AlertList *m_alerts = nullptr;
};

} // namespace grab::ui
