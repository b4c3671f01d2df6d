#pragma once

#include "common/messagestrip.h"
#include "services/grab/orderservice.h"
#include "base/clock.h"
#include "domain/dispatchscorer.h"
#include "base/error.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace grab {
class Database;
}

namespace grab::ui {

// The manager's actions on orders, each through the core services — the one rule engine —
// as actor "manager", so every one is an event with its reason. Each returns what to tell
// the manager: the outcome in a sentence, with the rule's own sentence when refused.
class BoardActions final
{
    Q_DECLARE_TR_FUNCTIONS(BoardActions)

public:
    BoardActions(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    struct Outcome
    {
        MessageStrip::Kind kind = MessageStrip::Kind::Info;
        QString text;
        bool changed = false; // something was committed: the feed should look now
    };

    Outcome dispatchNow(qint64 orderId);
    Outcome assign(qint64 orderId, qint64 grabberId, const QString &note);
    Outcome release(qint64 orderId);
    Outcome cancel(qint64 orderId, const QString &why);
    Outcome restrict(qint64 orderId, const QList<qint64> &onlyGrabbers, std::optional<Level> minLevel);
    // An order published by hand (Order ▸ New order…): the error is the core's, for the dialog.
    Result<OrderService::Published> publish(const OrderService::NewOrder &order);
    Outcome published(const OrderService::Published &p);

    // Who could take the order if the manager assigned it, best first, and why the others could not.
    Result<DispatchDecision> candidates(qint64 orderId);
    // Whom "Dispatch now" would choose as the rules stand now (nothing is written).
    Result<DispatchDecision> dispatchPreview(qint64 orderId);

    static const QString kActor;

private:
    Outcome failure(const Error &error, const QString &what) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace grab::ui
