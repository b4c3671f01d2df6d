// The pool and the quota ledger as one grabber sees them: what GrabDesk's grabber mode shows.

#include "testdb.h"

#include "services/grab/grabberview.h"
#include "services/grab/grabservice.h"
#include "services/grab/quotaledger.h"
#include "services/grab/reclaimservice.h"

using namespace grab;
using namespace grab::test;

namespace {

RuleSet rules()
{
    RuleSet r = RuleSet::defaults(QString::fromLatin1(kZone));
    r.version = 1;
    return r;
}

Quota junior(int takenToday = 0, int openWorkload = 0)
{
    const RuleSet r = rules();
    Quota q;
    q.grabberId = 7;
    q.name = QStringLiteral("王芳");
    q.level = Level::Junior;
    q.dailyCap = r.dailyCapFor(Level::Junior, std::nullopt);
    q.takenToday = takenToday;
    q.workloadCap = r.maxOpenWorkload;
    q.openWorkload = openWorkload;
    const auto day = r.dayBounds(at("2026-11-25T09:00:00"));
    q.dayStart = day.first;
    q.dayEnd = day.second;
    return q;
}

Order order(qint64 id, int priority, const char *pooled, Tier tier = Tier::Regular)
{
    Order o;
    o.id = id;
    o.priority = priority;
    o.customerTier = tier;
    o.customerName = QStringLiteral("客户%1").arg(id);
    o.publishedAt = at(pooled);
    o.pooledAt = o.publishedAt;
    o.grabDeadline = o.publishedAt + 8 * 3600 * 1000;
    return o;
}

QList<qint64> ids(const QList<Order> &orders)
{
    QList<qint64> out;
    for (const Order &o : orders) {
        out.append(o.id);
    }
    return out;
}

} // namespace

class TestGrabberView : public QObject
{
    Q_OBJECT

private slots:
    // Grabbable orders by priority, then age; the others each with the rule that keeps them away.
    void splitsThePoolWithReasons()
    {
        const qint64 now = at("2026-11-25T09:00:00");
        Order reserved = order(1, 1, "2026-11-25T08:59:00", Tier::Vip); // P1: senior and above
        Order namedOthers = order(2, 3, "2026-11-25T08:30:00");
        namedOthers.onlyGrabbers = {8, 9};
        Order forLeads = order(3, 4, "2026-11-25T08:40:00");
        forLeads.minLevel = Level::Lead;
        Order namedMe = order(4, 4, "2026-11-25T08:50:00");
        namedMe.onlyGrabbers = {7};
        const QList<Order> pool{order(10, 4, "2026-11-25T08:10:00"),
                                order(11, 2, "2026-11-25T08:55:00", Tier::Vip),
                                reserved,
                                order(12, 4, "2026-11-25T08:05:00"),
                                namedOthers,
                                forLeads,
                                namedMe,
                                order(13, 2, "2026-11-25T08:20:00", Tier::Key)};
        const GrabberView view(rules(), junior(), now);
        const GrabberView::Pool split = view.split(pool);
        QCOMPARE(ids(split.grabbable), (QList<qint64>{13, 11, 12, 10, 4}));
        QCOMPARE(split.others.size(), 3);
        QCOMPARE(split.others.at(0).order.id, 1);
        QCOMPARE(split.others.at(0).verdict.reason, QString::fromLatin1(reason::LevelReserved));
        QVERIFY(split.others.at(0).verdict.neededLevel == Level::Senior);
        QVERIFY(split.others.at(0).verdict.detail.contains(QStringLiteral("reserved for senior")));
        QCOMPARE(split.others.at(1).order.id, 2);
        QCOMPARE(split.others.at(1).verdict.reason, QString::fromLatin1(reason::Restricted));
        QCOMPARE(split.others.at(2).order.id, 3);
        QCOMPARE(split.others.at(2).verdict.reason, QString::fromLatin1(reason::LevelRestricted));
        QVERIFY(split.others.at(2).verdict.neededLevel == Level::Lead);
    }

