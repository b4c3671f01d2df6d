#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace grab::serverwatch {

// A server that stops answering in the middle of a command (its process frozen, its machine
// paused) leaves the command waiting for ever: the server's machine still acknowledges every
// packet, so neither keepalives nor tcp_user_timeout notice, and Qt's driver gives no way to
// cancel. A thread of the process's own watches the TCP connections of server connections
// (watch()): when a command on one has had no answer for kQuietMs, it asks the server, on a new
// connection, for the cheapest thing it answers (a cancel request naming no session, which the
// server answers by closing; it logs nothing). When that gets no answer within kProbeMs either,
// the server is taken for gone and the connection is cut (shutdown()), so the waiting command
// fails at once as a lost connection (sqlerror: "server_gone"), within kQuietMs + kProbeMs +
// a tick, under the five seconds a server is given. A busy server that still answers a new
// connection is left to finish, however long its command takes.
//
// A connection through a Unix socket is to this machine's own server and is not watched.
inline constexpr int kQuietMs = 1000;
inline constexpr int kProbeMs = 1500;
// A long command on a server that answers is asked about again this often, not every tick.
inline constexpr int kReprobeMs = 3000;

// Watches `db`'s connection (an open QPSQL one). Call on the thread that owns it, right after
// opening or reopening it; and forget() it before closing it (the watch reads libpq's state of
// the connection, which closing frees).
void watch(const QSqlDatabase &db);
void forget(const QSqlDatabase &db);

// When this process last cut a connection because its server stopped answering, and for how
// long it had not answered then; empty if never. errorFromSql says so in its sentence.
struct Cut
{
    qint64 atMs = 0;      // QDateTime::currentMSecsSinceEpoch() then
    qint64 silentMs = 0;  // how long the command had waited
};
std::optional<Cut> lastCut();
// Whether this process cut a connection in the last `ms` milliseconds.
bool cutWithin(qint64 ms);
inline constexpr qint64 kRecentCutMs = 10000;

} // namespace grab::serverwatch
