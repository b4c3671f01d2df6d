#pragma once

#include "base/error.h"
#include "databaselocation.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace grab {

// Opens a connection to a PostgreSQL server (Qt's QPSQL driver) on the calling thread, which
// then owns it, as with SQLite. It gives up within kServerConnectSeconds with one sentence
// (DatabaseUnusable, grabctl's exit 6), never hangs:
//   - libpq's connect_timeout covers one address at a time (2 s at the least) and not the name
//     look-up, so the name is looked up here first, under a clock of its own, and libpq is given
//     the address (hostaddr) beside the name (kept for TLS and ~/.pgpass);
//   - connect_timeout then bounds the connection and sign-in; a server's machine that drops off
//     the network in mid-command is noticed by tcp_user_timeout and keepalives (unless the
//     address sets its own), and a server that stops answering while its machine still does,
//     by the process's watch on its connections (serverwatch.h).
// On failure the connection is removed again.
inline constexpr int kServerConnectSeconds = 5;
inline constexpr int kServerLookupSeconds = 2;
inline constexpr int kServerTcpUserTimeoutMs = 5000;

// `password`, when given, is for this connection only (a dialog's); otherwise libpq finds one.
Result<QSqlDatabase> openServerConnection(const DatabaseLocation &location, const QString &connectionName, const QString &password = QString());

// "Cannot connect to ADDRESS: libpq's first line." (server_unreachable): a connection that
// could not be made, or made again (Database::reconnect).
Error connectionFailure(const QString &display, const QSqlError &error);

// Makes sure the database `location` names exists on its server, creating it (UTF-8, from
// template0, so the cluster's own defaults do not matter) when it does not; true if it was
// created. It asks through the server's maintenance database "postgres", with the same login.
// A login that may not create databases is told, in one sentence, what to ask its administrator.
Result<bool> ensureServerDatabase(const DatabaseLocation &location);

} // namespace grab
