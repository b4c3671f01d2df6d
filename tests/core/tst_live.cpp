// The live board's data: quotas as the rules count them, when the grab window changes next,
// and the feed that tells the board about commits made on another connection.

#include "testdb.h"

#include "domain/ageing.h"
#include "live/boardfeed.h"
#include "services/grab/grabservice.h"
#include "services/grab/quotaledger.h"

#include <QSignalSpy>

using namespace grab;
using namespace grab::test;

class TestLive : public QObject
{
    Q_OBJECT

private slots:
    void quotasCountTodaysGrabsAgainstTheCap()
    {
        TestDb t;
        const qint64 ann = t.grabber(QStringLiteral("Ann"), Level::Junior, 5);
        t.grabber(QStringLiteral("Bob"), Level::Senior);
        const qint64 c = t.customer();
        for (int i = 0; i < 4; ++i) {
            QVERIFY(GrabService(t.ctx()).grab(t.order(c), ann));
        }
        const RuleSet rules = *RuleService(t.ctx()).current();
        auto team = QuotaLedger::teamIn(t.db().connection(), rules, t.clock.nowMs());
        QVERIFY(team);
        QCOMPARE(team->size(), 2);
        const Quota &a = team->at(0);
        QCOMPARE(a.grabberId, ann);
        QCOMPARE(a.dailyCap, 5);
        QVERIFY(a.capOverridden);
        QCOMPARE(a.takenToday, 4);
        QCOMPARE(a.dailyLeft(), 1);
        QCOMPARE(a.openWorkload, 4);
        QCOMPARE(a.attemptsToday, 0); // four attempts, all won
        QVERIFY(a.nearLimit());
        QVERIFY(!a.atLimit());
        const Quota &b = team->at(1);
        QCOMPARE(b.takenToday, 0);
        QCOMPARE(b.dailyCap, rules.dailyCapFor(Level::Senior, std::nullopt));
        QVERIFY(!b.capOverridden && !b.nearLimit() && !b.atLimit());
        // The day that counts is the team's calendar day.
        QCOMPARE(a.dayStart, at("2026-11-25T00:00:00"));
        QCOMPARE(a.dayEnd, at("2026-11-26T00:00:00"));

        QVERIFY(GrabService(t.ctx()).grab(t.order(c), ann));
        auto one = QuotaLedger::grabberIn(t.db().connection(), rules, ann, t.clock.nowMs());
        QVERIFY(one);
        QVERIFY(one->atLimit());
        QCOMPARE(one->dailyLeft(), 0);
        QCOMPARE(GrabService(t.ctx()).grab(t.order(c), ann).error().code, ErrorCode::Refused); // over the cap
        QCOMPARE(QuotaLedger::grabberIn(t.db().connection(), rules, ann, t.clock.nowMs())->attemptsToday, 1);
        // Tomorrow the daily cap starts again; the open workload does not.
        auto tomorrow = QuotaLedger::grabberIn(t.db().connection(), rules, ann, at("2026-11-26T09:00:00"));
        QVERIFY(tomorrow);
        QCOMPARE(tomorrow->takenToday, 0);
        QCOMPARE(tomorrow->openWorkload, 5);
        QCOMPARE(QuotaLedger::grabberIn(t.db().connection(), rules, 999, t.clock.nowMs()).error().code, ErrorCode::NotFound);
    }

    void nextWindowChange_data()
    {
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("next");
        QTest::newRow("in the peak: the peak ends") << "2026-11-25T09:00:00" << "2026-11-25T10:00:00";
        QTest::newRow("day window: closes at eight") << "2026-11-25T12:34:00" << "2026-11-25T20:00:00";
        QTest::newRow("evening: opens next morning") << "2026-11-25T21:00:00" << "2026-11-26T08:00:00";
        QTest::newRow("saturday night: opens on monday") << "2026-11-28T20:30:00" << "2026-11-30T08:00:00";
        QTest::newRow("on an edge: the next one") << "2026-11-25T08:00:00" << "2026-11-25T10:00:00";
    }
    void nextWindowChange()
    {
        QFETCH(QString, now);
        QFETCH(QString, next);
        const RuleSet rules = RuleSet::defaults(QString::fromLatin1(kZone));
        const auto change = rules.nextWindowChange(at(now.toLatin1().constData()));
        QVERIFY(change);
        QCOMPARE(*change, at(next.toLatin1().constData()));
    }

    void nextWindowChangeAcrossMidnight()
    {
        RuleSet rules = RuleSet::defaults(QString::fromLatin1(kZone));
        rules.windows = {GrabWindow{{5}, 22 * 60, 2 * 60, QStringLiteral("Late"), false}}; // Friday 22:00-02:00
        QCOMPARE(*rules.nextWindowChange(at("2026-11-27T21:00:00")), at("2026-11-27T22:00:00"));
        QCOMPARE(*rules.nextWindowChange(at("2026-11-27T23:00:00")), at("2026-11-28T02:00:00"));
        rules.windows.clear();
        QVERIFY(!rules.nextWindowChange(at("2026-11-27T23:00:00")));
    }

