#include "sqlerror.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>

namespace grab {

void waitBeforeRetry(int attempt)
{
    Q_UNUSED(attempt)
    QThread::usleep(50 + QRandomGenerator::global()->bounded(450));
}

int sqlitePrimaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

bool isBusy(const QSqlError &error)
{
    const int code = sqlitePrimaryCode(error);
    return code == int(SqliteCode::Busy) || code == int(SqliteCode::Locked);
}

Error errorFromSql(const QSqlError &error, const QString &doing)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
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
