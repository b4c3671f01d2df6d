#include "dashboardsource.h"

#include "services/dashboardservice.h"
#include "services/metricsservice.h"
#include "services/ruleservice.h"
#include "services/teamservice.h"

#include <QCoreApplication>
#include <QHash>

namespace grab::ui {
namespace {

// Sums of one grabber's days over a window, for the rolling rates.
struct Window
{
    qint64 won = 0;
    qint64 closed = 0;
    qint64 feedbackSum = 0;
    qint64 feedbackCount = 0;
    std::optional<double> success() const
    {
        return closed > 0 ? std::optional<double>(double(won) / double(closed)) : std::nullopt;
    }
    std::optional<double> satisfaction() const
    {
        return feedbackCount > 0 ? std::optional<double>(double(feedbackSum) / double(feedbackCount)) : std::nullopt;
    }
};

Window windowEnding(const QList<DayFigures> &days, qsizetype last, int window)
{
    Window w;
    for (qsizetype i = std::max<qsizetype>(0, last - window + 1); i <= last && i < days.size(); ++i) {
        const DayFigures &d = days.at(i);
        w.won += d.won;
        w.closed += d.won + d.lost + d.reclaimed;
        w.feedbackSum += d.feedbackSum;
        w.feedbackCount += d.feedbackCount;
    }
    return w;
}

std::optional<double> mean(double sum, int n)
{
    return n > 0 ? std::optional<double>(sum / n) : std::nullopt;
}

} // namespace

FigureValues DashboardSource::teamAverage(const QList<GrabberKpis> &rows)
{
    FigureValues out{};
    for (int f = 0; f < KpiFigure::Count; ++f) {
        const auto figure = KpiFigure::Figure(f);
        if (figure == KpiFigure::Fairness) {
            continue; // a team figure: no per-grabber value to average
        }
        double sum = 0;
        int n = 0;
        for (const GrabberKpis &k : rows) {
            if (!k.active) {
                continue;
            }
            if (const auto v = KpiFigure::value(figure, k)) {
                sum += *v;
                ++n;
            }
        }
        out[std::size_t(f)] = mean(sum, n);
    }
    return out;
}

QList<TrendDay> DashboardSource::trend(const Period &days, int window, const DaySeries &grabber,
                                       const QList<DaySeries> &team)
{
    QList<TrendDay> out;
    const qint64 lead = window - 1; // the series start this many days before `days.from`
    qsizetype i = lead;
    for (QDate d = days.from; d < days.to; d = d.addDays(1), ++i) {
        TrendDay t;
        t.day = d;
        if (i < grabber.days.size()) {
            const DayFigures &f = grabber.days.at(i);
            t.volume = f.volume;
            t.won = f.won;
            t.lost = f.lost;
            t.reclaimed = f.reclaimed;
        }
        const Window own = windowEnding(grabber.days, i, window);
        t.successRate = own.success();
        t.satisfaction = own.satisfaction();
        double successSum = 0, satisfactionSum = 0;
        int successN = 0, satisfactionN = 0;
        for (const DaySeries &s : team) {
            const Window w = windowEnding(s.days, i, window);
            if (const auto v = w.success()) {
                successSum += *v;
                ++successN;
            }
            if (const auto v = w.satisfaction()) {
                satisfactionSum += *v;
                ++satisfactionN;
            }
        }
        t.teamSuccessRate = mean(successSum, successN);
        t.teamSatisfaction = mean(satisfactionSum, satisfactionN);
        out.append(t);
    }
    return out;
}

DashboardData DashboardSource::compute(const DashboardRequest &request)
{
    DashboardData data;
    data.request = request;
    auto rules = RuleService(m_ctx).current();
    if (!rules) {
        data.error = rules.error().message;
        return data;
    }
    data.timeZone = rules->timeZone;
    data.ruleVersion = rules->version;
    data.today = DashboardPeriod::teamDay(m_ctx.clock.nowMs(), rules->zone());
    data.period = DashboardPeriod::resolve(request.preset, data.today, request.customFirst, request.customLast);

    auto grabbers = TeamService(m_ctx).grabbers();
    if (!grabbers) {
        data.error = grabbers.error().message;
        return data;
    }
    for (const Grabber &g : *grabbers) {
        data.grabbers.append(DashboardGrabber{g.id, g.name, g.status == GrabberStatus::Active});
    }
    Status s = Done{};
    if (request.view == DashboardRequest::View::Team) {
        s = computeTeam(data); // the leaderboard comes with the team's dashboard
    } else if (auto rows = MetricsService(m_ctx).kpis(data.period.current); !rows) {
        s = rows.error();
    } else {
        data.leaderboard = *rows;
        s = computeGrabber(data);
    }
    if (!s) {
        data.error = s.error().message;
    }
    return data;
}

Status DashboardSource::computeTeam(DashboardData &data)
{
    // One snapshot for the cards, the leaderboard and the alerts, so they agree.
    auto dash = DashboardService(m_ctx).teamDashboard(data.period.current);
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

Status DashboardSource::computeGrabber(DashboardData &data)
{
    const qint64 id = data.request.grabberId;
    MetricsService metrics(m_ctx);
    auto now = metrics.kpis(data.period.current, id);
    if (!now) {
        return now.error();
    }
    auto before = metrics.kpis(data.period.previous, id);
    if (!before) {
        return before.error();
    }
    data.current = now->value(0);
    data.previous = before->value(0);
    data.teamAverage = teamAverage(data.leaderboard);
    for (const GrabberKpis &k : std::as_const(data.leaderboard)) {
        data.activeGrabbers += k.active ? 1 : 0;
    }

    data.trendDays = DashboardPeriod::chartDays(data.period.current, data.today);
    const Period read{data.trendDays.from.addDays(-(data.rollingDays - 1)), data.trendDays.to};
    auto own = metrics.daily(read, id);
    if (!own) {
        return own.error();
    }
    QList<DaySeries> team;
    for (const GrabberKpis &k : std::as_const(data.leaderboard)) {
        if (!k.active) {
            continue;
        }
        auto days = metrics.daily(read, k.grabberId);
        if (!days) {
            return days.error();
        }
        team.append(DaySeries{k.grabberId, *days});
    }
    data.trend = trend(data.trendDays, data.rollingDays, DaySeries{id, *own}, team);

    const QDate last = data.period.current.to.addDays(-1);
    data.targetMonth = QDate(last.year(), last.month(), 1);
    auto targets = TargetService(m_ctx).month(data.targetMonth);
    if (!targets) {
        return targets.error();
    }
    for (const TargetService::Target &t : *targets) {
        if (t.grabberId == id) {
            data.target = t;
        }
    }

    // The lists GrabberDashboard carries, without computing its figures a second time.
    DrillDown drill(m_ctx);
    const auto key = [&](DrillDown::Figure f) { return DashboardService::drillDown(f, data.period.current, id); };
    auto violations = drill.rows(key(DrillDown::Figure::Violations), DashboardService::kListLimit);
    if (!violations) {
        return violations.error();
    }
    data.violations = *violations;
    auto feedback = drill.rows(key(DrillDown::Figure::Feedback), DashboardService::kListLimit);
    if (!feedback) {
        return feedback.error();
    }
    data.feedback = *feedback;
    return Done{};
}

std::optional<DrillDown::Figure> DashboardSource::drillFigure(KpiFigure::Figure figure)
{
    switch (figure) {
    case KpiFigure::Volume:
        return DrillDown::Figure::Volume;
    case KpiFigure::Won:
        return DrillDown::Figure::Won;
    case KpiFigure::Lost:
        return DrillDown::Figure::Lost;
    case KpiFigure::Reclaimed:
        return DrillDown::Figure::Reclaimed;
    default:
        break;
    }
    return std::nullopt;
}

DrillResult DashboardSource::drill(const DrillRequest &request)
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
        result.error = QCoreApplication::translate("DashboardSource", "This figure has no list of orders yet.");
        return result;
    }
    auto rows = DrillDown(m_ctx).rows(key);
    if (!rows) {
        result.error = rows.error().message;
        return result;
    }
    result.total = rows->total;
    result.rows = rows->rows;
    return result;
}

} // namespace grab::ui
