#pragma once

#include "services/context.h"
#include "base/error.h"
#include "domain/order.h"

namespace grab {

// The life of an order outside the grab itself: publish, follow up, close, feedback,
// release, cancel, restrict, expire. Each transition is one BEGIN IMMEDIATE transaction writing one event.
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
        std::optional<qint64> publishedAt;   // default: now; an import's own time (not in the future)
    };
    struct Published
    {
        qint64 id = 0;
        int priority = 0;
        QString explanation; // how the priority was reached
    };

    Result<Published> publish(const NewOrder &order);
    // The same inside a BEGIN IMMEDIATE transaction the caller holds (an import publishes many in one).
    Result<Published> publishIn(const NewOrder &order);
    Result<Order> order(qint64 id);

    // The assignee records contact with the customer (resets the follow-up clock).
    Result<qint64> followUp(qint64 orderId, qint64 grabberId, const QString &note);
    // assigned -> won | lost. When grabberId is given it must be the assignee.
    Status close(qint64 orderId, Outcome outcome, std::optional<qint64> grabberId = std::nullopt);
    // One score 1..5 (and a comment) per closed order.
    Result<qint64> feedback(qint64 orderId, int score, const QString &comment);
    Result<qint64> feedbackIn(qint64 orderId, int score, const QString &comment); // inside the caller's transaction
    // assigned -> open; when grabberId is given it must be the assignee.
    Status release(qint64 orderId, std::optional<qint64> grabberId);
    // open | assigned -> cancelled.
    Status cancel(qint64 orderId, const QString &why);
    // The manager replaces the restriction of an open or assigned order: only the grabbers in
    // `onlyGrabbers` (empty: anyone) and only `minLevel` or above (nullopt: any level); both
    // empty lifts the restriction. One BEGIN IMMEDIATE transaction writing a `restricted` event
    // with the new and the previous restriction. Restricting an assigned order does not take it
    // from its assignee, even one the new restriction leaves out: it governs who may take the
    // order next (after a release or a reclaim). A restriction equal to the present one changes
    // nothing and writes no event. Errors: NotFound for the order or for a grabber in the list
    // (the message names it; nothing changes); NotOpen for a won, lost, expired or cancelled order.
    Status restrict(qint64 orderId, QList<qint64> onlyGrabbers, std::optional<Level> minLevel);
    // Every open order past its grab deadline -> expired. Returns how many.
    Result<int> expireOverdue();

private:
    Status endAssignment(qint64 orderId, qint64 at, const char *endReason);
    Context m_ctx;
};

} // namespace grab
