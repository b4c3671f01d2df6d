#include "reviewscoring.h"

#include "base/money.h"
#include "base/phrase.h"

#include <QCoreApplication>

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace grab::reviewscoring {
namespace {

// Every reason is composed once as a Phrase: English for the review_changed event, the review
// export and grabctl, translated for the screens.
Phrase say(const char *source)
{
    return Phrase("grab::ReviewScoring", source);
}

Phrase label(ReviewKpi kpi)
{
    switch (kpi) {
    case ReviewKpi::SuccessRate: return say(QT_TRANSLATE_NOOP("grab::ReviewScoring", "success rate"));
    case ReviewKpi::FailureRate: return say(QT_TRANSLATE_NOOP("grab::ReviewScoring", "failure rate"));
    case ReviewKpi::Won: return say(QT_TRANSLATE_NOOP("grab::ReviewScoring", "won"));
    case ReviewKpi::Revenue: return say(QT_TRANSLATE_NOOP("grab::ReviewScoring", "revenue"));
    case ReviewKpi::Satisfaction: return say(QT_TRANSLATE_NOOP("grab::ReviewScoring", "satisfaction"));
    case ReviewKpi::MedianResponse: return say(QT_TRANSLATE_NOOP("grab::ReviewScoring", "median response"));
    case ReviewKpi::Violations: return say(QT_TRANSLATE_NOOP("grab::ReviewScoring", "violations"));
    }
    return {};
}

Phrase undefinedBecause(ReviewKpi kpi)
{
    switch (kpi) {
    case ReviewKpi::SuccessRate:
    case ReviewKpi::FailureRate: return say(QT_TRANSLATE_NOOP("grab::ReviewScoring", "no order closed in the quarter"));
    case ReviewKpi::Satisfaction: return say(QT_TRANSLATE_NOOP("grab::ReviewScoring", "no feedback in the quarter"));
    case ReviewKpi::MedianResponse: return say(QT_TRANSLATE_NOOP("grab::ReviewScoring", "no order assigned in the quarter"));
    default: return say(QT_TRANSLATE_NOOP("grab::ReviewScoring", "no data"));
    }
}

// A target as the sentence names it: "at most 120 s" where lower is better.
Phrase targetOf(ReviewKpi kpi, double target)
{
    return lowerIsBetter(kpi) ? say(QT_TRANSLATE_NOOP("grab::ReviewScoring", "at most %1")).arg(shownPhrase(kpi, target))
                              : shownPhrase(kpi, target);
}

Phrase joined(const QList<Phrase> &parts, const QString &separator)
{
    QStringList english;
    QStringList translated;
    for (const Phrase &p : parts) {
        english << p.english();
        translated << p.shown();
    }
    return Phrase::both(english.join(separator), translated.join(separator));
}

QString num(double v, int places)
{
    return QString::number(v, 'f', places);
}

} // namespace

double round1(double v)
{
    return std::round(v * 10.0) / 10.0;
}

std::optional<double> value(const GrabberKpis &k, ReviewKpi kpi)
{
    switch (kpi) {
    case ReviewKpi::SuccessRate: return k.successRate;
    case ReviewKpi::FailureRate: return k.failureRate;
    case ReviewKpi::Won: return double(k.won);
    case ReviewKpi::Revenue: return double(k.revenueMinor);
    case ReviewKpi::Satisfaction: return k.satisfaction;
    case ReviewKpi::MedianResponse: return k.medianResponseS;
    case ReviewKpi::Violations: return double(k.violations);
    }
    return std::nullopt;
}

QString shown(ReviewKpi kpi, const std::optional<double> &v)
{
    if (!v || !std::isfinite(*v)) {
        return QStringLiteral("—");
    }
    switch (kpi) {
    case ReviewKpi::SuccessRate:
    case ReviewKpi::FailureRate: return num(*v * 100.0, 1) + QStringLiteral(" %");
    case ReviewKpi::Revenue: return QStringLiteral("¥") + formatMajorUnitsGrouped(qint64(std::llround(*v)));
    case ReviewKpi::Satisfaction: return num(*v, 2);
    case ReviewKpi::MedianResponse: return num(*v, 0) + QStringLiteral(" s");
    case ReviewKpi::Won:
    case ReviewKpi::Violations: return num(*v, 0);
    }
    return {};
}

Phrase shownPhrase(ReviewKpi kpi, const std::optional<double> &v)
{
    // A rate's percent sign follows the reader's language ("64.7 %" in English, "64.7%" in
    // Chinese); everything else reads the same in both.
    if ((kpi == ReviewKpi::SuccessRate || kpi == ReviewKpi::FailureRate) && v && std::isfinite(*v)) {
        return say(QT_TRANSLATE_NOOP("grab::ReviewScoring", "%1 %")).arg(num(*v * 100.0, 1));
    }
    return Phrase::plain(shown(kpi, v));
}

ReviewKpiScore kpiScore(const GrabberKpis &kpis, const ReviewSettings &s)
{
    ReviewKpiScore out;
    double definedWeight = 0;
    for (const ReviewKpi k : kReviewKpis) {
        if (s.weight(k) <= 0) {
            continue;
        }
        ReviewKpiPart p;
        p.kpi = k;
        p.value = value(kpis, k);
        if (p.value && !std::isfinite(*p.value)) {
            p.value.reset();
        }
        p.target = s.target(k);
        p.weight = s.weight(k);
        if (p.value) {
            const double v = *p.value;
            double a = 0;
            if (lowerIsBetter(k)) {
                a = v <= 0 ? s.achievementCap : std::min(p.target / v, s.achievementCap);
            } else {
                a = std::min(v / p.target, s.achievementCap);
            }
            p.achievement = std::max(a, 0.0);
            definedWeight += p.weight;
        }
        out.parts.append(p);
    }
    QList<Phrase> terms;
    QList<Phrase> leftOut;
    double sum = 0;
    const auto set = [](auto &score, const Phrase &why) {
        score.why = why.shown();
        score.logWhy = why.english();
    };
    for (ReviewKpiPart &p : out.parts) {
        if (!p.achievement) {
            set(p, say(QT_TRANSLATE_NOOP("grab::ReviewScoring", "%1 undefined (%2): left out, its weight spread over the others"))
                       .arg(label(p.kpi))
                       .arg(undefinedBecause(p.kpi)));
            leftOut << say(QT_TRANSLATE_NOOP("grab::ReviewScoring", "%1 (%2)")).arg(label(p.kpi)).arg(undefinedBecause(p.kpi));
            continue;
        }
        p.share = p.weight / definedWeight;
        p.points = 100.0 * p.share * *p.achievement;
        sum += p.points;
        set(p, say(QT_TRANSLATE_NOOP("grab::ReviewScoring", "%1 %2 against %3: achievement %4 % x weight %5 % = %6 points"))
                   .arg(label(p.kpi))
                   .arg(shownPhrase(p.kpi, p.value))
                   .arg(targetOf(p.kpi, p.target))
                   .arg(num(*p.achievement * 100.0, 0))
                   .arg(num(p.share * 100.0, 1))
                   .arg(num(p.points, 1)));
        terms << say(QT_TRANSLATE_NOOP("grab::ReviewScoring", "%1 %2")).arg(label(p.kpi)).arg(num(p.points, 1));
    }
    const QString comma = QStringLiteral(", ");
    if (definedWeight <= 0) {
        set(out, say(QT_TRANSLATE_NOOP("grab::ReviewScoring", "No KPI score: none of the weighted KPIs is defined for this grabber (%1)."))
                     .arg(joined(leftOut, comma)));
        return out;
    }
    out.score = round1(sum);
    if (leftOut.isEmpty()) {
        set(out, say(QT_TRANSLATE_NOOP("grab::ReviewScoring", "KPI score %1 = %2.")).arg(num(*out.score, 1)).arg(joined(terms, QStringLiteral(" + "))));
    } else {
        set(out, say(QT_TRANSLATE_NOOP("grab::ReviewScoring", "KPI score %1 = %2; left out as undefined: %3."))
                     .arg(num(*out.score, 1))
                     .arg(joined(terms, QStringLiteral(" + ")))
                     .arg(joined(leftOut, comma)));
    }
    return out;
}

QString grade(double finalScore, const ReviewSettings &s)
{
    return finalScore >= s.gradeA ? QStringLiteral("A") : finalScore >= s.gradeB ? QStringLiteral("B") : finalScore >= s.gradeC ? QStringLiteral("C") : QStringLiteral("D");
}

ReviewFinalScore finalScore(const std::optional<double> &kpiScore, const std::optional<int> &supervisorScore, const ReviewSettings &s)
{
    ReviewFinalScore out;
    if (!supervisorScore) {
        const Phrase why = say(QT_TRANSLATE_NOOP("grab::ReviewScoring", "Not scored yet: the supervisor's score (1-5) is missing."));
        out.why = why.shown();
        out.logWhy = why.english();
        return out;
    }
    const double supervisor = 20.0 * *supervisorScore;
    Phrase sum;
    if (!kpiScore) {
        out.score = round1(supervisor);
        sum = say(QT_TRANSLATE_NOOP("grab::ReviewScoring", "Final %1 = 20 x supervisor score %2 alone (no KPI score: nothing defined to score)"))
                  .arg(num(*out.score, 1))
                  .arg(*supervisorScore);
    } else {
        out.score = round1(s.kpiShare * *kpiScore + (1.0 - s.kpiShare) * supervisor);
        sum = say(QT_TRANSLATE_NOOP("grab::ReviewScoring", "Final %1 = %2 x KPI score %3 + %4 x 20 x supervisor score %5"))
                  .arg(num(*out.score, 1))
                  .arg(num(s.kpiShare, 2))
                  .arg(num(*kpiScore, 1))
                  .arg(num(1.0 - s.kpiShare, 2))
                  .arg(*supervisorScore);
    }
    out.grade = grade(*out.score, s);
    const double threshold = out.grade == QLatin1String("A") ? s.gradeA : out.grade == QLatin1String("B") ? s.gradeB : s.gradeC;
    const Phrase why = out.grade == QLatin1String("D")
                           ? say(QT_TRANSLATE_NOOP("grab::ReviewScoring", "%1; grade D (below %2).")).arg(sum).arg(num(s.gradeC, 1))
                           : say(QT_TRANSLATE_NOOP("grab::ReviewScoring", "%1; grade %2 (at or above %3).")).arg(sum).arg(out.grade).arg(num(threshold, 1));
    out.why = why.shown();
    out.logWhy = why.english();
    return out;
}

namespace {

Phrase formulaPhrase(const ReviewSettings &s)
{
    QList<Phrase> weights;
    for (const ReviewKpi k : kReviewKpis) {
        if (s.weight(k) > 0) {
            weights << say(QT_TRANSLATE_NOOP("grab::ReviewScoring", "%1 %2 (target %3)"))
                           .arg(label(k))
                           .arg(num(s.weight(k), s.weight(k) == std::floor(s.weight(k)) ? 0 : 2))
                           .arg(targetOf(k, s.target(k)));
        }
    }
    return say(QT_TRANSLATE_NOOP("grab::ReviewScoring",
                                 "KPI score = 100 x sum(weight x achievement) / sum(weight) over the grabber's defined KPIs; "
                                 "achievement = min(value / target, %1), or min(target / value, %1) where lower is better "
                                 "(failure rate, median response, violations; 0 scores %1). Weights: %2. "
                                 "Final = %3 x KPI score + %4 x 20 x supervisor score (1-5). Grades: A >= %5, B >= %6, C >= %7, D below."))
        .arg(num(s.achievementCap, 2))
        .arg(joined(weights, QStringLiteral(", ")))
        .arg(num(s.kpiShare, 2))
        .arg(num(1.0 - s.kpiShare, 2))
        .arg(num(s.gradeA, 0))
        .arg(num(s.gradeB, 0))
        .arg(num(s.gradeC, 0));
}

} // namespace

QString formula(const ReviewSettings &s)
{
    return formulaPhrase(s).english();
}

QString shownFormula(const ReviewSettings &s)
{
    return formulaPhrase(s).shown();
}

} // namespace grab::reviewscoring
