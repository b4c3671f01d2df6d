#include "contest.h"

#include "base/clock.h"
#include "services/grab/orderservice.h"
#include "services/rules/ruleservice.h"
#include "services/team/teamservice.h"
#include "store/database.h"

#include <QDateTime>
#include <QTimeZone>

namespace grab::contest {

qint64 now()
{
    return QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();
}

bool makeDatabase(const QString &path, int grabbers, int orders, QString *why)
{
    Database::Options o;
    o.mode = Database::Mode::OpenOrCreate;
    o.synchronous = Database::Synchronous::Off; // setup only; the processes under test use FULL
    auto db = Database::open(path, o);
    if (!db) {
        *why = db.error().message;
        return false;
    }
    FixedClock clock(now() - 60000);
    Context ctx{**db, clock, QStringLiteral("test")};
    if (!RuleService(ctx).ensureDefaults(QStringLiteral("Asia/Shanghai"))) {
        *why = QStringLiteral("rules");
        return false;
    }
    RuleSet r = *RuleService(ctx).current();
    r.windows = {GrabWindow{{1, 2, 3, 4, 5, 6, 7}, 0, 1440, QStringLiteral("All day"), false}};
    r.dailyCap = {{Level::Junior, 10000}, {Level::Senior, 10000}, {Level::Lead, 10000}};
    r.maxOpenWorkload = 10000;
    r.violations.burstAttempts = 100000; // racing scripts are the point here, not a violation
    r.grabDeadlineMinutes = 60 * 24 * 30;
    if (!RuleService(ctx).replace(r)) {
        *why = QStringLiteral("rules replace");
        return false;
    }
    for (int i = 0; i < grabbers; ++i) {
        Grabber g;
        g.name = QStringLiteral("racer %1").arg(i + 1);
        g.level = Level::Lead;
        if (!TeamService(ctx).addGrabber(g)) {
            *why = QStringLiteral("grabber");
            return false;
        }
    }
    auto customer = TeamService(ctx).addCustomer(Customer{0, QStringLiteral("客户"), Tier::Regular, QStringLiteral("华东")});
    if (!customer) {
        *why = QStringLiteral("customer");
        return false;
    }
    OrderService publish(ctx);
    for (int i = 0; i < orders; ++i) {
        OrderService::NewOrder n;
        n.customerId = *customer;
        n.amountMinor = 100000;
        if (auto p = publish.publish(n); !p) {
            *why = p.error().message;
            return false;
        }
    }
    return true;
}

} // namespace grab::contest
