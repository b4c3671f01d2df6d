#pragma once

#include "base/error.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace grab {

// SQLite primary result codes we react to (the driver reports them as nativeErrorCode()).
enum class SqliteCode { Ok = 0, Error = 1, Busy = 5, Locked = 6, ReadOnly = 8, IoErr = 10, Corrupt = 11, Full = 13, CantOpen = 14, NotADb = 26 };

int sqlitePrimaryCode(const QSqlError &error);
bool isBusy(const QSqlError &error);

// How long SQLite's own busy handler waits per try; the rest of the busy timeout is our
// finer-grained retry loop (Database, runSql), which keeps waiting writers from starving.
inline constexpr int kSqliteBusyMs = 2;
// The busy timeout of ARCHITECTURE.md for statements that are not given one.
inline constexpr int kDefaultBusyTimeoutMs = 10000;

// Sleeps a little before retrying a busy statement: a random 50-500 µs, so that waiting
// processes do not retry in lockstep.
void waitBeforeRetry(int attempt);

// Runs `sql` (no rows expected), retrying on SQLITE_BUSY until busyTimeoutMs has passed.
Status execRetrying(const QSqlDatabase &db, const QString &sql, const QString &doing, int busyTimeoutMs);

// Turns a driver error into our Error: busy, corrupt, read-only and I/O problems become
// DatabaseUnusable with a sentence a manager can act on; anything else is Internal.
// A PostgreSQL server's errors (its SQLSTATE) are said the same way; a lost connection is
// DatabaseUnusable ("server_gone").
Error errorFromSql(const QSqlError &error, const QString &doing);

// Two transactions on a server got in each other's way (a serialization failure or a deadlock):
// the whole transaction may be tried again, and the core does so where it can.
bool isWriteConflict(const Error &error);

// The server cannot be reached: the connection was lost, or a new one could not be made. A
// reconnect may help; nothing else will.
bool isServerLost(const Error &error);

} // namespace grab
