#include "demodb.h"
#include "testdb.h"

#include "domain/periodpreset.h"
#include "domain/responsebuckets.h"
#include "services/metrics/awardservice.h"
#include "services/metrics/dashboardservice.h"
#include "services/metrics/drilldown.h"
#include "services/grab/grabservice.h"
#include "services/metrics/metricsservice.h"
#include "services/metrics/targetservice.h"
#include "services/team/violationservice.h"

using namespace grab;
using namespace grab::test;
using Figure = DrillDown::Figure;

Q_DECLARE_METATYPE(grab::Period)

namespace {

// Every field of two KPI rows, named in the failure message.
QString differences(const GrabberKpis &a, const GrabberKpis &b)
{
    QStringList out;
    const auto check = [&](const char *name, const QVariant &x, const QVariant &y) {
        if (x != y) {
            out << QStringLiteral("%1: %2 != %3").arg(QLatin1String(name), x.toString(), y.toString());
        }
    };
    const auto opt = [](const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); };
    check("grabberId", a.grabberId, b.grabberId);
    check("name", a.name, b.name);
    check("active", a.active, b.active);
    check("volume", a.volume, b.volume);
    check("won", a.won, b.won);
    check("lost", a.lost, b.lost);
    check("reclaimed", a.reclaimed, b.reclaimed);
    check("successRate", opt(a.successRate), opt(b.successRate));
    check("failureRate", opt(a.failureRate), opt(b.failureRate));
    check("attempts", a.attempts, b.attempts);
    check("attemptsWon", a.attemptsWon, b.attemptsWon);
    check("hitRate", opt(a.hitRate), opt(b.hitRate));
    check("medianResponseS", opt(a.medianResponseS), opt(b.medianResponseS));
    check("revenueMinor", a.revenueMinor, b.revenueMinor);
    check("satisfaction", opt(a.satisfaction), opt(b.satisfaction));
    check("feedbackCount", a.feedbackCount, b.feedbackCount);
    check("feedbackSum", a.feedbackSum, b.feedbackSum);
    check("violations", a.violations, b.violations);
    check("workload", a.workload, b.workload);
    if (a.violationsByType != b.violationsByType) {
        out << QStringLiteral("violationsByType differ");
    }
    return out.join(QStringLiteral("; "));
}

#define COMPARE_KPIS(a, b)                                                                                             \
    do {                                                                                                               \
        const QString diff = differences(a, b);                                                                        \
        QVERIFY2(diff.isEmpty(), qPrintable(diff));                                                                    \
    } while (false)

bool sameDays(const QList<DayFigures> &a, const QList<DayFigures> &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        const DayFigures &x = a[i];
        const DayFigures &y = b[i];
        if (x.day != y.day || x.volume != y.volume || x.won != y.won || x.lost != y.lost ||
            x.reclaimed != y.reclaimed || x.revenueMinor != y.revenueMinor || x.attempts != y.attempts ||
            x.attemptsWon != y.attemptsWon || x.feedbackSum != y.feedbackSum || x.feedbackCount != y.feedbackCount ||
            x.violations != y.violations) {
            return false;
        }
    }
    return true;
}

} // namespace

class TestDashboardService : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoDb> m_demo;

    void periods_rows()
    {
        QTest::addColumn<Period>("period");
        const QTimeZone zone("Asia/Shanghai");
        const qint64 now = m_demo->clock.nowMs();
        QTest::newRow("this week") << periods::forPreset(PeriodPreset::ThisWeek, zone, now);
        QTest::newRow("this month (reaches past today)") << periods::forPreset(PeriodPreset::ThisMonth, zone, now);
        QTest::newRow("this quarter") << periods::forPreset(PeriodPreset::ThisQuarter, zone, now);
        QTest::newRow("today") << periods::forPreset(PeriodPreset::Today, zone, now);
        QTest::newRow("ten custom days") << periods::fromDays(QDate(2026, 11, 5), QDate(2026, 11, 14));
    }

