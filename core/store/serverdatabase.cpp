// Database on a PostgreSQL server: opening, the schema check, and creating the schema in an
// empty database. The SQLite side is database.cpp.
#include "database.h"

#include "databaselocation.h"
#include "dialect.h"
#include "integrity.h"
#include "schema.h"
#include "serverconnection.h"
#include "serverwatch.h"
#include "sql.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace grab {
namespace {

// The record of which application's schema, at which version, a server database holds: what a
// SQLite file keeps in its header (application_id, user_version).
const QString kSchemaRecord = QStringLiteral(
    "CREATE TABLE grabdesk_schema (id BIGINT PRIMARY KEY CHECK (id = 1), application TEXT NOT NULL, "
    "version BIGINT NOT NULL CHECK (version > 0), created_at BIGINT NOT NULL)");
const QString kApplication = QStringLiteral("GrabDesk");

Status exec(const QSqlDatabase &db, const QString &sql, const QString &doing)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        return errorFromSql(q.lastError(), doing);
    }
    return Done{};
}

} // namespace

Result<std::unique_ptr<Database>> Database::openServer(const QString &address, const Options &options)
{
    auto location = DatabaseLocation::parse(address);
    if (!location) {
        return location.error();
    }
    std::unique_ptr<Database> db(new Database);
    db->m_engine = dialect::Engine::PostgreSQL;
    db->m_path = location->display();
    db->m_connectionName = newConnectionName();
    db->m_busyTimeoutMs = options.busyTimeoutMs;
    auto connection = openServerConnection(*location, db->m_connectionName, options.password);
    if (!connection) {
        db->m_connectionName.clear(); // openServerConnection removed it already
        return connection.error();
    }
    db->m_db = *connection;
    if (auto s = db->configureServer(options); !s) {
        return s.error();
    }
    return db;
}

Status Database::reconnect()
{
    if (!isServer()) {
        return Done{};
    }
    // The kept statements were prepared on the connection that is gone.
    clearStatementCache(m_connectionName);
    serverwatch::forget(m_db);
    m_db.close();
    // Opening again keeps the connection's options: the address looked up at first, and a
    // connect_timeout within kServerConnectSeconds.
    if (!m_db.open()) {
        return connectionFailure(m_path, m_db.lastError());
    }
    serverwatch::watch(m_db);
    if (auto s = exec(m_db, QStringLiteral("SET lock_timeout = %1").arg(m_busyTimeoutMs), QStringLiteral("configuring the connection")); !s) {
        return s;
    }
    return setSynchronous(m_synchronous);
}

Status Database::configureServer(const Options &options)
{
    // A writer waits for another's lock at most the busy timeout, as on SQLite; Normal and Off
    // let the server acknowledge a commit before it is on disk (a crash of the server may lose
    // the last ones, never half of one), as synchronous=NORMAL does on SQLite.
    const QString doing = QStringLiteral("configuring the connection");
    if (auto s = exec(m_db, QStringLiteral("SET lock_timeout = %1").arg(m_busyTimeoutMs), doing); !s) {
        return s;
    }
    if (auto s = setSynchronous(options.synchronous); !s) {
        return s;
    }
    if (options.readOnly) {
        // The server itself then refuses every write on this connection, whatever the login may do.
        m_readOnly = true;
        if (auto s = exec(m_db, QStringLiteral("SET default_transaction_read_only = on"), doing); !s) {
            return s;
        }
    }
    // Look before writing anything: another application's database must be left exactly as it is.
    auto hasRecord = scalar(m_db, QStringLiteral("SELECT to_regclass('grabdesk_schema') IS NOT NULL"), {}, QStringLiteral("reading the schema"));
    if (!hasRecord) {
        return hasRecord.error();
    }
    if (!hasRecord->toBool()) {
        auto tables = scalar(m_db, QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"), {},
                             QStringLiteral("reading the schema"));
        if (!tables) {
            return tables.error();
        }
        if (tables->toLongLong() > 0) {
            return makeError(ErrorCode::DatabaseUnusable,
                             QCoreApplication::translate("grab::Database", "%1 holds tables, but is not a GrabDesk database; it was left untouched.").arg(m_path),
                             QStringLiteral("not_grabdesk"));
        }
        if (options.mode == Mode::OpenExisting || options.readOnly) {
            return makeError(ErrorCode::DatabaseUnusable,
                             QCoreApplication::translate("grab::Database", "%1 is an empty database, not yet a GrabDesk one. Create GrabDesk's tables in it with \"grabctl --db %1 init\".")
                                 .arg(m_path),
                             QStringLiteral("no_database"));
        }
        return createServerSchema();
    }
    auto q = runSql(m_db, QStringLiteral("SELECT application, version FROM grabdesk_schema WHERE id = 1"), {}, QStringLiteral("reading the schema version"));
    if (!q) {
        return q.error();
    }
    const bool found = q->next();
    const QString application = found ? q->value(0).toString() : QString();
    const int version = found ? q->value(1).toInt() : 0;
    if (auto end = rowsEnded(*q, QStringLiteral("reading the schema version")); !end) {
        return end;
    }
    q->finish();
    if (application != kApplication) {
        return makeError(ErrorCode::DatabaseUnusable,
                         QCoreApplication::translate("grab::Database", "%1 holds tables, but is not a GrabDesk database; it was left untouched.").arg(m_path),
                         QStringLiteral("not_grabdesk"));
    }
    if (version > schema::kVersion) {
        return makeError(ErrorCode::DatabaseUnusable,
                         QCoreApplication::translate("grab::Database", "%1 was written by a newer GrabDesk (schema %2; this version reads up to %3). "
                                                                     "Update GrabDesk; the file was left untouched.")
                             .arg(m_path)
                             .arg(version)
                             .arg(schema::kVersion),
                         QStringLiteral("newer_schema"));
    }
    if (version < schema::kVersion) {
        return migrateServer(version);
    }
    return Done{};
}

