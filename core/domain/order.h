#pragma once

#include "types.h"

#include <QList>
#include <QString>

#include <optional>

namespace grab {

struct Order
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerName; // joined for display
    Tier customerTier = Tier::Regular;
    qint64 amountMinor = 0;
    QString skill;
    QString region;
    int priority = kLowestPriority;
    int priorityScore = 0;
    int ruleVersion = 0;
    qint64 publishedAt = 0; // epoch ms, UTC
    qint64 pooledAt = 0;    // when it last entered the pool: published, released or reclaimed
    qint64 grabDeadline = 0;
    std::optional<Level> minLevel;     // restriction: only this level or above
    QList<qint64> onlyGrabbers;        // restriction: only these grabbers (empty: anyone)
    OrderState state = OrderState::Open;
    std::optional<qint64> assigneeId;
    std::optional<qint64> assignedAt;
    std::optional<qint64> closedAt;
    // Assigned orders: the holding's last follow-up (none yet: unset), joined for display; the
    // reclaim clock runs from it, or from assignedAt before the first.
    std::optional<qint64> lastFollowUpAt;
};

} // namespace grab
