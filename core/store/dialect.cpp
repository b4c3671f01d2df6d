#include "dialect.h"

namespace grab::dialect {

Engine engineOf(const QSqlDatabase &db)
{
    // Asked on hot paths: the driver's name is a short, shared string.
    return db.driverName() == QLatin1String("QPSQL") ? Engine::PostgreSQL : Engine::SQLite;
}

namespace {

QString advisory(const char *function, AdvisoryKey key)
{
    return QStringLiteral("SELECT %1(%2, %3)").arg(QLatin1String(function)).arg(kAdvisoryClass).arg(int(key));
}

} // namespace

QStringList beginWrite(Engine engine, WriteScope scope)
{
    if (engine == Engine::SQLite) {
        // Never a deferred BEGIN: it fails at once with "database is locked" when it must become
        // a writer while another process writes (ARCHITECTURE.md).
        static const QStringList immediate{QStringLiteral("BEGIN IMMEDIATE")};
        return immediate;
    }
    // READ COMMITTED: each statement sees what was committed before it began, so a row read after
    // its lock was granted is the row as its last writer left it. The advisory lock is held until
    // the transaction ends (the _xact_ form), whatever ends it.
    static const QStringList whole{QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED"),
                                   advisory("pg_advisory_xact_lock", AdvisoryKey::Writers)};
    static const QStringList rows{QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED"),
                                  advisory("pg_advisory_xact_lock_shared", AdvisoryKey::Writers)};
    return scope == WriteScope::Whole ? whole : rows;
}

QString beginRead(Engine engine)
{
    // SQLite: a deferred BEGIN reads one snapshot from its first read on. PostgreSQL: only
    // REPEATABLE READ keeps one snapshot for the whole transaction.
    return engine == Engine::SQLite ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

QString rowLock(Engine engine, const QString &table)
{
    if (engine == Engine::SQLite) {
        return {};
    }
    return QStringLiteral("SELECT id FROM %1 WHERE id = ? FOR UPDATE").arg(table);
}

QString lockEventChain(Engine engine)
{
    return engine == Engine::SQLite ? QString() : advisory("pg_advisory_xact_lock", AdvisoryKey::EventChain);
}

bool eventsLinkAfterCommit(Engine engine)
{
    return engine == Engine::PostgreSQL;
}

bool headReadEarlyHolds(Engine engine)
{
    return engine == Engine::SQLite;
}

QString commitProbe(Engine engine)
{
    return engine == Engine::PostgreSQL ? QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM events") : QStringLiteral("PRAGMA data_version");
}

QString commitChannel(Engine engine)
{
    return engine == Engine::PostgreSQL ? QString::fromLatin1(kCommitChannel) : QString();
}

QString trySweepLock(Engine engine)
{
    return engine == Engine::PostgreSQL ? advisory("pg_try_advisory_lock", AdvisoryKey::Sweep) : QString();
}

QString sweepUnlock(Engine engine)
{
    return engine == Engine::PostgreSQL ? advisory("pg_advisory_unlock", AdvisoryKey::Sweep) : QString();
}

bool desktopsSweep(Engine engine)
{
    return engine == Engine::SQLite;
}

bool preparable(Engine engine, const QString &sql)
{
    if (engine == Engine::SQLite) {
        return true;
    }
    const QStringView head = QStringView(sql).trimmed().left(7);
    for (const char *verb : {"SELECT", "INSERT", "UPDATE", "DELETE", "VALUES", "WITH"}) {
        if (head.startsWith(QLatin1String(verb), Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

QString dropTrigger(Engine engine, const QString &name)
{
    if (engine == Engine::SQLite) {
        return QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(name);
    }
    // PostgreSQL names a trigger within its table: the table is the name's first words.
    for (const char *table : {"review_decisions", "review_entries", "review_cycles", "event_chain", "events"}) {
        if (name.startsWith(QLatin1String(table) + QLatin1Char('_'))) {
            return QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(name, QLatin1String(table));
        }
    }
    return {};
}

QString jsonMember(Engine engine, const QString &column, const QString &key)
{
    return engine == Engine::SQLite ? QStringLiteral("json_extract(%1, '$.%2')").arg(column, key)
                                    : QStringLiteral("(%1::jsonb ->> '%2')").arg(column, key);
}

QString secureDelete(Engine engine, bool on)
{
    if (engine != Engine::SQLite) {
        return {};
    }
    return on ? QStringLiteral("PRAGMA secure_delete = ON") : QStringLiteral("PRAGMA secure_delete = OFF");
}

QString pushErasedBytesOut(Engine engine)
{
    return engine == Engine::SQLite ? QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)") : QString();
}

bool isSqlState(const QString &nativeCode)
{
    return nativeCode.size() == 5;
}

QString listTables(Engine engine)
{
    if (engine == Engine::SQLite) {
        return QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND substr(name, 1, 7) <> 'sqlite_' AND name <> 'services' ORDER BY name");
    }
    return QStringLiteral("SELECT tablename::text FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename NOT LIKE 'grabdesk\\_%' "
                          "AND tablename <> 'services' ORDER BY tablename");
}

QString listColumns(Engine engine, const QString &table)
{
    if (engine == Engine::SQLite) {
        return QStringLiteral("SELECT name, pk FROM pragma_table_info('%1') ORDER BY cid").arg(table);
    }
    // pg_index.indkey lists the key's columns in order; WITH ORDINALITY numbers them from 1.
    return QStringLiteral("SELECT a.attname::text, COALESCE((SELECT k.n FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(att, n) "
                          "WHERE i.indrelid = a.attrelid AND i.indisprimary AND k.att = a.attnum), 0) "
                          "FROM pg_attribute a WHERE a.attrelid = '%1'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum")
        .arg(table);
}

} // namespace grab::dialect
