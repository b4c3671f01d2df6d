#include "demodb.h"
#include "testdb.h"

#include "domain/ageing.h"
#include "domain/hourofday.h"
#include "domain/responsebuckets.h"
#include "services/metrics/drilldown.h"
#include "services/grab/grabservice.h"
#include "services/metrics/metricsservice.h"
#include "services/rules/ruleservice.h"
#include "services/team/violationservice.h"
#include "store/sql.h"

using namespace grab;
using namespace grab::test;
using Figure = DrillDown::Figure;

Q_DECLARE_METATYPE(grab::Period)

namespace {

// Every figure of a KPI row that has a drill-down, with the value the row shows.
QList<std::pair<Figure, qint64>> figuresOf(const GrabberKpis &k)
{
    return {{Figure::Volume, k.volume},           {Figure::Won, k.won},          {Figure::Lost, k.lost},
            {Figure::Reclaimed, k.reclaimed},     {Figure::Closed, k.closed()},  {Figure::Attempts, k.attempts},
            {Figure::AttemptsWon, k.attemptsWon}, {Figure::Revenue, k.won},      {Figure::Feedback, k.feedbackCount},
            {Figure::Violations, k.violations},   {Figure::Workload, k.workload}};
}

} // namespace

class TestDrillDown : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoDb> m_demo;

    QString describe(const GrabberKpis &k, Figure f, const Period &p)
    {
        return QStringLiteral("%1 of %2 in [%3, %4)")
            .arg(DrillDown::figureName(f), k.grabberId ? k.name : QStringLiteral("the team"),
                 p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate));
    }

    // For one KPI row (a grabber, or the team with grabberId 0): every drill-down equals its figure.
    void checkRow(const GrabberKpis &k, const Period &p)
    {
        DrillDown dd(m_demo->ctx());
        const std::optional<qint64> who = k.grabberId ? std::optional<qint64>(k.grabberId) : std::nullopt;
        for (const auto &[figure, expected] : figuresOf(k)) {
            auto all = dd.rows(DrillDown::Key{figure, p, who, -1, std::nullopt});
            QVERIFY2(all, qPrintable(all ? QString() : all.error().message));
            QVERIFY2(all->total == expected && all->rows.size() == expected,
                     qPrintable(QStringLiteral("%1: figure %2, drill-down total %3 with %4 rows")
                                    .arg(describe(k, figure, p))
                                    .arg(expected)
                                    .arg(all->total)
                                    .arg(all->rows.size())));
            // A page of 5 counts the same and shows the newest five.
            auto page = dd.rows(DrillDown::Key{figure, p, who, -1, std::nullopt}, 5);
            QVERIFY(page);
            QCOMPARE(page->total, all->total);
            QCOMPARE(page->sum, all->sum);
            QCOMPARE(page->rows.size(), std::min<qsizetype>(5, all->rows.size()));
            for (qsizetype i = 0; i < page->rows.size(); ++i) {
                QCOMPARE(page->rows[i].id, all->rows[i].id);
            }
            for (qsizetype i = 1; i < all->rows.size(); ++i) {
                QVERIFY(all->rows[i - 1].atMs >= all->rows[i].atMs);
            }
            if (who) {
                for (const DrillDown::Row &r : all->rows) {
                    QCOMPARE(r.grabberId, *who);
                }
            }
            if (figure == Figure::Revenue) {
                QCOMPARE(all->sum, k.revenueMinor);
            }
            if (figure == Figure::Feedback) {
                QCOMPARE(all->sum, k.feedbackSum);
            }
        }
        // The histogram's bars and the hours of the day add up to the volume and the attempts.
        qint64 bucketed = 0;
        for (int b = 0; b < responseBuckets().size(); ++b) {
            auto rows = dd.rows(DrillDown::Key{Figure::ResponseBucket, p, who, b, std::nullopt});
            QVERIFY(rows);
            for (const DrillDown::Row &r : rows->rows) {
                QCOMPARE(responseBucketOf(*r.responseMs), b);
            }
            bucketed += rows->total;
        }
        QCOMPARE(bucketed, k.volume);
        qint64 hours = 0;
        HourOfDay hourOf(QTimeZone("Asia/Shanghai"));
        for (int h = 0; h < 24; ++h) {
            auto rows = dd.rows(DrillDown::Key{Figure::Hour, p, who, h, std::nullopt}, 3);
            QVERIFY(rows);
            for (const DrillDown::Row &r : rows->rows) {
                QCOMPARE(hourOf(r.atMs), h);
            }
            hours += rows->total;
            if (h == 9) { // the morning peak: every row, newest first
                auto all = dd.rows(DrillDown::Key{Figure::Hour, p, who, h, std::nullopt});
                QVERIFY(all);
                QCOMPARE(all->rows.size(), all->total);
                QCOMPARE(all->total, rows->total);
                for (qsizetype i = 1; i < all->rows.size(); ++i) {
                    QVERIFY(all->rows[i - 1].atMs >= all->rows[i].atMs);
                }
            }
        }
        QCOMPARE(hours, k.attempts);
    }

