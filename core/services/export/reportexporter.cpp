#include "reportexporter.h"

#include "io/sidecarcommit.h"

#include "reportcolumns.h"
#include "reportjob.h"
#include "base/csvwriter.h"
#include "domain/periodpreset.h"
#include "exportservice.h"
#include "reviewexport.h"
#include "services/review/reviewservice.h"
#include "services/rules/ruleservice.h"
#include "store/integrity.h"
#include "store/readsnapshot.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace grab {
namespace {

QString periodText(const ExportSpec &spec)
{
    if (!spec.period) {
        return {};
    }
    return QStringLiteral("%1 .. %2 (to exclusive)").arg(spec.period->from.toString(Qt::ISODate), spec.period->to.toString(Qt::ISODate));
}

// The review cycle's own state, beside the report's: a reader of the file must know whether the
// figures were frozen and signed off.
QStringList reviewFacts(const ReviewCycleView &view, const QTimeZone &zone)
{
    const ReviewCycle &c = view.cycle;
    const auto when = [&](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(Qt::ISODate); };
    QStringList facts{QStringLiteral("quarter: %1").arg(c.quarter),
            QStringLiteral("review period: %1 .. %2 (to exclusive)").arg(c.period.from.toString(Qt::ISODate), c.period.to.toString(Qt::ISODate)),
            QStringLiteral("review state: %1").arg(toString(c.state)),
            c.approvedBy.isEmpty() ? QStringLiteral("approved by: (not approved)") : QStringLiteral("approved by: %1").arg(c.approvedBy),
            QStringLiteral("review rule version: %1").arg(c.settings.ruleVersion),
            c.openedAt ? QStringLiteral("KPIs frozen at: %1").arg(when(*c.openedAt)) : QStringLiteral("KPIs frozen at: (not yet)"),
            QStringLiteral("formula: %1").arg(view.logFormula)};
    if (view.sealHolds) {
        facts << (*view.sealHolds ? QStringLiteral("seal: verified (the review is as it was locked)")
                                  : QStringLiteral("seal: ALTERED AFTER LOCKING (grabctl verify names the place)"));
    }
    return facts;
}

QJsonObject reviewJson(const ReviewCycleView &view, const QTimeZone &zone)
{
    const ReviewCycle &c = view.cycle;
    return {{QStringLiteral("quarter"), c.quarter},
            {QStringLiteral("from"), c.period.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), c.period.to.toString(Qt::ISODate)},
            {QStringLiteral("state"), toString(c.state)},
            {QStringLiteral("approvedBy"), c.approvedBy.isEmpty() ? QJsonValue() : QJsonValue(c.approvedBy)},
            {QStringLiteral("ruleVersion"), c.settings.ruleVersion},
            {QStringLiteral("kpisFrozenAt"),
             c.openedAt ? QJsonValue(QDateTime::fromMSecsSinceEpoch(*c.openedAt, zone).toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("formula"), view.logFormula},
            {QStringLiteral("seal"), view.sealHolds ? QJsonValue(*view.sealHolds ? QStringLiteral("verified") : QStringLiteral("altered"))
                                                    : QJsonValue()}};
}

QJsonObject provenanceJson(const ReportJob &job, const QString &generatedAt)
{
    QJsonObject o{{QStringLiteral("report"), toString(job.spec.report)},
                  {QStringLiteral("filters"), QJsonArray::fromStringList(job.filters)},
                  {QStringLiteral("timeZone"), QString::fromUtf8(job.zone.id())},
                  {QStringLiteral("ruleVersion"), job.ruleVersion},
                  {QStringLiteral("generatedAt"), generatedAt},
                  {QStringLiteral("headers"), toString(job.spec.headers)},
                  {QStringLiteral("bom"), job.spec.bom}};
    if (job.spec.period) {
        o.insert(QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), job.spec.period->from.toString(Qt::ISODate)},
                                                       {QStringLiteral("to"), job.spec.period->to.toString(Qt::ISODate)},
                                                       {QStringLiteral("toIsExclusive"), true}});
    }
    if (!job.spec.quarter.isEmpty()) {
        o.insert(QStringLiteral("quarter"), job.spec.quarter);
    }
    o.insert(QStringLiteral("eventChain"), QJsonObject{{QStringLiteral("headEventId"), job.chainHead.id},
                                                       {QStringLiteral("headSha256"), QString::fromLatin1(job.chainHead.hash.toHex())}});
    return o;
}

