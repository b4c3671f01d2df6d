#pragma once

#include "escalation.h"
#include "domain/order.h"
#include "domain/ruleset.h"
#include "services/grab/quotaledger.h"

#include <QList>
#include <QObject>
#include <QSet>

namespace grab::ui {

// Decides which escalations to raise from the live state (LiveHub's): an open VIP order that
// assessAgeing() calls Starving, an active grabber at the open-workload cap or at the daily cap.
// Each cause is raised once while it lasts; when a check no longer finds it, it has cleared and
// may be raised again later. Muted, a new cause is still noted (so unmuting does not replay
// what happened meanwhile) and counted as suppressed, but escalated() is not emitted.
// No timers, no database: the caller (TrayNotifier) says when to look.
class EscalationWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EscalationWatcher)

public:
    explicit EscalationWatcher(QObject *parent = nullptr);

    // Looks at the board as it is at nowMs and returns the escalations raised by this look
    // (empty when muted); each is also emitted.
    QList<Escalation> check(const QList<Order> &inPlay, const QList<Quota> &quotas, const RuleSet &rules, qint64 nowMs);

    void setMuted(bool muted) { m_muted = muted; }
    bool isMuted() const { return m_muted; }
    int raisedCount() const { return m_raised; }         // emitted since start
    int suppressedCount() const { return m_suppressed; } // new causes while muted
    QSet<QString> activeCauses() const { return m_active; }

signals:
    void escalated(const grab::ui::Escalation &escalation);

private:
    Escalation starving(const Order &order, const QString &why, qint64 nowMs) const;
    Escalation overloaded(const Quota &quota, bool daily) const;

    QSet<QString> m_active;
    bool m_muted = false;
    int m_raised = 0;
    int m_suppressed = 0;
};

} // namespace grab::ui
