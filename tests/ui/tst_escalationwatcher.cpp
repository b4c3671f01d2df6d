// The tray's escalation decisions: once per cause, again only after it cleared, silence when
// muted, on plain lists and on the state a LiveHub keeps from its source's snapshot and deltas.
#include "live/livehub.h"
#include "notify/escalationwatcher.h"

#include <QSignalSpy>
#include <QTest>

using namespace grab;
using namespace grab::ui;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kNow = 1'800'000'000'000;

RuleSet rules()
{
    RuleSet r = RuleSet::defaults(QStringLiteral("Asia/Shanghai"));
    r.version = 1;
    r.dispatch.mode = DispatchPolicy::Mode::Off; // only the deadline decides, for clear cases
    return r;
}

// An open order pooled `waitedMin` minutes ago with a 100-minute grab deadline: Starving from
// 80 minutes on (80 % of the time gone).
Order order(qint64 id, Tier tier, int waitedMin)
{
    Order o;
    o.id = id;
    o.customerName = QStringLiteral("客户%1").arg(id);
    o.customerTier = tier;
    o.publishedAt = o.pooledAt = kNow - waitedMin * kMinute;
    o.grabDeadline = o.pooledAt + 100 * kMinute;
    o.state = OrderState::Open;
    return o;
}

Quota quota(qint64 id, int open, int taken, GrabberStatus status = GrabberStatus::Active)
{
    Quota q;
    q.grabberId = id;
    q.name = QStringLiteral("抢单员%1").arg(id);
    q.status = status;
    q.dailyCap = 10;
    q.takenToday = taken;
    q.workloadCap = 5;
    q.openWorkload = open;
    return q;
}

QStringList causes(const QList<Escalation> &list)
{
    QStringList out;
    for (const Escalation &e : list) {
        out << e.cause;
    }
    return out;
}

// A live source that sends what the test gives it: what a team server's feed would plug in.
class ScriptedSource final : public LiveSource
{
    Q_OBJECT
public:
    BoardSnapshot snapshot;
public slots:
    void start() override { emit snapshotReady(snapshot); }
    void stop() override {}
    void poke() override {}
    void reload() override { emit snapshotReady(snapshot); }
    void send(const grab::BoardDelta &delta) { emit deltaReady(delta); }
};

} // namespace

class TestEscalationWatcher : public QObject
{
    Q_OBJECT
private slots:
    void aStarvingVipOrderIsRaisedOnceWhileItLasts()
    {
        EscalationWatcher w;
        QSignalSpy spy(&w, &EscalationWatcher::escalated);
        // A fresh VIP order, a starving regular one: nothing yet.
        QVERIFY(w.check({order(1, Tier::Vip, 10), order(2, Tier::Regular, 90)}, {}, rules(), kNow).isEmpty());
        // The VIP order now starves: one escalation, about it, with its customer's name.
        const QList<Escalation> first = w.check({order(1, Tier::Vip, 85)}, {}, rules(), kNow);
        QCOMPARE(causes(first), QStringList{QStringLiteral("vip:1")});
        QCOMPARE(first.constFirst().kind, Escalation::Kind::StarvingVip);
        QCOMPARE(first.constFirst().orderId, 1);
        QVERIFY(first.constFirst().message.contains(QStringLiteral("客户1")));
        QVERIFY2(first.constFirst().message.contains(QStringLiteral("1 h 25")), qPrintable(first.constFirst().message));
        // Still starving (and past the deadline now): not again.
        QVERIFY(w.check({order(1, Tier::Vip, 95)}, {}, rules(), kNow).isEmpty());
        QVERIFY(w.check({order(1, Tier::Vip, 120)}, {}, rules(), kNow).isEmpty());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(w.raisedCount(), 1);
    }

    void aCauseIsRaisedAgainOnlyAfterItCleared()
    {
        EscalationWatcher w;
        QCOMPARE(w.check({order(1, Tier::Vip, 85)}, {}, rules(), kNow).size(), 1);
        // Grabbed: it left the pool, the cause cleared.
        QVERIFY(w.check({}, {}, rules(), kNow).isEmpty());
        QVERIFY(w.activeCauses().isEmpty());
        // Reclaimed into the pool and starving again later: raised again.
        QCOMPARE(causes(w.check({order(1, Tier::Vip, 90)}, {}, rules(), kNow)), QStringList{QStringLiteral("vip:1")});
        QCOMPARE(w.raisedCount(), 2);
    }

