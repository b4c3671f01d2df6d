#pragma once

#include "domain/customer.h"
#include "domain/order.h"
#include "services/grab/orderservice.h"

#include <QRandomGenerator>
#include <QStringList>

namespace grab::demo {

// What demo orders look like and who goes for them: shared by the demo generator (history) and
// the live simulator, so both make the same kind of traffic.

// A new order for this customer: an amount that fits the tier (VIP orders are the big ones), a
// product line, and now and then a manager's restriction to senior grabbers and above.
// Draws from `rng` in a fixed order: the same generator state gives the same order.
OrderService::NewOrder newOrder(const Customer &customer, QRandomGenerator &rng);

// How keen a grabber is on an order, as a relative weight (1 = no particular interest): a skill
// or region that fits makes a grab likelier; juniors mostly leave P1 orders, reserved for
// seniors, alone, though one tries now and then.
double grabInterest(Level level, const QStringList &skills, const QStringList &regions, const Order &order);

} // namespace grab::demo
