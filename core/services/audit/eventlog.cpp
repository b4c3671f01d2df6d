#include "eventlog.h"

#include "domain/chaindigest.h"
#include "store/eventinbox.h"
#include "store/integrity.h"
#include "store/sql.h"

#include <QHash>
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

// "recording a grab_won event": made once per type and thread, not on every event (a grab
// records one or two, and formatting the sentence was a measurable part of one).
const QString &doingFor(const QString &type)
{
    thread_local QHash<QString, QString> sentences;
    auto it = sentences.find(type);
    if (it == sentences.end()) {
        it = sentences.insert(type, QStringLiteral("recording a %1 event").arg(type));
    }
    return *it;
}

} // namespace

Result<qint64> EventLog::append(const QSqlDatabase &db, const Event &e)
{
    return appendText(db, e, QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact)));
}

Result<qint64> EventLog::appendText(const QSqlDatabase &db, const Event &e, const QString &payloadText,
                                    const std::optional<integrity::Head> &previous)
{
    // Each event is linked to the one before (domain/chaindigest.h). On a server it waits in the
    // inbox until its transaction committed, and is linked then (store/eventinbox.h): the answer
    // is its ticket, which Transaction::eventId() turns into its id after the commit.
    chain::EventFields f;
    f.at = e.at;
    f.type = e.type;
    f.actor = e.actor;
    f.orderId = e.orderId;
    f.grabberId = e.grabberId;
    f.ruleVersion = e.ruleVersion ? std::optional<qint64>(*e.ruleVersion) : std::nullopt;
    f.reason = e.reason;
    f.payload = payloadText;
    if (eventinbox::linksLater(db)) {
        return eventinbox::stage(db, f, chain::contentAfterId(f));
    }
    // On a file the chain is held for the caller's write transaction from its BEGIN IMMEDIATE, so
    // the newest event cannot change before the insert, and the next id is the newest one's plus one.
    auto head = integrity::headForAppend(db, previous);
    if (!head) {
        return head.error();
    }
    f.id = head->id + 1;
    const QByteArray hash = chain::link(head->hash.isEmpty() ? chain::genesis() : head->hash, f);
    auto n = execCached(db,
                        QStringLiteral("INSERT INTO events (id, at, type, actor, order_id, grabber_id, rule_version, reason, payload, chain_hash) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {f.id, e.at, e.type, e.actor, nullable(e.orderId), nullable(e.grabberId), nullable(e.ruleVersion), nullableText(e.reason),
                         f.payload, hash},
                        doingFor(e.type));
    if (!n) {
        return n.error();
    }
    return f.id;
}

namespace {

Event fieldsOf(qint64 at, const char *type, const QString &actor, std::optional<qint64> orderId, std::optional<qint64> grabberId,
               std::optional<int> ruleVersion, const QString &reason)
{
    Event e;
    e.at = at;
    e.type = QString::fromLatin1(type);
    e.actor = actor;
    e.orderId = orderId;
    e.grabberId = grabberId;
    e.ruleVersion = ruleVersion;
    e.reason = reason;
    return e;
}

} // namespace

Result<qint64> EventLog::record(const QSqlDatabase &db, qint64 at, const char *type, const QString &actor,
                                std::optional<qint64> orderId, std::optional<qint64> grabberId, std::optional<int> ruleVersion,
                                const QString &reason, const QJsonObject &payload)
{
    Event e = fieldsOf(at, type, actor, orderId, grabberId, ruleVersion, reason);
    e.payload = payload;
    return append(db, e);
}

Result<qint64> EventLog::record(const QSqlDatabase &db, qint64 at, const char *type, const QString &actor,
                                std::optional<qint64> orderId, std::optional<qint64> grabberId, std::optional<int> ruleVersion,
                                const QString &reason, const JsonText &payload, const std::optional<integrity::Head> &previous)
{
    return appendText(db, fieldsOf(at, type, actor, orderId, grabberId, ruleVersion, reason), QString::fromUtf8(payload.text()), previous);
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
