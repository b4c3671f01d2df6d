#include "database.h"

#include "dialect.h"
#include "eventinbox.h"
#include "readsnapshot.h"
#include "serverwatch.h"
#include "sql.h"
#include "sqlerror.h"

#include <QHash>
#include <QSqlQuery>

namespace grab {

namespace {

// Open write transactions per connection (a connection lives in one thread, so per thread is
// exact). The outermost one is BEGIN IMMEDIATE; one begun inside it is a SAVEPOINT.
QHash<QString, int> &writeDepths()
{
    thread_local QHash<QString, int> open;
    return open;
}

QString savepointName(int depth)
{
    return QStringLiteral("grabdesk_%1").arg(depth);
}

} // namespace

Result<Transaction> Transaction::begin(Database &db, dialect::WriteScope scope)
{
    if (db.isReadOnly()) {
        return readOnlyError(db.path());
    }
    if (auto refused = Database::writeRefusal(db.path())) {
        return *refused;
    }
    QSqlDatabase conn = db.connection();
    int &depth = writeDepths()[conn.connectionName()];
    if (depth > 0) {
        // Inside another write (a demo that must be all or nothing runs the services' own
        // transactions): a savepoint, so that this one's rollback undoes only its own part.
        const QString name = savepointName(depth + 1);
        if (auto s = execRetrying(conn, QStringLiteral("SAVEPOINT ") + name, QStringLiteral("starting a write"), db.busyTimeoutMs()); !s) {
            return s.error();
        }
        ++depth;
        ReadSnapshot::writeBegan(conn);
        return Transaction(conn, db.busyTimeoutMs(), name);
    }
    const QStringList statements = dialect::beginWrite(db.engine(), scope);
    for (int i = 0; i < statements.size(); ++i) {
        auto s = execRetrying(conn, statements[i], QStringLiteral("starting a write"), db.busyTimeoutMs());
        if (!s && i == 0 && db.isServer() && isServerLost(s.error()) && !serverwatch::cutWithin(serverwatch::kRecentCutMs)) {
            // The connection died since the last write (the server restarted, or dropped it
            // while idle): nothing was begun, so connect again and begin once more. Not when
            // this process just let go of it because the server stopped answering (this BEGIN
            // may have been what waited): a new connection would wait as long again.
            if (auto again = db.reconnect(); !again) {
                writeDepths().remove(conn.connectionName());
                return again.error();
            }
            s = execRetrying(conn, statements[i], QStringLiteral("starting a write"), db.busyTimeoutMs());
        }
        if (!s) {
            if (i > 0) {
                QSqlQuery(conn).exec(QStringLiteral("ROLLBACK")); // begun, but its lock was not granted
            }
            writeDepths().remove(conn.connectionName());
            return s.error();
        }
    }
    depth = 1;
    ReadSnapshot::writeBegan(conn);
    return Transaction(conn, db.busyTimeoutMs(), QString());
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::move(other.m_db)), m_busyTimeoutMs(other.m_busyTimeoutMs), m_savepoint(std::move(other.m_savepoint)), m_active(other.m_active),
      m_linksLater(other.m_linksLater), m_linked(std::move(other.m_linked))
{
    other.m_active = false;
}

Transaction::~Transaction()
{
    rollback();
}

void Transaction::ended()
{
    m_active = false;
    ReadSnapshot::writeEnded(m_db);
    auto it = writeDepths().find(m_db.connectionName());
    if (it != writeDepths().end() && --*it <= 0) {
        writeDepths().erase(it);
        eventinbox::forget(m_db); // the outermost ended without linking (a commit links first)
    }
}

qint64 Transaction::eventId(qint64 appended) const
{
    if (!m_linksLater) {
        return appended;
    }
    return m_linked.value(appended, 0);
}

Status Transaction::lockRow(const QString &table, qint64 id)
{
    const QString sql = dialect::rowLock(dialect::engineOf(m_db), table);
    if (sql.isEmpty()) {
        return Done{};
    }
    auto n = execCached(m_db, sql, {id}, QStringLiteral("waiting for the %1 record %2").arg(table).arg(id));
    if (!n) {
        return n.error();
    }
    return Done{};
}

Status Transaction::commit()
{
    if (!m_active) {
        return makeError(ErrorCode::Internal, QStringLiteral("Commit without an open transaction."));
    }
    const QString sql = m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint;
    auto s = execRetrying(m_db, sql, QStringLiteral("committing"), m_busyTimeoutMs);
    if (s) {
        if (m_linksLater && m_savepoint.isEmpty()) {
            m_linked = eventinbox::linkAfterCommit(m_db); // the events of the whole transaction, savepoints' included
        }
        ended();
    } else if (isServerLost(s.error())) {
        // The COMMIT went out and its answer never came back: the server may have committed
        // before the connection broke. Saying "nothing was changed" could be false.
        ended();
        return makeError(ErrorCode::DatabaseUnusable,
                         QStringLiteral("The connection to the server broke while it was saving this change, so whether it was saved is not "
                                        "known: look at the order before doing it again."),
                         QStringLiteral("server_gone"));
    }
    return s;
}

void Transaction::rollback()
{
    if (m_active) {
        QSqlQuery q(m_db);
        if (m_savepoint.isEmpty()) {
            q.exec(QStringLiteral("ROLLBACK"));
        } else {
            q.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
            q.exec(QStringLiteral("RELEASE ") + m_savepoint);
        }
        ended();
    }
}

} // namespace grab
