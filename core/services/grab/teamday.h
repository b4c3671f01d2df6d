#pragma once

#include "base/error.h"

#include <QDate>
#include <QSqlDatabase>

namespace grab {

// The team's calendar for the people side (trainings, notes, action items): "today" is the
// calendar day in the team's time zone (the rule set's), as the caps and the KPIs count it.
Result<QDate> teamToday(const QSqlDatabase &db, qint64 nowMs);

// A date a person may enter: valid and within 2000-01-01 .. 2099-12-31 (a typo such as 0026 or
// 20266 is refused instead of stored).
bool isPlausibleDate(const QDate &date);

} // namespace grab
