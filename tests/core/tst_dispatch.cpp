#include "testdb.h"

#include "domain/dispatchscorer.h"
#include "domain/eligibility.h"
#include "services/grab/dispatchservice.h"
#include "services/audit/eventlog.h"
#include "services/grab/grabservice.h"

#include <QJsonArray>

using namespace grab;
using namespace grab::test;

namespace {

DispatchCandidate candidate(qint64 id, const QString &name, QStringList skills = {}, QStringList regions = {})
{
    DispatchCandidate c;
    c.grabber.id = id;
    c.grabber.name = name;
    c.grabber.level = Level::Senior;
    c.grabber.skills = skills;
    c.grabber.regions = regions;
    return c;
}

Order openOrder(qint64 now)
{
    Order o;
    o.id = 1;
    o.skill = QStringLiteral("云服务");
    o.region = QStringLiteral("华东");
    o.amountMinor = 600000; // band >= 5000.00
    o.priority = 3;
    o.publishedAt = o.pooledAt = now;
    o.grabDeadline = now + 3600000;
    return o;
}

} // namespace

class TestDispatch : public QObject
{
    Q_OBJECT
private slots:
    // Hand-computed: weights skill 30, region 15, workload 25, winRate 20, satisfaction 10; prior 2/2.
    void scoreIsTheWeightedSumOfExplainedFactors()
    {
        const RuleSet rules = RuleSet::defaults(QStringLiteral("Asia/Shanghai"));
        const qint64 now = at("2026-11-25T09:00:00");
        DispatchCandidate c = candidate(5, QStringLiteral("张伟"), {QStringLiteral("云服务")}, {QStringLiteral("华北")});
        c.openWorkload = 3;    // 1 - 3/15 = 0.8 -> 20
        c.segmentWins = 6;     // (6 + 2) / (10 + 4) = 0.5714 -> 11.43
        c.segmentClosed = 10;
        c.feedbackSum = 18;    // (18 + 6) / (4 + 2) = 4.0 -> (4 - 1) / 4 * 10 = 7.5
        c.feedbackCount = 4;
        const DispatchDecision d = decideDispatch(rules, openOrder(now), {c}, now);
        QVERIFY(d.best());
        const RankedCandidate &r = *d.best();
        QVERIFY(std::abs(r.score - (30 + 0 + 20 + 20.0 * 8 / 14 + 7.5)) < 1e-9);
        QCOMPARE(r.factors.first().factor, QStringLiteral("skill"));
        QCOMPARE(r.factors.first().detail, QStringLiteral("skill 云服务 matches"));
        QCOMPARE(r.factors.at(1).factor, QStringLiteral("workload"));
        QCOMPARE(r.factors.at(1).detail, QStringLiteral("3 of 15 open"));
        QCOMPARE(r.factors.at(2).factor, QStringLiteral("winRate"));
        QVERIFY2(r.factors.at(2).detail.contains(QStringLiteral("won 6 of 10")), qPrintable(r.factors.at(2).detail));
        QCOMPARE(r.factors.last().factor, QStringLiteral("region"));
        QCOMPARE(r.factors.last().contribution, 0.0);
    }

    void tiesGoToTheLeastRecentlyAssigned()
    {
        const RuleSet rules = RuleSet::defaults(QStringLiteral("Asia/Shanghai"));
        const qint64 now = at("2026-11-25T09:00:00");
        DispatchCandidate a = candidate(1, QStringLiteral("A"));
        DispatchCandidate b = candidate(2, QStringLiteral("B"));
        DispatchCandidate c = candidate(3, QStringLiteral("C"));
        a.lastAssignedAt = now - 1000;
        b.lastAssignedAt = now - 5000; // longest ago
        c.lastAssignedAt = now - 3000;
        DispatchDecision d = decideDispatch(rules, openOrder(now), {a, b, c}, now);
        QCOMPARE(d.best()->grabberId, qint64(2));
        QCOMPARE(d.ranking.at(1).grabberId, qint64(3));
        c.lastAssignedAt.reset(); // never assigned beats everybody
        d = decideDispatch(rules, openOrder(now), {a, b, c}, now);
        QCOMPARE(d.best()->grabberId, qint64(3));
        a.lastAssignedAt.reset(); // two never assigned: the lower id
        d = decideDispatch(rules, openOrder(now), {c, a}, now);
        QCOMPARE(d.best()->grabberId, qint64(1));
    }

