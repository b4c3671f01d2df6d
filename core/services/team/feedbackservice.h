#pragma once

#include "services/context.h"
#include "base/error.h"
#include "domain/types.h"

#include <QJsonObject>
#include <QList>

namespace grab {

// The customers' feedback as a list, per grabber or for the team: each score with its order,
// customer and comment, newest first; and the closed orders still waiting for a score (what
// the manager can record one for, through OrderService::feedback).
class FeedbackService final
{
public:
    explicit FeedbackService(Context ctx) : m_ctx(std::move(ctx)) {}

    struct Entry
    {
        qint64 id = 0;
        qint64 orderId = 0;
        qint64 grabberId = 0;
        QString grabberName;
        qint64 customerId = 0;
        QString customerName;
        Tier customerTier = Tier::Regular;
        qint64 amountMinor = 0;
        OrderState outcome = OrderState::Won; // won or lost
        qint64 closedAt = 0;
        int score = 0;
        QString comment;
        qint64 at = 0; // when the score was given, epoch ms UTC
    };

    struct Listing
    {
        QList<Entry> entries; // newest first, at most the limit
        qint64 total = 0;     // every score of the grabber (or the team)
        std::optional<double> meanScore; // over all of them; unset with none
    };

    // A closed (won or lost) order of the grabber without feedback yet.
    struct Awaiting
    {
        qint64 orderId = 0;
        QString customerName;
        Tier customerTier = Tier::Regular;
        qint64 amountMinor = 0;
        OrderState outcome = OrderState::Won;
        qint64 closedAt = 0;
    };

    // NotFound for an unknown grabber; the team's when grabberId is unset.
    Result<Listing> list(std::optional<qint64> grabberId, int limit = 200);
    // Newest closed first. NotFound for an unknown grabber.
    Result<QList<Awaiting>> awaiting(qint64 grabberId, int limit = 100);
    // How many there are, from two index counts (closed orders less scores: a score is given
    // once, to the order's assignee, after the close), without reading an order.
    Result<qint64> awaitingCount(qint64 grabberId);

private:
    Context m_ctx;
};

QJsonObject toJson(const FeedbackService::Entry &e);

} // namespace grab
