#include "dispatchscorer.h"

#include "metrics.h"
#include "base/money.h"
#include "base/phrase.h"

#include <QCoreApplication>

#include <algorithm>

namespace grab {
namespace {

// Satisfaction is smoothed toward a neutral 3 with the weight of two feedbacks, so one
// 5-star score does not outrank a long record of 4.5.
constexpr double kNeutralScore = 3.0;
constexpr double kSatisfactionPrior = 2.0;

QString percent(double v)
{
    return QStringLiteral("%1%").arg(v * 100.0, 0, 'f', 0);
}

Phrase say(const char *source)
{
    return Phrase("grab::DispatchScorer", source);
}

// The detail is kept twice: in English for the dispatched event, translated for the screen.
ScoreFactor factor(const char *code, double contribution, const Phrase &why)
{
    return ScoreFactor{QString::fromLatin1(code), contribution, why.shown(), why.english(), why};
}

RankedCandidate score(const RuleSet &rules, const Order &order, const DispatchCandidate &c)
{
    const DispatchPolicy &w = rules.dispatch;
    RankedCandidate r;
    r.grabberId = c.grabber.id;
    r.name = c.grabber.name;
    r.lastAssignedAt = c.lastAssignedAt;

    const bool skill = !order.skill.isEmpty() && c.grabber.skills.contains(order.skill);
    r.factors.append(factor("skill", skill ? w.skillWeight : 0.0,
                            order.skill.isEmpty() ? say(QT_TRANSLATE_NOOP("grab::DispatchScorer", "the order names no skill"))
                            : skill               ? say(QT_TRANSLATE_NOOP("grab::DispatchScorer", "skill %1 matches")).arg(order.skill)
                                                  : say(QT_TRANSLATE_NOOP("grab::DispatchScorer", "no %1 skill")).arg(order.skill)));

    const bool region = !order.region.isEmpty() && c.grabber.regions.contains(order.region);
    r.factors.append(factor("region", region ? w.regionWeight : 0.0,
                            order.region.isEmpty() ? say(QT_TRANSLATE_NOOP("grab::DispatchScorer", "the order names no region"))
                            : region               ? say(QT_TRANSLATE_NOOP("grab::DispatchScorer", "covers %1")).arg(order.region)
                                                   : say(QT_TRANSLATE_NOOP("grab::DispatchScorer", "does not cover %1")).arg(order.region)));

    const int cap = std::max(1, rules.maxOpenWorkload);
    const double spare = std::clamp(1.0 - double(c.openWorkload) / double(cap), 0.0, 1.0);
    r.factors.append(factor("workload", w.workloadWeight * spare,
                            say(QT_TRANSLATE_NOOP("grab::DispatchScorer", "%1 of %2 open")).arg(c.openWorkload).arg(cap)));

    const double winRate = metrics::smoothedWinRate(c.segmentWins, c.segmentClosed, w.priorWins, w.priorLosses);
    r.factors.append(factor("winRate", w.winRateWeight * winRate,
                            say(QT_TRANSLATE_NOOP("grab::DispatchScorer", "won %1 of %2 in %3 x >= %4 (smoothed %5)"))
                                .arg(c.segmentWins)
                                .arg(c.segmentClosed)
                                .arg(order.skill.isEmpty() ? QStringLiteral("-") : order.skill)
                                .arg(formatMajorUnits(rules.priority.bandFrom(order.amountMinor)))
                                .arg(percent(winRate))));

    const double satisfaction =
        (double(c.feedbackSum) + kNeutralScore * kSatisfactionPrior) / (double(c.feedbackCount) + kSatisfactionPrior);
    r.factors.append(factor("satisfaction", w.satisfactionWeight * (satisfaction - 1.0) / 4.0,
                            c.feedbackCount == 0 ? say(QT_TRANSLATE_NOOP("grab::DispatchScorer", "no feedback yet (neutral 3.0)"))
                                                 : say(QT_TRANSLATE_NOOP("grab::DispatchScorer", "satisfaction %1 from %2 feedback"))
                                                       .arg(QString::number(double(c.feedbackSum) / double(c.feedbackCount), 'f', 1))
                                                       .arg(c.feedbackCount)));

    for (const ScoreFactor &f : r.factors) {
        r.score += f.contribution;
    }
    std::stable_sort(r.factors.begin(), r.factors.end(),
                     [](const ScoreFactor &a, const ScoreFactor &b) { return a.contribution > b.contribution; });
    return r;
}

} // namespace

DispatchDecision decideDispatch(const RuleSet &rules, const Order &order, const QList<DispatchCandidate> &candidates, qint64 nowMs,
                                AssignPath path)
{
    DispatchDecision d;
    d.ruleVersion = rules.version;
    d.widened = isWidened(rules, order, nowMs);
    for (const DispatchCandidate &c : candidates) {
        const GrabContext ctx{rules, c.grabber, order, c.takenToday, c.openWorkload, nowMs, path, d.widened, c.cooldownUntil};
        const Eligibility e = checkEligibility(ctx);
        if (!e.allowed) {
            d.ineligible.append({c.grabber, e});
            continue;
        }
        d.ranking.append(score(rules, order, c));
        d.ranking.last().detail = e.detail;
        d.ranking.last().logDetail = e.logDetail;
        d.ranking.last().why = e.why;
    }
    // Scores are sums of products of small numbers: compare with a tolerance so that equal
    // candidates really tie and the tie-break decides.
    std::sort(d.ranking.begin(), d.ranking.end(), [](const RankedCandidate &a, const RankedCandidate &b) {
        if (std::abs(a.score - b.score) > 1e-9) {
            return a.score > b.score;
        }
        const qint64 la = a.lastAssignedAt.value_or(std::numeric_limits<qint64>::min());
        const qint64 lb = b.lastAssignedAt.value_or(std::numeric_limits<qint64>::min());
        if (la != lb) {
            return la < lb;
        }
        return a.grabberId < b.grabberId;
    });
    return d;
}

} // namespace grab