    void ineligibleCandidatesSayWhy()
    {
        const RuleSet rules = RuleSet::defaults(QStringLiteral("Asia/Shanghai"));
        const qint64 now = at("2026-11-25T09:00:00");
        DispatchCandidate onLeave = candidate(1, QStringLiteral("A"), {QStringLiteral("云服务")});
        onLeave.grabber.status = GrabberStatus::OnLeave;
        DispatchCandidate full = candidate(2, QStringLiteral("B"), {QStringLiteral("云服务")});
        full.openWorkload = 15;
        DispatchCandidate ok = candidate(3, QStringLiteral("C"));
        const DispatchDecision d = decideDispatch(rules, openOrder(now), {onLeave, full, ok}, now);
        QCOMPARE(d.ranking.size(), 1);
        QCOMPARE(d.best()->grabberId, qint64(3));
        QCOMPARE(d.ineligible.size(), 2);
        QCOMPARE(d.ineligible.at(0).second.reason, QString::fromLatin1(reason::GrabberOnLeave));
        QCOMPARE(d.ineligible.at(1).second.reason, QString::fromLatin1(reason::WorkloadCap));
    }

    void dispatchPlacesWithTopThreeReasons()
    {
        TestDb t;
        const qint64 a = t.grabber(QStringLiteral("张伟"), Level::Senior);
        const qint64 b = t.grabber(QStringLiteral("王芳"), Level::Senior);
        TeamService::GrabberChanges skills;
        skills.skills = QStringList{QStringLiteral("云服务")};
        QVERIFY(TeamService(t.ctx()).updateGrabber(b, skills));
        const qint64 o = t.order(t.customer());
        auto placed = DispatchService(t.ctx(QStringLiteral("manager"))).dispatch(o);
        QVERIFY2(placed, qPrintable(placed ? QString() : placed.error().message));
        QCOMPARE(placed->chosen.grabberId, b); // the skill match decides
        QCOMPARE(placed->runnerUp->grabberId, a);
        QCOMPARE(t.text(QStringLiteral("SELECT via FROM assignments WHERE order_id = ?"), {o}), QStringLiteral("dispatch"));
        auto log = EventLog::forOrder(t.db().connection(), o);
        const Event &e = log->last();
        QCOMPARE(e.type, QStringLiteral("dispatched"));
        QCOMPARE(e.actor, QStringLiteral("manager"));
        QCOMPARE(e.payload.value(QStringLiteral("reasons")).toArray().size(), 3);
        QCOMPARE(e.payload.value(QStringLiteral("reasons")).toArray().first().toObject().value(QStringLiteral("factor")).toString(),
                 QStringLiteral("skill"));
        QCOMPARE(DispatchService(t.ctx()).dispatch(o).error().code, ErrorCode::NotOpen);
    }

    void nobodyEligibleLeavesTheOrderAndSaysWhy()
    {
        TestDb t;
        const qint64 g = t.grabber(QStringLiteral("张伟"));
        TeamService::GrabberChanges leave;
        leave.status = GrabberStatus::OnLeave;
        QVERIFY(TeamService(t.ctx()).updateGrabber(g, leave));
        const qint64 o = t.order(t.customer());
        auto failed = DispatchService(t.ctx()).dispatch(o);
        QCOMPARE(failed.error().code, ErrorCode::Refused);
        QCOMPARE(failed.error().reason, QStringLiteral("no_eligible_grabber"));
        QVERIFY2(failed.error().message.contains(QStringLiteral("1 grabber_on_leave")), qPrintable(failed.error().message));
        QCOMPARE(t.text(QStringLiteral("SELECT state FROM orders WHERE id = ?"), {o}), QStringLiteral("open"));
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'dispatch_failed'")), 1);
        QVERIFY(!DispatchService(t.ctx()).dispatch(o));
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'dispatch_failed'")), 1); // not every sweep
    }