// Brings an older server schema to this version's, in one transaction that holds every other
// writer off; a desk that opens it at the same moment finds it done and does nothing.
Status Database::migrateServer(int version)
{
    if (version < dialect::kFirstServerSchema) {
        return makeError(ErrorCode::DatabaseUnusable, QStringLiteral("%1 holds GrabDesk schema %2, which this version cannot upgrade.").arg(m_path).arg(version),
                         QStringLiteral("no_migration"));
    }
    auto tx = Transaction::begin(*this);
    if (!tx) {
        return tx.error();
    }
    auto now = scalar(m_db, QStringLiteral("SELECT version FROM grabdesk_schema WHERE id = 1"), {}, QStringLiteral("reading the schema version"));
    if (!now) {
        return now.error();
    }
    for (int v = now->toInt() + 1; v <= schema::kVersion; ++v) {
        for (const QString &statement : dialect::postgresMigrationTo(v)) {
            if (auto s = exec(m_db, statement, QStringLiteral("upgrading the schema to version %1").arg(v)); !s) {
                return s; // rolled back: the server keeps its older schema
            }
        }
    }
    if (auto n = execCached(m_db, QStringLiteral("UPDATE grabdesk_schema SET version = ? WHERE id = 1"), {schema::kVersion},
                            QStringLiteral("recording the schema version"));
        !n) {
        return n.error();
    }
    return tx->commit();
}

Status Database::createServerSchema()
{
    auto tx = Transaction::begin(*this);
    if (!tx) {
        return tx.error();
    }
    // Another desk may have created it between our look and our lock.
    auto hasRecord = scalar(m_db, QStringLiteral("SELECT to_regclass('grabdesk_schema') IS NOT NULL"), {}, QStringLiteral("reading the schema"));
    if (!hasRecord) {
        return hasRecord.error();
    }
    if (hasRecord->toBool()) {
        return tx->commit();
    }
    for (const QString &statement : dialect::postgresSchema()) {
        if (auto s = exec(m_db, statement, QStringLiteral("creating the schema")); !s) {
            return s; // the transaction rolls back: the database stays empty
        }
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (auto s = exec(m_db, kSchemaRecord, QStringLiteral("creating the schema")); !s) {
        return s;
    }
    if (auto n = execCached(m_db, QStringLiteral("INSERT INTO grabdesk_schema (id, application, version, created_at) VALUES (1, ?, ?, ?)"),
                            {kApplication, schema::kVersion, now}, QStringLiteral("recording the schema version"));
        !n) {
        return n.error();
    }
    if (auto s = integrity::build(m_db, now); !s) {
        return s;
    }
    if (auto s = tx->commit(); !s) {
        return s;
    }
    m_created = true;
    return Done{};
}

} // namespace grab
