#pragma once

#include "base/error.h"
#include "domain/ruleset.h"

#include <QSqlDatabase>

#include <initializer_list>
#include <utility>

namespace grab {

// The grabber_days table: per grabber and team-local day, the counts every KPI of whole days
// is summed from. Written in the same transaction as each fact (assignment, close, attempt,
// feedback, violation); rebuilt from the facts when the team time zone changes.
class DayRollup final
{
public:
    // The team-local date of an instant, as the table's key (YYYY-MM-DD).
    static QString dayKey(const RuleSet &rules, qint64 epochMs);

    // Adds to the named columns (volume, won, lost, reclaimed, revenue, attempts, attempts_won,
    // feedback_sum, feedback_count, violations) of the grabber's row for that day.
    static Status add(const QSqlDatabase &db, const RuleSet &rules, qint64 grabberId, qint64 atMs,
                      std::initializer_list<std::pair<const char *, qint64>> deltas);

    // Recomputes the whole table from the facts under the given rules' time zone.
    static Status rebuild(const QSqlDatabase &db, const RuleSet &rules);
};

} // namespace grab