    void anOverloadedGrabberIsRaisedPerCap()
    {
        EscalationWatcher w;
        // 7 at the workload cap, 8 at the daily cap, 9 at both, 10 below both, 11 on leave at both.
        const QList<Quota> q{quota(7, 5, 3), quota(8, 1, 10), quota(9, 6, 12), quota(10, 4, 9), quota(11, 5, 10, GrabberStatus::OnLeave)};
        const QList<Escalation> first = w.check({}, q, rules(), kNow);
        QCOMPARE(causes(first), (QStringList{QStringLiteral("workload:7"), QStringLiteral("daily:8"), QStringLiteral("workload:9"),
                                             QStringLiteral("daily:9")}));
        QCOMPARE(first.at(0).kind, Escalation::Kind::WorkloadCap);
        QCOMPARE(first.at(0).grabberId, 7);
        QVERIFY2(first.at(0).message.contains(QStringLiteral("5")), qPrintable(first.at(0).message));
        QCOMPARE(first.at(1).kind, Escalation::Kind::DailyCap);
        QVERIFY(first.at(1).title.contains(QStringLiteral("抢单员8")));
        QVERIFY(w.check({}, q, rules(), kNow).isEmpty());
        // 7 closes an order (below the cap), then takes another: raised again.
        QList<Quota> lighter = q;
        lighter[0].openWorkload = 4;
        QVERIFY(w.check({}, lighter, rules(), kNow).isEmpty());
        QCOMPARE(causes(w.check({}, q, rules(), kNow)), QStringList{QStringLiteral("workload:7")});
    }

    void muteSuppressesAndUnmutingDoesNotReplay()
    {
        EscalationWatcher w;
        QSignalSpy spy(&w, &EscalationWatcher::escalated);
        w.setMuted(true);
        QVERIFY(w.check({order(1, Tier::Vip, 85)}, {quota(7, 5, 0)}, rules(), kNow).isEmpty());
        QCOMPARE(spy.count(), 0);
        QCOMPARE(w.suppressedCount(), 2);
        // Unmuted while they last: the manager is not flooded with what happened meanwhile.
        w.setMuted(false);
        QVERIFY(w.check({order(1, Tier::Vip, 86)}, {quota(7, 5, 0)}, rules(), kNow).isEmpty());
        // A new cause after unmuting is raised.
        QCOMPARE(causes(w.check({order(1, Tier::Vip, 86), order(2, Tier::Vip, 81)}, {quota(7, 5, 0)}, rules(), kNow)),
                 QStringList{QStringLiteral("vip:2")});
        QCOMPARE(spy.count(), 1);
        QCOMPARE(w.suppressedCount(), 2);
    }

    // The tray reads the window's LiveHub: the state its source's snapshot and deltas add up to.
    void readsTheLiveHubsState()
    {
        auto owned = std::make_unique<ScriptedSource>();
        ScriptedSource *source = owned.get();
        Order assigned = order(3, Tier::Vip, 99);
        assigned.state = OrderState::Assigned; // being worked on: not starving in the pool
        source->snapshot.rules = rules();
        source->snapshot.inPlay = {order(1, Tier::Vip, 85), order(2, Tier::Key, 85), assigned};
        source->snapshot.quotas = {quota(7, 5, 0), quota(8, 0, 0)};
        LiveHub hub(std::move(owned));
        QSignalSpy loaded(&hub, &LiveHub::snapshotReady);
        hub.start();
        QVERIFY(loaded.wait(5000));
        QVERIFY(hub.isLoaded());
        EscalationWatcher w;
        QCOMPARE(causes(w.check(hub.inPlay(), hub.quotas(), hub.rules(), kNow)),
                 (QStringList{QStringLiteral("vip:1"), QStringLiteral("workload:7")}));
        // A delta: order 1 grabbed (it stays in play, assigned), order 2 closed (out of play),
        // grabber 7 closes one.
        Order grabbed = order(1, Tier::Vip, 85);
        grabbed.state = OrderState::Assigned;
        Order closed = order(2, Tier::Key, 85);
        closed.state = OrderState::Won;
        BoardDelta delta;
        delta.orders = {grabbed, closed};
        delta.quotas = QList<Quota>{quota(7, 4, 1), quota(8, 0, 0)};
        QSignalSpy deltas(&hub, &LiveHub::deltaReady);
        QMetaObject::invokeMethod(source, [source, delta] { source->send(delta); }, Qt::QueuedConnection);
        QVERIFY(deltas.wait(5000));
        QCOMPARE(hub.inPlay().size(), 2);
        QVERIFY(hub.inPlay().at(0).state == OrderState::Assigned);
        QVERIFY(w.check(hub.inPlay(), hub.quotas(), hub.rules(), kNow).isEmpty());
        QVERIFY(w.activeCauses().isEmpty());
    }
};

QTEST_MAIN(TestEscalationWatcher)
#include "tst_escalationwatcher.moc"
