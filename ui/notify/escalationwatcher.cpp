#include "escalationwatcher.h"

#include "common/format.h"
#include "domain/ageing.h"

namespace grab::ui {

EscalationWatcher::EscalationWatcher(QObject *parent) : QObject(parent) {}

QList<Escalation> EscalationWatcher::check(const QList<Order> &inPlay, const QList<Quota> &quotas, const RuleSet &rules, qint64 nowMs)
{
    // Everything that holds now, in a stable order: the pool's orders as given, then grabbers.
    QList<Escalation> now;
    for (const Order &o : inPlay) {
        if (o.state != OrderState::Open || o.customerTier != Tier::Vip) {
            continue;
        }
        const AgeingAssessment a = assessAgeing(rules, o, nowMs);
        if (a.level == Ageing::Starving) {
            now.append(starving(o, a.why, nowMs));
        }
    }
    for (const Quota &q : quotas) {
        if (q.status != GrabberStatus::Active) {
            continue; // a grabber on leave holding orders is a different conversation
        }
        if (q.workloadCap > 0 && q.openWorkload >= q.workloadCap) {
            now.append(overloaded(q, false));
        }
        if (q.dailyCap > 0 && q.takenToday >= q.dailyCap) {
            now.append(overloaded(q, true));
        }
    }

    QSet<QString> holding;
    QList<Escalation> raised;
    for (const Escalation &e : std::as_const(now)) {
        holding.insert(e.cause);
        if (m_active.contains(e.cause)) {
            continue; // already raised while it lasts
        }
        if (m_muted) {
            ++m_suppressed;
            continue;
        }
        raised.append(e);
    }
    m_active = holding; // what is gone has cleared and may be raised again
    for (const Escalation &e : std::as_const(raised)) {
        ++m_raised;
        emit escalated(e);
    }
    return raised;
}

Escalation EscalationWatcher::starving(const Order &o, const QString &why, qint64 nowMs) const
{
    Escalation e;
    e.kind = Escalation::Kind::StarvingVip;
    e.cause = QStringLiteral("vip:%1").arg(o.id);
    e.orderId = o.id;
    e.title = tr("VIP order #%1 is waiting too long").arg(o.id);
    const QString waited = Format::duration(nowMs - (o.pooledAt > 0 ? o.pooledAt : o.publishedAt));
    QString reason;
    if (why == u"deadline_passed") {
        reason = tr("Its grab deadline has passed.");
    } else if (why == u"deadline_near") {
        reason = tr("Most of its time to the grab deadline has gone.");
    } else if (why == u"due_for_dispatch") {
        reason = tr("It is due for dispatch.");
    }
    e.message = tr("%1 (VIP customer) has waited %2 in the pool.").arg(o.customerName, waited);
    if (!reason.isEmpty()) {
        e.message += QLatin1Char(' ') + reason;
    }
    return e;
}

Escalation EscalationWatcher::overloaded(const Quota &q, bool daily) const
{
    Escalation e;
    e.kind = daily ? Escalation::Kind::DailyCap : Escalation::Kind::WorkloadCap;
    e.cause = QStringLiteral("%1:%2").arg(daily ? QStringLiteral("daily") : QStringLiteral("workload")).arg(q.grabberId);
    e.grabberId = q.grabberId;
    if (daily) {
        e.title = tr("%1 has reached the daily cap").arg(q.name);
        e.message = tr("%1 has taken %2 of %3 orders today; further grabs are refused until tomorrow.")
                        .arg(q.name)
                        .arg(q.takenToday)
                        .arg(q.dailyCap);
    } else {
        e.title = tr("%1 is at the open-workload cap").arg(q.name);
        e.message = tr("%1 holds %2 open orders (the cap is %3); further grabs are refused until some are closed.")
                        .arg(q.name)
                        .arg(q.openWorkload)
                        .arg(q.workloadCap);
    }
    return e;
}

} // namespace grab::ui
