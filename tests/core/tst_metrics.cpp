#include "domain/metrics.h"
#include "domain/trend.h"

#include <QTest>

#include <cmath>

using namespace grab;
using namespace grab::metrics;

class TestMetrics : public QObject
{
    Q_OBJECT
private slots:
    void ratesAreUndefinedWithNothingClosed()
    {
        QVERIFY(!successRate(0, 0, 0));
        QVERIFY(!failureRate(0, 0, 0));
        QVERIFY(!ratio(5, 0));
    }

    void ratesOnAHandComputedFixture()
    {
        // 6 won, 3 lost, 1 reclaimed: closed 10.
        QCOMPARE(*successRate(6, 3, 1), 0.6);
        QCOMPARE(*failureRate(6, 3, 1), 0.4);
        QCOMPARE(*successRate(0, 2, 0), 0.0); // defined: 0 of 2
        QCOMPARE(*failureRate(3, 0, 0), 0.0);
    }

    void jain_data()
    {
        QTest::addColumn<QList<qint64>>("volumes");
        QTest::addColumn<double>("index"); // -1: undefined
        QTest::newRow("equal") << QList<qint64>{5, 5, 5, 5} << 1.0;
        QTest::newRow("one has all of four") << QList<qint64>{12, 0, 0, 0} << 0.25;
        QTest::newRow("1,2,3") << QList<qint64>{1, 2, 3} << 36.0 / 42.0; // (6)^2 / (3 * 14)
        QTest::newRow("nobody") << QList<qint64>{} << -1.0;
        QTest::newRow("all zero") << QList<qint64>{0, 0} << -1.0;
    }
    void jain()
    {
        QFETCH(QList<qint64>, volumes);
        QFETCH(double, index);
        const auto j = jainIndex(volumes);
        if (index < 0) {
            QVERIFY(!j);
        } else {
            QVERIFY(j);
            QVERIFY(std::abs(*j - index) < 1e-12);
        }
    }

    void smoothing()
    {
        QCOMPARE(smoothedWinRate(0, 0, 2, 2), 0.5);  // no history: the prior
        QCOMPARE(smoothedWinRate(8, 10, 2, 2), 10.0 / 14.0);
        QVERIFY(smoothedWinRate(1, 1, 2, 2) < smoothedWinRate(80, 100, 2, 2)); // one lucky win is not a record
    }

    void medians()
    {
        QVERIFY(!median({}));
        QCOMPARE(*median({7}), 7.0);
        QCOMPARE(*median({9, 1, 5}), 5.0);
        QCOMPARE(*median({10, 1, 4, 3}), 3.5);
    }
    void trendRatesRollOverTheWindow()
    {
        const Period days{QDate(2026, 11, 3), QDate(2026, 11, 5)};
        DaySeries own{1, {}};
        for (QDate d = QDate(2026, 11, 1); d < days.to; d = d.addDays(1)) {
            DayFigures f;
            f.day = d;
            f.won = d.day() == 1 ? 1 : 0;
            f.lost = d.day() == 4 ? 1 : 0;
            own.days.append(f);
        }
        DaySeries quiet{2, {}}; // nothing closed: left out of the team's mean, not counted as 0
        for (QDate d = QDate(2026, 11, 1); d < days.to; d = d.addDays(1)) {
            quiet.days.append(DayFigures{d});
        }
        const QList<TrendDay> t = metrics::rollingTrend(days, 3, own, {own, quiet});
        QCOMPARE(t.size(), 2);
        QCOMPARE(t.at(0).day, QDate(2026, 11, 3));
        QCOMPARE(*t.at(0).successRate, 1.0); // 1 - 3 Nov: one won
        QCOMPARE(t.at(1).lost, 1);
        QCOMPARE(*t.at(1).successRate, 0.0); // 2 - 4 Nov: one lost
        QVERIFY(!t.at(0).satisfaction);      // no feedback: no point, not 0
        QCOMPARE(*t.at(0).teamSuccessRate, 1.0);
    }

    void aMeanLeavesOutWhatIsUndefined()
    {
        const metrics::Mean m = metrics::meanOfDefined({0.5, std::nullopt, 1.0});
        QCOMPARE(m.n, 2);
        QCOMPARE(*m.value, 0.75);
        QVERIFY(!metrics::meanOfDefined({std::nullopt}).value);
        QCOMPARE(metrics::meanOfDefined({}).n, 0);
    }

};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
