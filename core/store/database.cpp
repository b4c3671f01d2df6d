#include "database.h"

#include "io/atomicfile.h"
#include "io/protectedfiles.h"

#include "integrity.h"
#include "readsnapshot.h"
#include "schema.h"
#include "serverwatch.h"
#include "sql.h"
#include "sqlerror.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QThread>
#include <QUrl>

#include <cerrno>
#include <optional>
#include <fcntl.h>
#include <unistd.h>

namespace grab {
namespace {

QAtomicInteger<quint64> s_connectionCounter;


Status execPlain(const QSqlDatabase &db, const QString &sql, const QString &doing)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        return errorFromSql(q.lastError(), doing);
    }
    q.finish();
    return Done{};
}

} // namespace

namespace {

// SQLite reports a full disk at open as an I/O error: the -shm it maps could not grow. Say what
// a manager can act on. QStorageInfo asks the file system (statvfs) and opens no file.
Error whyOpeningFailed(Error error, const QString &path)
{
    if (error.reason != QLatin1String("database_io")) {
        return error;
    }
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    if (disk.isValid() && disk.bytesAvailable() < 256 * 1024) {
        return makeError(ErrorCode::DatabaseUnusable,
                         QCoreApplication::translate("grab::Database", "The disk is full: GrabDesk cannot open %1 until some space is freed on it.").arg(path),
                         QStringLiteral("disk_full"));
    }
    return error;
}

} // namespace

