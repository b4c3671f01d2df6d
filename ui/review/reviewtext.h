#pragma once

#include "services/review/reviewdata.h"

#include <QCoreApplication>
#include <QString>

namespace grab::ui {

// How the review's values read on screen and on the appraisal sheet, in one place so the
// table, the sheet panel, the dialogs and the printed sheet say them the same way. The codes
// (states, kinds, KPI keys) stay in core; their words go through tr() here.
class ReviewText final
{
    Q_DECLARE_TR_FUNCTIONS(ReviewText)

public:
    static QString state(ReviewState state);
    static QString kind(DecisionKind kind);
    static QString kpi(ReviewKpi kpi);
    static QString category(const QString &code); // sales_skills -> "Sales skills"
    static QString level(const QString &code);    // junior -> "Junior"
    // "Bonus ¥2,000.00", "Training: 跟进技巧 (sales skills, due 2026-12-31)",
    // "Bonus deduction ¥500.00 — reason: 三次未跟进"
    static QString decision(const ReviewDecision &d);
    // The table's short summary: "Bonus ¥2,000.00 · Honour" ("—" without any).
    static QString decisions(const QList<ReviewDecision> &ds);
    // "87.5", "—" without a value.
    static QString score(const std::optional<double> &v);
    // "2026-11-25 09:00" in the local time of this desktop.
    static QString when(const std::optional<qint64> &ms);
    // Why a cycle cannot be changed, for the banner; empty while it can (open, scoring).
    static QString readOnlyReason(const ReviewCycle &cycle);
};

} // namespace grab::ui
