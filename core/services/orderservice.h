#pragma once

#include "context.h"
#include "domain/error.h"
#include "domain/order.h"

namespace grab {

// The life of an order outside the grab itself: publish, follow up, close, feedback,
// release, cancel, expire. Each transition is one BEGIN IMMEDIATE transaction writing one event.
class OrderService final
{
public:
    explicit OrderService(Context ctx) : m_ctx(std::move(ctx)) {}

    struct NewOrder
    {
        qint64 customerId = 0;
        qint64 amountMinor = 0;
        QString skill;
        std::optional<QString> region;       // default: the customer's region
        QList<qint64> onlyGrabbers;          // restriction list (empty: anyone)
        std::optional<Level> minLevel;       // restriction by level
        std::optional<int> deadlineMinutes;  // default: the rule set's grabDeadlineMinutes
    };
    struct Published
    {
        qint64 id = 0;
        int priority = 0;
        QString explanation; // how the priority was reached
    };

    Result<Published> publish(const NewOrder &order);
    Result<Order> order(qint64 id);

    // The assignee records contact with the customer (resets the follow-up clock).
    Result<qint64> followUp(qint64 orderId, qint64 grabberId, const QString &note);
    // assigned -> won | lost. When grabberId is given it must be the assignee.
    Status close(qint64 orderId, Outcome outcome, std::optional<qint64> grabberId = std::nullopt);
    // One score 1..5 (and a comment) per closed order.
    Result<qint64> feedback(qint64 orderId, int score, const QString &comment);
    // assigned -> open; when grabberId is given it must be the assignee.
    Status release(qint64 orderId, std::optional<qint64> grabberId);
    // open | assigned -> cancelled.
    Status cancel(qint64 orderId, const QString &why);
    // Every open order past its grab deadline -> expired. Returns how many.
    Result<int> expireOverdue();

private:
    Status endAssignment(qint64 orderId, qint64 at, const char *endReason);
    Context m_ctx;
};

} // namespace grab
