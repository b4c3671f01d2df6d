#pragma once

#include "base/phrase.h"

#include "grabber.h"
#include "order.h"
#include "ruleset.h"

#include <QString>

namespace grab {

// Stable reason codes of a refusal: stored in events, printed by grabctl, exported in CSV.
namespace reason {
inline constexpr const char *GrabberOnLeave = "grabber_on_leave";
inline constexpr const char *GrabberSuspended = "grabber_suspended";
inline constexpr const char *Restricted = "restricted_order";
inline constexpr const char *LevelRestricted = "level_restricted";
inline constexpr const char *LevelReserved = "level_reserved";
inline constexpr const char *DeadlinePassed = "deadline_passed";
inline constexpr const char *OutsideWindow = "outside_window";
inline constexpr const char *DailyCap = "daily_cap_reached";
inline constexpr const char *WorkloadCap = "workload_cap_reached";
inline constexpr const char *Cooldown = "cooldown";
inline constexpr const char *DispatchOnly = "dispatch_only";
} // namespace reason

// How an order would reach the grabber. Grab windows, grab deadlines and the dispatch-only
// mode govern grabbing; every other rule holds on every path.
enum class AssignPath { Grab, Dispatch, Manager };

// Everything the decision needs, read inside the assigning transaction.
struct GrabContext
{
    const RuleSet &rules;
    const Grabber &grabber;
    const Order &order; // must be open; the caller checks the state first
    int takenToday = 0;   // orders this grabber took in today's team-time-zone day, any path
    int openWorkload = 0; // orders assigned to this grabber and not yet closed
    qint64 nowMs = 0;
    AssignPath path = AssignPath::Grab;
    bool widened = false;                // escalation lifted the level reservation
    std::optional<qint64> cooldownUntil; // reclaimed from this grabber: not before then
};

// Whether the order has waited long enough for escalation (dispatch fallback): widening lifts
// the level reservation, dispatching hands it to the best eligible grabber.
bool isWidened(const RuleSet &rules, const Order &order, qint64 nowMs);
bool isDueForDispatch(const RuleSet &rules, const Order &order, qint64 nowMs);

struct Eligibility
{
    bool allowed = false;
    QString reason; // a reason:: code when refused, empty when allowed
    // One sentence that names the rule and the figures behind it: `detail` in the user's language
    // for screens and error messages, `logDetail` in English for event payloads and files.
    QString detail;
    QString logDetail;
    QString window; // label of the grab window in force, if any
    // The level the refusing rule asks for (level_restricted, level_reserved), so that a screen
    // can say "reserved for senior and above" without reading the rules again.
    std::optional<Level> neededLevel;
    // The sentence itself, for an event's payload (Phrase::toJson): a window in another
    // language shows the stored reason in its own.
    Phrase why;
};

// The one rule engine: every path that gives an order to a grabber (grab, dispatch,
// manager assign, import) asks this function. Pure: no I/O, no clock of its own.
// Checks run in a fixed order so that a refusal always names the most basic cause.
Eligibility checkEligibility(const GrabContext &ctx);

} // namespace grab
