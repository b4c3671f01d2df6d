#include "metricsservice.h"

#include "ruleservice.h"
#include "teamservice.h"
#include "domain/metrics.h"
#include "domain/periodpreset.h"
#include "store/readsnapshot.h"
#include "store/sql.h"

#include <QHash>
#include <QSqlQuery>

namespace grab {
namespace {

const QString kSums = QStringLiteral("SUM(volume), SUM(won), SUM(lost), SUM(reclaimed), SUM(revenue), SUM(attempts), SUM(attempts_won), "
                                     "SUM(feedback_sum), SUM(feedback_count), SUM(violations)");

struct Sums
{
    qint64 v[10] = {};
};

Sums readSums(const QSqlQuery &q, int first)
{
    Sums s;
    for (int i = 0; i < 10; ++i) {
        s.v[i] = q.value(first + i).toLongLong();
    }
    return s;
}

void fill(GrabberKpis &k, const Sums &s)
{
    k.volume = s.v[0];
    k.won = s.v[1];
    k.lost = s.v[2];
    k.reclaimed = s.v[3];
    k.revenueMinor = s.v[4];
    k.attempts = s.v[5];
    k.attemptsWon = s.v[6];
    k.feedbackSum = s.v[7];
    k.feedbackCount = s.v[8];
    k.violations = s.v[9];
    k.successRate = metrics::successRate(k.won, k.lost, k.reclaimed);
    k.failureRate = metrics::failureRate(k.won, k.lost, k.reclaimed);
    k.hitRate = metrics::ratio(k.attemptsWon, k.attempts);
    k.satisfaction = metrics::ratio(s.v[7], s.v[8]);
}

// The median of one grabber's response times in the period, selected by SQLite: only the
// middle one or two values cross into C++.
Result<std::optional<double>> medianResponse(const QSqlDatabase &db, std::optional<qint64> grabberId, qint64 count, qint64 from, qint64 to)
{
    if (count <= 0) {
        return std::optional<double>();
    }
    QVariantList binds;
    if (grabberId) {
        binds << *grabberId;
    }
    binds << from << to << (count % 2 == 0 ? 2 : 1) << (count - 1) / 2;
    // Cached: the same two statements serve every grabber of every period.
    static const QString forGrabber =
        QStringLiteral("SELECT response_ms FROM assignments WHERE grabber_id = ? AND assigned_at >= ? AND assigned_at < ? "
                       "ORDER BY response_ms LIMIT ? OFFSET ?");
    static const QString forTeam =
        QStringLiteral("SELECT response_ms FROM assignments WHERE assigned_at >= ? AND assigned_at < ? ORDER BY response_ms LIMIT ? OFFSET ?");
    double sum = 0;
    int n = 0;
    if (auto s = forEachCached(db, grabberId ? forGrabber : forTeam, binds,
                               [&](const QSqlQuery &q) {
                                   sum += q.value(0).toDouble();
                                   ++n;
                               },
                               QStringLiteral("computing the median response"));
        !s) {
        return s.error();
    }
    if (n == 0) {
        return std::optional<double>();
    }
    return std::optional<double>(sum / n / 1000.0);
}

} // namespace

Result<std::pair<qint64, qint64>> MetricsService::bounds(const Period &period)
{
    if (!period.isValid()) {
        return makeError(ErrorCode::Usage, QStringLiteral("A period needs a start date before its end date."));
    }
    auto rules = RuleService::currentIn(m_ctx.db.connection());
    if (!rules) {
        return rules.error();
    }
    return periods::instants(period, rules->zone());
}

Result<QList<GrabberKpis>> MetricsService::kpis(const Period &period, std::optional<qint64> grabberId)
{
    const QSqlDatabase db = m_ctx.db.connection();
    auto range = bounds(period);
    if (!range) {
        return range.error();
    }
    const auto [from, to] = *range;
    const QString fromDay = period.from.toString(Qt::ISODate);
    const QString toDay = period.to.toString(Qt::ISODate);

    // One read transaction for all the queries: the figures agree with each other even while
    // grabs are being committed (and with the caller's other reads, if it holds a snapshot).
    auto snapshot = ReadSnapshot::begin(db);
    if (!snapshot) {
        return snapshot.error();
    }

    QList<GrabberKpis> rows;
    QHash<qint64, qsizetype> index;
    {
        auto q = grabberId ? runSql(db, QStringLiteral("SELECT id, name, status FROM grabbers WHERE id = ?"), {*grabberId})
                           : runSql(db, QStringLiteral("SELECT id, name, status FROM grabbers ORDER BY id"));
        if (!q) {
            return q.error();
        }
        while (q->next()) {
            GrabberKpis k;
            k.grabberId = q->value(0).toLongLong();
            k.name = q->value(1).toString();
            k.active = q->value(2).toString() == QLatin1String("active");
            index.insert(k.grabberId, rows.size());
            rows.append(k);
        }
    }
    if (grabberId && rows.isEmpty()) {
        return makeError(ErrorCode::NotFound, QStringLiteral("There is no grabber with id %1.").arg(*grabberId), QStringLiteral("no_such_grabber"));
    }
    QList<bool> hasActivity(rows.size(), false);
    {
        auto q = grabberId ? runSql(db, QStringLiteral("SELECT grabber_id, %1 FROM grabber_days WHERE grabber_id = ? AND day >= ? AND day < ? "
                                                       "GROUP BY grabber_id").arg(kSums),
                                    {*grabberId, fromDay, toDay})
                           : runSql(db, QStringLiteral("SELECT grabber_id, %1 FROM grabber_days WHERE day >= ? AND day < ? GROUP BY grabber_id")
                                            .arg(kSums),
                                    {fromDay, toDay});
        if (!q) {
            return q.error();
        }
        while (q->next()) {
            const auto it = index.constFind(q->value(0).toLongLong());
            if (it != index.cend()) {
                fill(rows[*it], readSums(*q, 1));
                hasActivity[*it] = true;
            }
        }
    }
    {
        auto q = runSql(db, QStringLiteral("SELECT grabber_id, type, COUNT(*) FROM violations WHERE at >= ? AND at < ? GROUP BY grabber_id, type"),
                        {from, to});
        if (!q) {
            return q.error();
        }
        while (q->next()) {
            const auto it = index.constFind(q->value(0).toLongLong());
            if (it != index.cend()) {
                rows[*it].violationsByType.insert(q->value(1).toString(), q->value(2).toLongLong());
            }
        }
    }
    {
        auto q = runSql(db, QStringLiteral("SELECT grabber_id, open_workload FROM grabber_stats"));
        if (!q) {
            return q.error();
        }
        while (q->next()) {
            const auto it = index.constFind(q->value(0).toLongLong());
            if (it != index.cend()) {
                rows[*it].workload = q->value(1).toLongLong();
            }
        }
    }
    QList<GrabberKpis> out;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        GrabberKpis &k = rows[i];
        if (!grabberId && !k.active && !hasActivity[i]) {
            continue; // a grabber on leave with nothing in the period is not part of it
        }
        if (!hasActivity[i]) {
            fill(k, Sums{}); // every rate undefined
        }
        auto median = medianResponse(db, k.grabberId, k.volume, from, to);
        if (!median) {
            return median.error();
        }
        k.medianResponseS = *median;
        out.append(k);
    }
    return out;
}

