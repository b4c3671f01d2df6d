// The live simulator on a demo team in a real SQLite file: its pace, its races through the real
// grab service (one winner per order), a stop from another thread, and what it says when the
// rules leave nothing to win.
#include "testdb.h"

#include "demo/demogenerator.h"
#include "sim/simulator.h"

#include <QElapsedTimer>

#include <algorithm>
#include <future>
#include <thread>

using namespace grab;

class TestSimulator : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDb> m_db;

    qint64 lastEventId() { return m_db->count(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM events")); }
    int eventsSince(qint64 id, const char *type)
    {
        return m_db->count(QStringLiteral("SELECT COUNT(*) FROM events WHERE id > ? AND type = ?"),
                           {id, QString::fromLatin1(type)});
    }

private slots:
    void initTestCase()
    {
        // A demo team whose history ends now: Wednesday 09:00 in Shanghai, in the morning peak.
        m_db = std::make_unique<test::TestDb>();
        // These tests are about the simulator's pacing and races, not the disk: on a shared,
        // loaded machine a durable (FULL) commit alone can take longer than the 5 ms an event
        // may use at 200 a second, and the pace test then failed for the disk's sake.
        QVERIFY(m_db->db().setSynchronous(Database::Synchronous::Normal));
        DemoGenerator::Options d;
        d.seed = 11;
        d.grabbers = 12;
        d.days = 3;
        d.endMs = m_db->clock.nowMs();
        d.timeZone = QString::fromLatin1(test::kZone);
        auto demo = DemoGenerator::generate(m_db->db(), d);
        QVERIFY2(demo.ok(), demo.ok() ? "" : qPrintable(demo.error().message));
    }

    void keepsThePaceAndRaces()
    {
        const qint64 before = lastEventId();
        Simulator::Options o;
        o.rate = 200;
        o.durationS = 2;
        o.seed = 3;
        int progressCalls = 0;
        o.progressIntervalMs = 500;
        o.onProgress = [&](const Simulator::Summary &) { ++progressCalls; };
        Simulator sim(m_db->db(), m_db->clock, o);
        auto r = sim.run();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        const Simulator::Summary &s = *r;
        QVERIFY2(!s.failure, s.failure ? qPrintable(s.failure->message) : "");

        // About 400 events in about 2 s.
        QVERIFY2(s.events >= 320 && s.events <= 480, qPrintable(QStringLiteral("%1 events").arg(s.events)));
        QVERIFY2(s.elapsedMs >= 2000 && s.elapsedMs < 2400, qPrintable(QStringLiteral("%1 ms").arg(s.elapsedMs)));
        QVERIFY(s.achievedRate > 160 && s.achievedRate < 240);
        QVERIFY(progressCalls >= 2);
        QCOMPARE(s.grabbers, 11); // the demo puts one of the 12 on leave
        QVERIFY(!s.stopped);
        QVERIFY2(s.notes.isEmpty(), qPrintable(s.notes.join(u' ')));

        // Real races: wins and lost races, and every kind of event the board shows.
        QVERIFY(s.won > 0);
        QVERIFY(s.lostRaces > 0);
        QVERIFY(s.published > 0 && s.closedWon + s.closedLost > 0 && s.followUps > 0);
        QCOMPARE(s.attempts, s.won + s.lostRaces + s.refused);
        QCOMPARE(s.events,
                 qint64(s.published + s.attempts + s.followUps + s.closedWon + s.closedLost + s.released + s.feedback));

        // The figures are the log's.
        QCOMPARE(eventsSince(before, "published"), s.published);
        QCOMPARE(eventsSince(before, "grab_won"), s.won);
        QCOMPARE(eventsSince(before, "grab_lost_race"), s.lostRaces);
        QCOMPARE(eventsSince(before, "grab_rejected"), s.refused);
        QCOMPARE(eventsSince(before, "closed"), s.closedWon + s.closedLost);
        QCOMPARE(lastEventId() - before, s.eventRows);
        QVERIFY(s.eventRows >= s.events);

        // One winner per order: never two grab_won for one order without it coming back to the
        // pool between them, and every assigned order held by exactly its assignee.
        QCOMPARE(
            m_db->count(QStringLiteral(
                            "SELECT COUNT(*) FROM (SELECT order_id, SUM(CASE WHEN type = 'grab_won' THEN 1 ELSE 0 END) AS w, "
                            "SUM(CASE WHEN type IN ('released', 'reclaimed') THEN 1 ELSE 0 END) AS r FROM events WHERE id > ? "
                            "GROUP BY order_id) per_order WHERE w > r + 1"),
                        {before}),
            0);
        QCOMPARE(
            m_db->count(QStringLiteral("SELECT COUNT(*) FROM (SELECT order_id FROM assignments WHERE ended_at IS NULL "
                                       "GROUP BY order_id HAVING COUNT(*) > 1) held_twice")),
            0);
        QCOMPARE(
            m_db->count(QStringLiteral(
                "SELECT COUNT(*) FROM orders o WHERE o.state = 'assigned' AND (SELECT COUNT(*) FROM "
                "assignments a WHERE a.order_id = o.id AND a.ended_at IS NULL AND a.grabber_id = o.assignee_id) <> 1")),
            0);
        if (!test::onServer()) { // a server checks its own pages as it reads them
            QCOMPARE(m_db->text(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        }
    }

    void stopsPromptlyFromAnotherThread()
    {
        // The GUI's way: a worker thread with its own connection runs it; the menu stops it.
        std::promise<Simulator *> started;
        auto startedFuture = started.get_future();
        std::promise<std::optional<Simulator::Summary>> finished;
        auto finishedFuture = finished.get_future();
        const QString path = m_db->path();
        const Clock &clock = m_db->clock;
        std::thread worker([&] {
            auto db = Database::open(path, Database::Options{});
            if (!db) {
                started.set_value(nullptr);
                finished.set_value(std::nullopt);
                return;
            }
            Simulator::Options o;
            o.rate = 100; // durationS 0: until stopped
            Simulator sim(**db, clock, o);
            started.set_value(&sim);
            auto r = sim.run();
            finished.set_value(r ? std::optional<Simulator::Summary>(*r) : std::nullopt);
        });
        Simulator *sim = startedFuture.get();
        QVERIFY(sim);
        QVERIFY(finishedFuture.wait_for(std::chrono::milliseconds(700)) ==
                std::future_status::timeout); // still running
        QElapsedTimer stopping;
        stopping.start();
        sim->requestStop();
        const bool inTime = finishedFuture.wait_for(std::chrono::milliseconds(300)) == std::future_status::ready;
        const qint64 tookMs = stopping.elapsed();
        worker.join();
        QVERIFY2(inTime, qPrintable(QStringLiteral("stopping took %1 ms").arg(tookMs)));
        const auto summary = finishedFuture.get();
        QVERIFY(summary);
        QVERIFY(summary->stopped);
        QVERIFY(summary->events > 30);
        QVERIFY(!summary->failure);
    }

    void refusesBadOptionsAndWritesNothing_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("durationS");
        QTest::addColumn<int>("grabbers");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("rate 0") << 0.0 << 1 << 0 << ErrorCode::Usage;
        QTest::newRow("rate above 5000") << 5000.5 << 1 << 0 << ErrorCode::Usage;
        QTest::newRow("negative duration") << 10.0 << -1 << 0 << ErrorCode::Usage;
        QTest::newRow("more grabbers than active") << 10.0 << 1 << 12 << ErrorCode::InvalidInput;
    }

    void refusesBadOptionsAndWritesNothing()
    {
        QFETCH(double, rate);
        QFETCH(int, durationS);
        QFETCH(int, grabbers);
        QFETCH(ErrorCode, code);
        const qint64 before = lastEventId();
        Simulator::Options o;
        o.rate = rate;
        o.durationS = durationS;
        o.grabbers = grabbers;
        auto r = Simulator(m_db->db(), m_db->clock, o).run();
        QVERIFY(!r);
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(lastEventId(), before);
    }

    void firstNGrabbersOnly()
    {
        const qint64 before = lastEventId();
        Simulator::Options o;
        o.rate = 300;
        o.durationS = 1;
        o.grabbers = 2;
        auto r = Simulator(m_db->db(), m_db->clock, o).run();
        QVERIFY(r);
        QCOMPARE(r->grabbers, 2);
        QVERIFY(r->attempts > 0);
        // Grab attempts come from the first two active grabbers by id, nobody else.
        QCOMPARE(m_db->count(QStringLiteral("SELECT COUNT(DISTINCT grabber_id) FROM events WHERE id > ? AND type IN "
                                            "('grab_won', 'grab_lost_race', 'grab_rejected') AND grabber_id NOT IN "
                                            "(SELECT id FROM grabbers WHERE status = 'active' ORDER BY id LIMIT 2)"),
                             {before}),
                 0);
    }

    void saysSoOutsideEveryWindow()
    {
        // Sunday morning: the default rules have no window on Sundays.
        FixedClock sunday(test::at("2026-11-29T09:00:00"));
        Simulator::Options o;
        o.rate = 200;
        o.durationS = 1;
        auto r = Simulator(m_db->db(), sunday, o).run();
        QVERIFY(r);
        QCOMPARE(r->won, 0);
        QVERIFY(r->refusedBy.value(QStringLiteral("outside_window")) > 0);
        // The note that explains the refusals; a slow machine may add the "could not keep up"
        // note beside it (the rate is 200 events/s), nothing else.
        QVERIFY2(std::any_of(r->notes.cbegin(), r->notes.cend(),
                             [](const QString &n) { return n.contains(QStringLiteral("no grab window was open")); }),
                 qPrintable(r->notes.join(QStringLiteral(" | "))));
        for (const QString &n : r->notes) {
            QVERIFY2(n.contains(QStringLiteral("no grab window was open")) || n.contains(QStringLiteral("keep up")),
                     qPrintable(n));
        }
        QVERIFY(!r->failure);
    }

    void reportsALockedDatabase()
    {
        // Another writer holds the lock past the (shortened) busy timeout: the run ends with the
        // failure in its summary instead of going on silently.
        Database::Options short_;
        short_.busyTimeoutMs = 300;
        auto db = Database::open(m_db->path(), short_);
        QVERIFY(db);
        auto blocker = Database::open(m_db->path(), Database::Options{});
        QVERIFY(blocker);
        std::optional<Transaction> held; // another desk's write, open throughout
        {
            auto tx = Transaction::begin(**blocker);
            QVERIFY(tx);
            held.emplace(std::move(*tx));
        }
        Simulator::Options o;
        o.rate = 100;
        o.durationS = 5;
        QElapsedTimer t;
        t.start();
        auto r = Simulator(**db, m_db->clock, o).run();
        held.reset(); // rolled back
        QVERIFY(r);
        QVERIFY(r->failure);
        QCOMPARE(r->failure->code, ErrorCode::DatabaseUnusable);
        QCOMPARE(r->events, qint64(0));
        QVERIFY(t.elapsed() < 4000); // it did not run on for its whole duration
        QCOMPARE(toJson(*r).value(QStringLiteral("ok")).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
