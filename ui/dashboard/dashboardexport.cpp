#include "dashboardexport.h"

#include "base/csvwriter.h"
#include "base/decimal.h"
#include "base/money.h"
#include "domain/responsebuckets.h"
#include "services/export/kpirow.h"

#include <QDateTime>
#include <QTimeZone>

#include <cmath>

namespace grab::ui {
namespace {

using F = KpiFigure;

// The figure as a CSV cell: rates and indexes as decimals (4 places), satisfaction 2, the
// median response 1, money in yuan; empty when undefined.
QVariant cell(F::Figure figure, std::optional<double> v)
{
    if (!v || !std::isfinite(*v)) {
        return QVariant();
    }
    if (figure == F::Revenue) {
        return std::round(*v) / 100.0;
    }
    const int places = F::isRate(figure) || figure == F::Fairness ? 4
                       : figure == F::Satisfaction                ? 2
                       : figure == F::MedianResponse              ? 1
                                                                  : 0;
    const double scale = std::pow(10.0, places);
    if (places == 0) {
        return qint64(std::llround(*v));
    }
    return std::round(*v * scale) / scale;
}

std::optional<double> minus(std::optional<double> a, std::optional<double> b)
{
    return a && b ? std::optional<double>(*a - *b) : std::nullopt;
}

// A period as the file states it, "2026-11-01 – 2026-11-30" (PeriodText::rangeText without tr()).
QString rangeText(const Period &period)
{
    if (!period.isValid()) {
        return QString();
    }
    const QDate last = period.to.addDays(-1);
    return last == period.from ? period.from.toString(Qt::ISODate)
                               : QStringLiteral("%1 – %2").arg(period.from.toString(Qt::ISODate), last.toString(Qt::ISODate));
}

} // namespace

void DashboardExport::writeGrabber(CsvWriter &csv, const DashboardFigures &data)
{
    // The charts' figures: the days (with the rolling rates the trend lines draw), the
    // response-time buckets and the hours of the day.
    csv.writeHeader({QStringLiteral("day"), QStringLiteral("volume"), QStringLiteral("won"), QStringLiteral("lost"),
                     QStringLiteral("reclaimed"), QStringLiteral("success_rate_%1d").arg(data.rollingDays),
                     QStringLiteral("team_success_rate_%1d").arg(data.rollingDays),
                     QStringLiteral("satisfaction_%1d").arg(data.rollingDays),
                     QStringLiteral("team_satisfaction_%1d").arg(data.rollingDays)});
    for (const TrendDay &d : data.trend) {
        csv.writeRow({d.day.toString(Qt::ISODate), d.volume, d.won, d.lost, d.reclaimed, decimal::cell(d.successRate, 4),
                      decimal::cell(d.teamSuccessRate, 4), decimal::cell(d.satisfaction, 2), decimal::cell(d.teamSatisfaction, 2)});
    }
    csv.writeRow({});

    csv.writeHeader(
        {QStringLiteral("response_time"), QStringLiteral("from_s"), QStringLiteral("to_s"), QStringLiteral("orders")});
    const QList<ResponseBucket> &buckets = responseBuckets();
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        const ResponseBucket &b = buckets.at(i);
        csv.writeRow({b.label, b.fromMs / 1000, b.toMs < 0 ? QVariant() : QVariant(b.toMs / 1000),
                      data.responseTimes.counts.value(i)});
    }
    csv.writeRow({QStringLiteral("median"), decimal::cell(data.responseTimes.medianS, 1), QVariant(), QVariant()});
    csv.writeRow({});

    csv.writeHeader({QStringLiteral("hour"), QStringLiteral("attempts"), QStringLiteral("attempts_won")});
    for (const DashboardService::HourActivity &h : data.hours) {
        csv.writeRow({h.hour, h.attempts, h.wins});
    }
    csv.writeRow({});

