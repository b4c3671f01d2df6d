#pragma once

#include "order.h"
#include "ruleset.h"

namespace grab {

// How urgently an open order needs attention, for the board's ageing colours and the
// starvation alarm (PRODUCT.md "Starvation alarms"). Judged against the rules in force:
// the escalation thresholds of the dispatch policy and the order's own grab deadline.
enum class Ageing {
    Fresh,    // nothing to do
    Waiting,  // escalation widened it, or half of its time to the deadline has gone
    Starving, // due for dispatch, past 80 % of its time to the deadline, or past the deadline
};

struct AgeingAssessment
{
    Ageing level = Ageing::Fresh;
    // Which threshold decided it, for the tooltip: widened, due_for_dispatch, deadline_half,
    // deadline_near, deadline_passed; empty when fresh.
    QString why;
};

AgeingAssessment assessAgeing(const RuleSet &rules, const Order &order, qint64 nowMs);

} // namespace grab
