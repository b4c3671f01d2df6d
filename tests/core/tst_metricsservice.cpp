#include "testdb.h"

#include "services/metrics/awardservice.h"
#include "services/grab/grabservice.h"
#include "services/metrics/metricsservice.h"
#include "services/grab/poolinsights.h"
#include "services/grab/reclaimservice.h"
#include "services/metrics/targetservice.h"
#include "services/team/violationservice.h"

using namespace grab;
using namespace grab::test;

// A hand-computed fixture in Asia/Shanghai, period = Wednesday 2026-11-25 only:
//   张伟 grabs o1 09:00 (+60 s), o2 09:10 (+120 s), o3 09:20 (+600 s), o4 09:30 (+30 s):
//        o1 won (20,000.00), o2 lost, o3 reclaimed (no follow-up; the sweep runs next day -> outside),
//        o4 still open at the end; one lost race; feedback 5 and 2.
//   王芳 active, no activity at all. 李娜 on leave, no activity: no row.
class TestMetricsService : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        TestDb t;
        qint64 zhang = 0, wang = 0, li = 0;
        qint64 o1 = 0, o2 = 0, o3 = 0, o4 = 0;
    };

    static void build(Fixture &f)
    {
        TestDb &t = f.t;
        t.setRules([](RuleSet &r) {
            r.windows = {GrabWindow{{1, 2, 3, 4, 5, 6, 7}, 0, 1440, QStringLiteral("All day"), false}};
            r.grabDeadlineMinutes = 5 * 24 * 60;
        });
        f.zhang = t.grabber(QStringLiteral("张伟"), Level::Lead);
        f.wang = t.grabber(QStringLiteral("王芳"));
        f.li = t.grabber(QStringLiteral("李娜"));
        TeamService::GrabberChanges leave;
        leave.status = GrabberStatus::OnLeave;
        QVERIFY(TeamService(t.ctx()).updateGrabber(f.li, leave));
        const qint64 c = t.customer(Tier::Key);
        const auto publishAndGrab = [&](const char *publishAt, qint64 responseS, qint64 amount) {
            t.clock.set(at(publishAt));
            const qint64 o = t.order(c, amount);
            t.clock.advance(responseS * 1000);
            if (!GrabService(t.ctx()).grab(o, f.zhang)) {
                qFatal("grab");
            }
            return o;
        };
        f.o1 = publishAndGrab("2026-11-25T09:00:00", 60, 2000000);
        f.o2 = publishAndGrab("2026-11-25T09:10:00", 120, 100000);
        f.o3 = publishAndGrab("2026-11-25T09:20:00", 600, 100000);
        f.o4 = publishAndGrab("2026-11-25T09:30:00", 30, 100000);
        QVERIFY(!GrabService(t.ctx()).grab(f.o1, f.wang)); // wang loses a race: an attempt, not a hit
        t.clock.set(at("2026-11-25T15:00:00"));
        QVERIFY(OrderService(t.ctx()).followUp(f.o1, f.zhang, QString()));
        QVERIFY(OrderService(t.ctx()).close(f.o1, Outcome::Won));
        QVERIFY(OrderService(t.ctx()).close(f.o2, Outcome::Lost));
        QVERIFY(OrderService(t.ctx()).followUp(f.o4, f.zhang, QString()));
        QVERIFY(OrderService(t.ctx()).feedback(f.o1, 5, QString()));
        QVERIFY(OrderService(t.ctx()).feedback(f.o2, 2, QString()));
        // o3's reclaim happens at 2026-11-26 09:20 + 24 h... i.e. after the period.
        t.clock.set(at("2026-11-26T10:00:00"));
        QVERIFY(ReclaimService(t.ctx()).sweep());
    }

