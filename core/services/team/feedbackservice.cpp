#include "feedbackservice.h"

#include "teamservice.h"
#include "base/money.h"
#include "store/sql.h"

#include <QDateTime>

namespace grab {

QJsonObject toJson(const FeedbackService::Entry &e)
{
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("order"), e.orderId},
                       {QStringLiteral("grabberId"), e.grabberId},
                       {QStringLiteral("grabberName"), e.grabberName},
                       {QStringLiteral("customerId"), e.customerId},
                       {QStringLiteral("customer"), e.customerName},
                       {QStringLiteral("tier"), toString(e.customerTier)},
                       {QStringLiteral("amount"), formatMajorUnits(e.amountMinor)},
                       {QStringLiteral("outcome"), toString(e.outcome)},
                       {QStringLiteral("closedAt"), QDateTime::fromMSecsSinceEpoch(e.closedAt, Qt::UTC).toString(Qt::ISODateWithMs)},
                       {QStringLiteral("score"), e.score},
                       {QStringLiteral("comment"), e.comment},
                       {QStringLiteral("at"), QDateTime::fromMSecsSinceEpoch(e.at, Qt::UTC).toString(Qt::ISODateWithMs)}};
}

Result<FeedbackService::Listing> FeedbackService::list(std::optional<qint64> grabberId, int limit)
{
    const QSqlDatabase db = m_ctx.db.connection();
    if (grabberId) {
        if (auto g = TeamService::grabberCoreIn(db, *grabberId); !g) {
            return g.error();
        }
    }
    // Per grabber both reads walk feedback_by_grabber (grabber_id, at, score) only.
    const QString where = grabberId ? QStringLiteral("WHERE f.grabber_id = ? ") : QString();
    QVariantList binds;
    if (grabberId) {
        binds << *grabberId;
    }
    Listing out;
    {
        auto q = runSql(db, QStringLiteral("SELECT COUNT(*), AVG(f.score) FROM feedback f ") + where, binds, QStringLiteral("counting feedback"));
        if (!q) {
            return q.error();
        }
        if (q->next()) {
            out.total = q->value(0).toLongLong();
            if (!q->value(1).isNull()) {
                out.meanScore = q->value(1).toDouble();
            }
        } else if (auto end = rowsEnded(*q, QStringLiteral("counting feedback")); !end) {
            return end.error();
        }
    }
    binds << std::max(1, limit);
    auto q = runSql(db,
                    QStringLiteral("SELECT f.id, f.order_id, f.grabber_id, g.name, o.customer_id, c.name, c.tier, o.amount, o.state, "
                                   "o.closed_at, f.score, f.comment, f.at "
                                   "FROM feedback f JOIN orders o ON o.id = f.order_id JOIN customers c ON c.id = o.customer_id "
                                   "JOIN grabbers g ON g.id = f.grabber_id ")
                        + where + QStringLiteral("ORDER BY f.at DESC, f.id DESC LIMIT ?"),
                    binds, QStringLiteral("listing feedback"));
    if (!q) {
        return q.error();
    }
    while (q->next()) {
        Entry e;
        e.id = q->value(0).toLongLong();
        e.orderId = q->value(1).toLongLong();
        e.grabberId = q->value(2).toLongLong();
        e.grabberName = q->value(3).toString();
        e.customerId = q->value(4).toLongLong();
        e.customerName = q->value(5).toString();
        e.customerTier = tierFromString(q->value(6).toString()).value_or(Tier::Regular);
        e.amountMinor = q->value(7).toLongLong();
        e.outcome = orderStateFromString(q->value(8).toString()).value_or(OrderState::Won);
        e.closedAt = q->value(9).toLongLong();
        e.score = q->value(10).toInt();
        e.comment = q->value(11).toString();
        e.at = q->value(12).toLongLong();
        out.entries.append(e);
    }
    if (auto end = rowsEnded(*q, QStringLiteral("listing feedback")); !end) {
        return end.error();
    }
    return out;
}

Result<qint64> FeedbackService::awaitingCount(qint64 grabberId)
{
    const QSqlDatabase db = m_ctx.db.connection();
    if (auto g = TeamService::grabberCoreIn(db, grabberId); !g) {
        return g.error();
    }
    auto n = scalar(db,
                    // The condition is spelled as orders_closed's, so that SQLite uses that index.
                    QStringLiteral("SELECT (SELECT COUNT(*) FROM orders WHERE assignee_id = ? AND (state = 'won' OR state = 'lost')) "
                                   "- (SELECT COUNT(*) FROM feedback WHERE grabber_id = ?)"),
                    {grabberId, grabberId}, QStringLiteral("counting orders without feedback"));
    if (!n) {
        return n.error();
    }
    return std::max<qint64>(0, n->toLongLong());
}

Result<QList<FeedbackService::Awaiting>> FeedbackService::awaiting(qint64 grabberId, int limit)
{
    const QSqlDatabase db = m_ctx.db.connection();
    if (auto g = TeamService::grabberCoreIn(db, grabberId); !g) {
        return g.error();
    }
    auto q = runSql(db,
                    QStringLiteral("SELECT o.id, c.name, c.tier, o.amount, o.state, o.closed_at "
                                   "FROM orders o JOIN customers c ON c.id = o.customer_id "
                                   "WHERE o.assignee_id = ? AND (o.state = 'won' OR o.state = 'lost') "
                                   "AND NOT EXISTS (SELECT 1 FROM feedback f WHERE f.order_id = o.id) "
                                   "ORDER BY o.closed_at DESC, o.id DESC LIMIT ?"),
                    {grabberId, std::max(1, limit)}, QStringLiteral("listing orders without feedback"));
    if (!q) {
        return q.error();
    }
    QList<Awaiting> out;
    while (q->next()) {
        Awaiting a;
        a.orderId = q->value(0).toLongLong();
        a.customerName = q->value(1).toString();
        a.customerTier = tierFromString(q->value(2).toString()).value_or(Tier::Regular);
        a.amountMinor = q->value(3).toLongLong();
        a.outcome = orderStateFromString(q->value(4).toString()).value_or(OrderState::Won);
        a.closedAt = q->value(5).toLongLong();
        out.append(a);
    }
    if (auto end = rowsEnded(*q, QStringLiteral("listing orders without feedback")); !end) {
        return end.error();
    }
    return out;
}

} // namespace grab
