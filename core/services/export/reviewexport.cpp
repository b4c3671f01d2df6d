#include "reviewexport.h"

#include "reportcolumns.h"
#include "base/csvwriter.h"
#include "base/decimal.h"
#include "base/money.h"

#include <QDateTime>
#include <QTimeZone>

namespace grab {
namespace {

QVariant moneySum(const QList<ReviewDecision> &ds, DecisionKind kind)
{
    qint64 sum = 0;
    bool any = false;
    for (const ReviewDecision &d : ds) {
        if (d.kind == kind && d.amountMinor) {
            sum += *d.amountMinor;
            any = true;
        }
    }
    return any ? QVariant(formatMajorUnits(sum)) : QVariant();
}

// Every decision of a kind in one cell, "; " between them.
QString texts(const QList<ReviewDecision> &ds, DecisionKind kind)
{
    QStringList out;
    for (const ReviewDecision &d : ds) {
        if (d.kind != kind) {
            continue;
        }
        QString t = d.text;
        if (kind == DecisionKind::Training) {
            t = QStringLiteral("%1 (%2, due %3)").arg(d.text, d.category, d.dueOn.toString(Qt::ISODate));
        } else if (isPenalty(kind)) {
            const QString amount = d.amountMinor ? formatMajorUnits(*d.amountMinor) : QString();
            t = QStringList{amount, d.text, QStringLiteral("reason: ") + d.reason}.join(u' ').simplified();
        }
        out << t;
    }
    return out.join(QStringLiteral("; "));
}

// Bonus deductions and reassignments, each with its reason.
QString penalties(const QList<ReviewDecision> &ds)
{
    QStringList out;
    const QString deductions = texts(ds, DecisionKind::BonusDeduction);
    const QString moves = texts(ds, DecisionKind::Reassignment);
    if (!deductions.isEmpty()) {
        out << QStringLiteral("bonus deduction ") + deductions;
    }
    if (!moves.isEmpty()) {
        out << QStringLiteral("reassignment ") + moves;
    }
    return out.join(QStringLiteral("; "));
}

QString violationIds(const ReviewEntry &e)
{
    QStringList ids;
    for (const ReviewViolation &v : e.violations()) {
        ids << QString::number(v.id);
    }
    return ids.join(u' ');
}

} // namespace

QStringList ReviewExport::columns()
{
    return ReportColumns::keys(Report::Review);
}

QString ReviewExport::suggestedName(const QString &quarter)
{
    return QStringLiteral("review-%1.csv").arg(quarter);
}

bool ReviewExport::write(QIODevice *out, const ReviewCycleView &view, const QString &timeZone, qint64 exportedAtMs,
                         const Options &options)
{
    CsvWriter csv(out, options.bom);
    const ReviewCycle &c = view.cycle;
    const QTimeZone zone(timeZone.toUtf8());
    const auto when = [&](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, zone.isValid() ? zone : QTimeZone::utc()).toString(Qt::ISODate);
    };
    if (options.statementRow) {
        QVariantList statement{QStringLiteral("GrabDesk review %1").arg(c.quarter),
                               QStringLiteral("period [%1, %2)").arg(c.period.from.toString(Qt::ISODate), c.period.to.toString(Qt::ISODate)),
                               QStringLiteral("state %1").arg(toString(c.state)),
                               c.approvedBy.isEmpty() ? QStringLiteral("not approved") : QStringLiteral("approved by %1").arg(c.approvedBy),
                               QStringLiteral("rule version %1").arg(c.settings.ruleVersion), QStringLiteral("time zone %1").arg(timeZone),
                               c.openedAt ? QStringLiteral("KPIs frozen %1").arg(when(*c.openedAt)) : QStringLiteral("KPIs not frozen yet"),
                               QStringLiteral("exported %1").arg(when(exportedAtMs)), view.logFormula};
        if (view.sealHolds) {
            statement << (*view.sealHolds ? QStringLiteral("seal verified (as locked)")
                                          : QStringLiteral("ALTERED AFTER LOCKING (grabctl verify names the place)"));
        }
        csv.writeRow(statement);
        csv.writeRow({});
    }
    csv.writeHeader(ReportColumns::header(Report::Review, options.headers));
    for (const ReviewEntry &e : view.entries) {
        const GrabberKpis &k = e.snapshot.kpis;
        csv.writeRow({c.quarter,
                      e.grabberId,
                      e.grabberName,
                      e.snapshot.level,
                      e.snapshot.team,
                      k.volume,
                      k.won,
                      k.lost,
                      k.reclaimed,
                      k.closed(),
                      decimal::cell(k.successRate, 4),
                      decimal::cell(k.failureRate, 4),
                      decimal::cell(k.hitRate, 4),
                      decimal::cell(k.medianResponseS, 1),
                      formatMajorUnits(k.revenueMinor),
                      decimal::cell(k.satisfaction, 2),
                      k.feedbackCount,
                      k.violations,
                      decimal::cell(e.kpi.score, 1),
                      e.supervisorScore ? QVariant(*e.supervisorScore) : QVariant(),
                      e.comment,
                      decimal::cell(e.final.score, 1),
                      e.final.grade,
                      moneySum(e.decisions, DecisionKind::Bonus),
                      texts(e.decisions, DecisionKind::Honour),
                      texts(e.decisions, DecisionKind::Promotion),
                      texts(e.decisions, DecisionKind::Training),
                      moneySum(e.decisions, DecisionKind::BonusDeduction),
                      penalties(e.decisions),
                      violationIds(e),
                      e.kpi.logWhy, // a file must not change with the desktop's language
                      e.final.logWhy});
    }
    return csv.ok();
}

} // namespace grab
