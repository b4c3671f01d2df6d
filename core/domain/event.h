#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace grab {

// Event types of the append-only log (PRODUCT.md "Event"). Stable strings.
namespace event {
inline constexpr const char *Published = "published";
inline constexpr const char *GrabWon = "grab_won";
inline constexpr const char *GrabLostRace = "grab_lost_race";
inline constexpr const char *GrabRejected = "grab_rejected";
inline constexpr const char *Released = "released";
inline constexpr const char *Dispatched = "dispatched";
inline constexpr const char *DispatchFailed = "dispatch_failed";
// A manager's assignment the rules refused: nothing changed but the log (reason = the rule's code).
inline constexpr const char *AssignRefused = "assign_refused";
inline constexpr const char *Reclaimed = "reclaimed";
inline constexpr const char *ReclaimWarning = "reclaim_warning";
inline constexpr const char *Escalated = "escalated";
inline constexpr const char *FollowedUp = "followed_up";
inline constexpr const char *Closed = "closed";
inline constexpr const char *Cancelled = "cancelled";
// A manager replaced an order's restriction (only these grabbers / only level >= X).
inline constexpr const char *Restricted = "restricted";
inline constexpr const char *Expired = "expired";
inline constexpr const char *Feedback = "feedback";
inline constexpr const char *Violation = "violation";
inline constexpr const char *RuleChanged = "rule_changed";
inline constexpr const char *GrabberAdded = "grabber_added";
inline constexpr const char *GrabberChanged = "grabber_changed";
inline constexpr const char *CustomerAdded = "customer_added";
// A customer's personal text erased on request (ErasureService): payload {customer, events,
// followUps, feedback} (how many of each were erased), reason = why (e.g. pipl_request).
inline constexpr const char *CustomerErased = "customer_erased";
// Any change to a review cycle: payload {quarter, change, old, new}; reason = the change
// (created, settings, opened, scoring, scored, decided, decision_removed, approved, locked).
inline constexpr const char *ReviewChanged = "review_changed";
// Trainings (TrainingService): one added (by hand or from a review decision), one changed
// (taken, passed, hours, due date; the payload holds old and new).
inline constexpr const char *TrainingAdded = "training_added";
inline constexpr const char *TrainingChanged = "training_changed";
// Notes of weekly meetings and one-to-ones (NoteService): a note with its action items; an
// action item added later, ticked done, or reopened. grabber_id is the note's grabber or the
// action's owner.
inline constexpr const char *NoteAdded = "note_added";
inline constexpr const char *ActionAdded = "action_added";
inline constexpr const char *ActionDone = "action_done";
inline constexpr const char *ActionReopened = "action_reopened";
} // namespace event

struct Event
{
    qint64 id = 0;
    qint64 at = 0; // epoch ms, UTC
    QString type;
    QString actor; // "manager", "grabber:12", "grabctl", "demo", ...
    std::optional<qint64> orderId;
    std::optional<qint64> grabberId;
    std::optional<int> ruleVersion;
    QString reason; // a reason code where the event is a decision
    QJsonObject payload;

    QJsonObject toJson() const;
};

} // namespace grab