Result<MetricsService::TeamFigures> MetricsService::team(const Period &period)
{
    auto snapshot = ReadSnapshot::begin(m_ctx.db.connection());
    if (!snapshot) {
        return snapshot.error();
    }
    auto rows = kpis(period);
    if (!rows) {
        return rows.error();
    }
    return team(period, *rows);
}

Result<MetricsService::TeamFigures> MetricsService::team(const Period &period, const QList<GrabberKpis> &rows)
{
    TeamFigures t;
    t.totals.name = QStringLiteral("team");
    Sums s;
    QList<qint64> volumes;
    for (const GrabberKpis &k : rows) {
        s.v[0] += k.volume;
        s.v[1] += k.won;
        s.v[2] += k.lost;
        s.v[3] += k.reclaimed;
        s.v[4] += k.revenueMinor;
        s.v[5] += k.attempts;
        s.v[6] += k.attemptsWon;
        s.v[8] += k.feedbackCount;
        s.v[9] += k.violations;
        s.v[7] += k.feedbackSum;
        for (auto it = k.violationsByType.cbegin(); it != k.violationsByType.cend(); ++it) {
            t.totals.violationsByType[it.key()] += it.value();
        }
        t.totals.workload += k.workload;
        if (k.active) {
            volumes.append(k.volume);
            ++t.activeGrabbers;
        }
    }
    fill(t.totals, s);
    t.fairness = metrics::jainIndex(volumes);
    auto range = bounds(period);
    if (!range) {
        return range.error();
    }
    auto median = medianResponse(m_ctx.db.connection(), std::nullopt, t.totals.volume, range->first, range->second);
    if (!median) {
        return median.error();
    }
    t.totals.medianResponseS = *median;
    return t;
}

Result<QList<DayFigures>> MetricsService::daily(const Period &period, std::optional<qint64> grabberId)
{
    if (!period.isValid()) {
        return makeError(ErrorCode::Usage, QStringLiteral("A period needs a start date before its end date."));
    }
    const QSqlDatabase db = m_ctx.db.connection();
    if (grabberId) {
        if (auto g = TeamService::grabberCoreIn(db, *grabberId); !g) {
            return g.error();
        }
    }
    const QString fromDay = period.from.toString(Qt::ISODate);
    const QString toDay = period.to.toString(Qt::ISODate);
    auto q = grabberId ? runSql(db, QStringLiteral("SELECT day, %1 FROM grabber_days WHERE grabber_id = ? AND day >= ? AND day < ? GROUP BY day")
                                        .arg(kSums),
                                {*grabberId, fromDay, toDay})
                       : runSql(db, QStringLiteral("SELECT day, %1 FROM grabber_days WHERE day >= ? AND day < ? GROUP BY day").arg(kSums),
                                {fromDay, toDay});
    if (!q) {
        return q.error();
    }
    QHash<QDate, Sums> byDay;
    while (q->next()) {
        byDay.insert(QDate::fromString(q->value(0).toString(), Qt::ISODate), readSums(*q, 1));
    }
    QList<DayFigures> out;
    for (QDate d = period.from; d < period.to; d = d.addDays(1)) {
        const Sums s = byDay.value(d);
        out.append(DayFigures{d, s.v[0], s.v[1], s.v[2], s.v[3], s.v[4], s.v[5], s.v[6], s.v[7], s.v[8], s.v[9]});
    }
    return out;
}

} // namespace grab
