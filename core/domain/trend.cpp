#include "trend.h"

#include "metrics.h"

#include <algorithm>

namespace grab::metrics {
namespace {

// Sums of one series' days over a window.
struct Window
{
    qint64 won = 0;
    qint64 lost = 0;
    qint64 reclaimed = 0;
    qint64 feedbackSum = 0;
    qint64 feedbackCount = 0;
};

Window windowEnding(const QList<DayFigures> &days, qsizetype last, int window)
{
    Window w;
    for (qsizetype i = std::max<qsizetype>(0, last - window + 1); i <= last && i < days.size(); ++i) {
        const DayFigures &d = days.at(i);
        w.won += d.won;
        w.lost += d.lost;
        w.reclaimed += d.reclaimed;
        w.feedbackSum += d.feedbackSum;
        w.feedbackCount += d.feedbackCount;
    }
    return w;
}

} // namespace

QList<TrendDay> rollingTrend(const Period &days, int window, const DaySeries &grabber, const QList<DaySeries> &team)
{
    QList<TrendDay> out;
    qsizetype i = window - 1; // the series start this many days before `days.from`
    for (QDate d = days.from; d < days.to; d = d.addDays(1), ++i) {
        TrendDay t;
        t.day = d;
        if (i < grabber.days.size()) {
            const DayFigures &f = grabber.days.at(i);
            t.volume = f.volume;
            t.won = f.won;
            t.lost = f.lost;
            t.reclaimed = f.reclaimed;
        }
        const Window own = windowEnding(grabber.days, i, window);
        t.successRate = successRate(own.won, own.lost, own.reclaimed);
        t.satisfaction = ratio(own.feedbackSum, own.feedbackCount);
        QList<std::optional<double>> success, satisfaction;
        for (const DaySeries &s : team) {
            const Window w = windowEnding(s.days, i, window);
            success.append(successRate(w.won, w.lost, w.reclaimed));
            satisfaction.append(ratio(w.feedbackSum, w.feedbackCount));
        }
        t.teamSuccessRate = meanOfDefined(success).value;
        t.teamSatisfaction = meanOfDefined(satisfaction).value;
        out.append(t);
    }
    return out;
}

} // namespace grab::metrics