namespace {

QMutex s_refusalMutex;
QHash<QString, Error> s_refusals; // absolute path -> why its writes are refused
QHash<QString, Error> s_holds;    // the same, for as long as the database cannot be reached

QString refusalKey(const QString &path)
{
    if (path.contains(QLatin1String("://"))) {
        return path; // a server's address
    }
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

void Database::refuseWrites(const QString &path, const Error &why)
{
    QMutexLocker lock(&s_refusalMutex);
    s_refusals.insert(refusalKey(path), why);
}

void Database::holdWrites(const QString &path, const std::optional<Error> &why)
{
    QMutexLocker lock(&s_refusalMutex);
    if (why) {
        s_holds.insert(refusalKey(path), *why);
    } else {
        s_holds.remove(refusalKey(path));
    }
}

std::optional<Error> Database::writeRefusal(const QString &path)
{
    QMutexLocker lock(&s_refusalMutex);
    if (s_refusals.isEmpty() && s_holds.isEmpty()) {
        return std::nullopt; // the usual case, asked on every write: no path to resolve
    }
    const QString key = refusalKey(path);
    if (auto it = s_refusals.constFind(key); it != s_refusals.constEnd()) {
        return *it;
    }
    auto it = s_holds.constFind(key);
    return it == s_holds.constEnd() ? std::nullopt : std::optional<Error>(*it);
}

Error readOnlyError(const QString &path)
{
    return makeError(ErrorCode::DatabaseUnusable,
                     QCoreApplication::translate("grab::Database", "The database %1 is read-only: GrabDesk needs to write to it.").arg(path),
                     QStringLiteral("database_read_only"));
}

Status createPrivateFile(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int err = errno;
        return makeError(ErrorCode::DatabaseUnusable,
                         QCoreApplication::translate("grab::Database", "Cannot create %1: %2.").arg(path, fileErrorSentence(err, path)),
                         err == ENOSPC ? QStringLiteral("disk_full") : QStringLiteral("file_write"));
    }
    ::close(fd);
    return Done{};
}

Status execRetrying(const QSqlDatabase &db, const QString &sql, const QString &doing, int busyTimeoutMs)
{
    // BEGIN IMMEDIATE and COMMIT run for every write: keep them prepared.
    QSqlQuery *q = keptStatement(db, sql);
    std::optional<QSqlQuery> once; // made only when needed: a QSqlQuery costs the driver a new result object
    if (!q) {
        q = &once.emplace(db); // a statement that cannot be prepared ahead (PRAGMA journal_mode): run it directly
    }
    QElapsedTimer timer;
    timer.start();
    for (int attempt = 0;; ++attempt) {
        if (once ? q->exec(sql) : q->exec()) {
            q->finish();
            return Done{};
        }
        const QSqlError error = q->lastError();
        q->finish();
        if (!isBusy(error) || timer.elapsed() >= busyTimeoutMs) {
            return errorFromSql(error, doing);
        }
        waitBeforeRetry(attempt);
    }
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/grabdesk/grabdesk.sqlite");
}

QString Database::newConnectionName()
{
    return QStringLiteral("grabdesk-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    if (path.contains(QLatin1String("://"))) {
        return openServer(path, options); // a team server (serverdatabase.cpp)
    }
    const QFileInfo info(path);
    if (path.isEmpty()) {
        return makeError(ErrorCode::DatabaseUnusable, QCoreApplication::translate("grab::Database", "No database path was given."));
    }
    if (!info.absoluteDir().exists()) {
        return makeError(ErrorCode::DatabaseUnusable,
                         QCoreApplication::translate("grab::Database", "Cannot open the database %1: the folder %2 does not exist.")
                             .arg(path, QDir::toNativeSeparators(info.absolutePath())),
                         QStringLiteral("no_such_folder"));
    }
    if (info.exists() && info.isDir()) {
        return makeError(ErrorCode::DatabaseUnusable, QCoreApplication::translate("grab::Database", "Cannot open the database %1: it is a folder.").arg(path));
    }
    const bool existed = info.exists() && info.size() > 0;
    if (!info.exists() && options.mode == Mode::OpenExisting) {
        return makeError(ErrorCode::DatabaseUnusable,
                         QCoreApplication::translate("grab::Database", "There is no database at %1. Create one with \"grabctl init\" or \"grabctl demo\".").arg(path),
                         QStringLiteral("no_database"));
    }
    if (info.exists() && info.size() == 0 && options.mode == Mode::OpenExisting) {
        // An empty file is no database yet: only init, demo or the first start may make it one.
        return makeError(ErrorCode::DatabaseUnusable,
                         QCoreApplication::translate("grab::Database", "%1 is an empty file, not a GrabDesk database. Create one with \"grabctl init\".").arg(path),
                         QStringLiteral("no_database"));
    }
    // A file GrabDesk may not write (a read-only disk, an archive, no permission) still opens for
    // reading: orders, KPIs, exports and the dashboards work, and every write is refused by
    // Transaction::begin with one sentence.
    const bool readOnly = info.exists() && (options.readOnly || !info.isWritable());
    if ((readOnly || options.readOnly) && options.mode == Mode::OpenOrCreate) {
        return readOnlyError(path);
    }
    // WAL needs the -shm beside the file. In a folder nobody may write, without an -shm, SQLite
    // can only read the file as immutable, which ignores a WAL: refuse if one holds commits.
    bool immutable = false;
    if (readOnly && !QFileInfo(info.absolutePath()).isWritable() && !QFileInfo::exists(path + QStringLiteral("-shm"))) {
        const QFileInfo wal(path + QStringLiteral("-wal"));
        if (wal.exists() && wal.size() > 0) {
            return makeError(ErrorCode::DatabaseUnusable,
                             QCoreApplication::translate("grab::Database", "%1 is on a read-only disk with commits still in its -wal file, "
                                                                         "which cannot be read there; copy both files to a writable folder.")
                                 .arg(path),
                             QStringLiteral("database_read_only"));
        }
        immutable = true;
    }

    if (!info.exists()) {
        // A new database is private to its owner whatever the umask: SQLite would create it 0644,
        // and its -wal and -shm take the database's mode. An empty file is a new database to SQLite.
        if (auto s = createPrivateFile(path); !s) {
            return s.error();
        }
    }

    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    db->m_created = !existed;
    db->m_connectionName = newConnectionName();
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_readOnly = readOnly;
    QString connectOptions;
    if (immutable) {
        db->m_db.setDatabaseName(QStringLiteral("file:%1?immutable=1").arg(QString::fromUtf8(QUrl::toPercentEncoding(info.absoluteFilePath(), "/"))));
        connectOptions = QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;");
    } else {
        db->m_db.setDatabaseName(path);
        connectOptions = readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;") : QString();
    }
    // SQLite's own busy handler sleeps ever longer (up to 100 ms) between tries: with several
    // processes racing, a waiting writer can then starve behind the ones that keep the lock
    // warm. So SQLite waits only briefly, and execRetrying() polls finely, with jitter, until
    // the full busy timeout has passed (measured: 8 racing processes on 2 loaded cores).
    db->m_db.setConnectOptions(connectOptions + QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(std::min(options.busyTimeoutMs, kSqliteBusyMs)));
    db->m_busyTimeoutMs = options.busyTimeoutMs;
    if (!db->m_db.open()) {
        return whyOpeningFailed(errorFromSql(db->m_db.lastError(), QStringLiteral("opening %1").arg(path)), path);
    }
    protectedfiles::add(path);
    db->m_protected = true;
    if (auto s = db->configure(options); !s) {
        return whyOpeningFailed(s.error(), path);
    }
    return db;
}

Database::~Database()
{
    if (m_protected) {
        protectedfiles::remove(m_path);
    }
    clearStatementCache(m_connectionName); // the statements must go before the connection
    if (m_db.isValid()) {
        serverwatch::forget(m_db);
        m_db.close();
    }
    m_db = QSqlDatabase(); // drop our handle before removing the connection
    if (!m_connectionName.isEmpty()) {
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Status Database::configure(const Options &options)
{
    // Look before writing anything: a foreign or newer file must be left exactly as it is.
    auto appId = scalar(m_db, QStringLiteral("PRAGMA application_id"), {}, QStringLiteral("reading the database header"));
    if (!appId) {
        return appId.error();
    }
    auto version = scalar(m_db, QStringLiteral("PRAGMA user_version"), {}, QStringLiteral("reading the schema version"));
    if (!version) {
        return version.error();
    }
    auto tables = scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master"), {}, QStringLiteral("reading the schema"));
    if (!tables) {
        return tables.error();
    }
    const int id = appId->toInt();
    const int v = version->toInt();
    if (id != schema::kApplicationId && (v != 0 || tables->toInt() != 0)) {
        return makeError(ErrorCode::DatabaseUnusable,
                         QCoreApplication::translate("grab::Database", "%1 is an SQLite file, but not a GrabDesk database; it was left untouched.").arg(m_path),
                         QStringLiteral("not_grabdesk"));
    }
    if (v > schema::kVersion) {
        return makeError(ErrorCode::DatabaseUnusable,
                         QCoreApplication::translate("grab::Database", "%1 was written by a newer GrabDesk (schema %2; this version reads up to %3). "
                                                                     "Update GrabDesk; the file was left untouched.")
                             .arg(m_path)
                             .arg(v)
                             .arg(schema::kVersion),
                         QStringLiteral("newer_schema"));
    }

    // Every grab commits ~18 changed pages (the order, its assignment, the attempt, the event,
    // the day's figures, and their indexes) where a single-row commit writes one, and copying
    // them into the WAL was half of a grab's CPU time. Smaller pages halve those bytes; a
    // checkpoint every 10,000 pages instead of SQLite's 1,000 copies each hot page back to the
    // file once instead of ten times. Together they took a grab from ~180 to ~130 µs of CPU
    // (grab_bench's CPU/attempt, NORMAL). The page size can only be chosen before the first
    // table exists (and before WAL), so it applies to new files; older files keep theirs.
    if (m_created) {
        if (auto s = execPlain(m_db, QStringLiteral("PRAGMA page_size = %1").arg(kPageSize), QStringLiteral("choosing the page size")); !s) {
            return s;
        }
    }
    if (m_readOnly) {
        if (v < schema::kVersion) {
            return makeError(ErrorCode::DatabaseUnusable,
                             QCoreApplication::translate("grab::Database", "%1 was written by an older GrabDesk and must be upgraded before it can be read, "
                                                                         "but it is read-only. Open a writable copy.")
                                 .arg(m_path),
                             QStringLiteral("database_read_only"));
        }
        return execPlain(m_db, QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("configuring the connection"));
    }
    // journal_mode=WAL is persistent (it writes the header), so it comes after the checks.
    for (const QString &pragma : {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
                                  QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(kWalCheckpointPages),
                                  // After a checkpoint the WAL is cut back to this, so one burst does not keep its size.
                                  QStringLiteral("PRAGMA journal_size_limit = %1").arg(qint64(kWalCheckpointPages) * kPageSize)}) {
        if (auto s = execRetrying(m_db, pragma, QStringLiteral("configuring the connection"), m_busyTimeoutMs); !s) {
            return s;
        }
    }
    if (auto s = setSynchronous(options.synchronous); !s) {
        return s;
    }
    return migrate();
}

Status Database::setSynchronous(Synchronous mode)
{
    m_synchronous = mode;
    if (isServer()) {
        return execPlain(m_db, mode == Synchronous::Full ? QStringLiteral("SET synchronous_commit = on") : QStringLiteral("SET synchronous_commit = off"),
                         QStringLiteral("setting the durability"));
    }
    const char *name = mode == Synchronous::Full ? "FULL" : mode == Synchronous::Normal ? "NORMAL" : "OFF";
    return execPlain(m_db, QStringLiteral("PRAGMA synchronous = %1").arg(QLatin1String(name)),
                     QStringLiteral("setting the durability"));
}

Status Database::migrate()
{
    auto version = scalar(m_db, QStringLiteral("PRAGMA user_version"));
    if (!version) {
        return version.error();
    }
    if (version->toInt() >= schema::kVersion) {
        return Done{};
    }
    if (version->toInt() > 0) {
        // Keep a copy of the file as it was before we change its schema. VACUUM INTO writes a
        // consistent snapshot even while other processes read it.
        const QString stem = QStringLiteral("%1.v%2-%3")
                                 .arg(m_path)
                                 .arg(version->toInt())
                                 .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
        // A migration retried within the same second (after a disk error, say) keeps the first
        // backup and writes a second one beside it.
        QString backup = stem + QStringLiteral(".bak");
        for (int n = 2; QFile::exists(backup) && n < 100; ++n) {
            backup = QStringLiteral("%1-%2.bak").arg(stem).arg(n);
        }
        // VACUUM INTO would create the copy with the umask (0644 under the usual 022), leaking a
        // private database; it writes into an existing empty file, so that file is made 0600 first.
        if (auto s = createPrivateFile(backup); !s) {
            return s;
        }
        QSqlQuery q(m_db);
        if (!q.prepare(QStringLiteral("VACUUM INTO ?"))) {
            return errorFromSql(q.lastError(), QStringLiteral("preparing the backup"));
        }
        q.addBindValue(backup);
        if (!q.exec()) {
            const Error e = errorFromSql(q.lastError(), QStringLiteral("backing up the database before migrating it"));
            QFile::remove(backup);
            return e;
        }
        m_backupPath = backup;
    }

    // A migration may rebuild a table (SQLite cannot change a CHECK in place: new table, copy,
    // drop, rename). With foreign keys on, dropping the old table would delete through them, and
    // the pragma is ignored inside a transaction: off before BEGIN, on again whatever happens.
    if (auto s = execPlain(m_db, QStringLiteral("PRAGMA foreign_keys = OFF"), QStringLiteral("preparing the migration")); !s) {
        return s;
    }
    const struct ForeignKeysBackOn
    {
        QSqlDatabase db;
        ~ForeignKeysBackOn() { execPlain(db, QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("finishing the migration")); }
    } backOn{m_db};
    auto tx = Transaction::begin(*this);
    if (!tx) {
        return tx.error();
    }
    // Another process may have migrated between our look and our lock: read again.
    version = scalar(m_db, QStringLiteral("PRAGMA user_version"));
    if (!version) {
        return version.error();
    }
    // What the foreign keys found wrong before (a file edited by hand may hold some): the
    // migration must not add to it.
    auto brokenBefore = foreignKeyViolations();
    if (!brokenBefore) {
        return brokenBefore.error();
    }
    auto analyzed = tablesWithStatistics();
    if (!analyzed) {
        return analyzed.error();
    }
    for (int to = version->toInt() + 1; to <= schema::kVersion; ++to) {
        for (const QString &statement : schema::migrationTo(to)) {
            if (auto s = execPlain(m_db, statement, QStringLiteral("migrating the schema to version %1").arg(to)); !s) {
                return s; // the transaction rolls back: the file stays at its old version
            }
        }
        if (to == 6) {
            // The chain over the events already there, and the seals of reviews already locked.
            if (auto s = integrity::build(m_db, QDateTime::currentMSecsSinceEpoch()); !s) {
                return s;
            }
        }
        if (auto s = execPlain(m_db, QStringLiteral("PRAGMA user_version = %1").arg(to), QStringLiteral("recording the schema version"));
            !s) {
            return s;
        }
    }
    if (auto s = execPlain(m_db, QStringLiteral("PRAGMA application_id = %1").arg(schema::kApplicationId),
                           QStringLiteral("marking the file as a GrabDesk database"));
        !s) {
        return s;
    }
    // A rebuilt table loses its planner statistics with the old table. GrabDesk never runs
    // ANALYZE itself, but a file that has them (an administrator's, or make_bench_db's) keeps
    // them: without them SQLite planned a dashboard's drill-down over a million orders in 2 s
    // instead of 18 ms.
    auto stillAnalyzed = tablesWithStatistics();
    if (!stillAnalyzed) {
        return stillAnalyzed.error();
    }
    for (const QString &table : *analyzed) {
        if (stillAnalyzed->contains(table)) {
            continue;
        }
        auto stillThere = scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?"), {table});
        if (!stillThere) {
            return stillThere.error();
        }
        if (stillThere->toInt() == 0) {
            continue; // a migration dropped it for good
        }
        if (auto s = execPlain(m_db, QStringLiteral("ANALYZE \"%1\"").arg(table), QStringLiteral("keeping the statistics of %1").arg(table)); !s) {
            return s;
        }
    }
    auto brokenAfter = foreignKeyViolations();
    if (!brokenAfter) {
        return brokenAfter.error();
    }
    if (*brokenAfter > *brokenBefore) {
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("grab::Database", "Migrating %1 to schema %2 would break %3 references between its "
                                                                     "records; the file was left as it was.")
                             .arg(m_path)
                             .arg(schema::kVersion)
                             .arg(*brokenAfter - *brokenBefore),
                         QStringLiteral("migration_broke_references"));
    }
    return tx->commit();
}

Result<QStringList> Database::tablesWithStatistics()
{
    auto exists = scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"), {},
                         QStringLiteral("looking for planner statistics"));
    if (!exists) {
        return exists.error();
    }
    QStringList tables;
    if (exists->toInt() == 0) {
        return tables;
    }
    auto q = runSql(m_db, QStringLiteral("SELECT DISTINCT tbl FROM sqlite_stat1 ORDER BY tbl"), {}, QStringLiteral("reading planner statistics"));
    if (!q) {
        return q.error();
    }
    while (q->next()) {
        tables << q->value(0).toString();
    }
    if (auto end = rowsEnded(*q, QStringLiteral("reading planner statistics")); !end) {
        return end.error();
    }
    return tables;
}

Result<qint64> Database::foreignKeyViolations()
{
    auto q = runSql(m_db, QStringLiteral("PRAGMA foreign_key_check"), {}, QStringLiteral("checking the references between records"));
    if (!q) {
        return q.error();
    }
    qint64 n = 0;
    while (q->next()) {
        ++n;
    }
    if (auto end = rowsEnded(*q, QStringLiteral("checking the references between records")); !end) {
        return end.error();
    }
    return n;
}


Result<QString> Database::engineVersion() const
{
    if (isServer()) {
        auto v = scalar(m_db, QStringLiteral("SHOW server_version"), {}, QStringLiteral("reading the server's version"));
        if (!v) {
            return v.error();
        }
        return QStringLiteral("PostgreSQL %1").arg(v->toString());
    }
    auto q = runSql(m_db, QStringLiteral("SELECT sqlite_version()"), std::initializer_list<QVariant>{}, QStringLiteral("reading the SQLite version"));
    if (!q) {
        return q.error();
    }
    const QString version = q->next() ? q->value(0).toString() : QString();
    q->finish();
    return QStringLiteral("SQLite %1").arg(version);
}

} // namespace grab
