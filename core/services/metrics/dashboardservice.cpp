#include "dashboardservice.h"

#include "domain/hourofday.h"
#include "domain/metrics.h"
#include "domain/periodpreset.h"
#include "domain/responsebuckets.h"
#include "services/team/noteservice.h"
#include "services/rules/ruleservice.h"
#include "store/readsnapshot.h"
#include "store/sql.h"
#include "services/team/teamservice.h"

#include <QCoreApplication>
#include <algorithm>
#include <functional>

namespace grab {
namespace {

Error badPeriod()
{
    return makeError(ErrorCode::Usage, QCoreApplication::translate("grab::DashboardService", "A period needs a start date before its end date."));
}

// The month whose Grabber of the Month a period shows: the month of its last day that has begun.
QDate awardDay(const Period &period, const QDate &today)
{
    const QDate last = period.to.addDays(-1);
    return period.from <= today && today < last ? today : last;
}

bool isMonth(const Period &p, const QDate &first)
{
    return p.from == first && p.to == first.addMonths(1);
}

DashboardService::Average average(const QList<const GrabberKpis *> &active,
                                  const std::function<std::optional<double>(const GrabberKpis &)> &of)
{
    QList<std::optional<double>> values;
    values.reserve(active.size());
    for (const GrabberKpis *k : active) {
        values.append(of(*k));
    }
    const metrics::Mean m = metrics::meanOfDefined(values);
    return DashboardService::Average{m.value, m.n};
}

DashboardService::TeamAverages averages(const QList<GrabberKpis> &rows)
{
    QList<const GrabberKpis *> active;
    for (const GrabberKpis &k : rows) {
        if (k.active) {
            active.append(&k);
        }
    }
    const auto count = [&](qint64 GrabberKpis::*field) {
        return average(active, [field](const GrabberKpis &k) { return std::optional<double>(double(k.*field)); });
    };
    const auto rate = [&](std::optional<double> GrabberKpis::*field) {
        return average(active, [field](const GrabberKpis &k) { return k.*field; });
    };
    DashboardService::TeamAverages t;
    t.volume = count(&GrabberKpis::volume);
    t.won = count(&GrabberKpis::won);
    t.lost = count(&GrabberKpis::lost);
    t.reclaimed = count(&GrabberKpis::reclaimed);
    t.closed = average(active, [](const GrabberKpis &k) { return std::optional<double>(double(k.closed())); });
    t.successRate = rate(&GrabberKpis::successRate);
    t.failureRate = rate(&GrabberKpis::failureRate);
    t.attempts = count(&GrabberKpis::attempts);
    t.attemptsWon = count(&GrabberKpis::attemptsWon);
    t.hitRate = rate(&GrabberKpis::hitRate);
    t.medianResponseS = rate(&GrabberKpis::medianResponseS);
    t.revenueMinor = count(&GrabberKpis::revenueMinor);
    t.satisfaction = rate(&GrabberKpis::satisfaction);
    t.feedbackCount = count(&GrabberKpis::feedbackCount);
    t.violations = count(&GrabberKpis::violations);
    t.workload = count(&GrabberKpis::workload);
    return t;
}

// One row: how many of the grabber's holdings assigned in [from, to) fall in each bucket.
Result<QList<qint64>> responseCounts(const QSqlDatabase &db, qint64 grabberId, qint64 from, qint64 to)
{
    static const QString sql = [] {
        QStringList sums;
        for (const ResponseBucket &b : responseBuckets()) {
            sums << (b.toMs < 0
                         ? QStringLiteral("COALESCE(SUM(CASE WHEN response_ms >= %1 THEN 1 ELSE 0 END), 0)")
                               .arg(b.fromMs)
                         : QStringLiteral(
                               "COALESCE(SUM(CASE WHEN response_ms >= %1 AND response_ms < %2 THEN 1 ELSE 0 END), 0)")
                               .arg(b.fromMs)
                               .arg(b.toMs));
        }
        return QStringLiteral(
                   "SELECT %1 FROM assignments WHERE grabber_id = ? AND assigned_at >= ? AND assigned_at < ?")
            .arg(sums.join(QStringLiteral(", ")));
    }();
    QList<qint64> counts(responseBuckets().size(), 0);
    if (auto s = forEachCached(
            db, sql, {grabberId, from, to},
            [&](const QSqlQuery &q) {
                for (int i = 0; i < counts.size(); ++i) {
                    counts[i] = q.value(i).toLongLong();
                }
            },
            QStringLiteral("reading the response times"));
        !s) {
        return s.error();
    }
    return counts;
}

// Attempts and wins per team-local hour: SQL groups them by UTC quarter-hour (every real zone
// offset is a multiple of 15 minutes), HourOfDay names the hour of each quarter.
Result<QList<DashboardService::HourActivity>> hourActivity(const QSqlDatabase &db, const QTimeZone &zone,
                                                           qint64 grabberId, qint64 from, qint64 to)
{
    QList<DashboardService::HourActivity> hours(24);
    for (int h = 0; h < 24; ++h) {
        hours[h].hour = h;
    }
    HourOfDay hourOf(zone);
    static const QString sql =
        QStringLiteral("SELECT at / 900000, COUNT(*), COALESCE(SUM(CASE WHEN result = 'won' THEN 1 ELSE 0 END), 0) "
                       "FROM grab_attempts WHERE grabber_id = ? AND at >= ? AND at < ? GROUP BY at / 900000");
    if (auto s = forEachCached(
            db, sql, {grabberId, from, to},
            [&](const QSqlQuery &q) {
                DashboardService::HourActivity &h = hours[hourOf(q.value(0).toLongLong() * 900000)];
                h.attempts += q.value(1).toLongLong();
                h.wins += q.value(2).toLongLong();
            },
            QStringLiteral("reading the attempts by hour"));
        !s) {
        return s.error();
    }
    return hours;
}

Result<QList<DashboardService::Training>> trainings(const QSqlDatabase &db, qint64 grabberId, const Period &period,
                                                    int limit, qint64 *total)
{
    const QString where = QStringLiteral(
        "FROM trainings WHERE grabber_id = ? AND COALESCE(taken_on, due_on) >= ? AND COALESCE(taken_on, due_on) < ?");
    const QVariantList binds{grabberId, period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)};
    auto count = runSql(db, QStringLiteral("SELECT COUNT(*) ") + where, binds, QStringLiteral("counting trainings"));
    if (!count) {
        return count.error();
    }
    *total = 0;
    if (count->next()) {
        *total = count->value(0).toLongLong();
    } else if (auto end = rowsEnded(*count, QStringLiteral("counting trainings")); !end) {
        return end.error();
    }
    count->finish();
    QVariantList listBinds = binds;
    listBinds << limit;
    auto q = runSql(db,
                    QStringLiteral("SELECT id, course, category, taken_on, due_on, hours, passed ") + where +
                        QStringLiteral(" ORDER BY COALESCE(taken_on, due_on) DESC, id DESC LIMIT ?"),
                    listBinds, QStringLiteral("reading trainings"));
    if (!q) {
        return q.error();
    }
    QList<DashboardService::Training> out;
    while (q->next()) {
        DashboardService::Training t;
        t.id = q->value(0).toLongLong();
        t.course = q->value(1).toString();
        t.category = q->value(2).toString();
        t.takenOn = QDate::fromString(q->value(3).toString(), Qt::ISODate);
        t.dueOn = QDate::fromString(q->value(4).toString(), Qt::ISODate);
        if (!q->value(5).isNull()) {
            t.hours = q->value(5).toDouble();
        }
        if (!q->value(6).isNull()) {
            t.passed = q->value(6).toInt() != 0;
        }
        out.append(t);
    }
    if (auto end = rowsEnded(*q, QStringLiteral("reading trainings")); !end) {
        return end.error();
    }
    return out;
}

} // namespace