Status writeRows(ReportJob &job, ExportSink &sink)
{
    switch (job.spec.report) {
    case Report::Pool:
        return reportwriters::pool(job, sink);
    case Report::Orders:
        return reportwriters::orders(job, sink);
    case Report::Kpis:
        return reportwriters::kpis(job, sink);
    case Report::Leaderboard:
        return reportwriters::leaderboard(job, sink);
    case Report::Violations:
        return reportwriters::violations(job, sink);
    case Report::Trainings:
        return reportwriters::trainings(job, sink);
    case Report::Feedback:
        return reportwriters::feedback(job, sink);
    case Report::Events:
        return reportwriters::events(job, sink);
    case Report::Review:
        break;
    }
    return makeError(ErrorCode::Internal, QStringLiteral("No writer for this report."));
}

// The pool and feedback in the importer's columns, and the review cycle: written by the
// existing writers (ExportService, ReviewExport) through the sink, which hashes and counts.
Status writeDelegated(ReportJob &job, ExportSink &sink, const std::optional<ReviewCycleView> &review)
{
    if (review) {
        // The sink has written the BOM and the comment block as for every report.
        const ReviewExport::Options options{false, false, job.spec.headers};
        if (!ReviewExport::write(&sink, *review, QString::fromUtf8(job.zone.id()), job.ctx.clock.nowMs(), options)) {
            return sink.writeError();
        }
        sink.addRows(review->entries.size());
        return Done{};
    }
    job.filters << QStringLiteral("the columns import reads");
    const ImportEntity entity = job.spec.report == Report::Pool ? ImportEntity::Orders : ImportEntity::Feedback;
    if (job.spec.report == Report::Pool) {
        job.filters << QStringLiteral("state = open (the pool now)");
    }
    auto rows = ExportService(job.ctx).write(entity, &sink, false); // the BOM is written already
    if (!rows) {
        return rows.error();
    }
    sink.addRows(*rows);
    return Done{};
}

} // namespace

