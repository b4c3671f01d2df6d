#pragma once

#include "reviewdata.h"
#include "base/error.h"

#include <QSqlDatabase>

namespace grab {

// The review tables read into ReviewService's structs, on the caller's connection and inside
// the caller's transaction or snapshot, if any. Scores are re-explained from the frozen
// snapshot and the cycle's settings (the stored figures are those same numbers).
class ReviewReader final
{
public:
    // Usage for a malformed quarter, NotFound ("no_such_cycle") for a missing cycle.
    static Result<ReviewCycle> cycleIn(const QSqlDatabase &db, const QString &quarter);
    static Result<QList<ReviewCycle>> cyclesIn(const QSqlDatabase &db);
    // The entries of a cycle, or a grabber's in every cycle (newest quarter first), or both.
    static Result<QList<ReviewEntry>> entriesIn(const QSqlDatabase &db, std::optional<qint64> cycleId, std::optional<qint64> grabberId);
    static ReviewProgress progressOf(const QList<ReviewEntry> &entries);
    // A quarter's period, or Usage with the spelling.
    static Result<Period> quarterPeriod(const QString &quarter);
};

} // namespace grab
