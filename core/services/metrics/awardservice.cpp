#include "awardservice.h"

#include "metricsservice.h"

#include <QCoreApplication>
#include <algorithm>

namespace grab {

QString AwardService::formula()
{
    return QStringLiteral("%1 x success rate + %2 x revenue / top revenue + %3 x (satisfaction - 1) / 4 - %4 x violations; "
                          "at least %5 closed orders; no feedback counts as a neutral 3")
        .arg(kSuccessWeight)
        .arg(kRevenueWeight)
        .arg(kSatisfactionWeight)
        .arg(kViolationPenalty)
        .arg(kMinClosed);
}

Result<AwardService::MonthBest> AwardService::grabberOfTheMonth(const QDate &anyDayOfMonth)
{
    if (!anyDayOfMonth.isValid()) {
        return makeError(ErrorCode::Usage, QCoreApplication::translate("grab::AwardService", "A month is written YYYY-MM."));
    }
    const QDate month(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    auto rows = MetricsService(m_ctx).kpis(Period{month, month.addMonths(1)});
    if (!rows) {
        return rows.error();
    }
    return rank(month, *rows);
}

AwardService::MonthBest AwardService::rank(const QDate &anyDayOfMonth, const QList<GrabberKpis> &monthRows)
{
    MonthBest best;
    best.month = QDate(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    best.formula = formula();
    qint64 topRevenue = 0;
    QList<GrabberKpis> qualified;
    for (const GrabberKpis &k : monthRows) {
        if (k.closed() >= kMinClosed) {
            qualified.append(k);
            topRevenue = std::max(topRevenue, k.revenueMinor);
        } else {
            best.unqualified.append(k);
        }
    }
    for (const GrabberKpis &k : qualified) {
        Finalist f;
        f.kpis = k;
        f.successPart = kSuccessWeight * k.successRate.value_or(0);
        f.revenuePart = topRevenue > 0 ? kRevenueWeight * double(k.revenueMinor) / double(topRevenue) : 0;
        f.satisfactionPart = kSatisfactionWeight * (k.satisfaction.value_or(3.0) - 1.0) / 4.0;
        f.violationPart = -kViolationPenalty * double(k.violations);
        f.score = f.successPart + f.revenuePart + f.satisfactionPart + f.violationPart;
        best.ranking.append(f);
    }
    std::stable_sort(best.ranking.begin(), best.ranking.end(), [](const Finalist &a, const Finalist &b) {
        if (std::abs(a.score - b.score) > 1e-9) {
            return a.score > b.score;
        }
        return a.kpis.revenueMinor > b.kpis.revenueMinor; // a tie goes to the higher revenue
    });
    if (!best.ranking.isEmpty()) {
        best.winner = best.ranking.first();
    }
    if (best.ranking.size() > 1) {
        best.runnerUp = best.ranking.at(1);
        best.gap = best.winner->score - best.runnerUp->score;
    }
    return best;
}

} // namespace grab