private slots:
    void initTestCase() { m_demo = std::make_unique<DemoDb>(); }

    void teamDashboardIsMetricsService_data() { periods_rows(); }
    void teamDashboardIsMetricsService()
    {
        QFETCH(Period, period);
        auto d = DashboardService(m_demo->ctx()).teamDashboard(period);
        QVERIFY2(d, qPrintable(d ? QString() : d.error().message));
        MetricsService metrics(m_demo->ctx());
        const Period previous = periods::comparison(period, QDate(2026, 11, 20));
        QCOMPARE(d->previousPeriod.from, previous.from);
        QCOMPARE(d->previousPeriod.to, previous.to);
        QCOMPARE(d->partialComparison, periods::isPartialComparison(period, QDate(2026, 11, 20)));
        if (QTest::currentDataTag() == QByteArray("this week")) {
            // Friday 20 November: Monday to Friday of last week, not the whole of it.
            QCOMPARE(d->previousPeriod.from, QDate(2026, 11, 9));
            QCOMPARE(d->previousPeriod.to, QDate(2026, 11, 14));
            QVERIFY(d->partialComparison);
        }
        QCOMPARE(d->label, periods::label(period));
        QCOMPARE(d->today, QDate(2026, 11, 20));

        auto team = metrics.team(period);
        QVERIFY(team);
        COMPARE_KPIS(d->team.totals, team->totals);
        QCOMPARE(d->team.fairness, team->fairness);
        QCOMPARE(d->team.activeGrabbers, team->activeGrabbers);
        QVERIFY(d->team.totals.volume > 0);
        auto previousTeam = metrics.team(previous);
        QVERIFY(previousTeam);
        COMPARE_KPIS(d->previousTeam.totals, previousTeam->totals);
        QCOMPARE(d->previousTeam.fairness, previousTeam->fairness);

        auto rows = metrics.kpis(period);
        QVERIFY(rows);
        QCOMPARE(d->grabbers.size(), rows->size());
        for (qsizetype i = 0; i < rows->size(); ++i) {
            COMPARE_KPIS(d->grabbers[i], rows->at(i));
        }

        // Grabber of the Month: the month of the last day that has begun.
        const QDate awardDay = std::min(period.to.addDays(-1), QDate(2026, 11, 20));
        auto best = AwardService(m_demo->ctx()).grabberOfTheMonth(awardDay);
        QVERIFY(best);
        QCOMPARE(d->grabberOfTheMonth.month, QDate(awardDay.year(), awardDay.month(), 1));
        QCOMPARE(d->grabberOfTheMonth.ranking.size(), best->ranking.size());
        QCOMPARE(d->grabberOfTheMonth.winner.has_value(), best->winner.has_value());
        if (best->winner) {
            QCOMPARE(d->grabberOfTheMonth.winner->kpis.grabberId, best->winner->kpis.grabberId);
            QCOMPARE(d->grabberOfTheMonth.gap, best->gap);
        }

        // Every alert's drill-down opens: the rows behind a rate alert are the closed orders.
        DrillDown drill(m_demo->ctx());
        for (const Alert &a : d->alerts) {
            auto behind = drill.rows(a.drillDown);
            QVERIFY2(behind, qPrintable(a.sentence));
            QVERIFY2(behind->total > 0, qPrintable(a.sentence));
            QVERIFY(!a.sentence.isEmpty());
        }
    }

    void grabberDashboardIsMetricsService_data() { periods_rows(); }
    void grabberDashboardIsMetricsService()
    {
        QFETCH(Period, period);
        MetricsService metrics(m_demo->ctx());
        DrillDown drill(m_demo->ctx());
        auto all = metrics.kpis(period);
        QVERIFY(all);
        for (const qint64 id : {all->first().grabberId, all->at(all->size() / 2).grabberId, all->last().grabberId}) {
            auto d = DashboardService(m_demo->ctx()).grabberDashboard(id, period, 5);
            QVERIFY2(d, qPrintable(d ? QString() : d.error().message));
            auto own = metrics.kpis(period, id);
            QVERIFY(own);
            COMPARE_KPIS(d->kpis, own->first());
            auto previous = metrics.kpis(periods::comparison(period, QDate(2026, 11, 20)), id);
            QVERIFY(previous);
            COMPARE_KPIS(d->previousKpis, previous->first());
            QCOMPARE(d->grabber.id, id);

            // The series stop at today.
            const Period shown{period.from, std::min(period.to, QDate(2026, 11, 21))};
            auto daily = metrics.daily(shown, id);
            QVERIFY(daily);
            QVERIFY(sameDays(d->daily, *daily));
            auto teamDaily = metrics.daily(shown);
            QCOMPARE(d->averageDaily.size(), teamDaily->size());
            for (qsizetype i = 0; i < teamDaily->size(); ++i) {
                QCOMPARE(d->averageDaily[i].day, teamDaily->at(i).day);
                QCOMPARE(d->averageDaily[i].volume, double(teamDaily->at(i).volume) / d->activeGrabbers);
                QCOMPARE(d->averageDaily[i].revenueMinor, double(teamDaily->at(i).revenueMinor) / d->activeGrabbers);
            }

            // The histogram and the hours add up to the KPIs, bar by bar as their drill-downs.
            QCOMPARE(d->responseTimes.counts.size(), responseBuckets().size());
            qint64 bucketed = 0;
            for (int b = 0; b < d->responseTimes.counts.size(); ++b) {
                bucketed += d->responseTimes.counts[b];
                QCOMPARE(drill.rows(DashboardService::drillDown(Figure::ResponseBucket, period, id, b), 0)->total,
                         d->responseTimes.counts[b]);
            }
            QCOMPARE(bucketed, d->kpis.volume);
            QCOMPARE(d->responseTimes.medianS, d->kpis.medianResponseS);
            QCOMPARE(d->hours.size(), 24);
            qint64 attempts = 0, wins = 0;
            for (const DashboardService::HourActivity &h : d->hours) {
                attempts += h.attempts;
                wins += h.wins;
                QCOMPARE(drill.rows(DashboardService::drillDown(Figure::Hour, period, id, h.hour), 0)->total,
                         h.attempts);
            }
            QCOMPARE(attempts, d->kpis.attempts);
            QCOMPARE(wins, d->kpis.attemptsWon);

            // The lists: newest first, at most the limit, the total is the KPI.
            QCOMPARE(d->violations.total, d->kpis.violations);
            QCOMPARE(d->feedback.total, d->kpis.feedbackCount);
            QVERIFY(d->violations.rows.size() <= 5 && d->feedback.rows.size() <= 5);
            QCOMPARE(d->feedback.rows.size(), std::min<qsizetype>(5, d->kpis.feedbackCount));
            for (qsizetype i = 1; i < d->feedback.rows.size(); ++i) {
                QVERIFY(d->feedback.rows[i - 1].atMs >= d->feedback.rows[i].atMs);
            }
            for (const DrillDown::Row &r : d->feedback.rows) {
                QVERIFY(r.score && *r.score >= 1 && *r.score <= 5);
                QVERIFY(r.orderId);
            }
            // One target entry per month the period touches.
            int months = 0;
            for (QDate m(period.from.year(), period.from.month(), 1); m < period.to; m = m.addMonths(1)) {
                QCOMPARE(d->targets.at(months).month, m);
                ++months;
            }
            QCOMPARE(d->targets.size(), months);
        }
    }

    // The team average over active grabbers, a rate only where it is defined.
    void teamAverageLeavesOutUndefinedRates()
    {
        TestDb t;
        t.setRules([](RuleSet &r) {
            r.windows = {GrabWindow{{1, 2, 3, 4, 5, 6, 7}, 0, 1440, QStringLiteral("All day"), false}};
        });
        const qint64 a = t.grabber(QStringLiteral("张伟")), b = t.grabber(QStringLiteral("王芳")),
                     c = t.grabber(QStringLiteral("李娜"));
        const qint64 cust = t.customer();
        t.clock.set(at("2026-11-25T09:00:00"));
        // 张伟: 2 won of 2; 王芳: holds one, nothing closed; 李娜: 1 lost, then goes on leave.
        for (int i = 0; i < 2; ++i) {
            const qint64 o = t.order(cust);
            QVERIFY(GrabService(t.ctx()).grab(o, a));
            QVERIFY(OrderService(t.ctx()).close(o, Outcome::Won));
        }
        QVERIFY(GrabService(t.ctx()).grab(t.order(cust), b));
        const qint64 lost = t.order(cust);
        QVERIFY(GrabService(t.ctx()).grab(lost, c));
        QVERIFY(OrderService(t.ctx()).close(lost, Outcome::Lost));
        TeamService::GrabberChanges leave;
        leave.status = GrabberStatus::OnLeave;
        QVERIFY(TeamService(t.ctx()).updateGrabber(c, leave));

        auto d = DashboardService(t.ctx()).grabberDashboard(a, Period{QDate(2026, 11, 25), QDate(2026, 11, 26)});
        QVERIFY(d);
        QCOMPARE(d->activeGrabbers, 2);
        QCOMPARE(d->teamAverage.volume.grabbers, 2); // 张伟 2, 王芳 1; 李娜 is on leave
        QCOMPARE(*d->teamAverage.volume.value, 1.5);
        QCOMPARE(d->teamAverage.successRate.grabbers, 1); // 王芳 closed nothing: left out, not 0 %
        QCOMPARE(*d->teamAverage.successRate.value, 1.0);
        QCOMPARE(*d->teamAverage.closed.value, 1.0); // (2 + 0) / 2
        QCOMPARE(d->teamAverage.satisfaction.grabbers, 0);
        QVERIFY(!d->teamAverage.satisfaction.value);
        QCOMPARE(*d->teamAverage.workload.value, 0.5);
        QCOMPARE(d->kpis.won, 2);

        // A grabber on leave with nothing in the period still has a dashboard.
        auto onLeave = DashboardService(t.ctx()).grabberDashboard(c, Period{QDate(2026, 11, 26), QDate(2026, 11, 27)});
        QVERIFY(onLeave);
        QCOMPARE(onLeave->kpis.volume, 0);
        QVERIFY(!onLeave->kpis.active);
    }

    void alertsSayWhyWithTheirFigures()
    {
        TestDb t;
        t.setRules([](RuleSet &r) {
            r.windows = {GrabWindow{{1, 2, 3, 4, 5, 6, 7}, 0, 1440, QStringLiteral("All day"), false}};
            r.maxOpenWorkload = 3;
            r.violations.escalateCount = 3;
            r.violations.escalateDays = 7;
        });
        const qint64 a = t.grabber(QStringLiteral("张伟")), b = t.grabber(QStringLiteral("王芳")),
                     c = t.grabber(QStringLiteral("李娜")), e = t.grabber(QStringLiteral("周婷"));
        const qint64 cust = t.customer();
        const auto grabAndClose = [&](qint64 g, Outcome outcome) {
            const qint64 o = t.order(cust);
            QVERIFY(GrabService(t.ctx()).grab(o, g));
            QVERIFY(OrderService(t.ctx()).close(o, outcome));
        };
        // Tuesday: 张伟 wins 10 of 10. Wednesday: 2 of 10 (a drop of 80 points, failure 80 %).
        t.clock.set(at("2026-11-24T10:00:00"));
        for (int i = 0; i < 10; ++i) {
            grabAndClose(a, Outcome::Won);
        }
        t.clock.set(at("2026-11-25T10:00:00"));
        for (int i = 0; i < 10; ++i) {
            grabAndClose(a, i < 2 ? Outcome::Won : Outcome::Lost);
        }
        // 王芳 loses 9 of 9: too few closed for a rate alert.
        for (int i = 0; i < 9; ++i) {
            grabAndClose(b, Outcome::Lost);
        }
        // 周婷 wins 11 of 12: the team's failure rate on Wednesday is 18 of 31 closed, 58.1 %.
        for (int i = 0; i < 12; ++i) {
            grabAndClose(e, i < 11 ? Outcome::Won : Outcome::Lost);
        }
        // 李娜 holds 3 open orders (the cap) and has 3 violations this week.
        for (int i = 0; i < 3; ++i) {
            QVERIFY(GrabService(t.ctx()).grab(t.order(cust), c));
            ViolationService::NewViolation v;
            v.grabberId = c;
            v.type = QStringLiteral("rude_to_customer");
            v.severity = ViolationService::Severity::Medium;
            QVERIFY(ViolationService(t.ctx()).record(v));
        }
        // A VIP order waits 30 minutes unclaimed.
        t.clock.set(at("2026-11-25T11:00:00"));
        const qint64 vipOrder = t.order(t.customer(Tier::Vip));
        t.clock.set(at("2026-11-25T11:30:00"));

        const Period wednesday{QDate(2026, 11, 25), QDate(2026, 11, 26)};
        auto d = DashboardService(t.ctx()).teamDashboard(wednesday);
        QVERIFY(d);
        QStringList seen;
        for (const Alert &x : d->alerts) {
            seen << QStringLiteral("%1/%2/%3").arg(toString(x.kind), toString(x.severity), x.grabberName);
        }
        // Team: 31 closed on Wednesday (13 won), against 10 of 10 on Tuesday: a critical drop of
        // 58.1 points. Its failure rate, 58.1 %, is under the team's 60 %. 张伟 fails 21.9 points
        // more often than the team: a warning (critical at 25). 王芳 has no alert (9 closed).
        QCOMPARE(seen, QStringList({QStringLiteral("starving_vip/critical/"), QStringLiteral("success_drop/critical/"),
                                    QStringLiteral("success_drop/critical/张伟"),
                                    QStringLiteral("failure_high/warning/张伟"),
                                    QStringLiteral("repeated_violations/warning/李娜"), QStringLiteral("overload/warning/李娜")}));
        const auto find = [&](Alert::Kind kind, const QString &name) {
            return *std::find_if(d->alerts.cbegin(), d->alerts.cend(),
                                 [&](const Alert &x) { return x.kind == kind && x.grabberName == name; });
        };
        const Alert drop = find(Alert::Kind::SuccessDrop, QStringLiteral("张伟"));
        QCOMPARE(drop.value, 0.2);
        QCOMPARE(*drop.previous, 1.0);
        QCOMPARE(drop.threshold, 15.0);
        QCOMPARE(
            drop.sentence,
            QStringLiteral("张伟: success rate 20.0 % in 25 Nov (10 closed), down 80.0 points from 100.0 % in 24 Nov "
                           "(10 closed); the alert is at 15 points."));
        const Alert failure = find(Alert::Kind::FailureHigh, QStringLiteral("张伟"));
        QCOMPARE(failure.value, 0.8);
        QCOMPARE(QString::number(*failure.previous, 'f', 4), QStringLiteral("0.5806"));
        QCOMPARE(failure.sentence,
                 QStringLiteral("张伟: failure rate 80.0 % in 25 Nov (8 lost and 0 reclaimed of 10 closed), 21.9 points "
                                "above the team's 58.1 %; the alert is at 15 points above the team."));
        QCOMPARE(DrillDown(t.ctx()).rows(failure.drillDown)->total, 10);

        // The team's own failure rate raises an alert at 60 %: lower it to 50 % and it does.
        AlertThresholds strict;
        strict.teamFailureRate = 0.5;
        auto strictBoard = DashboardService(t.ctx(), strict).teamDashboard(wednesday);
        QVERIFY(strictBoard);
        const auto teamFailure = std::find_if(strictBoard->alerts.cbegin(), strictBoard->alerts.cend(), [](const Alert &x) {
            return x.kind == Alert::Kind::FailureHigh && !x.grabberId;
        });
        QVERIFY(teamFailure != strictBoard->alerts.cend());
        QCOMPARE(teamFailure->sentence,
                 QStringLiteral("The team: failure rate 58.1 % in 25 Nov (18 lost and 0 reclaimed of 31 closed); the "
                                "alert is at 50.0 %."));
        const Alert repeated = find(Alert::Kind::RepeatedViolations, QStringLiteral("李娜"));
        QCOMPARE(repeated.value, 3.0);
        QCOMPARE(repeated.sentence,
                 QStringLiteral("李娜 has 3 violations in the last 7 days; the rules escalate at 3 within 7 days."));
        const Alert overload = find(Alert::Kind::Overload, QStringLiteral("李娜"));
        QCOMPARE(overload.value, 3.0);
        QCOMPARE(overload.threshold, 3.0);
        const Alert starving = find(Alert::Kind::StarvingVip, QString());
        QCOMPARE(starving.orderIds, QList<qint64>{vipOrder});
        QVERIFY(starving.sentence.contains(QStringLiteral("waited 30 min")));

        // The drill-downs give exactly the rows the figures count.
        DrillDown drill(t.ctx());
        QCOMPARE(drill.rows(drop.drillDown)->total, 10);
        QCOMPARE(drill.rows(repeated.drillDown)->total, 3);
        QCOMPARE(drill.rows(overload.drillDown)->total, 3);
        QCOMPARE(drill.rows(starving.drillDown)->rows.first().orderId, std::optional<qint64>(vipOrder));

        // Thresholds are the caller's: at 85 points neither drop is an alert.
        AlertThresholds lenient;
        lenient.successDropPoints = 85; // the team fell 58.1 points, 张伟 80
        auto calm = DashboardService(t.ctx(), lenient).teamDashboard(wednesday);
        QVERIFY(std::none_of(calm->alerts.cbegin(), calm->alerts.cend(),
                             [](const Alert &x) { return x.kind == Alert::Kind::SuccessDrop; }));

        // The grabber's own dashboard carries the grabber's alerts only.
        auto mine = DashboardService(t.ctx()).grabberDashboard(c, wednesday);
        QVERIFY(mine);
        QCOMPARE(mine->alerts.size(), 2);
        for (const Alert &x : mine->alerts) {
            QCOMPARE(*x.grabberId, c);
        }
    }

    void trainingsAndTargetsOfThePeriod()
    {
        TestDb t;
        const qint64 g = t.grabber(QStringLiteral("张伟"));
        const auto training = [&](const char *course, const QVariant &taken, const QVariant &due,
                                  const QVariant &passed) {
            QVERIFY(runSql(
                t.db().connection(),
                QStringLiteral("INSERT INTO trainings (grabber_id, course, category, taken_on, due_on, hours, passed) "
                               "VALUES (?, ?, 'sales_skills', ?, ?, 2.5, ?)"),
                {g, QString::fromUtf8(course), taken, due, passed}));
        };
        training("Objection handling", QStringLiteral("2026-11-03"), QVariant(), 1);
        training("Cloud basics", QStringLiteral("2026-11-20"), QVariant(), 0);
        training("Calm calls", QVariant(), QStringLiteral("2026-11-28"), QVariant()); // due, not taken yet
        training("Old course", QStringLiteral("2026-10-30"), QVariant(), 1);          // before the period
        QVERIFY(TargetService(t.ctx()).set(g, QDate(2026, 11, 1), 30, 5000000));

        auto d = DashboardService(t.ctx()).grabberDashboard(g, Period{QDate(2026, 11, 1), QDate(2026, 12, 1)}, 2);
        QVERIFY(d);
        QCOMPARE(d->trainingsTotal, 3);
        QCOMPARE(d->trainings.size(), 2);
        QCOMPARE(d->trainings[0].course, QStringLiteral("Calm calls"));
        QVERIFY(!d->trainings[0].takenOn.isValid());
        QVERIFY(!d->trainings[0].passed);
        QCOMPARE(d->trainings[1].course, QStringLiteral("Cloud basics"));
        QCOMPARE(d->trainings[1].passed, std::optional<bool>(false));
        QCOMPARE(d->trainings[1].hours, std::optional<double>(2.5));
        QCOMPARE(d->targets.size(), 1);
        QVERIFY(d->targets[0].isSet);
        QCOMPARE(d->targets[0].wonCount, 30);

        auto quarter = DashboardService(t.ctx()).grabberDashboard(g, Period{QDate(2026, 10, 1), QDate(2027, 1, 1)});
        QVERIFY(quarter);
        QCOMPARE(quarter->targets.size(), 3);
        QVERIFY(!quarter->targets[0].isSet && quarter->targets[1].isSet && !quarter->targets[2].isSet);
        QCOMPARE(quarter->trainingsTotal, 4);
    }

    void refusals()
    {
        TestDb t;
        const qint64 g = t.grabber(QStringLiteral("张伟"));
        DashboardService s(t.ctx());
        QCOMPARE(s.teamDashboard(Period{}).error().code, ErrorCode::Usage);
        QCOMPARE(s.grabberDashboard(g, Period{QDate(2026, 11, 2), QDate(2026, 11, 1)}).error().code, ErrorCode::Usage);
        QCOMPARE(s.grabberDashboard(999, Period{QDate(2026, 11, 1), QDate(2026, 11, 2)}).error().code,
                 ErrorCode::NotFound);
        auto empty = s.teamDashboard(Period{QDate(2026, 11, 1), QDate(2026, 11, 2)});
        QVERIFY(empty);
        QVERIFY(!empty->team.totals.successRate); // nothing closed: undefined, never 0 %
        QVERIFY(empty->alerts.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDashboardService)
#include "tst_dashboardservice.moc"
