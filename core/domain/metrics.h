#pragma once

#include <QList>

#include <optional>

namespace grab::metrics {

// The exact formulas of PRODUCT.md "Metrics". A rate whose denominator is zero is undefined
// (nullopt): shown as "—", exported as an empty cell, never 0 % and never NaN.

std::optional<double> ratio(qint64 numerator, qint64 denominator);

// won / closed, where closed = won + lost + reclaimed.
inline std::optional<double> successRate(qint64 won, qint64 lost, qint64 reclaimed)
{
    return ratio(won, won + lost + reclaimed);
}
// (lost + reclaimed) / closed.
inline std::optional<double> failureRate(qint64 won, qint64 lost, qint64 reclaimed)
{
    return ratio(lost + reclaimed, won + lost + reclaimed);
}

// Jain's fairness index (Σx)² / (n·Σx²): 1 when everybody has the same volume, 1/n when one
// grabber has it all. Undefined for no grabbers or when nobody has any volume.
std::optional<double> jainIndex(const QList<qint64> &volumes);

// Bayesian-smoothed win rate (wins + a) / (closed + a + b): a newcomer with no history
// scores a / (a + b) instead of 0 % or 100 %.
double smoothedWinRate(qint64 wins, qint64 closed, double a, double b);

// The mean of the values that are defined, and how many were: a team's average of per-grabber
// rates, where a grabber whose rate is undefined is left out (not counted as 0).
struct Mean
{
    std::optional<double> value; // unset when none was defined
    int n = 0;
};
Mean meanOfDefined(const QList<std::optional<double>> &values);

// The median of the values (the mean of the middle two for an even count); nullopt if empty.
// The list is taken by value: it is sorted in place.
std::optional<double> median(QList<qint64> values);

} // namespace grab::metrics
