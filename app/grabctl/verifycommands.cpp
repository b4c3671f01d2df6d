// verify [--against FILE.csv.json]: is the event log, and every locked review, what was written?
#include "clicontext.h"
#include "services/audit/integritycheck.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace grab::cli {
namespace {

QString kindName(IntegrityBreak::Kind kind)
{
    switch (kind) {
    case IntegrityBreak::Kind::TriggerMissing:
        return QStringLiteral("trigger_missing");
    case IntegrityBreak::Kind::TriggerChanged:
        return QStringLiteral("trigger_changed");
    case IntegrityBreak::Kind::EventAltered:
        return QStringLiteral("event_altered");
    case IntegrityBreak::Kind::EventsMissing:
        return QStringLiteral("events_missing");
    case IntegrityBreak::Kind::EventUnchained:
        return QStringLiteral("event_unchained");
    case IntegrityBreak::Kind::LogCut:
        return QStringLiteral("log_cut");
    case IntegrityBreak::Kind::LogRewritten:
        return QStringLiteral("log_rewritten");
    case IntegrityBreak::Kind::ReviewAltered:
        return QStringLiteral("review_altered");
    case IntegrityBreak::Kind::ReviewUnsealed:
        return QStringLiteral("review_unsealed");
    }
    return QStringLiteral("unknown");
}

int verify(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    std::optional<ChainWitness> witness;
    if (p.isSet(QStringLiteral("against"))) {
        if (!ctx.database()) {
            return ctx.fail(ctx.lastOpenError());
        }
        auto w = IntegrityCheck::witnessFrom(p.value(QStringLiteral("against")));
        if (!w) {
            return ctx.fail(w.error());
        }
        witness = *w;
    }
    if (!ctx.database()) {
        return ctx.fail(ctx.lastOpenError());
    }
    auto report = IntegrityCheck(ctx.serviceContext()).run(witness);
    if (!report) {
        return ctx.fail(report.error());
    }
    const IntegrityReport &r = *report;
    const QString built = QDateTime::fromMSecsSinceEpoch(r.chainBuiltAt, QTimeZone::utc()).toString(Qt::ISODate);
    if (ctx.json) {
        QJsonArray breaks;
        for (const IntegrityBreak &b : r.breaks) {
            breaks.append(QJsonObject{{QStringLiteral("kind"), kindName(b.kind)},
                                      {QStringLiteral("place"), b.place},
                                      {QStringLiteral("eventId"), b.eventId},
                                      {QStringLiteral("message"), b.message}});
        }
        ctx.printJson(QJsonObject{{QStringLiteral("ok"), r.ok()},
                                  {QStringLiteral("events"), r.events},
                                  {QStringLiteral("guaranteedFrom"), r.guaranteedFrom},
                                  {QStringLiteral("chainBuiltAt"), built},
                                  {QStringLiteral("headEventId"), r.head.id},
                                  {QStringLiteral("headSha256"), QString::fromLatin1(r.head.hash.toHex())},
                                  {QStringLiteral("erased"), r.erased},
                                  {QStringLiteral("verifiedReviews"), QJsonArray::fromStringList(r.verifiedReviews)},
                                  {QStringLiteral("alteredReviews"), QJsonArray::fromStringList(r.alteredReviews)},
                                  {QStringLiteral("witnessChecked"), r.witnessChecked},
                                  {QStringLiteral("breaks"), breaks}});
    } else {
        QTextStream &out = ctx.out();
        out << "Event log: " << r.events << " events, head #" << r.head.id << " sha256:" << QString::fromLatin1(r.head.hash.toHex()) << Qt::endl;
        if (r.guaranteedFrom > 1) {
            out << "Chained as written from event #" << r.guaranteedFrom << "; the events before it were chained when this file was upgraded ("
                << built << ")." << Qt::endl;
        }
        if (r.erased > 0) {
            out << r.erased << " events had their personal text erased on request (erased, not altered)." << Qt::endl;
        }
        for (const QString &q : r.verifiedReviews) {
            out << "Review " << printable(q) << ": locked, verified." << Qt::endl;
        }
        for (const IntegrityBreak &b : r.breaks) {
            out << "BROKEN " << printable(b.place) << ": " << printable(b.message) << Qt::endl;
        }
        if (r.witnessChecked && r.ok()) {
            out << "The witness " << printable(p.value(QStringLiteral("against"))) << " matches: the log up to its head is unchanged." << Qt::endl;
        }
    }
    if (!r.ok()) {
        const IntegrityBreak &first = r.breaks.constFirst();
        return ctx.fail(makeError(ErrorCode::DatabaseUnusable,
                                  QStringLiteral("The file was tampered with (%2): %1")
                                      .arg(first.message,
                                           r.breaks.size() == 1 ? QStringLiteral("the only break found")
                                                                : QStringLiteral("the first of %1 breaks found").arg(r.breaks.size())),
                                  QStringLiteral("tampered")));
    }
    if (!ctx.json) {
        const qsizetype n = r.verifiedReviews.size();
        ctx.out() << "Verified: the event log, " << (n == 0 ? QStringLiteral("no locked review") : n == 1 ? QStringLiteral("1 locked review") : QStringLiteral("%1 locked reviews").arg(n))
                  << " and the protective triggers are as written." << Qt::endl;
    }
    return 0;
}

} // namespace

QList<Command> verifyCommands()
{
    return {
        Command{QStringLiteral("verify"),
                QStringLiteral("Check the event log's hash chain, every locked review's seal and the protective triggers (exit 6 on any break)."),
                {QCommandLineOption(QStringLiteral("against"),
                                    QStringLiteral("Also check the chain head an export's side-car recorded (a copy someone else holds)."),
                                    QStringLiteral("FILE.csv.json"))},
                {},
                verify},
    };
}

} // namespace grab::cli
