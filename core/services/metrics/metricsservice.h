#pragma once

#include "services/context.h"
#include "base/error.h"
#include "domain/kpis.h"

#include <QList>

namespace grab {

// The figures of PRODUCT.md "Metrics", exactly as defined there, for any period of whole
// team-local days. Sums come from the day rollup (grabber_days); the median response reads
// the raw holdings through a covering index: one small sorted look-up for one grabber, one
// pass over the period's response times for the whole team.
class MetricsService final
{
public:
    explicit MetricsService(Context ctx) : m_ctx(std::move(ctx)) {}

    // One row per active grabber (also without activity) and per other grabber with activity
    // in the period, by id; or only `grabberId` (NotFound if unknown).
    Result<QList<GrabberKpis>> kpis(const Period &period, std::optional<qint64> grabberId = std::nullopt);

    struct TeamFigures
    {
        GrabberKpis totals; // grabberId 0: the team's sums; its median is over every holding
        std::optional<double> fairness; // Jain's index of volume over active grabbers
        int activeGrabbers = 0;
    };
    Result<TeamFigures> team(const Period &period);

    // kpis(period) and team(period) from one read of the period (one snapshot): what a
    // leaderboard shows with its totals, for the price of one of them.
    struct Leaderboard
    {
        QList<GrabberKpis> rows; // == kpis(period)
        TeamFigures team;        // == team(period)
    };
    Result<Leaderboard> leaderboard(const Period &period);

    // One entry per day of the period (days without activity are zeros), for one grabber or the team.
    Result<QList<DayFigures>> daily(const Period &period, std::optional<qint64> grabberId = std::nullopt);

    // [start, end) of the period as epoch ms under the rules in force (periods::instants in the
    // team's time zone).
    Result<std::pair<qint64, qint64>> bounds(const Period &period);

private:
    // kpis(); for the whole team it also hands back every response time of the period.
    Result<QList<GrabberKpis>> read(const Period &period, std::optional<qint64> grabberId, QList<qint64> *teamResponses);
    Context m_ctx;
};

} // namespace grab
