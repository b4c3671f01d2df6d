#pragma once

#include "services/context.h"
#include "base/error.h"
#include "domain/kpis.h"

namespace grab {

// Grabber of the Month (月度最佳抢单员): the highest composite of success rate, revenue and
// satisfaction, minus violations, among grabbers with enough closed orders. The formula, each
// finalist's parts and the gap to the runner-up are part of the answer: the award explains itself.
class AwardService final
{
public:
    explicit AwardService(Context ctx) : m_ctx(std::move(ctx)) {}

    // The weights. Revenue counts relative to the month's top revenue among the qualified.
    static constexpr double kSuccessWeight = 40;
    static constexpr double kRevenueWeight = 30;
    static constexpr double kSatisfactionWeight = 30;
    static constexpr double kViolationPenalty = 5;
    static constexpr qint64 kMinClosed = 10;

    struct Finalist
    {
        GrabberKpis kpis;
        double score = 0;
        double successPart = 0;
        double revenuePart = 0;
        double satisfactionPart = 0;
        double violationPart = 0; // negative
    };
    struct MonthBest
    {
        QDate month; // the first day
        QString formula;
        std::optional<Finalist> winner;
        std::optional<Finalist> runnerUp;
        double gap = 0;               // winner score - runner-up score
        QList<Finalist> ranking;      // every qualified grabber, best first
        QList<GrabberKpis> unqualified; // fewer than kMinClosed closed
    };
    Result<MonthBest> grabberOfTheMonth(const QDate &anyDayOfMonth);
    // The same ranking from the month's KPI rows already read (MetricsService::kpis of the whole
    // month, every grabber): pure.
    static MonthBest rank(const QDate &anyDayOfMonth, const QList<GrabberKpis> &monthRows);

    static QString formula();

private:
    Context m_ctx;
};

} // namespace grab