private slots:
    void handComputedDay()
    {
        Fixture f;
        build(f);
        auto rows = MetricsService(f.t.ctx()).kpis(Period{QDate(2026, 11, 25), QDate(2026, 11, 26)});
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2); // 李娜 is on leave with nothing in the period
        const GrabberKpis &z = rows->at(0);
        QCOMPARE(z.name, QStringLiteral("张伟"));
        QCOMPARE(z.volume, 4);
        QCOMPARE(z.won, 1);
        QCOMPARE(z.lost, 1);
        QCOMPARE(z.reclaimed, 0); // reclaimed the next day: not in this period
        QCOMPARE(*z.successRate, 0.5);
        QCOMPARE(*z.failureRate, 0.5);
        QCOMPARE(z.attempts, 4);
        QCOMPARE(*z.hitRate, 1.0);
        QCOMPARE(*z.medianResponseS, 90.0); // (60 + 120) / 2 of 30, 60, 120, 600
        QCOMPARE(z.revenueMinor, 2000000);
        QCOMPARE(*z.satisfaction, 3.5);
        QCOMPARE(z.feedbackCount, 2);
        QCOMPARE(z.violations, 0);
        const GrabberKpis &w = rows->at(1);
        QCOMPARE(w.name, QStringLiteral("王芳"));
        QCOMPARE(w.volume, 0);
        QCOMPARE(w.attempts, 1);
        QCOMPARE(*w.hitRate, 0.0);
        QVERIFY(!w.successRate); // nothing closed: undefined, not 0 %
        QVERIFY(!w.failureRate);
        QVERIFY(!w.medianResponseS);
        QVERIFY(!w.satisfaction);
    }

    void theNextDayHoldsTheReclaim()
    {
        Fixture f;
        build(f);
        auto rows = MetricsService(f.t.ctx()).kpis(Period{QDate(2026, 11, 26), QDate(2026, 11, 27)}, f.zhang);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        const GrabberKpis &z = rows->first();
        QCOMPARE(z.volume, 0);
        QCOMPARE(z.reclaimed, 1);
        QCOMPARE(*z.successRate, 0.0);
        QCOMPARE(*z.failureRate, 1.0);
        QCOMPARE(z.violations, 1); // no_follow_up
        QCOMPARE(z.violationsByType.value(QStringLiteral("no_follow_up")), 1);
        QVERIFY(!z.satisfaction);
    }

    // Period edges are team-local midnights: 23:59 on the 25th is the 25th, 00:00 the 26th,
    // although both are the same UTC date.
    void periodEdgesFollowTheTeamTimeZone()
    {
        TestDb t;
        t.setRules([](RuleSet &r) {
            r.windows = {GrabWindow{{1, 2, 3, 4, 5, 6, 7}, 0, 1440, QStringLiteral("All day"), false}};
            r.grabDeadlineMinutes = 5 * 24 * 60;
        });
        const qint64 g = t.grabber(QStringLiteral("张伟"));
        const qint64 c = t.customer();
        t.clock.set(at("2026-11-25T23:00:00"));
        const qint64 a = t.order(c), b = t.order(c);
        t.clock.set(at("2026-11-25T23:59:59"));
        QVERIFY(GrabService(t.ctx()).grab(a, g));
        t.clock.set(at("2026-11-26T00:00:00"));
        QVERIFY(GrabService(t.ctx()).grab(b, g));
        MetricsService m(t.ctx());
        QCOMPARE(m.kpis(Period{QDate(2026, 11, 25), QDate(2026, 11, 26)})->first().volume, 1);
        QCOMPARE(m.kpis(Period{QDate(2026, 11, 26), QDate(2026, 11, 27)})->first().volume, 1);
        QCOMPARE(m.kpis(Period{QDate(2026, 11, 25), QDate(2026, 11, 27)})->first().volume, 2);
        auto days = m.daily(Period{QDate(2026, 11, 24), QDate(2026, 11, 27)}, g);
        QCOMPARE(days->size(), 3);
        QCOMPARE(days->at(0).volume, 0);
        QCOMPARE(days->at(1).volume, 1);
        QCOMPARE(days->at(2).volume, 1);
    }

    void teamFiguresAndFairness()
    {
        Fixture f;
        build(f);
        auto team = MetricsService(f.t.ctx()).team(Period{QDate(2026, 11, 25), QDate(2026, 11, 26)});
        QVERIFY(team);
        QCOMPARE(team->totals.volume, 4);
        QCOMPARE(team->activeGrabbers, 2);
        QCOMPARE(*team->fairness, 0.5); // volumes 4 and 0: (4)^2 / (2 * 16)
        QCOMPARE(*team->totals.medianResponseS, 90.0);
    }

    void badPeriodsAndUnknownGrabbers()
    {
        TestDb t;
        QCOMPARE(MetricsService(t.ctx()).kpis(Period{QDate(2026, 11, 26), QDate(2026, 11, 26)}).error().code, ErrorCode::Usage);
        QCOMPARE(MetricsService(t.ctx()).kpis(Period{QDate(2026, 11, 25), QDate(2026, 11, 26)}, 99).error().code, ErrorCode::NotFound);
    }

    void grabberOfTheMonthExplainsItself()
    {
        Fixture f;
        build(f);
        auto best = AwardService(f.t.ctx()).grabberOfTheMonth(QDate(2026, 11, 1));
        QVERIFY(best);
        QVERIFY(!best->winner); // nobody has 10 closed orders
        QCOMPARE(best->unqualified.size(), 2);
        QVERIFY(best->formula.contains(QStringLiteral("at least 10 closed")));
    }

    void targetsShowProgress()
    {
        Fixture f;
        build(f);
        QVERIFY(TargetService(f.t.ctx()).set(f.zhang, QDate(2026, 11, 1), 10, 5000000));
        QVERIFY(TargetService(f.t.ctx()).set(f.zhang, QDate(2026, 11, 1), 12, 6000000)); // replaced, with an event
        auto targets = TargetService(f.t.ctx()).month(QDate(2026, 11, 15));
        QCOMPARE(targets->size(), 1);
        QCOMPARE(targets->first().wonCount, 12);
        QCOMPARE(targets->first().won, 1);
        QCOMPARE(targets->first().revenueDoneMinor, 2000000);
        QCOMPARE(f.t.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'target_set'")), 2);
        QCOMPARE(TargetService(f.t.ctx()).set(99, QDate(2026, 11, 1), 1, 1).error().code, ErrorCode::NotFound);
    }

    void poolAgeingAndStarvingVip()
    {
        TestDb t;
        const qint64 vip = t.customer(Tier::Vip);
        const qint64 regular = t.customer(Tier::Regular);
        t.clock.set(at("2026-11-25T09:00:00"));
        t.order(vip);      // will have waited 60 min
        t.clock.set(at("2026-11-25T09:50:00"));
        t.order(regular);  // 10 min
        t.clock.set(at("2026-11-25T09:57:00"));
        t.order(vip);      // 3 min: not starving yet (VIP dispatch after 10)
        t.clock.set(at("2026-11-25T10:00:00"));
        auto a = PoolInsights(t.ctx()).ageing();
        QVERIFY(a);
        QCOMPARE(a->open, 3);
        QCOMPARE(a->oldestMinutes, 60);
        QCOMPARE(a->starvingVip, 1);
        QCOMPARE(a->buckets.at(0).orders, 1); // < 5 min
        QCOMPARE(a->buckets.at(1).orders, 1); // 5-15 min
        QCOMPARE(a->buckets.at(4).orders, 1); // 1-4 h
        QCOMPARE(a->buckets.at(4).vip, 1);
    }

    // Pool mix of the day: 20,000 + 1,000 x 3 = 23,000 over 4 orders = 5,750 mean; 张伟 grabbed all four.
    void cherryPickAgainstThePoolMix()
    {
        Fixture f;
        build(f);
        auto rows = PoolInsights(f.t.ctx()).cherryPick(Period{QDate(2026, 11, 25), QDate(2026, 11, 26)});
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2); // active grabbers
        QCOMPARE(rows->at(0).grabbed, 4);
        QVERIFY(std::abs(*rows->at(0).index - 1.0) < 1e-9); // took the whole pool: exactly its mix
        QVERIFY(!rows->at(1).index); // grabbed nothing: undefined
    }

    // The rollup the KPIs read equals the facts, also after the team moves to another zone.
    void rollupMatchesTheFactsAcrossAZoneChange()
    {
        Fixture f;
        build(f);
        const auto sums = [&] {
            return f.t.text(QStringLiteral("SELECT SUM(volume) || '/' || SUM(won) || '/' || SUM(lost) || '/' || SUM(reclaimed) || '/' || "
                                           "SUM(attempts) || '/' || SUM(feedback_count) || '/' || SUM(violations) FROM grabber_days"));
        };
        const QString before = sums();
        QCOMPARE(before, QStringLiteral("4/1/1/1/5/2/1"));
        f.t.setRules([](RuleSet &r) { r.timeZone = QStringLiteral("America/New_York"); });
        QCOMPARE(sums(), before);
        // 09:00 in Shanghai on the 25th is the 24th in New York.
        auto rows = MetricsService(f.t.ctx()).kpis(Period{QDate(2026, 11, 24), QDate(2026, 11, 25)}, f.zhang);
        QCOMPARE(rows->first().volume, 4);
    }
};

QTEST_GUILESS_MAIN(TestMetricsService)
#include "tst_metricsservice.moc"
