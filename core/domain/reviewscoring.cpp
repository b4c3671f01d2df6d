#include "reviewscoring.h"

#include "money.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace grab::reviewscoring {
namespace {

QString label(ReviewKpi kpi)
{
    switch (kpi) {
    case ReviewKpi::SuccessRate: return QStringLiteral("success rate");
    case ReviewKpi::FailureRate: return QStringLiteral("failure rate");
    case ReviewKpi::Won: return QStringLiteral("won");
    case ReviewKpi::Revenue: return QStringLiteral("revenue");
    case ReviewKpi::Satisfaction: return QStringLiteral("satisfaction");
    case ReviewKpi::MedianResponse: return QStringLiteral("median response");
    case ReviewKpi::Violations: return QStringLiteral("violations");
    }
    return {};
}

QString undefinedBecause(ReviewKpi kpi)
{
    switch (kpi) {
    case ReviewKpi::SuccessRate:
    case ReviewKpi::FailureRate: return QStringLiteral("no order closed in the quarter");
    case ReviewKpi::Satisfaction: return QStringLiteral("no feedback in the quarter");
    case ReviewKpi::MedianResponse: return QStringLiteral("no order assigned in the quarter");
    default: return QStringLiteral("no data");
    }
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
    case ReviewKpi::Revenue: return QStringLiteral("¥") + formatMajorUnits(qint64(std::llround(*v)));
    case ReviewKpi::Satisfaction: return num(*v, 2);
    case ReviewKpi::MedianResponse: return num(*v, 0) + QStringLiteral(" s");
    case ReviewKpi::Won:
    case ReviewKpi::Violations: return num(*v, 0);
    }
    return {};
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
    QStringList terms;
    QStringList leftOut;
    double sum = 0;
    for (ReviewKpiPart &p : out.parts) {
        if (!p.achievement) {
            p.why = QStringLiteral("%1 undefined (%2): left out, its weight spread over the others").arg(label(p.kpi), undefinedBecause(p.kpi));
            leftOut << QStringLiteral("%1 (%2)").arg(label(p.kpi), undefinedBecause(p.kpi));
            continue;
        }
        p.share = p.weight / definedWeight;
        p.points = 100.0 * p.share * *p.achievement;
        sum += p.points;
        p.why = QStringLiteral("%1 %2 against %3%4: achievement %5 % x weight %6 % = %7 points")
                    .arg(label(p.kpi), shown(p.kpi, p.value), lowerIsBetter(p.kpi) ? QStringLiteral("at most ") : QString(),
                         shown(p.kpi, p.target), num(*p.achievement * 100.0, 0), num(p.share * 100.0, 1), num(p.points, 1));
        terms << QStringLiteral("%1 %2").arg(label(p.kpi), num(p.points, 1));
    }
    if (definedWeight <= 0) {
        out.why = QStringLiteral("No KPI score: none of the weighted KPIs is defined for this grabber (%1).").arg(leftOut.join(QStringLiteral(", ")));
        return out;
    }
    out.score = round1(sum);
    out.why = QStringLiteral("KPI score %1 = %2").arg(num(*out.score, 1), terms.join(QStringLiteral(" + ")));
    if (!leftOut.isEmpty()) {
        out.why += QStringLiteral("; left out as undefined: %1").arg(leftOut.join(QStringLiteral(", ")));
    }
    out.why += u'.';
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
        out.why = QStringLiteral("Not scored yet: the supervisor's score (1-5) is missing.");
        return out;
    }
    const double supervisor = 20.0 * *supervisorScore;
    if (!kpiScore) {
        out.score = round1(supervisor);
        out.why = QStringLiteral("Final %1 = 20 x supervisor score %2 alone (no KPI score: nothing defined to score)")
                      .arg(num(*out.score, 1))
                      .arg(*supervisorScore);
    } else {
        out.score = round1(s.kpiShare * *kpiScore + (1.0 - s.kpiShare) * supervisor);
        out.why = QStringLiteral("Final %1 = %2 x KPI score %3 + %4 x 20 x supervisor score %5")
                      .arg(num(*out.score, 1), num(s.kpiShare, 2), num(*kpiScore, 1), num(1.0 - s.kpiShare, 2))
                      .arg(*supervisorScore);
    }
    out.grade = grade(*out.score, s);
    const double threshold = out.grade == QLatin1String("A") ? s.gradeA : out.grade == QLatin1String("B") ? s.gradeB : s.gradeC;
    out.why += out.grade == QLatin1String("D") ? QStringLiteral("; grade D (below %1).").arg(num(s.gradeC, 1))
                                              : QStringLiteral("; grade %1 (at or above %2).").arg(out.grade, num(threshold, 1));
    return out;
}

QString formula(const ReviewSettings &s)
{
    QStringList weights;
    for (const ReviewKpi k : kReviewKpis) {
        if (s.weight(k) > 0) {
            weights << QStringLiteral("%1 %2 (target %3%4)")
                           .arg(label(k), num(s.weight(k), s.weight(k) == std::floor(s.weight(k)) ? 0 : 2),
                                lowerIsBetter(k) ? QStringLiteral("at most ") : QString(), shown(k, s.target(k)));
        }
    }
    return QStringLiteral("KPI score = 100 x sum(weight x achievement) / sum(weight) over the grabber's defined KPIs; "
                          "achievement = min(value / target, %1), or min(target / value, %1) where lower is better "
                          "(failure rate, median response, violations; 0 scores %1). Weights: %2. "
                          "Final = %3 x KPI score + %4 x 20 x supervisor score (1-5). Grades: A >= %5, B >= %6, C >= %7, D below.")
        .arg(num(s.achievementCap, 2), weights.join(QStringLiteral(", ")), num(s.kpiShare, 2), num(1.0 - s.kpiShare, 2),
             num(s.gradeA, 0), num(s.gradeB, 0), num(s.gradeC, 0));
}

} // namespace grab::reviewscoring
