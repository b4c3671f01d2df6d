#pragma once

#include "dashboarddata.h"
#include "services/context.h"

namespace grab::ui {

// The dashboards' one door to the data: everything the page shows comes through here, from
// core's services (DashboardService for the team's view with its alerts, DrillDown for the
// rows behind a figure, MetricsService, AwardService, TargetService, RuleService, TeamService).
// It runs in the dashboard worker's thread, on the worker's own connection. There is no SQL here.
class DashboardSource final
{
public:
    explicit DashboardSource(Context ctx) : m_ctx(std::move(ctx)) {}

    // The figures for one request. A failure comes back in DashboardData::error.
    DashboardData compute(const DashboardRequest &request);

    // The rows behind a count (volume, won, lost, reclaimed) or an alert, from core's DrillDown,
    // which selects them exactly as MetricsService counts them: the number of rows equals the
    // card's figure.
    DrillResult drill(const DrillRequest &request);
    // The DrillDown figure behind a card, if it has one.
    static std::optional<DrillDown::Figure> drillFigure(KpiFigure::Figure figure);

    // The mean of each figure over the active grabbers for whom it is defined (a grabber with
    // nothing closed has no success rate and does not pull the mean to 0).
    static FigureValues teamAverage(const QList<GrabberKpis> &rows);

    // Rolling rates over `window` days for each day of `days`, from day figures that start
    // window - 1 days before `days.from`.
    struct DaySeries
    {
        qint64 grabberId = 0;
        QList<DayFigures> days;
    };
    static QList<TrendDay> trend(const Period &days, int window, const DaySeries &grabber,
                                 const QList<DaySeries> &team);

private:
    Status computeTeam(DashboardData &data);
    Status computeGrabber(DashboardData &data);

    Context m_ctx;
};

} // namespace grab::ui
