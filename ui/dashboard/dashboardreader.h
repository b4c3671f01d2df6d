#pragma once

#include "dashboardfigures.h"
#include "services/context.h"

namespace grab::ui {

// The dashboards' one door to the data, run by DashboardWorker on its thread and connection:
// it turns a DashboardRequest into DashboardFigures (and a DrillRequest into a DrillResult)
// by asking core's services (DashboardService for the team's and a grabber's view and trends,
// DrillDown for the rows behind a figure, MetricsService for a previous period the page
// compares with, RuleService, TeamService). Every figure is computed in core; here they are
// only gathered and mapped to the cards. There is no SQL here.
//   DashboardService (core) → DashboardReader (this, on the worker) → DashboardFigures (the
//   plain values) → DashboardPage (GUI thread)
class DashboardReader final
{
public:
    explicit DashboardReader(Context ctx) : m_ctx(std::move(ctx)) {}

    // The figures for one request. A failure comes back in DashboardFigures::error.
    DashboardFigures compute(const DashboardRequest &request);

    // The rows behind a card, an alert or a chart's bar, from core's DrillDown, which selects
    // them exactly as MetricsService counts them: a count's rows are as many as the card says,
    // a rate's are its denominator, a mean's the values it averages. For a card, `summary`
    // works the figure out again from those rows.
    DrillResult drill(const DrillRequest &request);
    // The DrillDown rows behind a card: Volume, Won, Lost, Reclaimed, Violations and Workload
    // their own; the success and failure rates the closed holdings; the hit rate the grab
    // attempts; satisfaction the feedback scores; revenue the won holdings; the median response
    // the holdings assigned (with their response times); fairness the team's holdings assigned.
    static std::optional<DrillDown::Figure> drillFigure(KpiFigure::Figure figure);
    // What a card does with its rows (core's DrillMeasure): the arithmetic is core's
    // (drillsummary), these only name the card's measure.
    static DrillMeasure measureOf(KpiFigure::Figure figure);
    // The card's figure from its rows (drillFigure(figure)'s, all of them); `activeGrabbers` for
    // Fairness (an active grabber without rows counts 0).
    static DrillSummary summarize(KpiFigure::Figure figure, const QList<DrillRow> &rows,
                                  const QList<qint64> &activeGrabbers = {});
    // Whether a card's summary follows from DrillDown's count and sum over all its rows (the
    // counts, revenue, the mean score), so that only the rows shown need reading.
    static bool summarizedFromTotals(KpiFigure::Figure figure);
    // That summary: what summarize() gives for the same rows, from their count and sum.
    static DrillSummary summarizeTotals(KpiFigure::Figure figure, qint64 total, qint64 sum);

    // The team averages GrabberDashboard carries, by card (Fairness has none: a team figure).
    static FigureValues teamAverage(const DashboardService::TeamAverages &averages);

private:
    Status computeTeam(DashboardFigures &data);
    Status computeGrabber(DashboardFigures &data);

    Context m_ctx;
};

} // namespace grab::ui
