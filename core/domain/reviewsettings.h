#pragma once

#include "base/error.h"

#include <QJsonObject>
#include <QString>

#include <array>

namespace grab {

// The KPIs a review scores, by their CSV / JSON / command-line key.
enum class ReviewKpi { SuccessRate, FailureRate, Won, Revenue, Satisfaction, MedianResponse, Violations };
inline constexpr int kReviewKpiCount = 7;
inline constexpr std::array<ReviewKpi, kReviewKpiCount> kReviewKpis{ReviewKpi::SuccessRate,  ReviewKpi::FailureRate,    ReviewKpi::Won,
                                                                     ReviewKpi::Revenue,      ReviewKpi::Satisfaction,
                                                                     ReviewKpi::MedianResponse, ReviewKpi::Violations};
QString reviewKpiKey(ReviewKpi kpi); // "success_rate", "failure_rate", "won", "revenue", ...
std::optional<ReviewKpi> reviewKpiFromKey(const QString &key);
// Failure rate, median response and violations: a smaller value is the better one.
bool lowerIsBetter(ReviewKpi kpi);

// How a cycle scores (PRODUCT.md "Review cycle"; the formula is in ReviewScoring and the README).
// A cycle copies these from the rule set when it is created (with the caller's changes) and
// keeps them: later rule changes do not re-score a quarter.
struct ReviewSettings
{
    // Relative weights (any non-negative numbers, at least one above 0): each KPI counts
    // weight / sum of the weights of the KPIs that are defined for the grabber.
    std::array<double, kReviewKpiCount> weights{};
    // The quarter's target per KPI: rates as fractions (0.6), satisfaction 1-5, won a count,
    // revenue in minor units (the JSON and the command line speak yuan), the median response
    // in seconds, violations a count (a maximum: at or under it is on target).
    std::array<double, kReviewKpiCount> targets{};
    double achievementCap = 1.2; // no KPI counts for more than 120 % of its target
    double kpiShare = 0.6;       // final = kpiShare x KPI score + (1 - kpiShare) x supervisor score x 20
    double gradeA = 90;          // final >= gradeA: A; >= gradeB: B; >= gradeC: C; below: D
    double gradeB = 75;
    double gradeC = 60;
    int ruleVersion = 0; // the rule set the cycle's defaults came from (0: not from a stored rule set)

    double weight(ReviewKpi kpi) const { return weights[size_t(kpi)]; }
    double target(ReviewKpi kpi) const { return targets[size_t(kpi)]; }

    static ReviewSettings defaults();

    QJsonObject toJson() const;
    // Missing keys keep their defaults; unknown keys, negative weights, a zero weight sum,
    // targets <= 0 (except violations, >= 0), a share outside [0, 1] or thresholds out of order
    // are InvalidInput with the reason.
    static Result<ReviewSettings> fromJson(const QJsonObject &json);
    // "success_rate=30,won=20" (weights) or "revenue=300000,satisfaction=4.6" (targets, revenue
    // in yuan): the named KPIs change, the others keep their value. InvalidInput on a bad pair.
    Status applyWeights(const QString &text);
    Status applyTargets(const QString &text);
    // The same checks as fromJson.
    Status validate() const;

    bool operator==(const ReviewSettings &o) const = default;
};

} // namespace grab
