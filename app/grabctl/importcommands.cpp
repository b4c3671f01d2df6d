// import grabbers|customers|orders|feedback FILE.
#include "clicontext.h"
#include "io/protectedfiles.h"

#include "services/import/importservice.h"

#include <QFile>
#include <QJsonObject>

namespace grab::cli {
namespace {

const QCommandLineOption kSkipInvalid(QStringLiteral("skip-invalid"), QStringLiteral("Import the valid rows and report the others (default: one invalid row and nothing is imported)."));
const QCommandLineOption kDryRun(QStringLiteral("dry-run"), QStringLiteral("Check every row and report; write nothing."));
const QCommandLineOption kReport(QStringLiteral("report"), QStringLiteral("Write every invalid row (line, column, value, reason) to this CSV file."),
                                 QStringLiteral("FILE.csv"));

const QCommandLineOption kMap(QStringLiteral("map"),
                              QStringLiteral("Read these columns as these fields: HEADER=FIELD pairs separated by commas, e.g. 客户级别=tier,所属区域=region."),
                              QStringLiteral("PAIRS"));
const QCommandLineOption kIgnore(QStringLiteral("ignore"),
                                 QStringLiteral("Leave out these columns, separated by commas (a column that is neither a field nor mapped nor ignored refuses the file)."),
                                 QStringLiteral("HEADERS"));

constexpr int kIssuesShown = 20; // on stderr; --report has them all

int importFile(ImportEntity entity, CliContext &ctx, const QCommandLineParser &p, const QStringList &args)
{
    Database *db = ctx.database();
    if (!db) {
        return ctx.fail(ctx.lastOpenError());
    }
    // The database first, then the check: reading its own file as a CSV and closing it would
    // drop SQLite's locks (io/protectedfiles.h).
    if (auto s = protectedfiles::check(args.constFirst()); !s) {
        return ctx.fail(s.error());
    }
    QFile file(args.constFirst());
    if (!file.open(QIODevice::ReadOnly)) {
        return ctx.fail(makeError(ErrorCode::InvalidInput, QStringLiteral("Cannot read %1: %2").arg(file.fileName(), file.errorString())));
    }
    ImportService::Options options;
    auto columns = ColumnMapping::parse(p.value(kMap), p.value(kIgnore));
    if (!columns) {
        return ctx.usage(columns.error().message);
    }
    options.columns = *columns;
    options.skipInvalid = p.isSet(kSkipInvalid);
    options.dryRun = p.isSet(kDryRun);
    auto report = ImportService(ctx.serviceContext()).import(entity, &file, options);
    if (!report) {
        Error e = report.error();
        if (e.reason == u"unknown_column") {
            e.message += QStringLiteral(" (--map HEADER=FIELD reads it as a field, --ignore HEADER leaves it out)");
        }
        return ctx.fail(e);
    }
    if (p.isSet(kReport)) {
        QFile out(p.value(kReport));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || !report->writeCsv(&out)) {
            return ctx.fail(makeError(ErrorCode::Internal, QStringLiteral("Cannot write the report %1: %2").arg(out.fileName(), out.errorString())));
        }
    }
    const bool refused = report->invalidRows > 0 && !options.skipInvalid;
    if (!report->issues.isEmpty() && !ctx.json) {
        for (qsizetype i = 0; i < report->issues.size() && i < kIssuesShown; ++i) {
            // The header, the cell and a reason quoting either come from the file: one issue, one line.
            const ImportIssue &issue = report->issues[i];
            ctx.err() << "line " << issue.line;
            if (!issue.column.isEmpty()) {
                ctx.err() << ", " << printable(issue.column);
            }
            if (!issue.value.isEmpty()) {
                ctx.err() << " \"" << printable(issue.value) << '"';
            }
            ctx.err() << ": " << printable(issue.reason) << '\n';
        }
        if (report->issues.size() > kIssuesShown) {
            ctx.err() << "… and " << report->issues.size() - kIssuesShown << " more" << (p.isSet(kReport) ? " (all in the report)" : " (--report FILE.csv lists them all)") << '\n';
        }
        ctx.err().flush();
    }
    if (ctx.json) {
        QJsonObject o = report->toJson(100);
        o.insert(QStringLiteral("ok"), !refused);
        if (refused) {
            o.insert(QStringLiteral("error"), errorCodeName(ErrorCode::InvalidInput));
            o.insert(QStringLiteral("exitCode"), exitCodeFor(ErrorCode::InvalidInput));
        }
        ctx.printJson(o);
    }
    const QString summary = QStringLiteral("%1 rows read (%2, delimiter %3): %4 valid, %5 invalid")
                                .arg(report->rows)
                                .arg(report->encoding, report->delimiter == u'\t' ? QStringLiteral("tab") : QString(report->delimiter))
                                .arg(report->validRows)
                                .arg(report->invalidRows);
    if (refused) {
        ctx.err() << "grabctl: nothing imported: " << summary << (options.dryRun ? "." : "; fix the rows or use --skip-invalid.") << Qt::endl;
        return exitCodeFor(ErrorCode::InvalidInput);
    }
    if (!ctx.json) {
        if (options.dryRun) {
            ctx.out() << "Dry run, nothing written: " << summary << "; " << report->validRows << " " << toString(entity) << " would be imported." << Qt::endl;
        } else {
            ctx.out() << "Imported " << report->imported << " " << toString(entity) << ". " << summary << "." << Qt::endl;
        }
    }
    return 0;
}

} // namespace

QList<Command> importCommands()
{
    QList<Command> out;
    for (ImportEntity e : {ImportEntity::Grabbers, ImportEntity::Customers, ImportEntity::Orders, ImportEntity::Feedback}) {
        out.append(Command{QStringLiteral("import %1").arg(toString(e)),
                           QStringLiteral("Import %1 from a CSV file (UTF-8 or GB18030; , ; or tab; English or Chinese headers). "
                                          "All or nothing: an invalid row exits 7 and imports nothing.")
                               .arg(toString(e)),
                           {kSkipInvalid, kDryRun, kReport, kMap, kIgnore},
                           {QStringLiteral("FILE")},
                           [e](CliContext &ctx, const QCommandLineParser &p, const QStringList &args) { return importFile(e, ctx, p, args); }});
    }
    return out;
}

} // namespace grab::cli
