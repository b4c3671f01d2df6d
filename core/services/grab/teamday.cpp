#include "teamday.h"

#include "services/rules/ruleservice.h"
#include "domain/periodpreset.h"

namespace grab {

Result<QDate> teamToday(const QSqlDatabase &db, qint64 nowMs)
{
    auto rules = RuleService::currentIn(db);
    if (!rules) {
        return rules.error();
    }
    return periods::dayOf(rules->zone(), nowMs);
}

bool isPlausibleDate(const QDate &date)
{
    return date.isValid() && date.year() >= 2000 && date.year() <= 2099;
}

} // namespace grab
