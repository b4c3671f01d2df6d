// The dashboards' parts that need no database: the period presets and what they compare with,
// how a figure and its change read, the leaderboard and drill-down models under
// QAbstractItemModelTester, the leaderboard's sort (undefined rates last, both ways), the
// team average, the rolling trend, how the drill-down's rows make each card's figure and how
// its dialog says so, the response-time and hour charts' helpers, the trainings list and the
// CSV export.

#include "common/format.h"
#include "dashboard/activitycharts.h"
#include "dashboard/dashboardexport.h"
#include "dashboard/dashboardreader.h"
#include "dashboard/drilldialog.h"
#include "dashboard/drillmodel.h"
#include "dashboard/kpicard.h"
#include "dashboard/kpipanel.h"
#include "dashboard/kpifigure.h"
#include "dashboard/leaderboardmodel.h"
#include "dashboard/leaderboardproxy.h"
#include "dashboard/recentrowspanel.h"
#include "dashboard/targetpanel.h"
#include "domain/responsebuckets.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QListWidget>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace grab;
using namespace grab::ui;
using Preset = PeriodPreset;

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
        const auto r = periods::resolve(Preset(preset), today);
        QTEST(r.current.from, "from");
        QTEST(r.current.to, "to");
        QTEST(r.previous.from, "previousFrom");
        QTEST(r.previous.to, "previousTo");
    }

    void aRunningPeriodSaysItComparesTheSameDays()
    {
        const auto week = periods::resolve(Preset::ThisWeek, QDate(2026, 11, 25));
        QVERIFY(week.partial);
        QCOMPARE(PeriodText::versus(week), QStringLiteral("vs last week so far"));
        const auto sunday = periods::resolve(Preset::ThisWeek, QDate(2026, 11, 29));
        QVERIFY(!sunday.partial);
        QCOMPARE(PeriodText::versus(sunday), QStringLiteral("vs last week"));
        const auto month = periods::resolve(Preset::ThisMonth, QDate(2026, 11, 25));
        QCOMPARE(PeriodText::versus(month), QStringLiteral("vs last month so far"));
    }

    void customPeriodIsInclusiveAndComparesWithTheSameNumberOfDaysBefore()
    {
        const auto r =
            periods::resolve(Preset::Custom, QDate(2026, 11, 25), QDate(2026, 11, 10), QDate(2026, 11, 3));
        QCOMPARE(r.current.from, QDate(2026, 11, 3));
        QCOMPARE(r.current.to, QDate(2026, 11, 11)); // the last day shown is included
        QCOMPARE(r.previous.from, QDate(2026, 10, 26));
        QCOMPARE(r.previous.to, QDate(2026, 11, 3));
        QCOMPARE(PeriodText::versus(r), QStringLiteral("vs the 8 days before"));
        QCOMPARE(PeriodText::rangeText(r.current), QStringLiteral("2026-11-03 – 2026-11-10"));
    }

    void teamDayIsTheTeamsCalendarDay()
    {
        // 2026-11-24 17:30 UTC is already the 25th in Shanghai.
        const qint64 ms = QDateTime(QDate(2026, 11, 24), QTime(17, 30), QTimeZone::utc()).toMSecsSinceEpoch();
        QCOMPARE(periods::dayOf(QTimeZone("Asia/Shanghai"), ms), QDate(2026, 11, 25));
        QCOMPARE(periods::dayOf(QTimeZone("Europe/Berlin"), ms), QDate(2026, 11, 24));
    }

    void chartDaysStopTodayButShowAWeek()
    {
        const QDate today(2026, 11, 25);
        const Period month{QDate(2026, 11, 1), QDate(2026, 12, 1)};
        QCOMPARE(periods::chartDays(month, today).to, QDate(2026, 11, 26)); // no empty future
        QCOMPARE(periods::chartDays(month, today).from, QDate(2026, 11, 1));
        const Period day{today, today.addDays(1)};
        QCOMPARE(periods::chartDays(day, today).from, QDate(2026, 11, 19));
        QCOMPARE(periods::daysToGo(month, today), 5);
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
        QCOMPARE(KpiFigure::deltaText(KpiFigure::MedianResponse, 0.7), QStringLiteral("= no change")); // not "▲ 0 s"
        QCOMPARE(KpiFigure::verdict(KpiFigure::MedianResponse, 0.7), 0);
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

    // A month before the team's data begins: a count card says there is nothing to compare,
    // not "▲ 680 vs last month" against zeros that were never figures.
    void aCountAgainstAnEmptyPeriodComparesNothing()
    {
        KpiPanel panel;
        DashboardFigures data;
        data.request.view = DashboardRequest::View::Team;
        data.period.current = Period{QDate(2026, 11, 1), QDate(2026, 12, 1)};
        data.period.previous = Period{QDate(2026, 10, 1), QDate(2026, 11, 1)};
        data.current.volume = 680;
        data.current.won = 300;
        data.current.lost = 100;
        panel.setData(data);
        QCOMPARE(panel.card(KpiFigure::Volume)->deltaText(), QStringLiteral("— nothing to compare"));
        QVERIFY(panel.card(KpiFigure::Volume)->toolTipText().contains(QStringLiteral("no data")));
        // With anything at all before, a zero is a figure: 0 won of 2 assigned.
        data.previous.volume = 2;
        panel.setData(data);
        QVERIFY2(panel.card(KpiFigure::Won)->deltaText().startsWith(QStringLiteral("▲ 300")), qPrintable(panel.card(KpiFigure::Won)->deltaText()));
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

    void teamAverageIsCoresByCard()
    {
        DashboardService::TeamAverages a;
        a.successRate.value = 0.625;
        a.successRate.grabbers = 2;
        a.volume.value = 2.0;
        a.revenueMinor.value = 150000.0;
        a.workload.value = 3.0;
        const FigureValues avg = DashboardReader::teamAverage(a);
        QCOMPARE(*avg[KpiFigure::SuccessRate], 0.625);
        QCOMPARE(*avg[KpiFigure::Volume], 2.0);
        QCOMPARE(*avg[KpiFigure::Revenue], 150000.0);
        QCOMPARE(*avg[KpiFigure::Workload], 3.0);
        QVERIFY(!avg[KpiFigure::Satisfaction]); // nobody has feedback: "—", not 0
        QVERIFY(!avg[KpiFigure::Fairness]);     // a team figure
    }

    void everyCardHasRowsBehindIt()
    {
        for (int f = 0; f < KpiFigure::Count; ++f) {
            QVERIFY(KpiFigure::drillable(KpiFigure::Figure(f)));
            QVERIFY(DashboardReader::drillFigure(KpiFigure::Figure(f)));
            QVERIFY(!KpiFigure::drillHint(KpiFigure::Figure(f)).isEmpty());
        }
        QCOMPARE(*DashboardReader::drillFigure(KpiFigure::SuccessRate), DrillDown::Figure::Closed);
        QCOMPARE(*DashboardReader::drillFigure(KpiFigure::HitRate), DrillDown::Figure::Attempts);
        QCOMPARE(*DashboardReader::drillFigure(KpiFigure::Satisfaction), DrillDown::Figure::Feedback);
        QCOMPARE(*DashboardReader::drillFigure(KpiFigure::MedianResponse), DrillDown::Figure::Volume);
    }

    void theRowsMakeTheFigure()
    {
        const auto holding = [](qint64 grabber, const char *outcome, qint64 responseMs, qint64 amount = 0) {
            DrillRow r;
            r.grabberId = grabber;
            r.outcome = QString::fromLatin1(outcome);
            r.responseMs = responseMs;
            r.amountMinor = amount;
            return r;
        };
        const QList<DrillRow> closed{holding(1, "won", 1000, 500), holding(1, "won", 3000, 700),
                                     holding(2, "lost", 2000), holding(3, "reclaimed", 9000)};
        DrillSummary s = DashboardReader::summarize(KpiFigure::SuccessRate, closed);
        QCOMPARE(s.rows, 4);
        QCOMPARE(s.won, 2);
        QCOMPARE(*s.value, 0.5);
        s = DashboardReader::summarize(KpiFigure::FailureRate, closed);
        QCOMPARE(s.lost, 1);
        QCOMPARE(s.reclaimed, 1);
        QCOMPARE(*s.value, 0.5);
        s = DashboardReader::summarize(KpiFigure::MedianResponse, closed);
        QCOMPARE(*s.value, 2.5); // the mean of the middle two, in seconds, as MetricsService
        s = DashboardReader::summarize(KpiFigure::Revenue, closed);
        QCOMPARE(s.sum, 1200);
        // Fairness over the active grabbers 1, 2 and 4 (4 has nothing: it counts 0; 3 is not active).
        s = DashboardReader::summarize(KpiFigure::Fairness, closed, {1, 2, 4});
        QCOMPARE(s.grabbers, 3);
        QCOMPARE(s.counted, 3);
        QVERIFY(std::abs(*s.value - 9.0 / (3.0 * 5.0)) < 1e-12); // (2+1+0)² / (3 × (4+1+0))

        DrillRow score;
        score.score = 4;
        DrillRow low = score;
        low.score = 1;
        s = DashboardReader::summarize(KpiFigure::Satisfaction, {score, low, score});
        QCOMPARE(s.sum, 9);
        QCOMPARE(*s.value, 3.0);
        DrillRow attempt;
        attempt.outcome = QStringLiteral("lost_race");
        DrillRow got = attempt;
        got.outcome = QStringLiteral("won");
        QCOMPARE(*DashboardReader::summarize(KpiFigure::HitRate, {attempt, got, attempt, attempt}).value, 0.25);
        // Nothing closed: no rate, not 0 %.
        QVERIFY(!DashboardReader::summarize(KpiFigure::SuccessRate, {}).value);
        QVERIFY(!DashboardReader::summarize(KpiFigure::MedianResponse, {}).value);
        QCOMPARE(*DashboardReader::summarize(KpiFigure::Volume, {}).value, 0.0);
    }

    void theDrillDialogSaysHowTheRowsMakeTheFigure()
    {
        DrillResult r;
        r.timeZone = QStringLiteral("Asia/Shanghai");
        r.request.figure = KpiFigure::SuccessRate;
        r.request.grabberId = 2;
        r.request.grabberName = QStringLiteral("李娜");
        r.request.period = Period{QDate(2026, 11, 1), QDate(2026, 12, 1)};
        r.rowsOf = DrillDown::Figure::Closed;
        for (int i = 0; i < 4; ++i) {
            DrillRow row;
            row.outcome = i < 3 ? QStringLiteral("won") : QStringLiteral("lost");
            r.rows.append(row);
        }
        r.summary = DashboardReader::summarize(r.request.figure, r.rows);
        QCOMPARE(DrillDialog::titleFor(r), QStringLiteral("Success rate · 4 orders"));
        QCOMPARE(DrillDialog::headingFor(r),
                 QStringLiteral("4 orders 李娜 closed in 2026-11-01 – 2026-11-30 (whole days, Asia/Shanghai): 3 won → "
                                "75.0 % success rate (won ÷ closed)."));
        r.rows.clear();
        r.summary = DashboardReader::summarize(r.request.figure, r.rows);
        QVERIFY2(DrillDialog::headingFor(r).contains(
                     QStringLiteral("No order closed in this period, so the card reads “—”")),
                 qPrintable(DrillDialog::headingFor(r)));
        QVERIFY(!DrillDialog::headingFor(r).contains(QStringLiteral("0.0 %")));

        DrillResult hit = r;
        hit.request.figure = KpiFigure::HitRate;
        hit.rowsOf = DrillDown::Figure::Attempts;
        DrillRow a;
        a.outcome = QStringLiteral("won");
        hit.rows = {a};
        hit.summary = DashboardReader::summarize(hit.request.figure, hit.rows);
        QCOMPARE(DrillDialog::titleFor(hit), QStringLiteral("Hit rate · 1 grab attempt"));
        QVERIFY(DrillDialog::headingFor(hit).endsWith(QStringLiteral("1 obtained the order → 100.0 % hit rate.")));

        DrillResult chart;
        chart.timeZone = QStringLiteral("Asia/Shanghai");
        chart.request.key = DrillDown::Key{};
        chart.request.title = QStringLiteral("Waited 10–30 s");
        chart.request.sentence = QStringLiteral("Orders that waited 10–30 s.");
        chart.rows = {DrillRow{}, DrillRow{}};
        QCOMPARE(DrillDialog::titleFor(chart), QStringLiteral("Waited 10–30 s · 2 orders"));
        QCOMPARE(DrillDialog::headingFor(chart), QStringLiteral("Orders that waited 10–30 s. Times in Asia/Shanghai."));
    }

    void drillModelShowsWhatEachKindOfRowMeans()
    {
        DrillModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DrillRow refused;
        refused.id = 1;
        refused.orderId = 7;
        refused.outcome = QStringLiteral("rejected");
        refused.reason = QStringLiteral("daily_cap_reached");
        DrillRow won = refused;
        won.id = 2;
        won.outcome = QStringLiteral("won");
        won.reason.clear();
        model.setRows({refused, won}, QTimeZone("Asia/Shanghai"), DrillModel::Kind::Attempts);
        QCOMPARE(model.headerData(DrillModel::Outcome, Qt::Horizontal).toString(), QStringLiteral("Result"));
        QCOMPARE(model.index(0, DrillModel::Outcome).data().toString(), QStringLiteral("refused: daily cap reached"));
        QCOMPARE(model.index(1, DrillModel::Outcome).data().toString(), QStringLiteral("obtained the order"));
        QVERIFY(!DrillModel::shows(DrillModel::Kind::Attempts, DrillModel::Response));
        QVERIFY(!DrillModel::shows(DrillModel::Kind::Attempts, DrillModel::Via));

        DrillRow held;
        held.outcome = QStringLiteral("won");
        held.reason = QStringLiteral("grab");
        held.responseMs = 21000;
        model.setRows({held}, QTimeZone("Asia/Shanghai"), DrillModel::Kind::Holdings);
        QCOMPARE(model.index(0, DrillModel::Response).data().toString(), QStringLiteral("21 s"));
        QCOMPARE(model.index(0, DrillModel::Response).data(DrillModel::SortRole).toLongLong(), 21000);
        QVERIFY(DrillModel::shows(DrillModel::Kind::Holdings, DrillModel::Response));

        DrillRow score;
        score.score = 2;
        score.note = QStringLiteral("慢");
        model.setRows({score}, QTimeZone("Asia/Shanghai"), DrillModel::Kind::Feedback);
        QCOMPARE(model.index(0, DrillModel::Outcome).data().toString(), QStringLiteral("2 of 5"));
        QCOMPARE(model.headerData(DrillModel::Note, Qt::Horizontal).toString(), QStringLiteral("Comment"));
        QCOMPARE(DrillModel::kindOf(DrillDown::Figure::Hour), DrillModel::Kind::Attempts);
        QCOMPARE(DrillModel::kindOf(DrillDown::Figure::Closed), DrillModel::Kind::Holdings);
    }

    void activityChartsFindTheMedianBarAndTheBusiestHour()
    {
        QCOMPARE(ActivityCharts::medianBucket(std::nullopt), -1);
        QCOMPARE(ActivityCharts::medianBucket(21.0), responseBucketOf(21000));
        QCOMPARE(ActivityCharts::medianBucket(9.9995), 0); // between two whole milliseconds: its floor
        QList<DashboardService::HourActivity> hours(24);
        for (int h = 0; h < 24; ++h) {
            hours[h].hour = h;
        }
        QCOMPARE(ActivityCharts::busiestHour(hours), -1); // nothing: no "busiest 00:00"
        hours[10].attempts = 5;
        hours[15].attempts = 5;
        QCOMPARE(ActivityCharts::busiestHour(hours), 10);
        QCOMPARE(ActivityCharts::bucketOfBar(0), int(responseBuckets().size()) - 1); // the longest wait at the foot
        QCOMPARE(ActivityCharts::bucketOfBar(ActivityCharts::bucketOfBar(3)), 3);
        QCOMPARE(ActivityCharts::hourRange(9), QStringLiteral("09:00–10:00"));
        QCOMPARE(ActivityCharts::hourRange(23), QStringLiteral("23:00–00:00"));
    }

    void trainingsFlagWhatIsOverdue()
    {
        const QDate today(2026, 11, 25);
        DashboardService::Training passed;
        passed.course = QStringLiteral("Objection handling");
        passed.category = QStringLiteral("sales_skills");
        passed.takenOn = QDate(2026, 11, 3);
        passed.hours = 2.5;
        passed.passed = true;
        DashboardService::Training overdue;
        overdue.course = QStringLiteral("Calm calls");
        overdue.category = QStringLiteral("customer_service");
        overdue.dueOn = QDate(2026, 11, 20);
        DashboardService::Training due = overdue;
        due.dueOn = QDate(2026, 11, 28);
        QCOMPARE(RecentRowsPanel::trainingLine(passed, today),
                 QStringLiteral("2026-11-03 passed · Objection handling · sales skills · %1 h")
                     .arg(QLocale().toString(2.5, 'g', 3)));
        QVERIFY(RecentRowsPanel::isOverdue(overdue, today));
        QVERIFY(!RecentRowsPanel::isOverdue(due, today));
        QVERIFY(
            RecentRowsPanel::trainingLine(overdue, today).startsWith(QStringLiteral("overdue since 2026-11-20 · ")));
        QVERIFY(RecentRowsPanel::trainingLine(due, today).startsWith(QStringLiteral("due 2026-11-28")));

        RecentRowsPanel panel(RecentRowsPanel::Kind::Trainings);
        QCOMPARE(panel.emptyText(), QStringLiteral("No training taken or due in this period."));
        panel.setTrainings({due, overdue, passed}, 3, today);
        QCOMPARE(panel.list()->count(), 3);
        QCOMPARE(panel.flaggedCount(), 1);
        QCOMPARE(panel.countText(), QStringLiteral("3 in the period"));
        QCOMPARE(panel.emptyText(), QString());
    }

    void aLargeTargetDoesNotWidenThePage()
    {
        // Big figures beside the bars must wrap the note, not push the page past a 1,440 px
        // window (about 1,190 px for the page's content beside the navigation and its margins).
        TargetPanel panel;
        TargetService::Target t;
        t.month = QDate(2026, 11, 1);
        t.wonCount = 9999;
        t.won = 9999;
        t.revenueMinor = 9999999999;
        t.revenueDoneMinor = 9999999999;
        panel.setTarget(t.month, t);
        QVERIFY2(panel.minimumSizeHint().width() <= 1150, qPrintable(QString::number(panel.minimumSizeHint().width())));
    }

    void exportStatesWhatTheFiguresAreAndLeavesUndefinedEmpty()
    {
        DashboardFigures data;
        data.generation = 1;
        data.timeZone = QStringLiteral("Asia/Shanghai");
        data.ruleVersion = 3;
        data.period = periods::resolve(Preset::ThisMonth, QDate(2026, 11, 25));
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
