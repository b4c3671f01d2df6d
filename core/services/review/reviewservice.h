#pragma once

#include "services/context.h"
#include "reviewdata.h"
#include "base/error.h"

#include <QList>

#include <functional>

namespace grab {

// The quarterly appraisal (PRODUCT.md "Review cycle"): draft -> open -> scoring -> approved ->
// locked. Every change is one BEGIN IMMEDIATE transaction and one review_changed event with the
// actor, the time and old -> new. A locked cycle is refused here (reason "cycle_locked") and, for
// any other writer, by the schema's triggers.
//
// Refusals (ErrorCode::Refused, exit 4) carry a reason code: illegal_transition, cycle_locked,
// cycle_approved, cycle_not_open, grabbers_unscored, reason_required, cancelled, cycle_exists.
// NotFound (exit 5): no_such_cycle, no_such_grabber, not_in_cycle, no_such_decision.
// Usage (exit 2): a malformed quarter. InvalidInput (exit 7): a score outside 1-5, bad settings,
// a decision without what its kind needs.
class ReviewService final
{
public:
    explicit ReviewService(Context ctx) : m_ctx(std::move(ctx)) {}

    // ---- reading (no transaction held longer than the read) ----
    // Every cycle, newest quarter first, with its progress counts (no names of the missing).
    Result<QList<ReviewCycle>> cycles();
    // A cycle with every entry (frozen KPIs, scores with their reasons, decisions) and its
    // progress, the unscored grabbers named.
    Result<ReviewCycleView> cycle(const QString &quarter);
    // One grabber's entry in a cycle (NotFound when the grabber is not part of it).
    Result<ReviewEntry> entry(const QString &quarter, qint64 grabberId);
    // A grabber's entries in every cycle, newest quarter first: the quarters side by side.
    Result<QList<ReviewEntry>> history(qint64 grabberId);
    // What a new cycle starts from: the rule set's review settings (ruleVersion set).
    Result<ReviewSettings> defaultSettings();

    // ---- the cycle's life ----
    // A draft cycle for a quarter ("2026-Q3") with the given settings, or the rule set's.
    Result<ReviewCycle> create(const QString &quarter, const std::optional<ReviewSettings> &settings = std::nullopt);
    // Draft only: replaces the weights, targets, share and thresholds.
    Status updateSettings(const QString &quarter, const ReviewSettings &settings);

    // Called with (0, total) before the first grabber and (i, total) after each; returning false
    // cancels: everything rolls back and open() returns Refused "cancelled".
    using Progress = std::function<bool(int done, int total)>;
    struct Opened
    {
        int entries = 0;
        qint64 openedAt = 0;
    };
    // draft -> open: freezes the quarter's KPIs of every active grabber (MetricsService::kpis
    // under the write lock) with their KPI score, in one transaction.
    Result<Opened> open(const QString &quarter, const Progress &progress = {});
    // open -> scoring (the first score or decision does it too).
    Status startScoring(const QString &quarter);
    // The supervisor's score (1-5) and, unless nullopt, comment; the final score and grade follow.
    Result<ReviewEntry> score(const QString &quarter, qint64 grabberId, int supervisorScore,
                              const std::optional<QString> &comment = std::nullopt);
    // A reward, training or penalty for a grabber. A training also assigns the trainings row.
    Result<ReviewDecision> decide(const QString &quarter, qint64 grabberId, const NewReviewDecision &decision);
    // Takes back a decision (and its training, unless started) while the cycle is open or scoring.
    Status removeDecision(const QString &quarter, qint64 decisionId);
    // scoring -> approved by a named approver; refused while any grabber is unscored (named).
    Status approve(const QString &quarter, const QString &approver);
    // approved -> scoring, to change a score or decision before locking.
    Status withdrawApproval(const QString &quarter);
    // approved -> locked: for good.
    Status lock(const QString &quarter);

private:
    Context m_ctx;
};

} // namespace grab
