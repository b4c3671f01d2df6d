// The dashboards' parts that need no database: the period presets and what they compare with,
// how a figure and its change read, the leaderboard and drill-down models under
// QAbstractItemModelTester, the leaderboard's sort (undefined rates last, both ways), the
// team average, the rolling trend and the CSV export.

#include "common/format.h"
#include "dashboard/dashboardexport.h"
#include "dashboard/dashboardsource.h"
#include "dashboard/drillmodel.h"
#include "dashboard/kpicard.h"
#include "dashboard/kpifigure.h"
#include "dashboard/leaderboardmodel.h"
#include "dashboard/leaderboardproxy.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace grab;
using namespace grab::ui;
using Preset = DashboardPeriod::Preset;

namespace {

GrabberKpis row(qint64 id, const QString &name, qint64 won, qint64 lost, qint64 reclaimed, bool active = true)
{
    GrabberKpis k;
    k.grabberId = id;
    k.name = name;
    k.active = active;
    k.volume = won + lost + reclaimed;
    k.won = won;
    k.lost = lost;
    k.reclaimed = reclaimed;
    const qint64 closed = won + lost + reclaimed;
    if (closed > 0) {
        k.successRate = double(won) / double(closed);
        k.failureRate = double(lost + reclaimed) / double(closed);
    }
    k.revenueMinor = won * 100000;
    return k;
}

KpiCard::Figures figures(std::optional<double> value, std::optional<double> previous, const QString &detail,
                         const QString &versus)
{
    KpiCard::Figures f;
    f.value = value;
    f.previous = previous;
    f.detail = detail;
    f.previousRange = QStringLiteral("2026-10-01 – 2026-10-31");
    f.versus = versus;
    return f;
}

QStringList namesInOrder(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r) {
        out << m.index(r, LeaderboardModel::Grabber).data().toString();
    }
    return out;
}

} // namespace

