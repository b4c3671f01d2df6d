#include "testdb.h"

#include "domain/eligibility.h"
#include "services/audit/eventlog.h"
#include "services/audit/integritycheck.h"
#include "services/grab/grabservice.h"
#include "services/grab/reclaimservice.h"
#include "services/team/violationservice.h"

using namespace grab;
using namespace grab::test;

namespace {

struct Burst
{
    qint64 bot = 0;   // has just lost three races within the window (the limit is 3 in 10 s)
    qint64 taken = 0; // the order it lost
    qint64 open = 0;  // another order, still open
};

Burst threeLostRaces(TestDb &t)
{
    t.setRules([](RuleSet &r) { r.violations.burstAttempts = 3; r.violations.burstSeconds = 10; });
    const qint64 a = t.grabber(QStringLiteral("张伟"));
    Burst b;
    b.bot = t.grabber(QStringLiteral("机器人"));
    const qint64 c = t.customer();
    b.taken = t.order(c);
    b.open = t.order(c);
    if (!GrabService(t.ctx()).grab(b.taken, a)) {
        qFatal("the first grab failed");
    }
    for (int i = 0; i < 3; ++i) {
        if (GrabService(t.ctx()).grab(b.taken, b.bot)) { // lost races count as attempts too
            qFatal("a lost race was won");
        }
        t.clock.advance(1000);
    }
    return b;
}

} // namespace

class TestReclaim : public QObject
{
    Q_OBJECT
private slots:
    // Defaults: reclaim after 24 h without follow-up, warn 4 h before, cool-down 24 h.
    void warningThenReclaimOnTheClock()
    {
        TestDb t;
        t.setRules([](RuleSet &r) { r.windows = {GrabWindow{{1, 2, 3, 4, 5, 6, 7}, 0, 1440, QStringLiteral("All day"), false}}; });
        const qint64 g = t.grabber(QStringLiteral("张伟"));
        const qint64 o = t.order(t.customer());
        QVERIFY(GrabService(t.ctx()).grab(o, g));
        const qint64 grabbed = t.clock.nowMs();
        const qint64 hour = 3600000;

        t.clock.set(grabbed + 20 * hour - 1);
        auto sweep = ReclaimService(t.ctx()).sweep();
        QVERIFY(sweep->warned.isEmpty() && sweep->reclaimed.isEmpty());
        t.clock.set(grabbed + 20 * hour);
        sweep = ReclaimService(t.ctx()).sweep();
        QCOMPARE(sweep->warned, QList<qint64>{o});
        QCOMPARE(ReclaimService(t.ctx()).sweep()->warned.size(), 0); // warned once

        t.clock.set(grabbed + 24 * hour - 1);
        QVERIFY(ReclaimService(t.ctx()).sweep()->reclaimed.isEmpty());
        t.clock.set(grabbed + 24 * hour);
        sweep = ReclaimService(t.ctx()).sweep();
        QCOMPARE(sweep->reclaimed, QList<qint64>{o});
        QCOMPARE(t.text(QStringLiteral("SELECT state FROM orders WHERE id = ?"), {o}), QStringLiteral("open"));
        QCOMPARE(t.text(QStringLiteral("SELECT end_reason FROM assignments WHERE order_id = ?"), {o}), QStringLiteral("reclaimed"));
        QCOMPARE(t.text(QStringLiteral("SELECT type FROM violations WHERE grabber_id = ?"), {g}), QStringLiteral("no_follow_up"));
        QCOMPARE(t.text(QStringLiteral("SELECT reason FROM events WHERE type = 'reclaimed'")), QStringLiteral("no_follow_up"));
        // Back in the pool with a fresh grab deadline and escalation clock.
        QCOMPARE(t.count(QStringLiteral("SELECT pooled_at = ? FROM orders WHERE id = ?"), {t.clock.nowMs(), o}), 1);
        QVERIFY(t.count(QStringLiteral("SELECT grab_deadline > ? FROM orders WHERE id = ?"), {t.clock.nowMs(), o}) == 1);
    }

    void followUpResetsTheClock()
    {
        TestDb t;
        const qint64 g = t.grabber(QStringLiteral("张伟"));
        const qint64 o = t.order(t.customer());
        QVERIFY(GrabService(t.ctx()).grab(o, g));
        const qint64 hour = 3600000;
        t.clock.advance(21 * hour);
        QCOMPARE(ReclaimService(t.ctx()).sweep()->warned.size(), 1);
        QVERIFY(OrderService(t.ctx()).followUp(o, g, QStringLiteral("电话沟通")));
        t.clock.advance(20 * hour); // 41 h after the grab, 20 h after the follow-up
        auto sweep = ReclaimService(t.ctx()).sweep();
        QVERIFY(sweep->reclaimed.isEmpty());
        QCOMPARE(sweep->warned.size(), 1); // warned again for the new deadline
        t.clock.advance(4 * hour);
        QCOMPARE(ReclaimService(t.ctx()).sweep()->reclaimed.size(), 1);
    }