Result<ExportResult> ReportExporter::run(const ExportSpec &spec, const QString &path, const ExportSink::Progress &progress)
{
    if (periodUse(spec.report) == PeriodUse::Required && !(spec.period && spec.period->isValid())) {
        return makeError(ErrorCode::Usage, QStringLiteral("The %1 report needs a period (from before to).").arg(toString(spec.report)));
    }
    if (spec.period && !spec.period->isValid()) {
        return makeError(ErrorCode::Usage, QStringLiteral("The period's first day must be before its end."));
    }
    if (spec.report == Report::Review && spec.quarter.isEmpty()) {
        return makeError(ErrorCode::Usage, QStringLiteral("The review report needs a quarter, e.g. 2026-Q3."));
    }
    if (spec.forImport && spec.report != Report::Pool && spec.report != Report::Feedback) {
        return makeError(ErrorCode::Usage, QStringLiteral("Only the pool and feedback can be exported in the columns import reads."));
    }
    const QSqlDatabase db = m_ctx.db.connection();
    auto snapshot = ReadSnapshot::begin(db);
    if (!snapshot) {
        return snapshot.error();
    }
    auto rules = RuleService::currentIn(db);
    if (!rules) {
        return rules.error();
    }
    ReportJob job{m_ctx, spec, rules->zone(), rules->version, 0, 0, {}, {}};
    // The event chain's head as this export reads the data: a witness outside the file
    // (`grabctl verify --against FILE.csv.json` proves the log up to it unchanged).
    auto head = integrity::head(db);
    if (!head) {
        return head.error();
    }
    job.chainHead = *head;
    if (spec.period && periodUse(spec.report) != PeriodUse::None) {
        std::tie(job.fromMs, job.toMs) = periods::instants(*spec.period, job.zone);
    } else {
        job.spec.period.reset();
    }
    const QString generatedAt = QDateTime::fromMSecsSinceEpoch(m_ctx.clock.nowMs(), job.zone).toString(Qt::ISODate);
    // Read before anything is written: an unknown quarter leaves no file behind, and the cycle's
    // state goes into the comment block above the rows.
    std::optional<ReviewCycleView> review;
    if (spec.report == Report::Review) {
        auto view = ReviewService(m_ctx).cycle(spec.quarter);
        if (!view) {
            return view.error();
        }
        review = std::move(*view);
        job.filters << QStringLiteral("review cycle %1").arg(spec.quarter);
    }

    ExportSink sink(path, progress);
    if (auto s = sink.open(); !s) {
        return s.error();
    }
    const bool delegated = spec.report == Report::Review || spec.forImport;
    if (spec.bom) {
        sink.write("\xEF\xBB\xBF", 3);
    }
    if (spec.provenance == Provenance::Comment) {
        // Written before the rows, so the filters are the spec's; the row count and checksum
        // cannot be in the file they describe (the side-car has them).
        sink.line(QStringLiteral("# GrabDesk report: %1").arg(toString(spec.report)));
        if (spec.period) {
            sink.line(QStringLiteral("# period: %1").arg(periodText(job.spec)));
        }
        if (review) {
            for (const QString &fact : reviewFacts(*review, job.zone)) {
                sink.line(QStringLiteral("# ") + fact);
            }
        }
        sink.line(QStringLiteral("# time zone: %1").arg(QString::fromUtf8(job.zone.id())));
        sink.line(QStringLiteral("# rule version: %1").arg(job.ruleVersion));
        sink.line(QStringLiteral("# generated at: %1").arg(generatedAt));
        sink.line(QStringLiteral("# event chain head: #%1 sha256:%2").arg(job.chainHead.id).arg(QString::fromLatin1(job.chainHead.hash.toHex())));
    }
    Status written = Done{};
    if (delegated) {
        written = writeDelegated(job, sink, review);
    } else {
        const QStringList header = ReportColumns::header(spec.report, spec.headers);
        for (const QString &h : header) {
            sink.text(h);
        }
        sink.endRow();
        sink.addRows(-1); // the header is not a data row
        written = writeRows(job, sink);
    }
    if (!written) {
        sink.discard();
        return written.error();
    }
    // The rows are finished on disk first (their size and checksum go into the side-car); the
    // side-car then joins them, and neither replaces an older file before both are on disk.
    if (auto s = sink.prepare(); !s) {
        return s.error();
    }
    ExportResult result{sink.rows(), sink.bytesWritten(), sink.sha256Hex(), path, {}};
    std::optional<std::pair<QString, QByteArray>> side;
    if (spec.provenance == Provenance::Sidecar) {
        QJsonObject o = provenanceJson(job, generatedAt);
        if (review) {
            o.insert(QStringLiteral("review"), reviewJson(*review, job.zone));
        }
        o.insert(QStringLiteral("file"), QFileInfo(path).fileName());
        o.insert(QStringLiteral("rows"), result.rows);
        o.insert(QStringLiteral("bytes"), result.bytes);
        o.insert(QStringLiteral("sha256"), result.sha256);
        result.sidecarPath = sidecarPath(path);
        side.emplace(result.sidecarPath, QJsonDocument(o).toJson(QJsonDocument::Indented));
    }
    if (auto s = commitWithSidecar(sink, path, side); !s) {
        return s.error();
    }
    return result;
}

QString ReportExporter::suggestedName(const ExportSpec &spec)
{
    QString name = toString(spec.report);
    if (spec.report == Report::Review && !spec.quarter.isEmpty()) {
        name += u'-' + spec.quarter;
    } else if (spec.period && periodUse(spec.report) != PeriodUse::None) {
        name += QStringLiteral("-%1_%2").arg(spec.period->from.toString(Qt::ISODate), spec.period->to.addDays(-1).toString(Qt::ISODate));
    }
    return name + QStringLiteral(".csv");
}

} // namespace grab
