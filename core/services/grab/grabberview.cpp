#include "grabberview.h"

#include "store/sql.h"

#include <QDateTime>

#include <algorithm>

namespace grab {
namespace {

constexpr qint64 kNever = std::numeric_limits<qint64>::max();

qint64 minutes(int m)
{
    return qint64(m) * 60 * 1000;
}

} // namespace

GrabberView::GrabberView(RuleSet rules, Quota quota, qint64 nowMs, QHash<qint64, qint64> reclaimedAt)
    : m_rules(std::move(rules)), m_quota(std::move(quota)), m_grabber(grabberOf(m_quota)), m_now(nowMs),
      m_reclaimedAt(std::move(reclaimedAt))
{
    // Once per view, not once per order: it walks the coming week's window edges.
    if (const auto change = m_rules.nextWindowChange(m_now)) {
        m_windowChangeAt = *change;
    }
}

Grabber GrabberView::grabberOf(const Quota &quota)
{
    Grabber g;
    g.id = quota.grabberId;
    g.name = quota.name;
    g.level = quota.level;
    g.status = quota.status;
    // The ledger carries the cap in force; when it is the grabber's own, that is the override.
    if (quota.capOverridden) {
        g.dailyCapOverride = quota.dailyCap;
    }
    return g;
}

GrabberView::Verdict GrabberView::judge(const Order &order) const
{
    std::optional<qint64> cooldownUntil;
    if (const auto it = m_reclaimedAt.constFind(order.id); it != m_reclaimedAt.cend()) {
        cooldownUntil = *it + qint64(m_rules.followUp.cooldownHours) * 3600 * 1000;
    }
    const bool widened = isWidened(m_rules, order, m_now);
    const GrabContext ctx{m_rules, m_grabber,        order,   m_quota.takenToday, m_quota.openWorkload,
                          m_now,   AssignPath::Grab, widened, cooldownUntil};
    const Eligibility e = checkEligibility(ctx);

    Verdict v;
    v.grabbable = e.allowed;
    v.reason = e.reason;
    v.detail = e.detail;
    v.neededLevel = e.neededLevel;
    // Everything on the clock that checkEligibility() looks at; the earliest one still ahead.
    v.recheckAt = m_windowChangeAt;
    const auto ahead = [&](qint64 at) {
        if (at > m_now) {
            v.recheckAt = std::min(v.recheckAt, at);
        }
    };
    ahead(order.grabDeadline);
    if (cooldownUntil) {
        ahead(*cooldownUntil);
    }
    if (!widened && m_rules.dispatch.mode != DispatchPolicy::Mode::Off) {
        const int after = order.customerTier == Tier::Vip ? m_rules.dispatch.vipWidenAfterMinutes
                                                          : m_rules.dispatch.widenAfterMinutes;
        ahead(order.pooledAt + minutes(after));
    }
    return v;
}

bool GrabberView::poolOrderLess(const Order &a, const Order &b)
{
    if (a.priority != b.priority) {
        return a.priority < b.priority;
    }
    if (a.pooledAt != b.pooledAt) {
        return a.pooledAt < b.pooledAt;
    }
    return a.id < b.id;
}

GrabberView::Pool GrabberView::split(const QList<Order> &orders) const
{
    QList<Order> sorted = orders;
    std::sort(sorted.begin(), sorted.end(), poolOrderLess);
    Pool pool;
    for (Order &o : sorted) {
        Verdict v = judge(o);
        if (v.grabbable) {
            pool.grabbable.append(std::move(o));
        } else {
            pool.others.append(Judged{std::move(o), std::move(v)});
        }
    }
    return pool;
}

GrabberView::Ledger GrabberView::ledger() const
{
    Ledger l;
    l.quota = m_quota;
    l.timeZone = m_rules.timeZone;
    l.day = QDateTime::fromMSecsSinceEpoch(m_quota.dayStart ? m_quota.dayStart : m_rules.dayBounds(m_now).first,
                                           m_rules.zone())
                .date();
    if (const GrabWindow *w = m_rules.windowAt(m_now)) {
        l.window = *w;
    }
    if (m_windowChangeAt != kNever) {
        l.nextChangeAt = m_windowChangeAt;
        if (const GrabWindow *next = m_rules.windowAt(m_windowChangeAt)) {
            l.nextWindow = *next;
        }
    }
    l.dispatchOnly = m_rules.dispatch.mode == DispatchPolicy::Mode::Always;
    l.vipAlwaysOpen = m_rules.vipAlwaysOpen;
    l.canGrabNow = m_quota.status == GrabberStatus::Active && !l.dispatchOnly && l.window && !m_quota.atLimit();
    return l;
}

Result<QHash<qint64, qint64>> GrabberView::reclaimedFromIn(const QSqlDatabase &db, qint64 grabberId, qint64 sinceMs)
{
    auto q =
        runSql(db,
               QStringLiteral(
                   "SELECT order_id, MAX(ended_at) FROM assignments WHERE grabber_id = ? AND end_reason = 'reclaimed' "
                   "AND ended_at >= ? GROUP BY order_id"),
               {grabberId, sinceMs}, QStringLiteral("reading the orders reclaimed from a grabber"));
    if (!q) {
        return q.error();
    }
    QHash<qint64, qint64> out;
    while (q->next()) {
        out.insert(q->value(0).toLongLong(), q->value(1).toLongLong());
    }
    if (auto end = rowsEnded(*q, QStringLiteral("reading the orders reclaimed from a grabber")); !end) {
        return end.error();
    }
    return out;
}

} // namespace grab
