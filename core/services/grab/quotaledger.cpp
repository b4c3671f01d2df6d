#include "quotaledger.h"

#include <QCoreApplication>

#include "services/metrics/dayrollup.h"
#include "store/sql.h"

namespace grab {
namespace {

// One row per grabber: the grabber, the orders in hand (counted in orders_in_hand, which holds
// only those), and today's row of the day rollup (absent before the first fact of the day). The
// rollup's attempts include the winning ones (attempts_won).
const QString kQuotaSql = QStringLiteral(
    "SELECT g.id, g.name, g.level, g.status, g.daily_cap_override, "
    "(SELECT COUNT(*) FROM orders o WHERE o.assignee_id = g.id AND o.state = 'assigned'), COALESCE(d.volume, 0), "
    "COALESCE(d.attempts - d.attempts_won, 0) FROM grabbers g "
    "LEFT JOIN grabber_days d ON d.grabber_id = g.id AND d.day = ? %1 ORDER BY g.id");

Quota readQuota(const QSqlQuery &q, const RuleSet &rules, std::pair<qint64, qint64> day)
{
    Quota quota;
    quota.grabberId = q.value(0).toLongLong();
    quota.name = q.value(1).toString();
    quota.level = levelFromString(q.value(2).toString()).value_or(Level::Junior);
    quota.status = statusFromString(q.value(3).toString()).value_or(GrabberStatus::Active);
    std::optional<int> override;
    if (!q.value(4).isNull()) {
        override = q.value(4).toInt();
    }
    quota.capOverridden = override.has_value();
    quota.dailyCap = rules.dailyCapFor(quota.level, override);
    quota.openWorkload = q.value(5).toInt();
    quota.takenToday = q.value(6).toInt();
    quota.attemptsToday = q.value(7).toInt();
    quota.workloadCap = rules.maxOpenWorkload;
    quota.dayStart = day.first;
    quota.dayEnd = day.second;
    return quota;
}

} // namespace

bool Quota::nearLimit() const
{
    const auto near = [](int used, int cap) { return cap > 0 && used < cap && used * 5 >= cap * 4; };
    return !atLimit() && (near(takenToday, dailyCap) || near(openWorkload, workloadCap));
}

Result<QList<Quota>> QuotaLedger::teamIn(const QSqlDatabase &db, const RuleSet &rules, qint64 nowMs)
{
    const auto day = rules.dayBounds(nowMs);
    auto q = runSql(db, kQuotaSql.arg(QString()), {DayRollup::dayKey(rules, nowMs)}, QStringLiteral("reading the team's quotas"));
    if (!q) {
        return q.error();
    }
    QList<Quota> out;
    while (q->next()) {
        out.append(readQuota(*q, rules, day));
    }
    if (auto end = rowsEnded(*q, QStringLiteral("reading the team's quotas")); !end) {
        return end.error();
    }
    return out;
}

Result<Quota> QuotaLedger::grabberIn(const QSqlDatabase &db, const RuleSet &rules, qint64 grabberId, qint64 nowMs)
{
    const auto day = rules.dayBounds(nowMs);
    auto q = runSql(db, kQuotaSql.arg(QStringLiteral("WHERE g.id = ?")), {DayRollup::dayKey(rules, nowMs), grabberId},
                    QStringLiteral("reading a grabber's quotas"));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        if (auto end = rowsEnded(*q, QStringLiteral("reading a grabber's quotas")); !end) {
            return end.error();
        }
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("grab::QuotaLedger", "There is no grabber %1.").arg(grabberId), QStringLiteral("no_such_grabber"));
    }
    return readQuota(*q, rules, day);
}

} // namespace grab
