#pragma once

#include "base/phrase.h"
#include "ruleset.h"

#include <QList>

namespace grab {

// What changed between two rule sets, one short line a change ("Daily cap (senior): 30 → 25"),
// as phrases: English where kept, the window's language where shown (the Rules page's history).
// Lines follow the order of the Rules page; equal rule sets give no line.
QList<Phrase> ruleChanges(const RuleSet &before, const RuleSet &after);

// A grab window in a line: "Mon–Sat 08:00–10:00 Morning peak (peak)". Weekday names in the
// window's language where shown; a window past midnight ends with "(next day)".
Phrase describeWindow(const GrabWindow &window);
// "Mon–Sat", "Mon, Wed, Fri", "every day" (1 = Monday … 7 = Sunday).
Phrase describeWeekdays(const QList<int> &weekdays);

} // namespace grab
