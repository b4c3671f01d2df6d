// copy --from SRC --to DST: a whole team moved between a SQLite file and a PostgreSQL server, in
// either direction (services/transfer/teamcopy.h does the copying and says how it stays safe).
#include "clicontext.h"

#include "services/transfer/teamcopy.h"

#include <QJsonArray>
#include <QJsonObject>

namespace grab::cli {
namespace {

int copy(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    // The two ends are named by --from and --to; a --db here would only leave a reader guessing
    // which of them it meant.
    if (!ctx.dbPath.isEmpty()) {
        return ctx.usage(QStringLiteral("\"copy\" takes --from and --to, not --db."));
    }
    const QString from = p.value(QStringLiteral("from")).trimmed();
    const QString to = p.value(QStringLiteral("to")).trimmed();
    if (from.isEmpty() || to.isEmpty()) {
        return ctx.usage(QStringLiteral("\"copy\" needs --from SOURCE and --to TARGET (a file's path or a postgresql:// address)."));
    }
    if (auto same = TeamCopy::checkAddresses(from, to); !same) {
        return same.error().code == ErrorCode::Usage ? ctx.usage(same.error().message) : ctx.fail(same.error());
    }

    // Progress goes to stderr, so that stdout holds only the summary (or the JSON).
    QTextStream &err = ctx.err();
    const auto progress = [&err](const QString &table, qint64 rows, bool finished) {
        if (finished) {
            err << "copy: " << table << ": " << rows << (rows == 1 ? " row" : " rows") << Qt::endl;
        } else {
            err << "copy: " << table << ": " << rows << " rows so far" << Qt::endl;
        }
    };
    auto report = TeamCopy::copy(from, to, progress);
    if (!report) {
        return ctx.fail(report.error());
    }
    const CopyReport &r = *report;
    if (ctx.json) {
        QJsonArray tables;
        for (const TableCopied &t : r.tables) {
            tables.append(QJsonObject{{QStringLiteral("table"), t.table}, {QStringLiteral("rows"), t.rows}, {QStringLiteral("sha256"), QString::fromLatin1(t.sha256)}});
        }
        ctx.printJson(QJsonObject{{QStringLiteral("ok"), true},
                                  {QStringLiteral("from"), r.from},
                                  {QStringLiteral("to"), r.to},
                                  {QStringLiteral("databaseCreated"), r.databaseCreated},
                                  {QStringLiteral("schemaCreated"), r.schemaCreated},
                                  {QStringLiteral("rows"), r.rows()},
                                  {QStringLiteral("elapsedMs"), r.elapsedMs},
                                  {QStringLiteral("verified"), true},
                                  {QStringLiteral("tables"), tables}});
        return 0;
    }
    QTextStream &out = ctx.out();
    out << "Copied " << r.rows() << " rows in " << r.tables.size() << " tables from " << printable(r.from) << " to " << printable(r.to) << " in "
        << QString::number(double(r.elapsedMs) / 1000.0, 'f', 1) << " s";
    if (r.databaseCreated) {
        out << " (a new database)";
    } else if (r.schemaCreated) {
        out << " (GrabDesk's tables made in it)";
    }
    out << "." << Qt::endl;
    out << "Verified before committing: every table's row count and SHA-256 match the source, and the copy passes verify." << Qt::endl;
    return 0;
}

} // namespace

QList<Command> copyCommands()
{
    return {
        Command{QStringLiteral("copy"),
                QStringLiteral("Copy a whole team into an empty database: file to server, server to file, file to file or server to server."),
                {QCommandLineOption(QStringLiteral("from"), QStringLiteral("The team to copy: a file's path or a postgresql:// address (only read)."),
                                    QStringLiteral("SOURCE")),
                 QCommandLineOption(QStringLiteral("to"), QStringLiteral("Where to: an empty file or server database (created if missing)."),
                                    QStringLiteral("TARGET"))},
                {},
                copy},
    };
}

} // namespace grab::cli
