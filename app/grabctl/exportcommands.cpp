// export grabbers|customers [--out FILE]: the tables import reads.
// export pool|orders|kpis|leaderboard|violations|trainings|feedback|review|events --out FILE …:
// the reports (ReportExporter), with their rows, bytes and SHA-256.
#include "clicontext.h"

#include "services/export/reportexporter.h"
#include "services/export/exportservice.h"
#include "xlsxreport.h"

#include <QFile>
#include <QJsonObject>

namespace grab::cli {
namespace {

const QCommandLineOption kOut(QStringLiteral("out"), QStringLiteral("Write to this file (UTF-8 with BOM, for Excel); default: the standard output, without BOM."),
                              QStringLiteral("FILE"));
const QCommandLineOption kReportOut(QStringLiteral("out"), QStringLiteral("The file to write (replaced only once complete)."), QStringLiteral("FILE"));
const QCommandLineOption kFormat(QStringLiteral("format"),
                                 QStringLiteral("csv (the default; .xlsx files default to xlsx) or xlsx: an Excel workbook with typed cells, "
                                                "a frozen, filtered header and the provenance on a second sheet."),
                                 QStringLiteral("FORMAT"));
const QCommandLineOption kFrom(QStringLiteral("from"), QStringLiteral("First day of the period, YYYY-MM-DD (team time zone)."), QStringLiteral("DATE"));
const QCommandLineOption kTo(QStringLiteral("to"), QStringLiteral("Day after the period's last, YYYY-MM-DD: the period is [from, to)."), QStringLiteral("DATE"));
const QCommandLineOption kHeaders(QStringLiteral("headers"), QStringLiteral("Header language: en (stable keys, the default) or zh_CN."), QStringLiteral("LANG"));
const QCommandLineOption kNoBom(QStringLiteral("no-bom"), QStringLiteral("No UTF-8 byte order mark (Excel needs it to read Chinese text)."));
const QCommandLineOption kProvenance(QStringLiteral("provenance"),
                                     QStringLiteral("State filters, period, rule version and time: none (default), comment (# lines before the header) or sidecar (FILE.json)."),
                                     QStringLiteral("KIND"));
const QCommandLineOption kQuarter(QStringLiteral("quarter"), QStringLiteral("The review cycle, e.g. 2026-Q3."), QStringLiteral("YYYY-QN"));
const QCommandLineOption kForImport(QStringLiteral("for-import"), QStringLiteral("Exactly the columns import reads (export -> import round trips)."));

int exportTable(ImportEntity entity, CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    Database *db = ctx.database();
    if (!db) {
        return ctx.fail(ctx.lastOpenError());
    }
    QFile out;
    const bool toFile = p.isSet(kOut);
    if (toFile) {
        out.setFileName(p.value(kOut));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return ctx.fail(makeError(ErrorCode::Internal, QStringLiteral("Cannot write %1: %2").arg(out.fileName(), out.errorString())));
        }
    } else {
        ctx.out().flush();
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            return ctx.fail(makeError(ErrorCode::Internal, QStringLiteral("Cannot write to the standard output.")));
        }
    }
    auto rows = ExportService(ctx.serviceContext()).write(entity, &out, toFile);
    out.close();
    if (!rows) {
        return ctx.fail(rows.error());
    }
    if (toFile) {
        if (ctx.json) {
            ctx.printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("rows"), *rows}, {QStringLiteral("file"), out.fileName()}});
        } else {
            ctx.out() << *rows << " " << toString(entity) << " written to " << out.fileName() << Qt::endl;
        }
    }
    return 0;
}

std::optional<QDate> dateOption(CliContext &ctx, const QCommandLineParser &p, const QCommandLineOption &o)
{
    const QString text = p.value(o);
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10) {
        ctx.usage(QStringLiteral("--%1 must be a date, YYYY-MM-DD.").arg(o.names().constFirst()));
        return std::nullopt;
    }
    return d;
}