DrillDown::Key DashboardService::drillDown(DrillDown::Figure figure, const Period &period,
                                           std::optional<qint64> grabberId, int index)
{
    return DrillDown::Key{figure, period, grabberId, index, std::nullopt};
}

Result<DashboardService::TeamDashboard> DashboardService::teamDashboard(const Period &period)
{
    if (!period.isValid()) {
        return badPeriod();
    }
    const QSqlDatabase db = m_ctx.db.connection();
    auto snapshot = ReadSnapshot::begin(db);
    if (!snapshot) {
        return snapshot.error();
    }
    auto rules = RuleService::currentIn(db);
    if (!rules) {
        return rules.error();
    }
    TeamDashboard d;
    d.period = period;
    d.today = periods::dayOf(rules->zone(), m_ctx.clock.nowMs());
    d.previousPeriod = periods::comparison(period, d.today);
    d.partialComparison = periods::isPartialComparison(period, d.today);
    d.label = periods::label(period);
    d.previousLabel = periods::label(d.previousPeriod);
    d.ruleVersion = rules->version;

    MetricsService metrics(m_ctx);
    auto board = metrics.leaderboard(period);
    if (!board) {
        return board.error();
    }
    auto previousBoard = metrics.leaderboard(d.previousPeriod);
    if (!previousBoard) {
        return previousBoard.error();
    }
    const QList<GrabberKpis> &rows = board->rows;
    const QList<GrabberKpis> &previousRows = previousBoard->rows;
    d.grabbers = rows;
    d.team = board->team;
    d.previousTeam = previousBoard->team;

    // The award reads its month; when the month is one of the two periods, their rows serve.
    const QDate day = awardDay(period, d.today);
    const QDate month(day.year(), day.month(), 1);
    if (isMonth(period, month)) {
        d.grabberOfTheMonth = AwardService::rank(month, rows);
    } else if (isMonth(d.previousPeriod, month)) {
        d.grabberOfTheMonth = AwardService::rank(month, previousRows);
    } else {
        auto best = AwardService(m_ctx).grabberOfTheMonth(month);
        if (!best) {
            return best.error();
        }
        d.grabberOfTheMonth = *best;
    }

    QList<GrabberKpis> now = rows;
    QList<GrabberKpis> before = previousRows;
    now.append(d.team.totals); // grabberId 0: the team
    before.append(d.previousTeam.totals);
    d.alerts = DashboardAlerts::rateAlerts(now, before, d.team.totals, period, d.previousPeriod, m_thresholds);
    auto live = DashboardAlerts(m_ctx).liveAlerts(std::nullopt, true);
    if (!live) {
        return live.error();
    }
    d.alerts << *live;
    DashboardAlerts::sort(d.alerts);
    return d;
}

