#include "orderreader.h"

#include "base/money.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace grab {
namespace {

const QString kSelect = QStringLiteral(
    "SELECT o.id, o.customer_id, c.name, c.tier, o.amount, o.skill, o.region, o.priority, o.priority_score, o.rule_version, "
    "o.published_at, o.grab_deadline, o.min_level, o.state, o.assignee_id, o.assigned_at, o.closed_at, o.pooled_at, "
    "EXISTS (SELECT 1 FROM order_restrictions r WHERE r.order_id = o.id) "
    "FROM orders o JOIN customers c ON c.id = o.customer_id ");

Order readOrder(const QSqlQuery &q)
{
    Order o;
    o.id = q.value(0).toLongLong();
    o.customerId = q.value(1).toLongLong();
    o.customerName = q.value(2).toString();
    o.customerTier = tierFromString(q.value(3).toString()).value_or(Tier::Regular);
    o.amountMinor = q.value(4).toLongLong();
    o.skill = q.value(5).toString();
    o.region = q.value(6).toString();
    o.priority = q.value(7).toInt();
    o.priorityScore = q.value(8).toInt();
    o.ruleVersion = q.value(9).toInt();
    o.publishedAt = q.value(10).toLongLong();
    o.grabDeadline = q.value(11).toLongLong();
    if (!q.value(12).isNull()) {
        o.minLevel = levelFromString(q.value(12).toString());
    }
    o.state = orderStateFromString(q.value(13).toString()).value_or(OrderState::Open);
    if (!q.value(14).isNull()) {
        o.assigneeId = q.value(14).toLongLong();
    }
    if (!q.value(15).isNull()) {
        o.assignedAt = q.value(15).toLongLong();
    }
    if (!q.value(16).isNull()) {
        o.closedAt = q.value(16).toLongLong();
    }
    o.pooledAt = q.value(17).toLongLong();
    return o;
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

Error noOrder(qint64 id)
{
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("grab::OrderService", "There is no order with id %1.").arg(id), QStringLiteral("no_such_order"));
}

Result<Order> OrderReader::order(const QSqlDatabase &db, qint64 id)
{
    // On the grab path: cached statements, reset right after reading.
    std::optional<Order> o;
    bool restricted = false;
    static const QString byId = kSelect + QStringLiteral("WHERE o.id = ?");
    if (auto s = forEachCached(
            db, byId, {id},
            [&](const QSqlQuery &q) {
                o = readOrder(q);
                restricted = q.value(18).toBool();
            },
            QStringLiteral("reading an order"));
        !s) {
        return s.error();
    }
    if (!o) {
        return noOrder(id);
    }
    // Few orders name the grabbers who may take them: the list costs a statement only for those.
    if (!restricted) {
        return *o;
    }
    if (auto s = forEachCached(db, QStringLiteral("SELECT grabber_id FROM order_restrictions WHERE order_id = ? ORDER BY grabber_id"), {id},
                               [&](const QSqlQuery &q) { o->onlyGrabbers.append(q.value(0).toLongLong()); },
                               QStringLiteral("reading an order's restrictions"));
        !s) {
        return s.error();
    }
    return *o;
}

Result<QList<Order>> OrderReader::list(const QSqlDatabase &db, std::optional<OrderState> state, int limit)
{
    QList<Order> out;
    QHash<qint64, qsizetype> index;
    {
        const QString order = state == OrderState::Open ? QStringLiteral("ORDER BY o.priority, o.pooled_at, o.id ")
                                                        : QStringLiteral("ORDER BY o.id DESC ");
        // The state is written into the statement, not bound: SQLite picks a partial index
        // (orders_pool, orders_in_hand) only for a condition it can see when preparing.
        auto q = state ? runSql(db, kSelect + QStringLiteral("WHERE o.state = '%1' ").arg(toString(*state)) + order + QStringLiteral("LIMIT ?"),
                                {limit}, QStringLiteral("listing orders"))
                       : runSql(db, kSelect + order + QStringLiteral("LIMIT ?"), {limit}, QStringLiteral("listing orders"));
        if (!q) {
            return q.error();
        }
        while (q->next()) {
            index.insert(q->value(0).toLongLong(), out.size());
            out.append(readOrder(*q));
        }
        if (auto end = rowsEnded(*q, QStringLiteral("listing orders")); !end) {
            return end.error();
        }
    }
    // Restrictions are rare: read them all in one pass.
    auto r = runSql(db, QStringLiteral("SELECT order_id, grabber_id FROM order_restrictions ORDER BY grabber_id"), {},
                    QStringLiteral("reading restrictions"));
    if (!r) {
        return r.error();
    }
    while (r->next()) {
        const auto it = index.constFind(r->value(0).toLongLong());
        if (it != index.cend()) {
            out[*it].onlyGrabbers.append(r->value(1).toLongLong());
        }
    }
    if (auto end = rowsEnded(*r, QStringLiteral("reading restrictions")); !end) {
        return end.error();
    }
    return out;
}

QJsonObject toJson(const Order &o)
{
    QJsonArray only;
    for (qint64 g : o.onlyGrabbers) {
        only.append(g);
    }
    QJsonObject j{{QStringLiteral("id"), o.id},
                  {QStringLiteral("customer"), o.customerId},
                  {QStringLiteral("customerName"), o.customerName},
                  {QStringLiteral("tier"), toString(o.customerTier)},
                  {QStringLiteral("amount"), formatMajorUnits(o.amountMinor)},
                  {QStringLiteral("skill"), o.skill},
                  {QStringLiteral("region"), o.region},
                  {QStringLiteral("priority"), QStringLiteral("P%1").arg(o.priority)},
                  {QStringLiteral("ruleVersion"), o.ruleVersion},
                  {QStringLiteral("publishedAt"), isoUtc(o.publishedAt)},
                  {QStringLiteral("pooledAt"), isoUtc(o.pooledAt)},
                  {QStringLiteral("grabDeadline"), isoUtc(o.grabDeadline)},
                  {QStringLiteral("state"), toString(o.state)},
                  {QStringLiteral("onlyGrabbers"), only},
                  {QStringLiteral("minLevel"), o.minLevel ? QJsonValue(toString(*o.minLevel)) : QJsonValue()},
                  {QStringLiteral("assignee"), o.assigneeId ? QJsonValue(*o.assigneeId) : QJsonValue()},
                  {QStringLiteral("assignedAt"), o.assignedAt ? QJsonValue(isoUtc(*o.assignedAt)) : QJsonValue()},
                  {QStringLiteral("closedAt"), o.closedAt ? QJsonValue(isoUtc(*o.closedAt)) : QJsonValue()}};
    return j;
}

} // namespace grab
