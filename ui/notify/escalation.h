#pragma once

#include <QString>

namespace grab::ui {

// One thing on the live board the manager should know about even when GrabDesk is behind other
// windows (PRODUCT.md "Starvation alarms"; an overloaded grabber). `cause` names it for good:
// the same cause is raised once, and again only after it has cleared.
struct Escalation
{
    enum class Kind {
        StarvingVip,  // an open VIP order the ageing rules call Starving
        WorkloadCap,  // an active grabber holds the rule set's maximum of open orders
        DailyCap,     // an active grabber has taken the daily cap today
    };
    Kind kind = Kind::StarvingVip;
    QString cause;        // "vip:<order id>", "workload:<grabber id>", "daily:<grabber id>"
    qint64 orderId = 0;   // StarvingVip
    qint64 grabberId = 0; // WorkloadCap, DailyCap
    QString title;        // one short line, translated
    QString message;      // one or two sentences with the figures, translated
};

} // namespace grab::ui
