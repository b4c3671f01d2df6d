#pragma once

#include "kpis.h"
#include "base/phrase.h"
#include "reviewsettings.h"

#include <QList>
#include <QString>

#include <optional>

namespace grab {

// A review's scores, as pure functions of the frozen KPIs, the cycle's settings and the
// supervisor's score. Every score carries its reason (`why`): the figures and the formula.
//
//   achievement(KPI) = min(value / target, cap)            higher is better
//                    = min(target / value, cap); cap at 0  lower is better (failure rate,
//                                                          median response, violations)
//   KPI score        = 100 x sum(weight x achievement) / sum(weight), over the weighted KPIs
//                      the grabber has; an undefined KPI (a rate with nothing closed,
//                      satisfaction without feedback) is left out and says so. None defined:
//                      no KPI score.
//   final score      = kpiShare x KPI score + (1 - kpiShare) x 20 x supervisor score (1-5);
//                      without a KPI score, 20 x supervisor score alone; unscored: none.
//   grade            = A at or above gradeA, B at or above gradeB, C at or above gradeC, else D.
// Scores are rounded to one decimal before the next step, so a shown score and its grade agree.
struct ReviewKpiPart
{
    ReviewKpi kpi = ReviewKpi::SuccessRate;
    std::optional<double> value; // undefined: left out
    double target = 0;
    double weight = 0;
    double share = 0; // weight / sum of the weights of the defined KPIs (0 when left out)
    std::optional<double> achievement;
    double points = 0; // 100 x share x achievement
    QString why;    // in the user's language, for screens
    QString logWhy; // in English, for events and files
};

struct ReviewKpiScore
{
    std::optional<double> score;
    QList<ReviewKpiPart> parts; // the weighted KPIs, in kReviewKpis order
    QString why;    // in the user's language, for screens
    QString logWhy; // in English: the review export and grabctl
};

struct ReviewFinalScore
{
    std::optional<double> score;
    QString grade; // "A".."D", empty while unscored
    QString why;    // in the user's language, for screens
    QString logWhy; // in English: the review_changed event and the review export
};

namespace reviewscoring {

// The value a review scores for a KPI (revenue in minor units), or nullopt when undefined.
std::optional<double> value(const GrabberKpis &kpis, ReviewKpi kpi);
// A KPI value as a person reads it: "62.5 %", "¥12,300.00", "4.52", "95 s", "3" (English:
// grabctl and the files).
QString shown(ReviewKpi kpi, const std::optional<double> &value);
// The same as a phrase, for screens and the reasons they show: a rate reads "62.5%" in Chinese.
Phrase shownPhrase(ReviewKpi kpi, const std::optional<double> &value);
ReviewKpiScore kpiScore(const GrabberKpis &kpis, const ReviewSettings &settings);
ReviewFinalScore finalScore(const std::optional<double> &kpiScore, const std::optional<int> &supervisorScore,
                            const ReviewSettings &settings);
QString grade(double finalScore, const ReviewSettings &settings);
// The formula with the settings' numbers, one paragraph.
QString formula(const ReviewSettings &settings);      // in English: files and grabctl
QString shownFormula(const ReviewSettings &settings); // in the user's language: screens
double round1(double v);

} // namespace reviewscoring
} // namespace grab
