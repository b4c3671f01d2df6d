#include "orderreader.h"

#include "base/money.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace grab {
namespace {

// The columns as valueColumns() writes them (store/sql.h: Qt's driver then spares a look-up per
// column on every statement).
const QString kColumns = valueColumns(QStringLiteral(
    "o.id, o.customer_id, c.name, c.tier, o.amount, o.skill, o.region, o.priority, o.priority_score, o.rule_version, "
    "o.published_at, o.grab_deadline, o.min_level, o.state, o.assignee_id, o.assigned_at, o.closed_at, o.pooled_at, "
    "EXISTS (SELECT 1 FROM order_restrictions r WHERE r.order_id = o.id), "
    "CASE WHEN o.state = 'assigned' THEN (SELECT a.last_follow_up_at FROM assignments a WHERE a.order_id = o.id AND a.ended_at IS NULL) END"));
const QString kFrom = QStringLiteral("orders o JOIN customers c ON c.id = o.customer_id");
const QString kDecisionColumns = valueColumns(QStringLiteral(
    "o.id, c.tier, o.amount, o.skill, o.priority, o.published_at, o.pooled_at, o.grab_deadline, o.min_level, o.state, "
    "o.assignee_id, EXISTS (SELECT 1 FROM order_restrictions r WHERE r.order_id = o.id)"));
const QString kSelect = QStringLiteral("SELECT %1 FROM %2 ").arg(kColumns, kFrom);

} // namespace

const QString &OrderReader::from()
{
    return kFrom;
}

Order OrderReader::readRow(const QSqlQuery &q, int first, bool *restricted)
{
    const auto v = [&](int i) { return q.value(first + i); };
    Order o;
    o.id = v(0).toLongLong();
    o.customerId = v(1).toLongLong();
    o.customerName = v(2).toString();
    o.customerTier = tierFromString(v(3).toString()).value_or(Tier::Regular);
    o.amountMinor = v(4).toLongLong();
    o.skill = v(5).toString();
    o.region = v(6).toString();
    o.priority = v(7).toInt();
    o.priorityScore = v(8).toInt();
    o.ruleVersion = v(9).toInt();
    o.publishedAt = v(10).toLongLong();
    o.grabDeadline = v(11).toLongLong();
    if (!v(12).isNull()) {
        o.minLevel = levelFromString(v(12).toString());
    }
    o.state = orderStateFromString(v(13).toString()).value_or(OrderState::Open);
    if (!v(14).isNull()) {
        o.assigneeId = v(14).toLongLong();
    }
    if (!v(15).isNull()) {
        o.assignedAt = v(15).toLongLong();
    }
    if (!v(16).isNull()) {
        o.closedAt = v(16).toLongLong();
    }
    o.pooledAt = v(17).toLongLong();
    if (restricted) {
        *restricted = v(18).toBool();
    }
    if (!v(19).isNull()) {
        o.lastFollowUpAt = v(19).toLongLong();
    }
    return o;
}

const QString &OrderReader::decisionColumns()
{
    return kDecisionColumns;
}

Order OrderReader::readDecisionRow(const QSqlQuery &q, int first, bool *restricted)
{
    const auto v = [&](int i) { return q.value(first + i); };
    Order o;
    o.id = v(0).toLongLong();
    o.customerTier = tierFromString(v(1).toString()).value_or(Tier::Regular);
    o.amountMinor = v(2).toLongLong();
    o.skill = v(3).toString();
    o.priority = v(4).toInt();
    o.publishedAt = v(5).toLongLong();
    o.pooledAt = v(6).toLongLong();
    o.grabDeadline = v(7).toLongLong();
    if (!v(8).isNull()) {
        o.minLevel = levelFromString(v(8).toString());
    }
    o.state = orderStateFromString(v(9).toString()).value_or(OrderState::Open);
    if (!v(10).isNull()) {
        o.assigneeId = v(10).toLongLong();
    }
    if (restricted) {
        *restricted = v(11).toBool();
    }
    return o;
}

Status OrderReader::readRestrictions(const QSqlDatabase &db, Order &o)
{
    return forEachCached(db, QStringLiteral("SELECT grabber_id FROM order_restrictions WHERE order_id = ? ORDER BY grabber_id"), {o.id},
                         [&](const QSqlQuery &q) { o.onlyGrabbers.append(q.value(0).toLongLong()); },
                         QStringLiteral("reading an order's restrictions"));
}

namespace {

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
            db, byId, {id}, [&](const QSqlQuery &q) { o = readRow(q, 0, &restricted); }, QStringLiteral("reading an order"));
        !s) {
        return s.error();
    }
    if (!o) {
        return noOrder(id);
    }
    // Few orders name the grabbers who may take them: the list costs a statement only for those.
    if (restricted) {
        if (auto s = readRestrictions(db, *o); !s) {
            return s.error();
        }
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
            out.append(readRow(*q, 0, nullptr));
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