int exportReport(Report report, CliContext &ctx, const QCommandLineParser &p)
{
    ExportSpec spec;
    spec.report = report;
    const QString path = p.value(kReportOut);
    if (path.trimmed().isEmpty()) {
        return ctx.usage(QStringLiteral("\"export %1\" needs --out FILE.csv (or FILE.xlsx).").arg(toString(report)));
    }
    // The format: as asked, else as the file's name says.
    bool xlsx = path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive);
    if (p.isSet(kFormat)) {
        const QString format = p.value(kFormat).trimmed().toLower();
        if (format != u"csv" && format != u"xlsx") {
            return ctx.usage(QStringLiteral("--format is csv or xlsx."));
        }
        xlsx = format == u"xlsx";
    }
    if (xlsx && p.isSet(kNoBom)) {
        return ctx.usage(QStringLiteral("--no-bom is for CSV; a workbook has no byte order mark."));
    }
    const bool hasPeriod = periodUse(report) != PeriodUse::None;
    if (hasPeriod && p.isSet(kFrom) != p.isSet(kTo)) {
        return ctx.usage(QStringLiteral("--from and --to go together (the period is [from, to))."));
    }
    if (hasPeriod && p.isSet(kFrom)) {
        const auto from = dateOption(ctx, p, kFrom);
        if (!from) {
            return 2;
        }
        const auto to = dateOption(ctx, p, kTo);
        if (!to) {
            return 2;
        }
        if (!(*from < *to)) {
            return ctx.usage(QStringLiteral("--from must be before --to (the period is [from, to))."));
        }
        spec.period = Period{*from, *to};
    } else if (periodUse(report) == PeriodUse::Required) {
        return ctx.usage(QStringLiteral("\"export %1\" needs --from DATE --to DATE.").arg(toString(report)));
    }
    if (p.isSet(kHeaders)) {
        const auto lang = headerLanguageFromString(p.value(kHeaders));
        if (!lang) {
            return ctx.usage(QStringLiteral("--headers is en or zh_CN."));
        }
        spec.headers = *lang;
    }
    if (p.isSet(kProvenance)) {
        const auto prov = provenanceFromString(p.value(kProvenance));
        if (!prov) {
            return ctx.usage(QStringLiteral("--provenance is none, comment or sidecar."));
        }
        spec.provenance = *prov;
    }
    spec.bom = !p.isSet(kNoBom);
    if (report == Report::Review) {
        spec.quarter = p.value(kQuarter).trimmed();
        if (spec.quarter.isEmpty()) {
            return ctx.usage(QStringLiteral("\"export review\" needs --quarter YYYY-QN."));
        }
    }
    if (report == Report::Pool || report == Report::Feedback) {
        spec.forImport = p.isSet(kForImport);
    }
    if (!ctx.database()) {
        return ctx.fail(ctx.lastOpenError());
    }
    if (xlsx && spec.provenance == Provenance::Comment) {
        return ctx.usage(QStringLiteral("--provenance comment is for CSV; a workbook states its provenance on its second sheet (add --provenance sidecar for FILE.xlsx.json)."));
    }
    auto result = xlsx ? xlsx::XlsxReport(ctx.serviceContext()).run(spec, path) : ReportExporter(ctx.serviceContext()).run(spec, path);
    if (!result) {
        return ctx.fail(result.error());
    }
    if (ctx.json) {
        QJsonObject o{{QStringLiteral("ok"), true},
                      {QStringLiteral("report"), toString(report)},
                      {QStringLiteral("rows"), result->rows},
                      {QStringLiteral("bytes"), result->bytes},
                      {QStringLiteral("sha256"), result->sha256},
                      {QStringLiteral("file"), result->path}};
        if (!result->sidecarPath.isEmpty()) {
            o.insert(QStringLiteral("sidecar"), result->sidecarPath);
        }
        ctx.printJson(o);
    } else {
        ctx.out() << "Wrote " << result->rows << " rows (" << result->bytes << " bytes) to " << result->path << Qt::endl
                  << "SHA-256 " << result->sha256 << Qt::endl;
        if (!result->sidecarPath.isEmpty()) {
            ctx.out() << "Provenance in " << result->sidecarPath << Qt::endl;
        }
    }
    return 0;
}

QString reportSummary(Report r)
{
    switch (r) {
    case Report::Pool:
        return QStringLiteral("The open pool now, by priority then age (--for-import: the columns \"import orders\" reads).");
    case Report::Orders:
        return QStringLiteral("Every order (published in the period), every field, customer and assignee named.");
    case Report::Kpis:
        return QStringLiteral("Every KPI per grabber for the period.");
    case Report::Leaderboard:
        return QStringLiteral("The period's leaderboard as the dashboard sorts it (revenue), with rank.");
    case Report::Violations:
        return QStringLiteral("Violations (in the period), with the grabber.");
    case Report::Trainings:
        return QStringLiteral("Trainings (taken or due in the period), with the grabber.");
    case Report::Feedback:
        return QStringLiteral("Customer feedback (in the period) with order, customer and grabber (--for-import: the columns \"import feedback\" reads).");
    case Report::Review:
        return QStringLiteral("A review cycle, one row per grabber (as \"review export\").");
    case Report::Events:
        return QStringLiteral("The raw event log (in the period), payload as JSON.");
    }
    return {};
}

} // namespace

QList<Command> exportCommands()
{
    QList<Command> out;
    for (ImportEntity e : {ImportEntity::Grabbers, ImportEntity::Customers}) {
        out.append(Command{QStringLiteral("export %1").arg(toString(e)), QStringLiteral("Write %1 as CSV in the columns \"import %1\" reads.").arg(toString(e)),
                           {kOut},
                           {},
                           [e](CliContext &ctx, const QCommandLineParser &p, const QStringList &args) { return exportTable(e, ctx, p, args); }});
    }
    for (Report r : allReports()) {
        QList<QCommandLineOption> options{kReportOut, kFormat, kHeaders, kNoBom, kProvenance};
        if (periodUse(r) != PeriodUse::None) {
            options << kFrom << kTo;
        }
        if (r == Report::Review) {
            options << kQuarter;
        }
        if (r == Report::Pool || r == Report::Feedback) {
            options << kForImport;
        }
        out.append(Command{QStringLiteral("export %1").arg(toString(r)), reportSummary(r), options, {},
                           [r](CliContext &ctx, const QCommandLineParser &p, const QStringList &) { return exportReport(r, ctx, p); }});
    }
    return out;
}

} // namespace grab::cli
