#pragma once

#include "base/error.h"
#include "dialect.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace grab {

// One connection to a team's database with GrabDesk's rules applied (ARCHITECTURE.md), the
// schema checked and brought to the current version:
//  - a SQLite file (a path): WAL, foreign keys, a 10 s busy timeout, synchronous=FULL by default;
//  - a PostgreSQL server (a postgresql:// address, databaselocation.h): the same schema written
//    for it (dialect.h), a 10 s lock timeout, synchronous_commit on by default.
// A Database belongs to the thread that opened it; open another one for another thread.
class Database final
{
public:
    enum class Mode {
        OpenExisting, // the file must exist and be a GrabDesk database
        OpenOrCreate, // create an empty GrabDesk database when the file does not exist
    };
    // FULL survives power loss; NORMAL may lose the last commits on an OS crash (benchmarks
    // and the demo generator use it and say so); Off only for throw-away generation.
    enum class Synchronous { Off, Normal, Full };

    struct Options
    {
        Mode mode = Mode::OpenExisting;
        Synchronous synchronous = Synchronous::Full;
        int busyTimeoutMs = 10000;
        // Read only, whatever the file or login would allow (with OpenExisting): nothing is
        // written, not even an upgrade of an older file, and every write Transaction is refused.
        // What `grabctl copy` reads its source with: a copy must not change what it copies.
        bool readOnly = false;
        // A server's password typed in a dialog, for this connection only: never in the address,
        // the settings or the environment (libpq's PGPASSWORD and ~/.pgpass serve otherwise).
        QString password;
    };

    // The page size of a new file, and the WAL's size (in pages) that starts a checkpoint: see
    // configure() for the measurements behind them.
    static constexpr int kPageSize = 2048;
    static constexpr int kWalCheckpointPages = 10000;

    // `path` is what --db gives: a file's path, or a server's postgresql:// address.
    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    // Where a database lives when no --db is given: <data dir>/grabdesk/grabdesk.sqlite.
    static QString defaultPath();

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QSqlDatabase connection() const { return m_db; }
    // The file's path, or the server's address as a person reads it (no password is ever in it).
    const QString &path() const { return m_path; }
    dialect::Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == dialect::Engine::PostgreSQL; }
    bool wasCreated() const { return m_created; }
    // Opened for reading only (the file or its disk may not be written): reads work, and every
    // write Transaction is refused with one sentence.
    bool isReadOnly() const { return m_readOnly; }
    // The copy of the file taken before a migration, or empty.
    const QString &backupPath() const { return m_backupPath; }

    Status setSynchronous(Synchronous mode);
    // A server's connection, lost (the server restarted, the network dropped it), made again
    // with the same settings; the statements kept for it go. Done for a file.
    Status reconnect();

    // Refuses every write Transaction on the database at `path`, on every connection of this
    // process, with `why` (a damaged file found by the check at start: writing into it would
    // spread the damage). For the rest of the process's life.
    static void refuseWrites(const QString &path, const Error &why);
    // The same while `why` is set, and no longer once it is cleared: a team server that cannot
    // be reached (the live feed says when), so that a change is refused at once with one
    // sentence rather than waiting on the network or being queued for later.
    static void holdWrites(const QString &path, const std::optional<Error> &why);
    static std::optional<Error> writeRefusal(const QString &path);
    // The storage engine and its version as the connection reports it, e.g. "SQLite 3.40.1"
    // (the About dialog). The one place that knows which engine answers.
    Result<QString> engineVersion() const;
    int busyTimeoutMs() const { return m_busyTimeoutMs; }

private:
    Database() = default;
    static QString newConnectionName();
    static Result<std::unique_ptr<Database>> openServer(const QString &address, const Options &options);
    Status configure(const Options &options);
    Status configureServer(const Options &options); // serverdatabase.cpp
    Status createServerSchema();
    Status migrateServer(int version);
    Status migrate();
    // Rows whose reference points nowhere (PRAGMA foreign_key_check), counted.
    Result<qint64> foreignKeyViolations();
    // The tables that have planner statistics (sqlite_stat1; none unless ANALYZE ever ran).
    Result<QStringList> tablesWithStatistics();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_backupPath;
    bool m_created = false;
    bool m_readOnly = false;
    bool m_protected = false; // registered with protectedfiles
    int m_busyTimeoutMs = 10000;
    Synchronous m_synchronous = Synchronous::Full;
    dialect::Engine m_engine = dialect::Engine::SQLite;
};

// "The database PATH is read-only: GrabDesk needs to write to it." (exit 6)
Error readOnlyError(const QString &path);

// Creates an empty file readable and writable by its owner only (0600, whatever the umask):
// a new database, a backup or a recovered copy before SQLite writes into it. Fails if it exists.
Status createPrivateFile(const QString &path);

// BEGIN IMMEDIATE ... COMMIT, with ROLLBACK if it goes out of scope uncommitted (transaction.cpp).
// Never QSqlDatabase::transaction(): that is a deferred BEGIN, which fails at once with
// "database is locked" when it must upgrade to a writer while another process writes.
// A Transaction begun while another is open on the same connection is a SAVEPOINT inside it:
// its commit keeps its part for the outer one to commit, its rollback undoes its part only.
// On a PostgreSQL server, a transaction begun with WriteScope::Rows runs beside others of its
// kind and locks the rows it decides on with lockRow() (dialect.h says how each engine does it).
class Transaction final
{
public:
    static Result<Transaction> begin(Database &db, dialect::WriteScope scope = dialect::WriteScope::Whole);
    // Locks the row of `table` with this id until the transaction ends (a no-op where the whole
    // database is already held). Lock rows in one order everywhere: grabber, then order.
    Status lockRow(const QString &table, qint64 id);
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    ~Transaction();

    Status commit();
    void rollback();

    // The id of an event this transaction appended (EventLog::append's answer), once committed.
    // On a file that answer is the id already. On a server it is a ticket, and the id is known
    // once the outermost transaction committed and the server linked it (store/eventinbox.h):
    // 0 until then, or if the link after the commit failed (the event is linked with the next).
    qint64 eventId(qint64 appended) const;

private:
    Transaction(QSqlDatabase db, int busyTimeoutMs, QString savepoint)
        : m_db(std::move(db)), m_busyTimeoutMs(busyTimeoutMs), m_savepoint(std::move(savepoint)), m_active(true),
          m_linksLater(dialect::eventsLinkAfterCommit(dialect::engineOf(m_db)))
    {
    }
    void ended();
    QSqlDatabase m_db;
    int m_busyTimeoutMs = 10000;
    QString m_savepoint; // empty for the outermost transaction
    bool m_active = false;
    bool m_linksLater = false;       // a server: events wait in the inbox until the commit
    QHash<qint64, qint64> m_linked;  // ticket -> event id, after the commit
};

} // namespace grab
