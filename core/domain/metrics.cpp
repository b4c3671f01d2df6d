#include "metrics.h"

#include <algorithm>

namespace grab::metrics {

std::optional<double> ratio(qint64 numerator, qint64 denominator)
{
    if (denominator <= 0) {
        return std::nullopt;
    }
    return double(numerator) / double(denominator);
}

std::optional<double> jainIndex(const QList<qint64> &volumes)
{
    double sum = 0;
    double squares = 0;
    for (qint64 v : volumes) {
        sum += double(v);
        squares += double(v) * double(v);
    }
    if (volumes.isEmpty() || squares == 0) {
        return std::nullopt;
    }
    return sum * sum / (double(volumes.size()) * squares);
}

double smoothedWinRate(qint64 wins, qint64 closed, double a, double b)
{
    return (double(wins) + a) / (double(closed) + a + b);
}

std::optional<double> median(QList<qint64> values)
{
    if (values.isEmpty()) {
        return std::nullopt;
    }
    const qsizetype mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + mid, values.end());
    const double upper = double(values[mid]);
    if (values.size() % 2 == 1) {
        return upper;
    }
    const double lower = double(*std::max_element(values.begin(), values.begin() + mid));
    return (lower + upper) / 2.0;
}

Mean meanOfDefined(const QList<std::optional<double>> &values)
{
    Mean m;
    double sum = 0;
    for (const std::optional<double> &v : values) {
        if (v) {
            sum += *v;
            ++m.n;
        }
    }
    if (m.n > 0) {
        m.value = sum / m.n;
    }
    return m;
}

} // namespace grab::metrics
