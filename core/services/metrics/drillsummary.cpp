#include "drillsummary.h"

#include "domain/metrics.h"

#include <QHash>

namespace grab::drillsummary {

bool fromTotals(DrillMeasure measure)
{
    return measure == DrillMeasure::Count || measure == DrillMeasure::Revenue || measure == DrillMeasure::MeanScore;
}

DrillSummary ofTotals(DrillMeasure measure, qint64 total, qint64 sum)
{
    DrillSummary s;
    s.rows = total;
    switch (measure) {
    case DrillMeasure::MeanScore:
        s.sum = sum;
        s.value = metrics::ratio(sum, total);
        break;
    case DrillMeasure::Revenue:
        s.sum = sum;
        s.value = double(sum);
        break;
    default: // a count: as many rows as the figure
        s.value = double(total);
        break;
    }
    return s;
}

DrillSummary ofRows(DrillMeasure measure, const QList<DrillDown::Row> &rows, const QList<qint64> &activeGrabbers)
{
    DrillSummary s;
    s.rows = rows.size();
    QList<qint64> responses;
    QHash<qint64, qint64> volumeOf;
    for (const qint64 g : activeGrabbers) {
        volumeOf.insert(g, 0);
    }
    for (const DrillDown::Row &r : rows) {
        if (r.outcome == QLatin1String("won")) {
            ++s.won;
        } else if (r.outcome == QLatin1String("lost")) {
            ++s.lost;
        } else if (r.outcome == QLatin1String("reclaimed")) {
            ++s.reclaimed;
        }
        if (measure == DrillMeasure::MeanScore) {
            s.sum += r.score.value_or(0);
        } else if (measure == DrillMeasure::Revenue) {
            s.sum += r.amountMinor;
        }
        if (r.responseMs) {
            responses.append(*r.responseMs);
        }
        if (const auto it = volumeOf.find(r.grabberId); it != volumeOf.end()) {
            ++*it;
            ++s.counted;
        }
    }
    if (fromTotals(measure)) { // a count, a revenue, a mean score: the same as from the totals
        s.value = ofTotals(measure, s.rows, s.sum).value;
        return s;
    }
    switch (measure) {
    case DrillMeasure::SuccessRate:
        s.value = metrics::successRate(s.won, s.lost, s.reclaimed);
        break;
    case DrillMeasure::FailureRate:
        s.value = metrics::failureRate(s.won, s.lost, s.reclaimed);
        break;
    case DrillMeasure::HitRate:
        s.value = metrics::ratio(s.won, s.rows); // an attempt's result "won": it obtained the order
        break;
    case DrillMeasure::MedianResponse:
        if (const auto ms = metrics::median(responses)) {
            s.value = *ms / 1000.0;
        }
        break;
    case DrillMeasure::Fairness:
        s.grabbers = int(activeGrabbers.size());
        s.value = metrics::jainIndex(volumeOf.values());
        break;
    default: // None, and the measures above that come from the totals
        break;
    }
    return s;
}

} // namespace grab::drillsummary