Result<DashboardService::GrabberDashboard> DashboardService::grabberDashboard(qint64 grabberId, const Period &period,
                                                                              int listLimit)
{
    if (!period.isValid()) {
        return badPeriod();
    }
    const QSqlDatabase db = m_ctx.db.connection();
    auto snapshot = ReadSnapshot::begin(db);
    if (!snapshot) {
        return snapshot.error();
    }
    auto rules = RuleService::currentIn(db);
    if (!rules) {
        return rules.error();
    }
    auto grabber = TeamService(m_ctx).grabber(grabberId);
    if (!grabber) {
        return grabber.error();
    }
    GrabberDashboard d;
    d.period = period;
    d.today = periods::dayOf(rules->zone(), m_ctx.clock.nowMs());
    d.previousPeriod = periods::comparison(period, d.today);
    d.partialComparison = periods::isPartialComparison(period, d.today);
    d.label = periods::label(period);
    d.previousLabel = periods::label(d.previousPeriod);
    d.grabber = *grabber;

    MetricsService metrics(m_ctx);
    auto rows = metrics.kpis(period);
    if (!rows) {
        return rows.error();
    }
    const auto mine =
        std::find_if(rows->cbegin(), rows->cend(), [&](const GrabberKpis &k) { return k.grabberId == grabberId; });
    if (mine != rows->cend()) {
        d.kpis = *mine;
    } else { // on leave with nothing in the period: not on the leaderboard, but has a dashboard
        auto own = metrics.kpis(period, grabberId);
        if (!own) {
            return own.error();
        }
        d.kpis = own->first();
    }
    auto previous = metrics.kpis(d.previousPeriod, grabberId);
    if (!previous) {
        return previous.error();
    }
    d.previousKpis = previous->first();
    d.teamAverage = averages(*rows);
    d.activeGrabbers = int(std::count_if(rows->cbegin(), rows->cend(), [](const GrabberKpis &k) { return k.active; }));

    const Period shown{period.from, std::min(period.to, d.today.addDays(1))};
    if (shown.isValid()) {
        auto daily = metrics.daily(shown, grabberId);
        if (!daily) {
            return daily.error();
        }
        d.daily = *daily;
        auto teamDaily = metrics.daily(shown);
        if (!teamDaily) {
            return teamDaily.error();
        }
        const double n = std::max(1, d.activeGrabbers);
        for (const DayFigures &f : *teamDaily) {
            d.averageDaily.append(AverageDay{f.day, double(f.volume) / n, double(f.won) / n, double(f.lost) / n,
                                             double(f.reclaimed) / n, double(f.revenueMinor) / n,
                                             double(f.attempts) / n, double(f.attemptsWon) / n,
                                             double(f.feedbackCount) / n, double(f.violations) / n});
        }
    }

    const auto [from, to] = periods::instants(period, rules->zone());
    auto counts = responseCounts(db, grabberId, from, to);
    if (!counts) {
        return counts.error();
    }
    d.responseTimes = ResponseHistogram{*counts, d.kpis.medianResponseS};
    auto hours = hourActivity(db, rules->zone(), grabberId, from, to);
    if (!hours) {
        return hours.error();
    }
    d.hours = *hours;

    TargetService targets(m_ctx);
    const QDate last = period.to.addDays(-1);
    for (QDate m(period.from.year(), period.from.month(), 1); m <= last; m = m.addMonths(1)) {
        auto t = targets.progress(grabberId, m);
        if (!t) {
            return t.error();
        }
        d.targets.append(*t);
    }

    DrillDown drill(m_ctx);
    auto violations = drill.rows(drillDown(DrillDown::Figure::Violations, period, grabberId), listLimit);
    if (!violations) {
        return violations.error();
    }
    d.violations = *violations;
    auto feedback = drill.rows(drillDown(DrillDown::Figure::Feedback, period, grabberId), listLimit);
    if (!feedback) {
        return feedback.error();
    }
    d.feedback = *feedback;
    auto taken = trainings(db, grabberId, period, listLimit, &d.trainingsTotal);
    if (!taken) {
        return taken.error();
    }
    d.trainings = *taken;
    auto actions = NoteService::openActionsIn(db, grabberId);
    if (!actions) {
        return actions.error();
    }
    d.openActions = *actions;

    // The team's failure rate, pooled over everyone's closed orders, as MetricsService::team has it.
    GrabberKpis team;
    for (const GrabberKpis &k : *rows) {
        team.won += k.won;
        team.lost += k.lost;
        team.reclaimed += k.reclaimed;
    }
    team.failureRate = metrics::failureRate(team.won, team.lost, team.reclaimed);
    d.alerts = DashboardAlerts::rateAlerts({d.kpis}, {d.previousKpis}, team, period, d.previousPeriod, m_thresholds);
    auto live = DashboardAlerts(m_ctx).liveAlerts(grabberId, false);
    if (!live) {
        return live.error();
    }
    d.alerts << *live;
    DashboardAlerts::sort(d.alerts);
    return d;
}

Result<QList<TrendDay>> DashboardService::grabberTrend(qint64 grabberId, const Period &days, int window,
                                                       std::optional<QList<qint64>> activeGrabbers)
{
    // The series start window - 1 days before the chart's first day, so its first point rolls
    // over a whole window too.
    MetricsService metrics(m_ctx);
    const Period read{days.from.addDays(-(window - 1)), days.to};
    auto own = metrics.daily(read, grabberId);
    if (!own) {
        return own.error();
    }
    if (!activeGrabbers) {
        auto grabbers = TeamService(m_ctx).grabbers();
        if (!grabbers) {
            return grabbers.error();
        }
        activeGrabbers.emplace();
        for (const Grabber &g : std::as_const(*grabbers)) {
            if (g.status == GrabberStatus::Active) {
                activeGrabbers->append(g.id);
            }
        }
    }
    QList<DaySeries> team;
    for (const qint64 id : std::as_const(*activeGrabbers)) {
        auto series = id == grabberId ? own : metrics.daily(read, id);
        if (!series) {
            return series.error();
        }
        team.append(DaySeries{id, *series});
    }
    return metrics::rollingTrend(days, window, DaySeries{grabberId, *own}, team);
}

} // namespace grab
