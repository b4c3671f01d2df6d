#pragma once

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
} // namespace reason

// Everything the decision needs, read inside the grab transaction.
struct GrabContext
{
    const RuleSet &rules;
    const Grabber &grabber;
    const Order &order; // must be open; the caller checks the state first
    int grabsToday = 0;   // successful grabs by this grabber in today's team-time-zone day
    int openWorkload = 0; // orders assigned to this grabber and not yet closed
    qint64 nowMs = 0;
};

struct Eligibility
{
    bool allowed = false;
    QString reason; // a reason:: code when refused, empty when allowed
    QString detail; // one sentence that names the rule and the figures behind it
    QString window; // label of the grab window in force, if any
};

// The one rule engine: every path that gives an order to a grabber (grab, dispatch,
// manager assign, import) asks this function. Pure: no I/O, no clock of its own.
// Checks run in a fixed order so that a refusal always names the most basic cause.
Eligibility checkEligibility(const GrabContext &ctx);

} // namespace grab
