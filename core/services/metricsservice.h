#pragma once

#include "context.h"
#include "domain/error.h"
#include "domain/kpis.h"

#include <QList>

namespace grab {

// The figures of PRODUCT.md "Metrics", exactly as defined there, for any period of whole
// team-local days. Sums come from the day rollup (grabber_days); the median response reads
// the raw holdings through a covering index, one small sorted look-up per grabber.
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
    // The same, from the rows kpis(period) returned for the whole team: for a caller that needs
    // the rows and the totals without reading the period twice (hold a ReadSnapshot around both
    // calls so that they agree).
    Result<TeamFigures> team(const Period &period, const QList<GrabberKpis> &rows);

    // One entry per day of the period (days without activity are zeros), for one grabber or the team.
    Result<QList<DayFigures>> daily(const Period &period, std::optional<qint64> grabberId = std::nullopt);

    // [start, end) of the period as epoch ms under the rules in force (periods::instants in the
    // team's time zone).
    Result<std::pair<qint64, qint64>> bounds(const Period &period);

private:
    Context m_ctx;
};

} // namespace grab
