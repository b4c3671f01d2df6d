#pragma once

#include "drilldown.h"

#include <QList>

#include <optional>

namespace grab {

// How the rows behind a figure make it, worked out from the rows themselves: a drill-down's
// heading states it ("83 closed: 65 won → 78.3 %"), and `value` equals the figure, by the same
// formulas (domain/metrics) as MetricsService.
struct DrillSummary
{
    qint64 rows = 0;
    qint64 won = 0;       // closed holdings or attempts that were won
    qint64 lost = 0;      // closed holdings lost
    qint64 reclaimed = 0; // closed holdings reclaimed
    qint64 sum = 0;       // Revenue: the amounts (fen); MeanScore: the scores
    int grabbers = 0;     // Fairness: the active grabbers the index is over
    qint64 counted = 0;   // Fairness: the rows of those grabbers
    std::optional<double> value;
};

// What a figure does with its rows.
enum class DrillMeasure {
    None,           // no figure: the rows are counted by outcome, no value
    Count,          // as many rows as the figure (volume, won, lost, reclaimed, violations, workload)
    Revenue,        // the sum of the amounts
    MeanScore,      // the mean of the scores (satisfaction)
    SuccessRate,    // won / closed
    FailureRate,    // (lost + reclaimed) / closed
    HitRate,        // attempts won / attempts
    MedianResponse, // the median response time, in seconds
    Fairness,       // Jain's index over the active grabbers' volumes
};

namespace drillsummary {

// Whether the summary follows from DrillDown's count and sum over all the rows (a count, a
// revenue, a mean score), so that only the rows shown need reading.
bool fromTotals(DrillMeasure measure);
// That summary, from the count and the sum: what ofRows() gives for the same rows.
DrillSummary ofTotals(DrillMeasure measure, qint64 total, qint64 sum);
// The summary from every row; `activeGrabbers` for Fairness (an active grabber without rows
// counts 0).
DrillSummary ofRows(DrillMeasure measure, const QList<DrillDown::Row> &rows, const QList<qint64> &activeGrabbers = {});

} // namespace drillsummary
} // namespace grab
