#pragma once

#include <QCoreApplication>
#include <QString>

namespace grab {
struct RuleSet;
}

namespace grab::ui {

// The rules at a glance, in one plain paragraph for the top of the Rules page: when grabbing is
// open (windows of the same days merged, peaks named), the caps, who may take the top
// priorities, the deadline, dispatch and reclaim. Shown only, so translated.
class RuleSummary final
{
    Q_DECLARE_TR_FUNCTIONS(RuleSummary)

public:
    static QString explain(const RuleSet &rules);
    // "Mon–Sat 08:00–20:00 (peak 08:00–10:00); Sun 10:00–16:00", or "never" without a window.
    static QString openHours(const RuleSet &rules);
};

} // namespace grab::ui