    void cooldownKeepsTheSameGrabberAway()
    {
        TestDb t;
        t.setRules([](RuleSet &r) {
            r.windows = {GrabWindow{{1, 2, 3, 4, 5, 6, 7}, 0, 1440, QStringLiteral("All day"), false}};
            r.grabDeadlineMinutes = 3 * 24 * 60; // outlives the cool-down
        });
        const qint64 a = t.grabber(QStringLiteral("张伟"));
        const qint64 b = t.grabber(QStringLiteral("王芳"));
        const qint64 o = t.order(t.customer());
        QVERIFY(GrabService(t.ctx()).grab(o, a));
        t.clock.advance(24 * 3600000LL);
        QCOMPARE(ReclaimService(t.ctx()).sweep()->reclaimed.size(), 1);
        auto again = GrabService(t.ctx()).grab(o, a);
        QCOMPARE(again.error().reason, QString::fromLatin1(reason::Cooldown));
        QVERIFY(again.error().message.contains(QStringLiteral("reclaimed")));
        t.clock.advance(24 * 3600000LL - 1);
        QCOMPARE(GrabService(t.ctx()).grab(o, a).error().reason, QString::fromLatin1(reason::Cooldown));
        t.clock.advance(1);
        QVERIFY(GrabService(t.ctx()).grab(o, a)); // cool-down over
        Q_UNUSED(b)
    }

    void automaticViolationsFromAttempts()
    {
        TestDb t;
        const qint64 g = t.grabber(QStringLiteral("李娜"), Level::Junior, 1);
        const qint64 c = t.customer();
        const qint64 o1 = t.order(c), o2 = t.order(c), o3 = t.order(c);
        const qint64 p1 = t.order(t.customer(Tier::Vip), 5000000);
        QVERIFY(GrabService(t.ctx()).grab(o1, g));
        QVERIFY(!GrabService(t.ctx()).grab(o2, g)); // over the cap
        QVERIFY(!GrabService(t.ctx()).grab(o3, g)); // over the cap again, the same day: one violation
        QVERIFY(!GrabService(t.ctx()).grab(p1, g)); // reserved for seniors
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM violations WHERE type = 'over_cap' AND source = 'auto'")), 1);
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM violations WHERE type = 'restricted_order'")), 1);
    }

    void burstOfAttemptsIsInhumanlyFast()
    {
        TestDb t;
        const Burst b = threeLostRaces(t);
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM violations WHERE type = 'rapid_attempts'")), 0); // 3 is the limit
        QVERIFY(!GrabService(t.ctx()).grab(b.taken, b.bot));
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM violations WHERE type = 'rapid_attempts' AND grabber_id = ?"), {b.bot}), 1);
    }

    // The attempt past the limit wins an order: the violation's event is written first, and
    // the grab's own event must follow it in the chain (the grab reads the chain's head up
    // front, with everything else it reads).
    void burstEndingInAWinKeepsTheChain()
    {
        TestDb t;
        const Burst b = threeLostRaces(t);
        const auto won = GrabService(t.ctx()).grab(b.open, b.bot);
        QVERIFY2(won, won ? "" : qPrintable(won.error().message));
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM violations WHERE type = 'rapid_attempts' AND grabber_id = ?"), {b.bot}), 1);
        QCOMPARE(t.count(QStringLiteral("SELECT MAX(id) FROM events")), won->eventId);
        QCOMPARE(t.count(QStringLiteral("SELECT type = 'violation' FROM events WHERE id = ?"), {won->eventId - 1}), 1);
        auto report = IntegrityCheck(t.ctx()).run();
        QVERIFY(report);
        QVERIFY(report->ok());
    }

    void escalationAtTheThreshold()
    {
        TestDb t;
        t.setRules([](RuleSet &r) { r.violations.escalateCount = 3; r.violations.escalateDays = 30; });
        const qint64 g = t.grabber(QStringLiteral("张伟"));
        ViolationService::NewViolation v;
        v.grabberId = g;
        v.type = QStringLiteral("customer_complaint");
        for (int i = 0; i < 2; ++i) {
            QVERIFY(ViolationService(t.ctx()).record(v));
            t.clock.advance(24 * 3600000LL);
        }
        QCOMPARE(ViolationService(t.ctx()).escalated()->size(), 0);
        QVERIFY(ViolationService(t.ctx()).record(v));
        QCOMPARE(ViolationService(t.ctx()).escalated()->size(), 1);
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'escalated' AND grabber_id = ?"), {g}), 1);
        t.clock.advance(29 * 24 * 3600000LL); // the first two fall out of the 30-day window
        QCOMPARE(ViolationService(t.ctx()).escalated()->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReclaim)
#include "tst_reclaim.moc"
