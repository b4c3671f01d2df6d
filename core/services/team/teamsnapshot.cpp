#include "teamsnapshot.h"

#include "services/rules/ruleservice.h"
#include "store/sql.h"

namespace grab {

Result<TeamSnapshot> readSnapshot(Database &db, qint64 nowMs)
{
    const QSqlDatabase c = db.connection();
    auto rules = RuleService::currentIn(c);
    if (!rules) {
        return rules.error();
    }
    TeamSnapshot s;
    s.timeZone = rules->timeZone;
    s.ruleVersion = rules->version;
    if (const GrabWindow *w = rules->windowAt(nowMs)) {
        s.windowNow = w->label;
    }
    auto q = runSql(c, QStringLiteral("SELECT (SELECT COUNT(*) FROM orders WHERE state = 'open'), "
                                      "(SELECT COUNT(*) FROM orders WHERE state = 'assigned'), "
                                      "(SELECT COUNT(*) FROM grabbers WHERE status = 'active'), (SELECT COUNT(*) FROM grabbers)"));
    if (!q) {
        return q.error();
    }
    if (q->next()) {
        s.openOrders = q->value(0).toInt();
        s.assignedOrders = q->value(1).toInt();
        s.activeGrabbers = q->value(2).toInt();
        s.grabbers = q->value(3).toInt();
    } else if (auto end = rowsEnded(*q, QStringLiteral("counting orders and grabbers")); !end) {
        return end.error();
    }
    auto recent = runSql(c, QStringLiteral("SELECT e.at, e.type, COALESCE(g.name, ''), COALESCE(e.order_id, 0), COALESCE(e.reason, '') "
                                           "FROM events e LEFT JOIN grabbers g ON g.id = e.grabber_id "
                                           "WHERE e.type IN ('grab_won', 'grab_rejected', 'dispatched', 'closed', 'reclaimed') "
                                           "ORDER BY e.id DESC LIMIT 10"));
    if (!recent) {
        return recent.error();
    }
    while (recent->next()) {
        s.recent.append(TeamSnapshot::Activity{recent->value(0).toLongLong(), recent->value(1).toString(), recent->value(2).toString(),
                                               recent->value(3).toLongLong(), recent->value(4).toString()});
    }
    if (auto end = rowsEnded(*recent, QStringLiteral("reading the recent activity")); !end) {
        return end.error();
    }
    return s;
}

} // namespace grab
