#pragma once

#include "domain/error.h"

#include <QSqlError>
#include <QString>

namespace grab {

// SQLite primary result codes we react to (the driver reports them as nativeErrorCode()).
enum class SqliteCode { Ok = 0, Error = 1, Busy = 5, Locked = 6, ReadOnly = 8, IoErr = 10, Corrupt = 11, CantOpen = 14, NotADb = 26 };

int sqlitePrimaryCode(const QSqlError &error);
bool isBusy(const QSqlError &error);

// Turns a driver error into our Error: busy, corrupt, read-only and I/O problems become
// DatabaseUnusable with a sentence a manager can act on; anything else is Internal.
Error errorFromSql(const QSqlError &error, const QString &doing);

} // namespace grab