    // The view and the grab decide alike: same engine, same inputs.
    void capsAndStatusRefuseEverything_data()
    {
        QTest::addColumn<int>("taken");
        QTest::addColumn<int>("workload");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::newRow("daily cap") << 20 << 0 << int(GrabberStatus::Active) << QString::fromLatin1(reason::DailyCap);
        QTest::newRow("workload cap") << 3 << 15 << int(GrabberStatus::Active)
                                      << QString::fromLatin1(reason::WorkloadCap);
        QTest::newRow("on leave") << 0 << 0 << int(GrabberStatus::OnLeave)
                                  << QString::fromLatin1(reason::GrabberOnLeave);
        QTest::newRow("suspended") << 0 << 0 << int(GrabberStatus::Suspended)
                                   << QString::fromLatin1(reason::GrabberSuspended);
    }
    void capsAndStatusRefuseEverything()
    {
        QFETCH(int, taken);
        QFETCH(int, workload);
        QFETCH(int, status);
        QFETCH(QString, reason);
        Quota q = junior(taken, workload);
        q.status = GrabberStatus(status);
        const GrabberView view(rules(), q, at("2026-11-25T09:00:00"));
        const auto split = view.split({order(1, 4, "2026-11-25T08:00:00"), order(2, 3, "2026-11-25T08:30:00")});
        QVERIFY(split.grabbable.isEmpty());
        QCOMPARE(split.others.size(), 2);
        QCOMPARE(split.others.at(0).verdict.reason, reason);
        QVERIFY(!view.ledger().canGrabNow);
    }

    void personalCapIsTheOneThatCounts()
    {
        Quota q = junior(5);
        q.dailyCap = 5;
        q.capOverridden = true;
        const GrabberView view(rules(), q, at("2026-11-25T09:00:00"));
        const auto v = view.judge(order(1, 4, "2026-11-25T08:00:00"));
        QCOMPARE(v.reason, QString::fromLatin1(reason::DailyCap));
        QVERIFY2(v.detail.contains(QStringLiteral("personal cap")), qPrintable(v.detail));
        QCOMPARE(view.grabberOf(q).dailyCapOverride, std::optional<int>(5));
    }

    // The ledger: the day that counts, the window now and the next change.
    void ledgerInAndOutOfTheWindows()
    {
        const GrabberView peak(rules(), junior(3, 2), at("2026-11-25T09:00:00"));
        const GrabberView::Ledger l = peak.ledger();
        QCOMPARE(l.day, QDate(2026, 11, 25));
        QCOMPARE(l.timeZone, QString::fromLatin1(kZone));
        QVERIFY(l.window);
        QCOMPARE(l.window->label, QStringLiteral("Morning peak"));
        QVERIFY(l.window->peak);
        QCOMPARE(l.nextChangeAt, std::optional<qint64>(at("2026-11-25T10:00:00")));
        QCOMPARE(l.nextWindow->label, QStringLiteral("Day"));
        QVERIFY(l.canGrabNow);
        QCOMPARE(l.quota.dailyLeft(), 17);
        QCOMPARE(l.quota.workloadLeft(), 13);

        // Sunday: closed until Monday morning, and every order says so.
        const GrabberView sunday(rules(), junior(), at("2026-11-29T11:00:00"));
        const GrabberView::Ledger s = sunday.ledger();
        QVERIFY(!s.window);
        QVERIFY(!s.canGrabNow);
        QCOMPARE(s.nextChangeAt, std::optional<qint64>(at("2026-11-30T08:00:00")));
        QCOMPARE(s.nextWindow->label, QStringLiteral("Morning peak"));
        QCOMPARE(sunday.judge(order(1, 4, "2026-11-29T10:00:00")).reason, QString::fromLatin1(reason::OutsideWindow));

        // In the evening the next change closes grabbing.
        const GrabberView evening(rules(), junior(), at("2026-11-25T19:00:00"));
        QCOMPARE(evening.ledger().nextChangeAt, std::optional<qint64>(at("2026-11-25T20:00:00")));
        QVERIFY(!evening.ledger().nextWindow);
    }

