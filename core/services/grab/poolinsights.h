#pragma once

#include "services/context.h"
#include "base/error.h"
#include "domain/kpis.h"

#include <QList>

namespace grab {

// Two views PRODUCT.md promises beside the KPIs: how long the pool's orders have been waiting
// (starvation alarms), and who picks the cherries (the value of the orders a grabber grabs
// against the mix the pool offered).
class PoolInsights final
{
public:
    explicit PoolInsights(Context ctx) : m_ctx(std::move(ctx)) {}

    struct AgeBucket
    {
        QString label;       // "< 5 min", "5-15 min", ...
        qint64 fromMinutes = 0;
        qint64 toMinutes = -1; // -1: no upper bound
        qint64 orders = 0;
        qint64 vip = 0;
        qint64 key = 0;
        qint64 regular = 0;
    };
    struct Ageing
    {
        QList<AgeBucket> buckets;
        qint64 open = 0;
        qint64 starvingVip = 0;   // VIP orders waiting longer than the VIP dispatch threshold
        qint64 oldestMinutes = 0; // the longest wait in the pool
    };
    // The open pool now, by time since each order last entered it.
    Result<Ageing> ageing();

    struct CherryPick
    {
        qint64 grabberId = 0;
        QString name;
        qint64 grabbed = 0;                  // orders taken by grabbing in the period
        std::optional<double> index;         // mean grabbed amount / mean published amount; > 1 picks bigger orders
        std::optional<double> meanAmountMinor;
    };
    // Per grabber for the period; undefined for a grabber who grabbed nothing.
    Result<QList<CherryPick>> cherryPick(const Period &period);

private:
    Context m_ctx;
};

} // namespace grab
