#include "rulesweep.h"

#include "services/grab/orderservice.h"
#include "services/grab/reclaimservice.h"
#include "store/sweeplock.h"

#include <QStringList>

namespace grab {
namespace {

QString ids(const QList<qint64> &list)
{
    QStringList out;
    for (qint64 id : list) {
        out << QStringLiteral("#%1").arg(id);
    }
    return out.join(QStringLiteral(", "));
}

QString counted(qsizetype n, const char *what, const QString &detail)
{
    return detail.isEmpty() ? QStringLiteral("%1 %2").arg(n).arg(QLatin1String(what)) : QStringLiteral("%1 %2 (%3)").arg(n).arg(QLatin1String(what), detail);
}

} // namespace

bool RuleSweep::Round::didSomething() const
{
    return !warned.isEmpty() || !reclaimed.isEmpty() || expired > 0 || !dispatch.placed.isEmpty() || !dispatch.failed.isEmpty();
}

QString RuleSweep::Round::summary() const
{
    if (!ran) {
        return QStringLiteral("skipped: another sweep was running");
    }
    QStringList placed;
    for (const DispatchService::Placed &p : dispatch.placed) {
        placed << QStringLiteral("#%1 to %2").arg(p.orderId).arg(p.chosen.name);
    }
    QStringList parts{counted(reclaimed.size(), "reclaimed", ids(reclaimed)), counted(warned.size(), "warned", ids(warned)),
                      counted(expired, "expired", QString()), counted(dispatch.placed.size(), "dispatched", placed.join(QStringLiteral(", ")))};
    if (!dispatch.failed.isEmpty()) {
        QList<qint64> failed;
        for (const auto &[id, error] : dispatch.failed) {
            failed << id;
        }
        parts << counted(failed.size(), "left in the pool", ids(failed));
    }
    return parts.join(QStringLiteral(", "));
}

Result<RuleSweep::Round> RuleSweep::run()
{
    Round round;
    auto lock = SweepLock::take(m_ctx.db);
    if (!lock) {
        return lock.error();
    }
    if (!*lock) {
        return round; // another sweep is at it
    }
    round.ran = true;
    auto reclaim = ReclaimService(m_ctx).sweep();
    if (!reclaim) {
        return reclaim.error();
    }
    round.warned = reclaim->warned;
    round.reclaimed = reclaim->reclaimed;
    // Expire before dispatching: an order past its deadline is nobody's any more.
    auto expired = OrderService(m_ctx).expireOverdue();
    if (!expired) {
        return expired.error();
    }
    round.expired = *expired;
    auto dispatch = DispatchService(m_ctx).dispatchPending();
    if (!dispatch) {
        return dispatch.error();
    }
    round.dispatch = std::move(*dispatch);
    if (auto s = (*lock)->finish(); !s) {
        return s.error();
    }
    return round;
}

} // namespace grab
