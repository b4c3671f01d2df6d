#include "kpifigure.h"

#include "common/format.h"

#include <QLocale>

#include <cmath>

namespace grab::ui {
namespace {

// Revenue changes read in whole yuan: "▼ ¥12,300" (a change to the fen is noise on a card).
QString wholeYuan(double fen)
{
    const qint64 yuan = std::llround(std::abs(fen) / 100.0);
    return QStringLiteral("¥%1").arg(QLocale().toString(yuan));
}

} // namespace

std::optional<double> KpiFigure::value(Figure figure, const GrabberKpis &k, std::optional<double> fairness)
{
    switch (figure) {
    case Volume:
        return double(k.volume);
    case Won:
        return double(k.won);
    case Lost:
        return double(k.lost);
    case Reclaimed:
        return double(k.reclaimed);
    case SuccessRate:
        return k.successRate;
    case FailureRate:
        return k.failureRate;
    case HitRate:
        return k.hitRate;
    case Satisfaction:
        return k.satisfaction;
    case Revenue:
        return double(k.revenueMinor);
    case MedianResponse:
        return k.medianResponseS;
    case Violations:
        return double(k.violations);
    case Fairness:
        return fairness;
    case Workload:
        return double(k.workload);
    case Count:
        break;
    }
    return std::nullopt;
}

KpiFigure::Better KpiFigure::better(Figure figure)
{
    switch (figure) {
    case Volume:
    case Won:
    case SuccessRate:
    case HitRate:
    case Satisfaction:
    case Revenue:
    case Fairness:
        return Better::Higher;
    case Lost:
    case Reclaimed:
    case FailureRate:
    case MedianResponse:
    case Violations:
        return Better::Lower;
    case Workload:
    case Count:
        break;
    }
    return Better::Neither;
}

bool KpiFigure::isRate(Figure figure)
{
    return figure == SuccessRate || figure == FailureRate || figure == HitRate;
}

bool KpiFigure::isCount(Figure figure)
{
    return figure == Volume || figure == Won || figure == Lost || figure == Reclaimed || figure == Violations ||
           figure == Workload;
}

bool KpiFigure::drillable(Figure figure)
{
    return figure >= Volume && figure < Count;
}

QString KpiFigure::drillHint(Figure figure)
{
    switch (figure) {
    case Volume:
    case Won:
    case Lost:
    case Reclaimed:
        return tr("Click to list these orders.");
    case SuccessRate:
    case FailureRate:
        return tr("Click to list the closed orders it is worked out from.");
    case HitRate:
        return tr("Click to list the grab attempts it is worked out from.");
    case Satisfaction:
        return tr("Click to list the feedback scores it averages, with their comments.");
    case Revenue:
        return tr("Click to list the won orders it adds up.");
    case MedianResponse:
        return tr("Click to list the orders assigned, with how long each waited.");
    case Violations:
        return tr("Click to list these violations.");
    case Fairness:
        return tr("Click to list the orders assigned, by grabber: the index measures how evenly they spread.");
    case Workload:
        return tr("Click to list the orders held now.");
    case Count:
        break;
    }
    return {};
}

QString KpiFigure::title(Figure figure)
{
    switch (figure) {
    case Volume:
        return tr("Volume");
    case Won:
        return tr("Won", "orders closed as won");
    case Lost:
        return tr("Lost", "orders closed as lost");
    case Reclaimed:
        return tr("Reclaimed");
    case SuccessRate:
        return tr("Success rate");
    case FailureRate:
        return tr("Failure rate");
    case HitRate:
        return tr("Hit rate");
    case Satisfaction:
        return tr("Satisfaction");
    case Revenue:
        return tr("Revenue");
    case MedianResponse:
        return tr("Median response");
    case Violations:
        return tr("Violations");
    case Fairness:
        return tr("Fairness index");
    case Workload:
        return tr("Open now");
    case Count:
        break;
    }
    return {};
}

QString KpiFigure::definition(Figure figure)
{
    switch (figure) {
    case Volume:
        return tr("Orders assigned in the period (grabbed or dispatched), by the time of assignment.");
    case Won:
        return tr("Assigned orders that were closed as won in the period.");
    case Lost:
        return tr("Assigned orders that were closed as lost in the period.");
    case Reclaimed:
        return tr("Assigned orders taken back to the pool in the period for want of a follow-up.");
    case SuccessRate:
        return tr("Won ÷ closed, where closed = won + lost + reclaimed in the period.");
    case FailureRate:
        return tr("(Lost + reclaimed) ÷ closed in the period (抢单失败率).");
    case HitRate:
        return tr("Grab attempts that obtained the order ÷ all grab attempts in the period.");
    case Satisfaction:
        return tr("Mean customer feedback score (1–5) given in the period, with the number of scores.");
    case Revenue:
        return tr("Sum of the amounts of the orders won in the period.");
    case MedianResponse:
        return tr("Median time from an order's publication to its assignment, over the orders assigned in the period.");
    case Violations:
        return tr("Violations recorded in the period, automatic or by hand.");
    case Fairness:
        return tr("Jain's index of volume over the active grabbers: 1 when everybody has the same volume, 1/n when one "
                  "has it all.");
    case Workload:
        return tr("Orders assigned and not yet closed, right now (not tied to the period).");
    case Count:
        break;
    }
    return {};
}

QString KpiFigure::whyUndefined(Figure figure)
{
    switch (figure) {
    case SuccessRate:
    case FailureRate:
        return tr("no order closed in this period");
    case HitRate:
        return tr("no grab attempt in this period");
    case Satisfaction:
        return tr("no feedback in this period");
    case MedianResponse:
        return tr("no order assigned in this period");
    case Fairness:
        return tr("no active grabber had any volume");
    default:
        break;
    }
    return tr("no figure for this period");
}

QString KpiFigure::whyUndefinedBefore(Figure figure)
{
    switch (figure) {
    case SuccessRate:
    case FailureRate:
        return tr("no order closed in the previous period");
    case HitRate:
        return tr("no grab attempt in the previous period");
    case Satisfaction:
        return tr("no feedback in the previous period");
    case MedianResponse:
        return tr("no order assigned in the previous period");
    case Fairness:
        return tr("no active grabber had any volume in the previous period");
    default:
        break;
    }
    return tr("no figure for the previous period");
}

QString KpiFigure::text(Figure figure, std::optional<double> v)
{
    if (!v || !std::isfinite(*v)) {
        return Format::undefined();
    }
    const QLocale locale;
    if (isRate(figure)) {
        return Format::percent(v);
    }
    if (isCount(figure)) {
        return locale.toString(qint64(std::llround(*v)));
    }
    switch (figure) {
    case Revenue:
        return Format::money(std::llround(*v));
    case MedianResponse:
        return Format::duration(std::llround(*v * 1000.0));
    case Satisfaction:
    case Fairness:
        return locale.toString(*v, 'f', 2);
    default:
        break;
    }
    return locale.toString(*v, 'f', 1);
}

bool KpiFigure::negligible(Figure figure, double delta)
{
    const double a = std::abs(delta);
    if (isRate(figure)) {
        return a * 100.0 < 0.05; // shows as 0.0 pts
    }
    if (isCount(figure)) {
        return a < 0.5;
    }
    switch (figure) {
    case Revenue:
        return a < 50.0; // under half a yuan
    case MedianResponse:
        return a < 1.0; // shows as "0 s": a change under a second is no change to the reader
    case Satisfaction:
    case Fairness:
        return a < 0.005;
    default:
        break;
    }
    return a == 0.0;
}

QString KpiFigure::deltaText(Figure figure, double delta)
{
    if (!std::isfinite(delta)) {
        return Format::undefined();
    }
    if (negligible(figure, delta)) {
        return tr("= no change");
    }
    const QString arrow = delta > 0 ? QStringLiteral("▲") : QStringLiteral("▼");
    const QLocale locale;
    const double a = std::abs(delta);
    QString amount;
    if (isRate(figure)) {
        amount = tr("%1 pts", "percentage points").arg(locale.toString(a * 100.0, 'f', 1));
    } else if (isCount(figure)) {
        amount = locale.toString(qint64(std::llround(a)));
    } else if (figure == Revenue) {
        amount = wholeYuan(a);
    } else if (figure == MedianResponse) {
        amount = Format::duration(std::llround(a * 1000.0));
    } else {
        amount = locale.toString(a, 'f', 2);
    }
    return QStringLiteral("%1 %2").arg(arrow, amount);
}

int KpiFigure::verdict(Figure figure, double delta)
{
    if (!std::isfinite(delta) || negligible(figure, delta)) {
        return 0;
    }
    switch (better(figure)) {
    case Better::Higher:
        return delta > 0 ? 1 : -1;
    case Better::Lower:
        return delta < 0 ? 1 : -1;
    case Better::Neither:
        break;
    }
    return 0;
}

QString KpiFigure::key(Figure figure)
{
    switch (figure) {
    case Volume:
        return QStringLiteral("volume");
    case Won:
        return QStringLiteral("won");
    case Lost:
        return QStringLiteral("lost");
    case Reclaimed:
        return QStringLiteral("reclaimed");
    case SuccessRate:
        return QStringLiteral("success_rate");
    case FailureRate:
        return QStringLiteral("failure_rate");
    case HitRate:
        return QStringLiteral("hit_rate");
    case Satisfaction:
        return QStringLiteral("satisfaction");
    case Revenue:
        return QStringLiteral("revenue");
    case MedianResponse:
        return QStringLiteral("median_response_s");
    case Violations:
        return QStringLiteral("violations");
    case Fairness:
        return QStringLiteral("fairness_index");
    case Workload:
        return QStringLiteral("workload");
    case Count:
        break;
    }
    return {};
}

} // namespace grab::ui
