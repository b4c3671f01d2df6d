#include "eventlog.h"

#include "store/sql.h"

#include <QJsonDocument>

namespace grab {
namespace {

const QString kColumns = QStringLiteral("id, at, type, actor, order_id, grabber_id, rule_version, reason, payload");

Event readEvent(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.at = q.value(1).toLongLong();
    e.type = q.value(2).toString();
    e.actor = q.value(3).toString();
    if (!q.value(4).isNull()) {
        e.orderId = q.value(4).toLongLong();
    }
    if (!q.value(5).isNull()) {
        e.grabberId = q.value(5).toLongLong();
    }
    if (!q.value(6).isNull()) {
        e.ruleVersion = q.value(6).toInt();
    }
    e.reason = q.value(7).toString();
    e.payload = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    return e;
}

Result<QList<Event>> readAll(Result<QSqlQuery> q)
{
    if (!q) {
        return q.error();
    }
    QList<Event> out;
    while (q->next()) {
        out.append(readEvent(*q));
    }
    if (auto end = rowsEnded(*q, QStringLiteral("reading events")); !end) {
        return end.error();
    }
    q->finish();
    return out;
}

} // namespace

Result<qint64> EventLog::append(const QSqlDatabase &db, const Event &e)
{
    return insertReturningId(
        db,
        QStringLiteral("INSERT INTO events (at, type, actor, order_id, grabber_id, rule_version, reason, payload) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.at, e.type, e.actor, nullable(e.orderId), nullable(e.grabberId), nullable(e.ruleVersion), nullableText(e.reason),
         QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact))},
        QStringLiteral("recording a %1 event").arg(e.type));
}

Result<qint64> EventLog::record(const QSqlDatabase &db, qint64 at, const char *type, const QString &actor,
                                std::optional<qint64> orderId, std::optional<qint64> grabberId, std::optional<int> ruleVersion,
                                const QString &reason, const QJsonObject &payload)
{
    Event e;
    e.at = at;
    e.type = QString::fromLatin1(type);
    e.actor = actor;
    e.orderId = orderId;
    e.grabberId = grabberId;
    e.ruleVersion = ruleVersion;
    e.reason = reason;
    e.payload = payload;
    return append(db, e);
}

Result<QList<Event>> EventLog::since(const QSqlDatabase &db, qint64 sinceId, int limit)
{
    return readAll(runSql(db, QStringLiteral("SELECT %1 FROM events WHERE id > ? ORDER BY id LIMIT ?").arg(kColumns),
                          {sinceId, limit}, QStringLiteral("reading events")));
}

Result<QList<Event>> EventLog::forOrder(const QSqlDatabase &db, qint64 orderId)
{
    return readAll(runSql(db, QStringLiteral("SELECT %1 FROM events WHERE order_id = ? ORDER BY id").arg(kColumns),
                          {orderId}, QStringLiteral("reading an order's events")));
}

} // namespace grab
