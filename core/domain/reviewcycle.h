#pragma once

#include "kpis.h"

#include <QDate>
#include <QString>

#include <optional>

namespace grab {

// The quarterly appraisal's vocabulary (PRODUCT.md "Review cycle"). Stable strings: they are
// the schema's CHECK values, the events' payloads and the CSV's cells.

// draft -> open (KPI snapshots frozen) -> scoring -> approved -> locked; approved -> scoring
// when an approval is withdrawn. Scores and decisions are taken in open and scoring (the first
// one moves an open cycle to scoring).
enum class ReviewState { Draft, Open, Scoring, Approved, Locked };
QString toString(ReviewState state);
std::optional<ReviewState> reviewStateFromString(const QString &text);

// Rewards (bonus, honour, promotion recommendation), improvement (training) and penalties
// (bonus deduction, reassignment: a reason is required).
enum class DecisionKind { Bonus, Honour, Promotion, Training, BonusDeduction, Reassignment };
QString toString(DecisionKind kind);
std::optional<DecisionKind> decisionKindFromString(const QString &text);
bool isPenalty(DecisionKind kind);

namespace quarters {
// "2026-Q3" -> [2026-07-01, 2026-10-01); nullopt for anything else.
std::optional<Period> period(const QString &quarter);
// The quarter holding a day, spelled "2026-Q3".
QString of(const QDate &day);
// "2026-Q1" -> "2025-Q4"; empty for an invalid quarter.
QString previous(const QString &quarter);
} // namespace quarters

} // namespace grab