    csv.writeHeader({QStringLiteral("target_month"), QStringLiteral("won_target"), QStringLiteral("won"),
                     QStringLiteral("revenue_target"), QStringLiteral("revenue")});
    if (data.target) {
        csv.writeRow({data.targetMonth.toString(QStringLiteral("yyyy-MM")), data.target->wonCount, data.target->won,
                      formatMajorUnits(data.target->revenueMinor), formatMajorUnits(data.target->revenueDoneMinor)});
    } else {
        csv.writeRow(
            {data.targetMonth.toString(QStringLiteral("yyyy-MM")), QVariant(), QVariant(), QVariant(), QVariant()});
    }
}

QString DashboardExport::suggestedName(const DashboardFigures &data)
{
    const QString who = data.request.view == DashboardRequest::View::Team ? tr("team") : data.current.name;
    return tr("dashboard-%1-%2-%3.csv", "a file name")
        .arg(who, data.period.current.from.toString(Qt::ISODate),
             data.period.current.to.addDays(-1).toString(Qt::ISODate));
}

bool DashboardExport::write(QIODevice *out, const DashboardFigures &data, qint64 exportedAtMs)
{
    CsvWriter csv(out, true);
    const bool team = data.request.view == DashboardRequest::View::Team;
    const QTimeZone zone(data.timeZone.toUtf8());
    const QString exported =
        QDateTime::fromMSecsSinceEpoch(exportedAtMs, zone.isValid() ? zone : QTimeZone::utc()).toString(Qt::ISODate);
    // The file reads the same whatever the desktop's language: no tr() in what is written.
    csv.writeRow(
        {QStringLiteral("GrabDesk dashboard: %1").arg(team ? QStringLiteral("the team") : data.current.name),
         QStringLiteral("period %1 (%2 days, [%3, %4))")
             .arg(rangeText(data.period.current))
             .arg(data.period.current.from.daysTo(data.period.current.to))
             .arg(data.period.current.from.toString(Qt::ISODate), data.period.current.to.toString(Qt::ISODate)),
         QStringLiteral("compared with %1").arg(rangeText(data.period.previous)),
         QStringLiteral("time zone %1").arg(data.timeZone), QStringLiteral("rule version %1").arg(data.ruleVersion),
         QStringLiteral("exported %1").arg(exported)});
    csv.writeRow({});

    csv.writeHeader({QStringLiteral("figure"), QStringLiteral("value"), QStringLiteral("previous"),
                     QStringLiteral("change"), QStringLiteral("team_average")});
    for (int i = 0; i < F::Count; ++i) {
        const auto f = F::Figure(i);
        if ((team && f == F::Workload) || (!team && f == F::Fairness)) {
            continue;
        }
        const auto now = F::value(f, data.current, data.fairness);
        const auto before = F::hasPrevious(f) ? F::value(f, data.previous, data.previousFairness) : std::nullopt;
        const QVariant last = team ? QVariant() : cell(f, data.teamAverage.at(std::size_t(i)));
        csv.writeRow({F::key(f), cell(f, now), cell(f, before), cell(f, minus(now, before)), last});
    }
    csv.writeRow({QStringLiteral("closed"), data.current.closed(), data.previous.closed(),
                  data.current.closed() - data.previous.closed(), QVariant()});
    csv.writeRow({QStringLiteral("feedback_count"), data.current.feedbackCount, data.previous.feedbackCount,
                  data.current.feedbackCount - data.previous.feedbackCount, QVariant()});
    csv.writeRow({QStringLiteral("active_grabbers"), data.activeGrabbers, QVariant(), QVariant(), QVariant()});
    csv.writeRow({});

    if (!team) {
        writeGrabber(csv, data);
        return csv.ok();
    }
    csv.writeHeader(kpirow::keys());
    for (const GrabberKpis &k : data.leaderboard) {
        csv.writeRow(kpirow::values(k));
    }
    return csv.ok();
}

} // namespace grab::ui
