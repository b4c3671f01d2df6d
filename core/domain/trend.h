#pragma once

#include "kpis.h"

#include <QDate>
#include <QList>

#include <optional>

namespace grab {

// One day of a grabber's trend charts. The rates are over the `window` days ending on this day
// (a single day's rate swings on two or three closes); the team's lines are the mean of the
// active grabbers' own rolling rates where defined, like the cards' team average.
struct TrendDay
{
    QDate day;
    qint64 volume = 0;
    qint64 won = 0;
    qint64 lost = 0;
    qint64 reclaimed = 0;
    std::optional<double> successRate;
    std::optional<double> teamSuccessRate;
    std::optional<double> satisfaction;
    std::optional<double> teamSatisfaction;
};

// A grabber's figures day by day, from `window - 1` days before the first day of the trend.
struct DaySeries
{
    qint64 grabberId = 0;
    QList<DayFigures> days;
};

namespace metrics {

// The trend for each day of `days`: the grabber's own figures of the day, its success rate and
// satisfaction over the `window` days ending that day, and the team's as the mean of each
// series' own rolling rate where it is defined (metrics::meanOfDefined).
QList<TrendDay> rollingTrend(const Period &days, int window, const DaySeries &grabber, const QList<DaySeries> &team);

} // namespace metrics
} // namespace grab
