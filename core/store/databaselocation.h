#pragma once

#include "base/error.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace grab {

// Where a team's data lives, as `--db`, the Preferences default and File ▸ Open give it:
//   - a path: a SQLite file on this desktop;
//   - postgresql://[user@][host][:port]/database[?name=value&...] (or postgres://): a PostgreSQL
//     server, in libpq's URI form.
// Qt's PostgreSQL driver does not read URIs: it quotes each field into "host=… dbname=…", so a
// whole URI would become a database name. The URI is parsed here, once, and handed to the
// driver field by field (connectOptions() for the parameters).
//
// A password never goes into a URI: it would show in the process list, the shell's history and
// the settings file. libpq's own ways serve instead: PGPASSWORD, ~/.pgpass, peer or certificate
// authentication. A URI with one, or a password parameter, is refused.
struct DatabaseLocation
{
    enum class Kind { SqliteFile, PostgreSql };

    Kind kind = Kind::SqliteFile;
    QString path; // SqliteFile: the file

    // PostgreSql:
    QString host;     // a name, an address, or a Unix-socket folder; empty: libpq's default socket
    int port = -1;    // -1: libpq's default (5432)
    QString database; // always named
    QString user;     // empty: libpq's default (the login name)
    // The parameters in the order given, decoded and checked: sslmode, sslrootcert, sslcert,
    // sslkey, sslcrl, connect_timeout, application_name, keepalives, keepalives_idle,
    // keepalives_interval, keepalives_count, tcp_user_timeout.
    QList<QPair<QString, QString>> parameters;

    bool isServer() const { return kind == Kind::PostgreSql; }
    QString parameter(const QString &name) const;

    // The location as a person reads it: the path, or the URI rebuilt from its parts.
    QString display() const;
    // A short name for a title bar: the file's name, or "DATABASE on HOST" ("this computer" for
    // a socket of this machine).
    QString shortName() const;
    // The parameters as Qt's PostgreSQL driver takes them (QSqlDatabase::setConnectOptions):
    // "name=value;name=value", each value quoted for libpq.
    QString connectOptions() const;
    // A server's fields and parameters onto a QPSQL connection (before open()).
    void configure(QSqlDatabase &db) const;

    // What `--db` gave. A text with "://" is a URI; anything else is a SQLite path. A malformed
    // URI is DatabaseUnusable with one sentence that says what is wrong (grabctl: exit 6).
    static Result<DatabaseLocation> parse(const QString &text);
};

} // namespace grab
