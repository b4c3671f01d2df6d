#include "dashboardreader.h"

#include <algorithm>

#include "services/metrics/dashboardservice.h"
#include "services/metrics/metricsservice.h"
#include "services/rules/ruleservice.h"
#include "services/team/teamservice.h"

#include <QCoreApplication>

namespace grab::ui {

FigureValues DashboardReader::teamAverage(const DashboardService::TeamAverages &a)
{
    FigureValues out{};
    const auto put = [&](KpiFigure::Figure f, const DashboardService::Average &average) {
        out[std::size_t(f)] = average.value;
    };
    put(KpiFigure::Volume, a.volume);
    put(KpiFigure::Won, a.won);
    put(KpiFigure::Lost, a.lost);
    put(KpiFigure::Reclaimed, a.reclaimed);
    put(KpiFigure::SuccessRate, a.successRate);
    put(KpiFigure::FailureRate, a.failureRate);
    put(KpiFigure::HitRate, a.hitRate);
    put(KpiFigure::Satisfaction, a.satisfaction);
    put(KpiFigure::Revenue, a.revenueMinor);
    put(KpiFigure::MedianResponse, a.medianResponseS);
    put(KpiFigure::Violations, a.violations);
    put(KpiFigure::Workload, a.workload);
    return out; // Fairness: a team figure, no per-grabber value to average
}

DashboardFigures DashboardReader::compute(const DashboardRequest &request)
{
    DashboardFigures data;
    data.request = request;
    auto rules = RuleService(m_ctx).current();
    if (!rules) {
        data.error = rules.error().message;
        return data;
    }
    data.timeZone = rules->timeZone;
    data.ruleVersion = rules->version;
    data.today = periods::dayOf(rules->zone(), m_ctx.clock.nowMs());
    data.period = periods::resolve(request.preset, data.today, request.customFirst, request.customLast);

    auto grabbers = TeamService(m_ctx).grabbers();
    if (!grabbers) {
        data.error = grabbers.error().message;
        return data;
    }
    for (const Grabber &g : *grabbers) {
        data.grabbers.append(DashboardGrabber{g.id, g.name, g.status == GrabberStatus::Active});
    }
    const Status s = request.view == DashboardRequest::View::Team ? computeTeam(data) : computeGrabber(data);
    if (!s) {
        data.error = s.error().message;
    }
    return data;
}

Status DashboardReader::computeTeam(DashboardFigures &data)
{
    // One snapshot for the cards, the leaderboard and the alerts, so they agree.
    auto dash = DashboardService(m_ctx, data.request.thresholds).teamDashboard(data.period.current);
    if (!dash) {
        return dash.error();
    }
    data.leaderboard = dash->grabbers;
    data.current = dash->team.totals;
    data.fairness = dash->team.fairness;
    data.activeGrabbers = dash->team.activeGrabbers;
    data.alerts = dash->alerts;
    const Period &previous = data.period.previous;
    if (dash->previousPeriod.from == previous.from && dash->previousPeriod.to == previous.to) {
        data.previous = dash->previousTeam.totals;
        data.previousFairness = dash->previousTeam.fairness;
    } else {
        auto before = MetricsService(m_ctx).team(previous);
        if (!before) {
            return before.error();
        }
        data.previous = before->totals;
        data.previousFairness = before->fairness;
    }
    // The month that has begun (today's, when the period runs past today), from the same
    // snapshot; reading it again here cost a month's leaderboard per team view.
    data.award = dash->grabberOfTheMonth;
    return Done{};
}

Status DashboardReader::computeGrabber(DashboardFigures &data)
{
    const qint64 id = data.request.grabberId;
    // One snapshot for the cards, the team average, the histogram, the hours, the target and
    // the lists, so they agree.
    auto dash = DashboardService(m_ctx, data.request.thresholds).grabberDashboard(id, data.period.current);
    if (!dash) {
        return dash.error();
    }
    data.current = dash->kpis;
    const Period &previous = data.period.previous;
    if (dash->previousPeriod.from == previous.from && dash->previousPeriod.to == previous.to) {
        data.previous = dash->previousKpis;
    } else {
        auto before = MetricsService(m_ctx).kpis(previous, id);
        if (!before) {
            return before.error();
        }
        data.previous = before->value(0);
    }
    data.teamAverage = teamAverage(dash->teamAverage);
    data.activeGrabbers = dash->activeGrabbers;
    data.responseTimes = dash->responseTimes;
    data.hours = dash->hours;
    data.violations = dash->violations;
    data.feedback = dash->feedback;
    data.trainings = dash->trainings;
    data.trainingsTotal = dash->trainingsTotal;
    data.openActions = dash->openActions;

    // The target of the month holding the period's last day (the last of those the period touches).
    const QDate last = data.period.current.to.addDays(-1);
    data.targetMonth = QDate(last.year(), last.month(), 1);
    for (const TargetService::Target &t : std::as_const(dash->targets)) {
        if (t.month == data.targetMonth && t.isSet) {
            data.target = t;
        }
    }

    // The trend lines roll over a week; the team's line is the mean of each active grabber's
    // own rolling rate (like the cards' team average), which GrabberDashboard's per-day team
    // average cannot give.
    data.trendDays = periods::chartDays(data.period.current, data.today);
    QList<qint64> active; // read once with the names, in compute()
    for (const DashboardGrabber &g : std::as_const(data.grabbers)) {
        if (g.active) {
            active.append(g.id);
        }
    }
    auto trend = DashboardService(m_ctx).grabberTrend(id, data.trendDays, data.rollingDays, active);
    if (!trend) {
        return trend.error();
    }
    data.trend = *trend;
    return Done{};
}

std::optional<DrillDown::Figure> DashboardReader::drillFigure(KpiFigure::Figure figure)
{
    switch (figure) {
    case KpiFigure::Volume:
    case KpiFigure::MedianResponse:
    case KpiFigure::Fairness:
        return DrillDown::Figure::Volume;
    case KpiFigure::Won:
        return DrillDown::Figure::Won;
    case KpiFigure::Lost:
        return DrillDown::Figure::Lost;
    case KpiFigure::Reclaimed:
        return DrillDown::Figure::Reclaimed;
    case KpiFigure::SuccessRate:
    case KpiFigure::FailureRate:
        return DrillDown::Figure::Closed;
    case KpiFigure::HitRate:
        return DrillDown::Figure::Attempts;
    case KpiFigure::Satisfaction:
        return DrillDown::Figure::Feedback;
    case KpiFigure::Revenue:
        return DrillDown::Figure::Revenue;
    case KpiFigure::Violations:
        return DrillDown::Figure::Violations;
    case KpiFigure::Workload:
        return DrillDown::Figure::Workload;
    case KpiFigure::Count:
        break;
    }
    return std::nullopt;
}

DrillMeasure DashboardReader::measureOf(KpiFigure::Figure figure)
{
    switch (figure) {
    case KpiFigure::Volume:
    case KpiFigure::Won:
    case KpiFigure::Lost:
    case KpiFigure::Reclaimed:
    case KpiFigure::Violations:
    case KpiFigure::Workload:
        return DrillMeasure::Count;
    case KpiFigure::Revenue:
        return DrillMeasure::Revenue;
    case KpiFigure::Satisfaction:
        return DrillMeasure::MeanScore;
    case KpiFigure::SuccessRate:
        return DrillMeasure::SuccessRate;
    case KpiFigure::FailureRate:
        return DrillMeasure::FailureRate;
    case KpiFigure::HitRate:
        return DrillMeasure::HitRate;
    case KpiFigure::MedianResponse:
        return DrillMeasure::MedianResponse;
    case KpiFigure::Fairness:
        return DrillMeasure::Fairness;
    case KpiFigure::Count:
        break;
    }
    return DrillMeasure::None;
}

bool DashboardReader::summarizedFromTotals(KpiFigure::Figure figure)
{
    return drillsummary::fromTotals(measureOf(figure));
}

DrillSummary DashboardReader::summarizeTotals(KpiFigure::Figure figure, qint64 total, qint64 sum)
{
    return drillsummary::ofTotals(measureOf(figure), total, sum);
}

DrillSummary DashboardReader::summarize(KpiFigure::Figure figure, const QList<DrillRow> &rows, const QList<qint64> &activeGrabbers)
{
    return drillsummary::ofRows(measureOf(figure), rows, activeGrabbers);
}

DrillResult DashboardReader::drill(const DrillRequest &request)
{
    DrillResult result;
    result.request = request;
    auto rules = RuleService(m_ctx).current();
    if (!rules) {
        result.error = rules.error().message;
        return result;
    }
    result.timeZone = rules->timeZone;
    DrillDown::Key key;
    if (request.key) {
        key = *request.key;
    } else if (const auto figure = drillFigure(request.figure)) {
        key = DashboardService::drillDown(*figure, request.period, request.grabberId);
    } else {
        result.error = QCoreApplication::translate("DashboardReader", "This figure has no list of orders.");
        return result;
    }
    result.rowsOf = key.figure;
    // A rate, a median or a fairness index is worked out again from every row, so those are all
    // read here on the worker. A count, a revenue or a mean score needs only DrillDown's count
    // and sum over all rows (one aggregate), and an alert's or a chart's rows no summary at all:
    // those read no further than the rows shown.
    const int shown = std::max(1, request.shownRows);
    const bool fromTotals = !request.key && summarizedFromTotals(request.figure);
    auto rows = DrillDown(m_ctx).rows(key, request.key || fromTotals ? shown : -1);
    if (!rows) {
        result.error = rows.error().message;
        return result;
    }
    result.total = rows->total;
    result.rows = std::move(rows->rows);
    if (fromTotals) {
        result.summary = summarizeTotals(request.figure, rows->total, rows->sum);
    } else if (!request.key) {
        result.summary = summarize(request.figure, result.rows, request.activeGrabbers);
    }
    if (result.rows.size() > shown) {
        result.rows.resize(shown); // newest first: the newest are kept
    }
    return result;
}

} // namespace grab::ui
