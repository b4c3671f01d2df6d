#pragma once

#include "domain/event.h"
#include "domain/order.h"
#include "domain/ruleset.h"
#include "services/grab/quotaledger.h"

#include <QList>

#include <optional>

namespace grab {

// What the live board shows, read in one consistent snapshot: the orders in play (open in the
// pool or assigned and being worked on), every grabber's quotas, the rules in force and the
// latest events.
struct BoardSnapshot
{
    qint64 readAt = 0;      // epoch ms of the read
    qint64 lastEventId = 0; // the newest event the snapshot includes
    RuleSet rules;
    QList<Order> inPlay; // open orders (priority, then age), then assigned ones
    QList<Quota> quotas;
    QList<Event> recent; // the latest events, oldest first
    QList<Order> recentOrders; // the orders those events name that are no longer in play
};

// What changed since the previous snapshot or delta: the new events, the current state of
// every order they touched (an order no longer open leaves the pool) and, when any event
// could move a quota, every grabber's quotas again.
struct BoardDelta
{
    qint64 readAt = 0;
    QList<Event> events; // oldest first
    QList<Order> orders;
    std::optional<QList<Quota>> quotas;
    std::optional<RuleSet> rules; // when a rule_changed event arrived
};

} // namespace grab
