#include "demoorders.h"

#include "demonames.h"

namespace grab::demo {

OrderService::NewOrder newOrder(const Customer &customer, QRandomGenerator &rng)
{
    const auto uniform = [&rng](double lo, double hi) { return lo + (hi - lo) * rng.generateDouble(); };
    const auto chance = [&rng](double p) { return rng.generateDouble() < p; };
    const double scale = customer.tier == Tier::Vip   ? uniform(10000, 150000)
                         : customer.tier == Tier::Key ? uniform(3000, 30000)
                                                      : uniform(300, 8000);
    OrderService::NewOrder n;
    n.customerId = customer.id;
    n.amountMinor = qint64(scale) * 100;
    if (chance(0.3)) {
        n.amountMinor += qint64(uniform(0, 99));
    }
    n.skill = skills()[rng.bounded(int(skills().size()))];
    if (chance(0.03)) {
        n.minLevel = Level::Senior;
    }
    return n;
}

double grabInterest(Level level, const QStringList &skills, const QStringList &regions, const Order &order)
{
    double w = 1.0 + (skills.contains(order.skill) ? 2.0 : 0.0) + (regions.contains(order.region) ? 1.5 : 0.0);
    if (order.priority == kHighestPriority && level == Level::Junior) {
        w *= 0.1;
    }
    return w;
}

} // namespace grab::demo