    void ageing_data()
    {
        QTest::addColumn<int>("tier"); // 0 VIP, 2 regular
        QTest::addColumn<int>("waitedMinutes");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("why");
        // Default rules: fallback dispatch, widen after 15 min (VIP 5), dispatch after 30 (VIP 10);
        // the order's deadline is 480 minutes after it entered the pool.
        QTest::newRow("fresh") << 2 << 3 << int(Ageing::Fresh) << QString();
        QTest::newRow("widened") << 2 << 16 << int(Ageing::Waiting) << "widened";
        QTest::newRow("due for dispatch") << 2 << 31 << int(Ageing::Starving) << "due_for_dispatch";
        QTest::newRow("VIP widens sooner") << 0 << 6 << int(Ageing::Waiting) << "widened";
        QTest::newRow("VIP starves sooner") << 0 << 11 << int(Ageing::Starving) << "due_for_dispatch";
        QTest::newRow("deadline passed") << 2 << 481 << int(Ageing::Starving) << "deadline_passed";
    }
    void ageing()
    {
        QFETCH(int, tier);
        QFETCH(int, waitedMinutes);
        QFETCH(int, level);
        QFETCH(QString, why);
        const RuleSet rules = RuleSet::defaults(QString::fromLatin1(kZone));
        Order o;
        o.customerTier = Tier(tier);
        o.pooledAt = at("2026-11-25T09:00:00");
        o.grabDeadline = o.pooledAt + 480 * 60000;
        const AgeingAssessment a = assessAgeing(rules, o, o.pooledAt + qint64(waitedMinutes) * 60000);
        QCOMPARE(int(a.level), level);
        QCOMPARE(a.why, why);
    }

    void ageingWithoutDispatchFollowsTheDeadline()
    {
        RuleSet rules = RuleSet::defaults(QString::fromLatin1(kZone));
        rules.dispatch.mode = DispatchPolicy::Mode::Off;
        Order o;
        o.pooledAt = 0;
        o.grabDeadline = 100 * 60000;
        QCOMPARE(int(assessAgeing(rules, o, 40 * 60000).level), int(Ageing::Fresh));
        QCOMPARE(assessAgeing(rules, o, 50 * 60000).why, QStringLiteral("deadline_half"));
        QCOMPARE(assessAgeing(rules, o, 80 * 60000).why, QStringLiteral("deadline_near"));
    }

    // The feed reads on its own connection, as the board's worker does; the writes come through
    // the services on another one, as another process's would.
    void feedDeliversSnapshotThenDeltas()
    {
        TestDb t;
        const qint64 ann = t.grabber(QStringLiteral("Ann"));
        const qint64 c = t.customer(Tier::Vip);
        const qint64 first = t.order(c);

        // A file is asked every 50 ms; a server tells of each commit, and is asked only once a
        // minute here, so that only its notification can bring the news in time.
        BoardFeed feed(t.path(), t.clock, BoardFeed::Options{50, 30000, 100, 60000});
        QSignalSpy snapshots(&feed, &BoardFeed::snapshotReady);
        QSignalSpy deltas(&feed, &BoardFeed::deltaReady);
        QSignalSpy health(&feed, &BoardFeed::health);
        feed.start();
        QCOMPARE(snapshots.size(), 1);
        const auto snapshot = snapshots.at(0).at(0).value<BoardSnapshot>();
        QCOMPARE(snapshot.inPlay.size(), 1);
        QCOMPARE(snapshot.inPlay.at(0).id, first);
        QVERIFY(snapshot.inPlay.at(0).customerTier == Tier::Vip);
        QCOMPARE(snapshot.quotas.size(), 1);
        QVERIFY(snapshot.lastEventId > 0);
        QVERIFY(!snapshot.recent.isEmpty());
        QCOMPARE(snapshot.recent.last().id, snapshot.lastEventId);

        // Nothing committed: polling delivers nothing.
        feed.poke();
        QCOMPARE(deltas.size(), 0);
        QVERIFY(health.last().at(0).toBool());

        const qint64 second = t.order(c);
        QVERIFY(GrabService(t.ctx()).grab(first, ann));
        QTRY_COMPARE_WITH_TIMEOUT(deltas.size(), 1, 1000); // the feed finds it by itself
        QCOMPARE(feed.isNotified(), onServer());
        const auto delta = deltas.at(0).at(0).value<BoardDelta>();
        QCOMPARE(delta.events.size(), 2);
        QCOMPARE(delta.events.at(0).type, QStringLiteral("published"));
        QCOMPARE(delta.events.at(1).type, QStringLiteral("grab_won"));
        QCOMPARE(delta.events.at(0).id, snapshot.lastEventId + 1);
        QCOMPARE(delta.orders.size(), 2); // the new order, open; the grabbed one, assigned
        QCOMPARE(delta.orders.at(0).id, second);
        QVERIFY(delta.orders.at(0).state == OrderState::Open);
        QCOMPARE(delta.orders.at(1).id, first);
        QVERIFY(delta.orders.at(1).state == OrderState::Assigned);
        QVERIFY(delta.quotas);
        QCOMPARE(delta.quotas->at(0).takenToday, 1);
        QVERIFY(!delta.rules);

        // A rule change comes with the new rules.
        t.setRules([](RuleSet &r) { r.maxOpenWorkload = 3; });
        QTRY_COMPARE_WITH_TIMEOUT(deltas.size(), 2, 1000);
        const auto changed = deltas.at(1).at(0).value<BoardDelta>();
        QVERIFY(changed.rules);
        QCOMPARE(changed.rules->maxOpenWorkload, 3);
        QCOMPARE(changed.quotas->at(0).workloadCap, 3);
        feed.stop();
    }

    void feedReportsAnUnusableDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
        FixedClock clock;
        BoardFeed feed(path, clock);
        QSignalSpy health(&feed, &BoardFeed::health);
        QSignalSpy snapshots(&feed, &BoardFeed::snapshotReady);
        feed.start();
        QCOMPARE(snapshots.size(), 0);
        QCOMPARE(health.size(), 1);
        QVERIFY(!health.at(0).at(0).toBool());
        QVERIFY(!health.at(0).at(1).toString().isEmpty());
        QVERIFY(!QFile::exists(path)); // the feed never creates a database
    }
};

QTEST_GUILESS_MAIN(TestLive)
#include "tst_live.moc"
