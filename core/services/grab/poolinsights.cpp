#include "poolinsights.h"

#include "services/metrics/metricsservice.h"
#include "services/rules/ruleservice.h"
#include "store/sql.h"

#include <QHash>

namespace grab {

Result<PoolInsights::Ageing> PoolInsights::ageing()
{
    const QSqlDatabase db = m_ctx.db.connection();
    auto rules = RuleService::currentIn(db);
    if (!rules) {
        return rules.error();
    }
    Ageing a;
    a.buckets = {AgeBucket{QStringLiteral("< 5 min"), 0, 5},        AgeBucket{QStringLiteral("5-15 min"), 5, 15},
                 AgeBucket{QStringLiteral("15-30 min"), 15, 30},    AgeBucket{QStringLiteral("30-60 min"), 30, 60},
                 AgeBucket{QStringLiteral("1-4 h"), 60, 240},       AgeBucket{QStringLiteral(">= 4 h"), 240, -1}};
    const qint64 now = m_ctx.clock.nowMs();
    auto q = runSql(db, QStringLiteral("SELECT o.pooled_at, c.tier FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.state = 'open'"),
                    {}, QStringLiteral("reading the pool"));
    if (!q) {
        return q.error();
    }
    while (q->next()) {
        const qint64 minutes = std::max<qint64>(0, (now - q->value(0).toLongLong()) / 60000);
        const QString tier = q->value(1).toString();
        ++a.open;
        a.oldestMinutes = std::max(a.oldestMinutes, minutes);
        if (tier == QLatin1String("vip") && minutes >= rules->dispatch.vipDispatchAfterMinutes) {
            ++a.starvingVip;
        }
        for (AgeBucket &b : a.buckets) {
            if (minutes >= b.fromMinutes && (b.toMinutes < 0 || minutes < b.toMinutes)) {
                ++b.orders;
                ++(tier == QLatin1String("vip") ? b.vip : tier == QLatin1String("key") ? b.key : b.regular);
                break;
            }
        }
    }
    if (auto end = rowsEnded(*q, QStringLiteral("reading the pool")); !end) {
        return end.error();
    }
    return a;
}

Result<QList<PoolInsights::CherryPick>> PoolInsights::cherryPick(const Period &period)
{
    const QSqlDatabase db = m_ctx.db.connection();
    auto range = MetricsService(m_ctx).bounds(period);
    if (!range) {
        return range.error();
    }
    const auto [from, to] = *range;
    auto mix = scalar(db, QStringLiteral("SELECT AVG(amount) FROM orders WHERE published_at >= ? AND published_at < ?"), {from, to},
                      QStringLiteral("reading the pool's mix"));
    if (!mix) {
        return mix.error();
    }
    QList<CherryPick> out;
    QHash<qint64, qsizetype> index;
    {
        auto q = runSql(db, QStringLiteral("SELECT id, name FROM grabbers WHERE status = 'active' ORDER BY id"));
        if (!q) {
            return q.error();
        }
        while (q->next()) {
            index.insert(q->value(0).toLongLong(), out.size());
            out.append(CherryPick{q->value(0).toLongLong(), q->value(1).toString(), 0, std::nullopt, std::nullopt});
        }
        if (auto end = rowsEnded(*q, QStringLiteral("reading the active grabbers")); !end) {
            return end.error();
        }
    }
    auto q = runSql(db,
                    QStringLiteral("SELECT grabber_id, COUNT(*), AVG(amount) FROM assignments WHERE via = 'grab' AND assigned_at >= ? AND assigned_at < ? "
                                   "GROUP BY grabber_id"),
                    {from, to}, QStringLiteral("reading what each grabber grabbed"));
    if (!q) {
        return q.error();
    }
    const double poolMean = mix->isNull() ? 0.0 : mix->toDouble();
    while (q->next()) {
        const auto it = index.constFind(q->value(0).toLongLong());
        if (it == index.cend()) {
            continue;
        }
        CherryPick &c = out[*it];
        c.grabbed = q->value(1).toLongLong();
        c.meanAmountMinor = q->value(2).toDouble();
        if (poolMean > 0) {
            c.index = *c.meanAmountMinor / poolMean;
        }
    }
    if (auto end = rowsEnded(*q, QStringLiteral("reading what each grabber grabbed")); !end) {
        return end.error();
    }
    return out;
}

} // namespace grab