    // Fallback: a key customer's order is dispatched after 30 minutes, a VIP's after 10.
    void pendingSweepFollowsTheEscalationClock()
    {
        TestDb t;
        t.grabber(QStringLiteral("张伟"), Level::Lead);
        const qint64 regular = t.order(t.customer(Tier::Key));
        const qint64 vip = t.order(t.customer(Tier::Vip));
        t.clock.advance(9 * 60000);
        QCOMPARE(DispatchService(t.ctx()).dispatchPending()->placed.size(), 0);
        t.clock.advance(60000); // 10 minutes
        auto sweep = DispatchService(t.ctx()).dispatchPending();
        QCOMPARE(sweep->placed.size(), 1);
        QCOMPARE(sweep->placed.first().orderId, vip);
        t.clock.advance(20 * 60000); // 30 minutes
        sweep = DispatchService(t.ctx()).dispatchPending();
        QCOMPARE(sweep->placed.size(), 1);
        QCOMPARE(sweep->placed.first().orderId, regular);
        t.setRules([](RuleSet &r) { r.dispatch.mode = DispatchPolicy::Mode::Off; });
        t.order(t.customer());
        t.clock.advance(24 * 3600000LL);
        QCOMPARE(DispatchService(t.ctx()).dispatchPending()->placed.size(), 0); // pure grabbing: nothing dispatched
    }

    // A full team stops the sweep at the first order: the rest could not be placed either, and
    // a pool of thousands must not cost thousands of transactions and failure events a minute.
    void aFullTeamStopsTheSweepEarly()
    {
        TestDb t;
        const qint64 ann = t.grabber(QStringLiteral("Ann"), Level::Lead, 2);
        const qint64 c = t.customer();
        QVERIFY(GrabService(t.ctx()).grab(t.order(c), ann));
        QVERIFY(GrabService(t.ctx()).grab(t.order(c), ann)); // Ann's daily cap of 2 is used up
        QList<qint64> waiting;
        for (int i = 0; i < 5; ++i) {
            waiting << t.order(c);
        }
        t.clock.advance(31 * 60000); // every one is due for dispatch
        const int before = t.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'dispatch_failed'"));
        auto sweep = DispatchService(t.ctx()).dispatchPending();
        QVERIFY(sweep);
        QCOMPARE(sweep->placed.size(), 0);
        QCOMPARE(sweep->failed.size(), 1);
        QCOMPARE(sweep->untriedTeamFull, 4);
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'dispatch_failed'")), before + 1);
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM orders WHERE state = 'open'")), 5);

        // An exclusion that depends on the order (a restriction) does not stop the sweep.
        const qint64 bob = t.grabber(QStringLiteral("Bob"), Level::Lead);
        for (const qint64 o : waiting.mid(0, 2)) {
            QVERIFY(OrderService(t.ctx()).restrict(o, {ann}, std::nullopt));
        }
        sweep = DispatchService(t.ctx()).dispatchPending();
        QCOMPARE(sweep->untriedTeamFull, 0);
        QCOMPARE(sweep->placed.size(), 3); // Bob takes the three he may take
        QCOMPARE(sweep->failed.size(), 2);
        for (const auto &p : sweep->placed) {
            QCOMPARE(p.chosen.grabberId, bob);
        }
    }

    // After widenAfterMinutes a junior may grab a P1 order reserved for seniors.
    void escalationWidensTheReservationForGrabs()
    {
        TestDb t;
        const qint64 junior = t.grabber(QStringLiteral("李娜"));
        const qint64 o = t.order(t.customer(Tier::Vip), 5000000); // P1
        QCOMPARE(GrabService(t.ctx()).grab(o, junior).error().reason, QString::fromLatin1(reason::LevelReserved));
        t.clock.advance(5 * 60000); // VIP widen after 5 minutes
        QVERIFY(GrabService(t.ctx()).grab(o, junior));
    }

    // Dispatch counts against the daily cap like a grab.
    void dispatchCountsAgainstTheCap()
    {
        TestDb t;
        const qint64 g = t.grabber(QStringLiteral("张伟"), Level::Junior, 1);
        const qint64 c = t.customer();
        const qint64 first = t.order(c), second = t.order(c);
        QVERIFY(DispatchService(t.ctx()).dispatch(first));
        QCOMPARE(GrabService(t.ctx()).grab(second, g).error().reason, QString::fromLatin1(reason::DailyCap));
    }
};

QTEST_GUILESS_MAIN(TestDispatch)
#include "tst_dispatch.moc"