class TestDashboardModels : public QObject
{
    Q_OBJECT

private slots:
    void presets_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QDate>("previousFrom");
        QTest::addColumn<QDate>("previousTo");
        const QDate wed(2026, 11, 25);
        QTest::newRow("today") << int(Preset::Today) << wed << wed << wed.addDays(1) << wed.addDays(-1) << wed;
        // A period still running compares with the same days of the one before (Monday to
        // Wednesday); on its last day, with the whole of it.
        QTest::newRow("week starts on Monday") << int(Preset::ThisWeek) << wed << QDate(2026, 11, 23)
                                               << QDate(2026, 11, 30) << QDate(2026, 11, 16) << QDate(2026, 11, 19);
        QTest::newRow("a Sunday belongs to the week before it")
            << int(Preset::ThisWeek) << QDate(2026, 11, 29) << QDate(2026, 11, 23) << QDate(2026, 11, 30)
            << QDate(2026, 11, 16) << QDate(2026, 11, 23);
        QTest::newRow("month: the same days of the previous calendar month")
            << int(Preset::ThisMonth) << wed << QDate(2026, 11, 1) << QDate(2026, 12, 1) << QDate(2026, 10, 1)
            << QDate(2026, 10, 26);
        QTest::newRow("month on its last day: the whole previous month")
            << int(Preset::ThisMonth) << QDate(2026, 11, 30) << QDate(2026, 11, 1) << QDate(2026, 12, 1)
            << QDate(2026, 10, 1) << QDate(2026, 11, 1);
        QTest::newRow("March compares with February")
            << int(Preset::ThisMonth) << QDate(2028, 3, 31) << QDate(2028, 3, 1) << QDate(2028, 4, 1)
            << QDate(2028, 2, 1) << QDate(2028, 3, 1);
        QTest::newRow("quarter, 56 days in") << int(Preset::ThisQuarter) << wed << QDate(2026, 10, 1)
                                             << QDate(2027, 1, 1) << QDate(2026, 7, 1) << QDate(2026, 8, 26);
        QTest::newRow("first quarter compares with last year's fourth")
            << int(Preset::ThisQuarter) << QDate(2027, 2, 14) << QDate(2027, 1, 1) << QDate(2027, 4, 1)
            << QDate(2026, 10, 1) << QDate(2026, 11, 15);
    }
    void presets()
    {
        QFETCH(int, preset);
        QFETCH(QDate, today);
        const auto r = DashboardPeriod::resolve(Preset(preset), today);
        QTEST(r.current.from, "from");
        QTEST(r.current.to, "to");
        QTEST(r.previous.from, "previousFrom");
        QTEST(r.previous.to, "previousTo");
    }

    void aRunningPeriodSaysItComparesTheSameDays()
    {
        const auto week = DashboardPeriod::resolve(Preset::ThisWeek, QDate(2026, 11, 25));
        QVERIFY(week.partial);
        QCOMPARE(DashboardPeriod::versus(week), QStringLiteral("vs the same days last week"));
        const auto sunday = DashboardPeriod::resolve(Preset::ThisWeek, QDate(2026, 11, 29));
        QVERIFY(!sunday.partial);
        QCOMPARE(DashboardPeriod::versus(sunday), QStringLiteral("vs last week"));
        const auto month = DashboardPeriod::resolve(Preset::ThisMonth, QDate(2026, 11, 25));
        QCOMPARE(DashboardPeriod::versus(month), QStringLiteral("vs the same days last month"));
    }

    void customPeriodIsInclusiveAndComparesWithTheSameNumberOfDaysBefore()
    {
        const auto r =
            DashboardPeriod::resolve(Preset::Custom, QDate(2026, 11, 25), QDate(2026, 11, 10), QDate(2026, 11, 3));
        QCOMPARE(r.current.from, QDate(2026, 11, 3));
        QCOMPARE(r.current.to, QDate(2026, 11, 11)); // the last day shown is included
        QCOMPARE(r.previous.from, QDate(2026, 10, 26));
        QCOMPARE(r.previous.to, QDate(2026, 11, 3));
        QCOMPARE(DashboardPeriod::versus(r), QStringLiteral("vs the 8 days before"));
        QCOMPARE(DashboardPeriod::rangeText(r.current), QStringLiteral("2026-11-03 – 2026-11-10"));
    }

    void teamDayIsTheTeamsCalendarDay()
    {
        // 2026-11-24 17:30 UTC is already the 25th in Shanghai.
        const qint64 ms = QDateTime(QDate(2026, 11, 24), QTime(17, 30), QTimeZone::utc()).toMSecsSinceEpoch();
        QCOMPARE(DashboardPeriod::teamDay(ms, QTimeZone("Asia/Shanghai")), QDate(2026, 11, 25));
        QCOMPARE(DashboardPeriod::teamDay(ms, QTimeZone("Europe/Berlin")), QDate(2026, 11, 24));
    }

    void chartDaysStopTodayButShowAWeek()
    {
        const QDate today(2026, 11, 25);
        const Period month{QDate(2026, 11, 1), QDate(2026, 12, 1)};
        QCOMPARE(DashboardPeriod::chartDays(month, today).to, QDate(2026, 11, 26)); // no empty future
        QCOMPARE(DashboardPeriod::chartDays(month, today).from, QDate(2026, 11, 1));
        const Period day{today, today.addDays(1)};
        QCOMPARE(DashboardPeriod::chartDays(day, today).from, QDate(2026, 11, 19));
        QCOMPARE(DashboardPeriod::daysToGo(month, today), 5);
    }

    void figuresReadAsTheManagerExpects()
    {
        QCOMPARE(KpiFigure::text(KpiFigure::SuccessRate, std::nullopt), QStringLiteral("—"));
        QCOMPARE(KpiFigure::text(KpiFigure::SuccessRate, std::nan("")), QStringLiteral("—"));
        QCOMPARE(KpiFigure::text(KpiFigure::SuccessRate, 0.543), QStringLiteral("54.3 %"));
        QCOMPARE(KpiFigure::deltaText(KpiFigure::SuccessRate, 0.032), QStringLiteral("▲ 3.2 pts"));
        QCOMPARE(KpiFigure::deltaText(KpiFigure::Revenue, -1230040.0),
                 QStringLiteral("▼ ¥%1").arg(QLocale().toString(12300)));
        QCOMPARE(KpiFigure::deltaText(KpiFigure::Volume, 0.0), QStringLiteral("= no change"));
        // A rising failure rate is bad news, a rising success rate good, a falling response time good.
        QCOMPARE(KpiFigure::verdict(KpiFigure::FailureRate, 0.05), -1);
        QCOMPARE(KpiFigure::verdict(KpiFigure::SuccessRate, 0.05), 1);
        QCOMPARE(KpiFigure::verdict(KpiFigure::MedianResponse, -12.0), 1);
        QCOMPARE(KpiFigure::verdict(KpiFigure::Violations, 2.0), -1);
        QCOMPARE(KpiFigure::verdict(KpiFigure::Volume, 0.0), 0);
    }

    void aCardShowsTheChangeColouredByWhetherItIsGood()
    {
        KpiCard failure(KpiFigure::FailureRate);
        failure.setFigures(figures(0.40, 0.30, QStringLiteral("detail"), QStringLiteral("vs last month")));
        QCOMPARE(failure.valueText(), QStringLiteral("40.0 %"));
        QCOMPARE(failure.deltaText(), QStringLiteral("▲ 10.0 pts vs last month"));
        QCOMPARE(failure.deltaVerdict(), -1);
        QVERIFY(failure.toolTipText().contains(QStringLiteral("30.0 %")));

        KpiCard undefinedNow(KpiFigure::SuccessRate);
        undefinedNow.setFigures(figures(std::nullopt, 0.5, QStringLiteral("ignored"), QString()));
        QCOMPARE(undefinedNow.valueText(), QStringLiteral("—"));
        QCOMPARE(undefinedNow.detailText(), QStringLiteral("no order closed in this period"));
        QVERIFY(undefinedNow.toolTipText().contains(QStringLiteral("no order closed in this period")));
        QCOMPARE(undefinedNow.deltaVerdict(), 0);

        KpiCard undefinedBefore(KpiFigure::SuccessRate);
        undefinedBefore.setFigures(figures(0.5, std::nullopt, QStringLiteral("1 won of 2 closed"), QString()));
        QCOMPARE(undefinedBefore.deltaText(), QStringLiteral("— nothing to compare"));
        QVERIFY(undefinedBefore.toolTipText().contains(QStringLiteral("no order closed in the previous period")));
    }

    void leaderboardModelPassesTheTesterThroughMerges()
    {
        LeaderboardModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({row(1, QStringLiteral("张伟"), 5, 5, 0), row(2, QStringLiteral("王芳"), 0, 0, 0),
                       row(4, QStringLiteral("李娜"), 9, 1, 0)});
        QCOMPARE(model.rowCount(), 3);
        // Refresh: 2 leaves, 3 arrives, 4 changes; rows stay in id order.
        model.setRows({row(1, QStringLiteral("张伟"), 5, 5, 0), row(3, QStringLiteral("刘洋"), 1, 1, 0),
                       row(4, QStringLiteral("李娜"), 10, 1, 0)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, LeaderboardModel::Grabber).data().toString(), QStringLiteral("刘洋"));
        QCOMPARE(model.index(2, LeaderboardModel::Won).data(LeaderboardModel::SortRole).toDouble(), 10.0);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void undefinedRatesSortLastBothWays()
    {
        LeaderboardModel model;
        model.setRows({row(1, QStringLiteral("Ann"), 5, 5, 0), row(2, QStringLiteral("Bob"), 0, 0, 0),
                       row(3, QStringLiteral("Cat"), 9, 1, 0), row(4, QStringLiteral("Dan"), 1, 3, 0),
                       row(5, QStringLiteral("Eve"), 0, 0, 0)});
        QCOMPARE(model.index(1, LeaderboardModel::SuccessRate).data().toString(), QStringLiteral("—"));
        QVERIFY(!model.index(1, LeaderboardModel::SuccessRate).data(LeaderboardModel::SortRole).isValid());
        LeaderboardProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(LeaderboardModel::SuccessRate, Qt::DescendingOrder);
        QCOMPARE(namesInOrder(proxy), (QStringList{QStringLiteral("Cat"), QStringLiteral("Ann"), QStringLiteral("Dan"),
                                                   QStringLiteral("Bob"), QStringLiteral("Eve")}));
        proxy.sort(LeaderboardModel::SuccessRate, Qt::AscendingOrder);
        QCOMPARE(namesInOrder(proxy), (QStringList{QStringLiteral("Dan"), QStringLiteral("Ann"), QStringLiteral("Cat"),
                                                   QStringLiteral("Bob"), QStringLiteral("Eve")}));
        proxy.sort(LeaderboardModel::Revenue, Qt::DescendingOrder); // every figure sorts, on raw values
        QCOMPARE(namesInOrder(proxy).first(), QStringLiteral("Cat"));
        proxy.sort(LeaderboardModel::Grabber, Qt::AscendingOrder);
        QCOMPARE(namesInOrder(proxy).first(), QStringLiteral("Ann"));
    }

    void drillModelPassesTheTester()
    {
        DrillModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DrillRow a;
        a.id = 70;
        a.orderId = 7;
        a.customerName = QStringLiteral("上海恒达贸易");
        a.amountMinor = 1234500;
        a.grabberName = QStringLiteral("张伟");
        a.reason = QStringLiteral("grab");
        a.atMs = QDateTime(QDate(2026, 11, 3), QTime(9, 12), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();
        a.outcome = QStringLiteral("won");
        DrillRow b = a;
        b.id = 80;
        b.orderId = 8;
        b.outcome = QStringLiteral("open");
        model.setRows({a, b}, QTimeZone("Asia/Shanghai"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, DrillModel::At).data().toString(),
                 QStringLiteral("2026-11-03 09:12")); // team time
        QCOMPARE(model.index(0, DrillModel::Amount).data().toString(), Format::money(1234500));
        QCOMPARE(model.index(1, DrillModel::Outcome).data().toString(), QStringLiteral("still held"));
        model.setRows({}, QTimeZone("Asia/Shanghai"));
        QCOMPARE(model.rowCount(), 0);
    }

    void teamAverageSkipsTheUndefinedAndTheInactive()
    {
        const QList<GrabberKpis> rows{row(1, QStringLiteral("A"), 3, 1, 0), row(2, QStringLiteral("B"), 1, 1, 0),
                                      row(3, QStringLiteral("C"), 0, 0, 0),
                                      row(4, QStringLiteral("D"), 0, 5, 0, false)};
        const FigureValues avg = DashboardSource::teamAverage(rows);
        QCOMPARE(*avg[KpiFigure::SuccessRate], (0.75 + 0.5) / 2); // C has none, D is not active
        QCOMPARE(*avg[KpiFigure::Volume], (4.0 + 2.0 + 0.0) / 3);
        QVERIFY(!avg[KpiFigure::Satisfaction]); // nobody has feedback: "—", not 0
        QVERIFY(!avg[KpiFigure::Fairness]);
    }

    void trendRatesRollOverTheWindow()
    {
        const Period days{QDate(2026, 11, 3), QDate(2026, 11, 5)};
        DashboardSource::DaySeries own{1, {}};
        for (QDate d = QDate(2026, 11, 1); d < days.to; d = d.addDays(1)) {
            DayFigures f;
            f.day = d;
            f.won = d.day() == 1 ? 1 : 0;
            f.lost = d.day() == 4 ? 1 : 0;
            own.days.append(f);
        }
        const QList<TrendDay> t = DashboardSource::trend(days, 3, own, {own});
        QCOMPARE(t.size(), 2);
        QCOMPARE(t.at(0).day, QDate(2026, 11, 3));
        QCOMPARE(*t.at(0).successRate, 1.0); // 1 - 3 Nov: one won
        QCOMPARE(t.at(1).lost, 1);
        QCOMPARE(*t.at(1).successRate, 0.0); // 2 - 4 Nov: one lost
        QVERIFY(!t.at(0).satisfaction);      // no feedback: no point, not 0
        QCOMPARE(*t.at(0).teamSuccessRate, 1.0);
    }

    void exportStatesWhatTheFiguresAreAndLeavesUndefinedEmpty()
    {
        DashboardData data;
        data.generation = 1;
        data.timeZone = QStringLiteral("Asia/Shanghai");
        data.ruleVersion = 3;
        data.period = DashboardPeriod::resolve(Preset::ThisMonth, QDate(2026, 11, 25));
        data.current = row(0, QStringLiteral("team"), 6, 4, 0);
        data.previous = row(0, QStringLiteral("team"), 0, 0, 0);
        data.leaderboard = {row(1, QStringLiteral("=cmd|' /C calc'!A0"), 6, 4, 0),
                            row(2, QStringLiteral("王芳"), 0, 0, 0)};
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(DashboardExport::write(
            &buffer, data, QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch()));
        const QByteArray bytes = buffer.data();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads UTF-8
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
        QVERIFY2(lines.at(0).contains(QStringLiteral("2026-11-01 – 2026-11-30")), qPrintable(lines.at(0)));
        QVERIFY(lines.at(0).contains(QStringLiteral("Asia/Shanghai")));
        QVERIFY(lines.at(0).contains(QStringLiteral("rule version 3")));
        QVERIFY(lines.contains(QStringLiteral("success_rate,0.6,,,"))); // no previous figure: empty, not 0
        QVERIFY(lines.contains(QStringLiteral("volume,10,0,10,")));
        QVERIFY(lines.contains(QStringLiteral("2,王芳,0,0,0,0,0,,,,,0.00,,0,0")));
        QVERIFY(lines.contains(
            QStringLiteral("1,'=cmd|' /C calc'!A0,10,6,4,0,10,0.6000,0.4000,,,6000.00,,0,0"))); // formula guard
    }
};

QTEST_MAIN(TestDashboardModels)
#include "tst_dashboardmodels.moc"