    // recheckAt names the first instant at which time alone can change the verdict; a view
    // made at that instant gives the new verdict.
    void recheckAtIsWhenTheClockChangesTheVerdict()
    {
        const Order vip = order(1, 1, "2026-11-25T08:59:00", Tier::Vip); // widened after 5 minutes
        const GrabberView now(rules(), junior(), at("2026-11-25T09:00:00"));
        const auto before = now.judge(vip);
        QCOMPARE(before.reason, QString::fromLatin1(reason::LevelReserved));
        QCOMPARE(before.recheckAt, at("2026-11-25T09:04:00"));
        QVERIFY(GrabberView(rules(), junior(), before.recheckAt - 1).judge(vip).reason ==
                QString::fromLatin1(reason::LevelReserved));
        QVERIFY(GrabberView(rules(), junior(), before.recheckAt).judge(vip).grabbable);

        // A regular order near its deadline: the deadline comes before the window change.
        Order late = order(2, 4, "2026-11-25T01:30:00");
        const auto v = now.judge(late);
        QVERIFY(v.grabbable);
        QCOMPARE(v.recheckAt, at("2026-11-25T09:30:00"));
        QCOMPARE(GrabberView(rules(), junior(), v.recheckAt).judge(late).reason,
                 QString::fromLatin1(reason::DeadlinePassed));

        // Pure grabbing never widens: only the window edge is left.
        RuleSet off = rules();
        off.dispatch.mode = DispatchPolicy::Mode::Off;
        QCOMPARE(
            GrabberView(off, junior(), at("2026-11-25T09:00:00")).judge(order(3, 4, "2026-11-25T08:59:00")).recheckAt,
            at("2026-11-25T10:00:00"));
    }

    // The cool-down after a reclaim, read from the store as the grab reads it.
    void cooldownAfterAReclaim()
    {
        TestDb t;
        const qint64 ann = t.grabber(QStringLiteral("Ann"));
        const qint64 o = t.order(t.customer());
        QVERIFY(GrabService(t.ctx()).grab(o, ann));
        t.clock.advance(25LL * 3600 * 1000); // no follow-up for a day: reclaimed
        const qint64 reclaimedAt = t.clock.nowMs();
        auto sweep = ReclaimService(t.ctx()).sweep();
        QVERIFY(sweep);
        QCOMPARE(sweep->reclaimed, QList<qint64>{o});

        auto reclaimed = GrabberView::reclaimedFromIn(t.db().connection(), ann, reclaimedAt - 3600 * 1000);
        QVERIFY(reclaimed);
        QCOMPARE(reclaimed->value(o), reclaimedAt);
        QVERIFY(GrabberView::reclaimedFromIn(t.db().connection(), ann, reclaimedAt + 1)->isEmpty());

        const RuleSet r = *RuleService(t.ctx()).current();
        auto quota = QuotaLedger::grabberIn(t.db().connection(), r, ann, t.clock.nowMs());
        QVERIFY(quota);
        const Order pooled = *OrderService(t.ctx()).order(o);
        const GrabberView view(r, *quota, t.clock.nowMs(), *reclaimed);
        const auto v = view.judge(pooled);
        QCOMPARE(v.reason, QString::fromLatin1(reason::Cooldown));
        // Back in the pool, the order is widened after 15 minutes: the first change on the clock.
        const qint64 cooldownEnds = reclaimedAt + 24LL * 3600 * 1000;
        QCOMPARE(v.recheckAt, reclaimedAt + 15 * 60 * 1000);
        QCOMPARE(GrabberView(r, *quota, cooldownEnds - 1, *reclaimed).judge(pooled).reason,
                 QString::fromLatin1(reason::Cooldown));
        QVERIFY(GrabberView(r, *quota, cooldownEnds, *reclaimed).judge(pooled).reason !=
                QString::fromLatin1(reason::Cooldown));
        // The grab agrees.
        auto grabbed = GrabService(t.ctx()).grab(o, ann);
        QVERIFY(!grabbed);
        QCOMPARE(grabbed.error().reason, QString::fromLatin1(reason::Cooldown));
        QCOMPARE(grabbed.error().message, v.detail);
    }
};

QTEST_GUILESS_MAIN(TestGrabberView)
#include "tst_grabberview.moc"
