#include "assignmentledger.h"

#include "services/metrics/dayrollup.h"
#include "store/sql.h"

namespace grab {

Result<bool> AssignmentLedger::start(const QSqlDatabase &db, const RuleSet &rules, const Order &order, qint64 grabberId, AssignVia via,
                                     qint64 now, bool grabAttempt)
{
    auto taken = execCached(db,
                            QStringLiteral("UPDATE orders SET state = 'assigned', assignee_id = ?, assigned_at = ? "
                                           "WHERE id = ? AND state = 'open'"),
                            {grabberId, now, order.id}, QStringLiteral("taking the order"));
    if (!taken) {
        return taken.error();
    }
    if (*taken != 1) {
        return false;
    }
    if (auto q = execCached(db,
                        QStringLiteral("INSERT INTO assignments (order_id, grabber_id, via, assigned_at, response_ms, amount, skill) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        {order.id, grabberId, toString(via), now, std::max<qint64>(0, now - order.publishedAt), order.amountMinor,
                         order.skill},
                        QStringLiteral("recording the assignment"));
        !q) {
        return q.error();
    }
    // A winning grab counts its attempt in the same row write (one statement less per grab).
    if (auto s = DayRollup::add(db, rules, grabberId, now, {{"volume", 1}, {"attempts", grabAttempt ? 1 : 0}, {"attempts_won", grabAttempt ? 1 : 0}});
        !s) {
        return s.error();
    }
    return true;
}

Status AssignmentLedger::end(const QSqlDatabase &db, const RuleSet &rules, qint64 orderId, qint64 now, const char *endReason)
{
    const QString why = QString::fromLatin1(endReason);
    qint64 grabberId = 0;
    qint64 amount = 0;
    QString skill;
    {
        auto open = runSql(db, QStringLiteral("SELECT grabber_id, amount, skill FROM assignments WHERE order_id = ? AND ended_at IS NULL"),
                           {orderId}, QStringLiteral("ending an assignment"));
        if (!open) {
            return open.error();
        }
        if (!open->next()) {
            return rowsEnded(*open, QStringLiteral("ending an assignment")); // nothing held: nothing to end
        }
        grabberId = open->value(0).toLongLong();
        amount = open->value(1).toLongLong();
        skill = open->value(2).toString();
    }
    if (auto q = execCached(db, QStringLiteral("UPDATE assignments SET ended_at = ?, end_reason = ? WHERE order_id = ? AND ended_at IS NULL"),
                        {now, why, orderId}, QStringLiteral("ending an assignment"));
        !q) {
        return q.error();
    }
    if (why != QLatin1String("won") && why != QLatin1String("lost") && why != QLatin1String("reclaimed")) {
        return Done{}; // released and cancelled holdings say nothing about the grabber's record
    }
    const int won = why == QLatin1String("won") ? 1 : 0;
    if (auto s = DayRollup::add(db, rules, grabberId, now, {{endReason, 1}, {"revenue", won ? amount : 0}}); !s) {
        return s;
    }
    if (auto q = execCached(db,
                        QStringLiteral("INSERT INTO grabber_segment_stats (grabber_id, skill, band_from, wins, closed) VALUES (?, ?, ?, ?, 1) "
                                       "ON CONFLICT (grabber_id, skill, band_from) DO UPDATE SET "
                                       "wins = grabber_segment_stats.wins + excluded.wins, closed = grabber_segment_stats.closed + 1"),
                        {grabberId, skill, rules.priority.bandFrom(amount), won}, QStringLiteral("updating the grabber's record"));
        !q) {
        return q.error();
    }
    return Done{};
}

Status AssignmentLedger::backToPool(const QSqlDatabase &db, const RuleSet &rules, qint64 orderId, qint64 now, const char *endReason)
{
    auto q = runSql(db,
                    QStringLiteral("UPDATE orders SET state = 'open', assignee_id = NULL, assigned_at = NULL, pooled_at = ?, grab_deadline = ? "
                                   "WHERE id = ? AND state = 'assigned'"),
                    {now, now + qint64(rules.grabDeadlineMinutes) * 60 * 1000, orderId}, QStringLiteral("returning the order to the pool"));
    if (!q) {
        return q.error();
    }
    return end(db, rules, orderId, now, endReason);
}

Status AssignmentLedger::rebuildSegments(const QSqlDatabase &db, const RuleSet &rules)
{
    // The band of an amount as a CASE over the band bounds, highest first: portable SQL.
    QString band = QStringLiteral("CASE");
    QVariantList binds;
    QList<PriorityPolicy::AmountBand> bands = rules.priority.amountBands;
    std::sort(bands.begin(), bands.end(), [](const auto &a, const auto &b) { return a.fromMinor > b.fromMinor; });
    for (const PriorityPolicy::AmountBand &b : bands) {
        band += QStringLiteral(" WHEN amount >= %1 THEN %1").arg(b.fromMinor);
    }
    band += QStringLiteral(" ELSE 0 END");
    if (auto q = runSql(db, QStringLiteral("DELETE FROM grabber_segment_stats")); !q) {
        return q.error();
    }
    auto q = runSql(db,
                    QStringLiteral("INSERT INTO grabber_segment_stats (grabber_id, skill, band_from, wins, closed) "
                                   "SELECT grabber_id, skill, %1, SUM(CASE WHEN end_reason = 'won' THEN 1 ELSE 0 END), COUNT(*) "
                                   "FROM assignments WHERE end_reason IN ('won', 'lost', 'reclaimed') GROUP BY grabber_id, skill, %1")
                        .arg(band),
                    binds, QStringLiteral("rebuilding the segment records"));
    return q ? Status(Done{}) : Status(q.error());
}

Status AssignmentLedger::followedUp(const QSqlDatabase &db, qint64 orderId, qint64 now)
{
    auto q = runSql(db, QStringLiteral("UPDATE assignments SET last_follow_up_at = ?, warned_at = NULL WHERE order_id = ? AND ended_at IS NULL"),
                    {now, orderId}, QStringLiteral("recording a follow-up"));
    return q ? Status(Done{}) : Status(q.error());
}

Status AssignmentLedger::feedbackGiven(const QSqlDatabase &db, const RuleSet &rules, qint64 grabberId, int score, qint64 now)
{
    if (auto s = DayRollup::add(db, rules, grabberId, now, {{"feedback_sum", score}, {"feedback_count", 1}}); !s) {
        return s;
    }
    auto q = runSql(db,
                    QStringLiteral("INSERT INTO grabber_stats (grabber_id, feedback_sum, feedback_count) VALUES (?, ?, 1) "
                                   "ON CONFLICT (grabber_id) DO UPDATE SET feedback_sum = grabber_stats.feedback_sum + excluded.feedback_sum, "
                                   "feedback_count = grabber_stats.feedback_count + 1"),
                    {grabberId, score}, QStringLiteral("recording feedback"));
    return q ? Status(Done{}) : Status(q.error());
}

QString AssignmentLedger::loadColumns(const QString &grabber, const QString &order)
{
    // Everything the rules need to know, as four columns: today's figures (a key look-up,
    // however long the grabber's history), the orders in hand (orders_in_hand holds only
    // those), the cool-down and the recent attempt rate. Three values are bound, in this order:
    // loadValues().
    return QStringLiteral("(SELECT volume FROM grabber_days WHERE grabber_id = %1 AND day = ?), "
                          "(SELECT COUNT(*) FROM orders WHERE assignee_id = %1 AND state = 'assigned'), "
                          "(SELECT MAX(ended_at) FROM assignments WHERE order_id = %2 AND grabber_id = %1 AND end_reason = 'reclaimed'), "
                          "(SELECT COUNT(*) FROM grab_attempts WHERE grabber_id = %1 AND at > ? AND at <= ?)")
        .arg(grabber, order);
}

QVariantList AssignmentLedger::loadValues(const RuleSet &rules, qint64 now)
{
    return {DayRollup::dayKey(rules, now), now - qint64(rules.violations.burstSeconds) * 1000, now};
}

AssignmentLedger::Load AssignmentLedger::readLoad(const QSqlQuery &q, int first, const RuleSet &rules)
{
    Load l;
    l.takenToday = q.value(first).toInt();
    l.openWorkload = q.value(first + 1).toInt();
    if (!q.value(first + 2).isNull()) {
        l.cooldownUntil = q.value(first + 2).toLongLong() + qint64(rules.followUp.cooldownHours) * 3600 * 1000;
    }
    l.recentAttempts = q.value(first + 3).toInt();
    return l;
}

Result<AssignmentLedger::Load> AssignmentLedger::load(const QSqlDatabase &db, const RuleSet &rules, qint64 grabberId, qint64 orderId,
                                                      qint64 now)
{
    static const QString sql =
        QStringLiteral("SELECT %1 FROM (SELECT ? AS grabber_id, ? AS order_id) k").arg(loadColumns(QStringLiteral("k.grabber_id"), QStringLiteral("k.order_id")));
    QVariantList binds = loadValues(rules, now);
    binds << grabberId << orderId;
    std::optional<Load> l;
    if (auto s = forEachCached(db, sql, binds, [&](const QSqlQuery &q) { l = readLoad(q, 0, rules); }, QStringLiteral("reading the grabber's counts"));
        !s) {
        return s.error();
    }
    return l.value_or(Load{});
}

} // namespace grab
