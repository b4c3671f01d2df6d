#include "eventinbox.h"

#include "dialect.h"
#include "sql.h"

#include <QSqlQuery>
#include <QStringList>

namespace grab::eventinbox {
namespace {

// The tickets staged on each connection since its outermost write began (a connection lives in
// one thread, so per thread is exact).
QHash<QString, QList<qint64>> &staged()
{
    thread_local QHash<QString, QList<qint64>> tickets;
    return tickets;
}

QString arrayLiteral(const QList<qint64> &ids)
{
    QStringList out;
    out.reserve(ids.size());
    for (qint64 id : ids) {
        out << QString::number(id);
    }
    return QStringLiteral("{%1}").arg(out.join(u','));
}

} // namespace

bool linksLater(const QSqlDatabase &db)
{
    return dialect::eventsLinkAfterCommit(dialect::engineOf(db));
}

Result<qint64> stage(const QSqlDatabase &db, const chain::EventFields &f, const QByteArray &content)
{
    auto id = insertReturningId(db,
                                QStringLiteral("INSERT INTO grabdesk_event_inbox (at, type, actor, order_id, grabber_id, rule_version, reason, payload, content) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                {f.at, f.type, f.actor, nullable(f.orderId), nullable(f.grabberId), nullable(f.ruleVersion), nullableText(f.reason),
                                 f.payload, content},
                                QStringLiteral("recording a %1 event").arg(f.type));
    if (id) {
        staged()[db.connectionName()].append(*id);
    }
    return id;
}

Status linkPending(const QSqlDatabase &db)
{
    if (!linksLater(db)) {
        return Done{};
    }
    auto q = runSql(db, QStringLiteral("SELECT COUNT(*) FROM grabdesk_link_events('{}')"), {}, QStringLiteral("linking the newest events into the log"));
    if (!q) {
        return q.error();
    }
    q->finish();
    return Done{};
}

Result<qint64> waiting(const QSqlDatabase &db)
{
    if (!linksLater(db)) {
        return 0;
    }
    auto n = scalar(db, QStringLiteral("SELECT COUNT(*) FROM grabdesk_event_inbox WHERE event_id IS NULL"), {},
                    QStringLiteral("counting the events waiting to join the log"));
    if (!n) {
        return n.error();
    }
    return n->toLongLong();
}

QHash<qint64, qint64> linkAfterCommit(const QSqlDatabase &db)
{
    const QList<qint64> mine = staged().take(db.connectionName());
    QHash<qint64, qint64> ids;
    if (mine.isEmpty()) {
        return ids;
    }
    // One round trip: link everything waiting, and say what ours became. The tickets are numbers
    // this process read back from the server, written into the statement as an array literal.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ticket, linked_id FROM grabdesk_link_events('%1')").arg(arrayLiteral(mine)))) {
        return ids; // the events wait for the next link; the change is committed
    }
    while (q.next()) {
        ids.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    return ids;
}

void forget(const QSqlDatabase &db)
{
    staged().remove(db.connectionName());
}

} // namespace grab::eventinbox
