#include "sqlerror.h"

#include "dialect.h"
#include "serverwatch.h"


#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>

#include <optional>

namespace grab {

void waitBeforeRetry(int attempt)
{
    Q_UNUSED(attempt)
    QThread::usleep(50 + QRandomGenerator::global()->bounded(450));
}

int sqlitePrimaryCode(const QSqlError &error)
{
    if (dialect::isSqlState(error.nativeErrorCode())) {
        return -1; // PostgreSQL's SQLSTATE, not a SQLite code
    }
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

bool isBusy(const QSqlError &error)
{
    const int code = sqlitePrimaryCode(error);
    return code == int(SqliteCode::Busy) || code == int(SqliteCode::Locked);
}

namespace {

// A PostgreSQL server's error (its SQLSTATE), said as the SQLite ones are.
std::optional<Error> serverError(const QSqlError &error, const QString &doing, const QString &detail)
{
    const QString state = error.nativeErrorCode();
    // libpq reports a connection that broke under it without a SQLSTATE, in its own words.
    static const QRegularExpression lost(QStringLiteral("server closed the connection|no connection to the server|connection to server .* failed|"
                                                        "terminating connection|could not receive data from server|could not send data to server"));
    const bool gone = state.isEmpty() && lost.match(detail).hasMatch();
    if (!dialect::isSqlState(state) && !gone) {
        return std::nullopt;
    }
    const QString cls = state.left(2);
    if (state == QLatin1String("40001") || state == QLatin1String("40P01")) {
        // Two transactions got in each other's way: the core retries what it can (isWriteConflict).
        return makeError(ErrorCode::DatabaseUnusable,
                         QStringLiteral("Another desk's change got in the way while %1; try again.").arg(doing),
                         QStringLiteral("write_conflict"));
    }
    if (state == QLatin1String("55P03")) {
        return makeError(ErrorCode::DatabaseUnusable,
                         QStringLiteral("The database stayed locked by another program past the timeout while %1.").arg(doing),
                         QStringLiteral("database_locked"));
    }
    if (gone && state.isEmpty()) {
        // This process let go of the connection itself, its server having stopped answering
        // (serverwatch.h): say that, not libpq's "server closed the connection".
        if (const auto cut = serverwatch::lastCut(); cut && serverwatch::cutWithin(serverwatch::kRecentCutMs)) {
            return makeError(ErrorCode::DatabaseUnusable,
                             QStringLiteral("The server stopped answering while %1 (nothing for %2 s, and no answer to a new connection either), "
                                            "so GrabDesk let go of it; nothing more was changed.")
                                 .arg(doing, QString::number(double(cut->silentMs) / 1000.0, 'f', 1)),
                             QStringLiteral("server_gone"));
        }
    }
    if (gone || cls == QLatin1String("08") || cls == QLatin1String("57")) {
        return makeError(ErrorCode::DatabaseUnusable,
                         QStringLiteral("The connection to the server was lost while %1 (%2); nothing more was changed.").arg(doing, detail.trimmed()),
                         QStringLiteral("server_gone"));
    }
    if (state == QLatin1String("25006")) {
        return makeError(ErrorCode::DatabaseUnusable, QStringLiteral("The database is read-only, so %1 is impossible.").arg(doing),
                         QStringLiteral("database_read_only"));
    }
    if (state == QLatin1String("53100")) {
        return makeError(ErrorCode::DatabaseUnusable,
                         QStringLiteral("The server's disk is full, so %1 could not be saved; nothing was changed.").arg(doing),
                         QStringLiteral("disk_full"));
    }
    if (state == QLatin1String("42P01") || state == QLatin1String("42703")) {
        return makeError(ErrorCode::DatabaseUnusable,
                         QStringLiteral("The database is not in the shape GrabDesk wrote it (%1, while %2).").arg(detail.trimmed(), doing),
                         QStringLiteral("schema_altered"));
    }
    if (state == QLatin1String("42501")) {
        return makeError(ErrorCode::DatabaseUnusable,
                         QStringLiteral("The server refused this login the right to do it while %1 (%2).").arg(doing, detail.trimmed()),
                         QStringLiteral("permission_denied"));
    }
    return std::nullopt;
}

} // namespace

bool isWriteConflict(const Error &error)
{
    return error.reason == QLatin1String("write_conflict");
}

bool isServerLost(const Error &error)
{
    return error.reason == QLatin1String("server_gone") || error.reason == QLatin1String("server_unreachable");
}

Error errorFromSql(const QSqlError &error, const QString &doing)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (auto e = serverError(error, doing, detail)) {
        return *e;
    }
    switch (SqliteCode(sqlitePrimaryCode(error))) {
    case SqliteCode::Busy:
    case SqliteCode::Locked:
        return makeError(ErrorCode::DatabaseUnusable,
                         QStringLiteral("The database stayed locked by another program past the timeout while %1.").arg(doing),
                         QStringLiteral("database_locked"));
    case SqliteCode::ReadOnly:
        return makeError(ErrorCode::DatabaseUnusable,
                         QStringLiteral("The database is read-only, so %1 is impossible.").arg(doing),
                         QStringLiteral("database_read_only"));
    case SqliteCode::Corrupt:
        // A page of a GrabDesk file is damaged (the file opened: its header is whole). Say what
        // can be done: the window saves a recovered copy of what is still readable.
        return makeError(ErrorCode::DatabaseUnusable,
                         QStringLiteral("The database file is damaged (a page is corrupt: %1) while %2. GrabDesk's window can save a "
                                        "recovered copy of what is still readable.")
                             .arg(detail, doing),
                         QStringLiteral("database_corrupt"));
    case SqliteCode::NotADb:
        return makeError(ErrorCode::DatabaseUnusable,
                         QStringLiteral("The database file is corrupt or not a GrabDesk database (%1).").arg(detail),
                         QStringLiteral("database_corrupt"));
    case SqliteCode::Full:
        return makeError(ErrorCode::DatabaseUnusable,
                         QStringLiteral("The disk is full, so %1 could not be saved; nothing was changed.").arg(doing),
                         QStringLiteral("disk_full"));
    case SqliteCode::Error: {
        // A file whose schema was altered by hand: a table, column or trigger we rely on is gone.
        static const QRegularExpression missing(QStringLiteral("^no such (table|column): ([\\w.]+)"));
        const QRegularExpressionMatch m = missing.match(error.databaseText());
        if (m.hasMatch()) {
            return makeError(ErrorCode::DatabaseUnusable,
                             QStringLiteral("The database is not in the shape GrabDesk wrote it: the %1 %2 is missing (while %3).")
                                 .arg(m.captured(1), m.captured(2), doing),
                             QStringLiteral("schema_altered"));
        }
        break;
    }
    case SqliteCode::IoErr:
    case SqliteCode::CantOpen:
        return makeError(ErrorCode::DatabaseUnusable,
                         QStringLiteral("The database file could not be read or written while %1 (%2).").arg(doing, detail),
                         QStringLiteral("database_io"));
    default:
        break;
    }
    return makeError(ErrorCode::Internal, QStringLiteral("Database error while %1: %2").arg(doing, detail));
}

} // namespace grab