private slots:
    void initTestCase() { m_demo = std::make_unique<DemoDb>(); }

    void everyFigureEqualsItsRows_data()
    {
        QTest::addColumn<Period>("period");
        QTest::newRow("the last week") << Period{QDate(2026, 11, 14), QDate(2026, 11, 21)};
        QTest::newRow("one day") << Period{QDate(2026, 11, 18), QDate(2026, 11, 19)};
        QTest::newRow("today") << Period{QDate(2026, 11, 20), QDate(2026, 11, 21)};
        QTest::newRow("the whole history and more") << Period{QDate(2026, 10, 1), QDate(2027, 1, 1)};
    }
    void everyFigureEqualsItsRows()
    {
        QFETCH(Period, period);
        auto rows = MetricsService(m_demo->ctx()).kpis(period);
        QVERIFY(rows);
        QVERIFY(rows->size() >= 8);
        // Several grabbers: the busiest, the quietest and one in between.
        QList<GrabberKpis> sorted = *rows;
        std::sort(sorted.begin(), sorted.end(),
                  [](const GrabberKpis &a, const GrabberKpis &b) { return a.volume > b.volume; });
        for (const GrabberKpis &k : {sorted.first(), sorted.at(sorted.size() / 2), sorted.last()}) {
            checkRow(k, period);
            if (QTest::currentTestFailed()) {
                return;
            }
        }
        auto team = MetricsService(m_demo->ctx()).team(period);
        QVERIFY(team);
        checkRow(team->totals, period);
    }

    // The demo has every outcome, so the checks above are not comparing zeros with zeros.
    void theDemoHasEveryKindOfFact()
    {
        auto team = MetricsService(m_demo->ctx()).team(Period{QDate(2026, 10, 1), QDate(2027, 1, 1)});
        QVERIFY(team);
        const GrabberKpis &t = team->totals;
        QVERIFY(t.won > 0 && t.lost > 0 && t.reclaimed > 0);
        QVERIFY(t.attempts > t.attemptsWon && t.attemptsWon > 0);
        QVERIFY(t.feedbackCount > 0 && t.violations > 0 && t.workload > 0);
    }

    void violationsOverInstants()
    {
        // The repeated-violations alert's window: [now - 30 days, now], not whole days.
        const qint64 now = m_demo->clock.nowMs();
        const qint64 since = now - 30LL * 24 * 3600 * 1000;
        const int expected =
            scalar(m_demo->db().connection(),
                   QStringLiteral("SELECT COUNT(*) FROM violations WHERE at > ? AND at <= ?"), {since, now})
                ->toInt();
        QVERIFY(expected > 0);
        auto rows =
            DrillDown(m_demo->ctx())
                .rows(DrillDown::Key{Figure::Violations, Period{}, std::nullopt, -1, std::pair{since + 1, now + 1}});
        QVERIFY(rows);
        QCOMPARE(rows->total, expected);
        QVERIFY(!rows->rows.first().outcome.isEmpty()); // the type
        QVERIFY(!rows->rows.first().reason.isEmpty());  // the severity
    }

    void starvingVipOrdersAreThoseTheAgeingRulesCallStarving()
    {
        // A pool of our own: two VIP orders (one old, one new) and an old regular one.
        TestDb t;
        const qint64 vip = t.customer(Tier::Vip);
        const qint64 regular = t.customer(Tier::Regular);
        t.clock.set(at("2026-11-25T09:00:00"));
        const qint64 oldVip = t.order(vip);
        t.order(regular);
        t.clock.set(at("2026-11-25T09:58:00"));
        t.order(vip);
        t.clock.set(at("2026-11-25T10:00:00")); // the old VIP order is past the VIP dispatch time (10 min)
        auto rows =
            DrillDown(t.ctx()).rows(DrillDown::Key{Figure::StarvingVip, Period{}, std::nullopt, -1, std::nullopt});
        QVERIFY(rows);
        QCOMPARE(rows->total, 1);
        QCOMPARE(*rows->rows.first().orderId, oldVip);
        QCOMPARE(rows->rows.first().outcome, QStringLiteral("due_for_dispatch"));
        QCOMPARE(rows->rows.first().grabberId, 0);
    }

    void refusals()
    {
        DrillDown dd(m_demo->ctx());
        const Period week{QDate(2026, 11, 14), QDate(2026, 11, 21)};
        QCOMPARE(dd.rows(DrillDown::Key{Figure::Volume, week, 999, -1, std::nullopt}).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(dd.rows(DrillDown::Key{Figure::Hour, week, std::nullopt, 24, std::nullopt}).error().code,
                 ErrorCode::Usage);
        QCOMPARE(dd.rows(DrillDown::Key{Figure::ResponseBucket, week, std::nullopt, 8, std::nullopt}).error().code,
                 ErrorCode::Usage);
        QCOMPARE(dd.rows(DrillDown::Key{Figure::Won, Period{}, std::nullopt, -1, std::nullopt}).error().code,
                 ErrorCode::Usage);
        QVERIFY(dd.rows(
            DrillDown::Key{Figure::Workload, Period{}, std::nullopt, -1, std::nullopt})); // now: no period needed
    }

    void figureNamesRoundTrip()
    {
        for (int f = int(Figure::Volume); f <= int(Figure::StarvingVip); ++f) {
            const QString name = DrillDown::figureName(Figure(f));
            QVERIFY(!name.isEmpty());
            QCOMPARE(DrillDown::figureFromName(name), std::optional<Figure>(Figure(f)));
        }
        QVERIFY(!DrillDown::figureFromName(u"nonsense"));
    }
};

QTEST_GUILESS_MAIN(TestDrillDown)
#include "tst_drilldown.moc"
