// A grabber's dashboard offscreen, on the same demo database as tst_dashboardpage: a new
// grabber shows "—" with the reason beside the team average, the trends, the team average and
// the target, the response-time and hour charts against `grabctl dashboard --json` with each
// bar's drill-down, the trainings with the overdue one flagged, PNGs and the export.

#include "dashboardfixture.h"

using namespace grab;
using namespace grab::test;
using namespace grab::ui;

class TestDashboardGrabber : public QObject, public DashboardFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(makeDemo()); }

    void aNewGrabberShowsDashesBesideTheTeamAverage()
    {
        Opened o = open();
        DashboardPage &page = *o.page;
        Grabber g;
        g.name = QStringLiteral("新人小周");
        auto id = TeamService(Context{*m_db, m_clock}).addGrabber(g);
        QVERIFY(id);
        page.setPeriod(Preset::ThisMonth);
        page.showGrabber(*id);
        QVERIFY(settle(page));
        QCOMPARE(page.shown().request.view, DashboardRequest::View::Grabber);
        KpiCard *success = page.card(KpiFigure::SuccessRate);
        QCOMPARE(success->valueText(), QStringLiteral("—"));
        QCOMPARE(success->detailText(), QStringLiteral("no order closed in this period"));
        QVERIFY2(success->averageText().startsWith(QStringLiteral("team avg ")) &&
                     success->averageText().endsWith(QStringLiteral("%")),
                 qPrintable(success->averageText()));
        QCOMPARE(page.card(KpiFigure::Volume)->valueText(), QStringLiteral("0"));
        QVERIFY(!page.card(KpiFigure::Fairness)); // a team figure
        QVERIFY(page.target()->noteText().startsWith(QStringLiteral("No target for 2026-11")));
        auto *own = qobject_cast<QLineSeries *>(page.charts()->success()->chart()->series().last());
        QVERIFY(own);
        QCOMPARE(own->count(), 0); // no point rather than a 0 % line
        QVERIFY(page.charts()->success()->chart()->series().first()->type() == QAbstractSeries::SeriesTypeLine);
        QVERIFY(qobject_cast<QLineSeries *>(page.charts()->success()->chart()->series().first())->count() >
                0); // the team's
        // Nothing to draw says so in the title, and no card reads 0 % or NaN.
        QVERIFY2(page.activity()->responseTimes()->chart()->title().contains(QStringLiteral("no order assigned")),
                 qPrintable(page.activity()->responseTimes()->chart()->title()));
        QVERIFY(page.activity()->hours()->chart()->title().contains(QStringLiteral("none in this period")));
        QVERIFY(page.charts()->outcomes()->chart()->title().endsWith(QStringLiteral("none in these days")));
        QVERIFY2(page.charts()->success()->chart()->title().endsWith(QStringLiteral("新人小周: nothing closed")),
                 qPrintable(page.charts()->success()->chart()->title()));
        QVERIFY(page.charts()->satisfaction()->chart()->title().endsWith(QStringLiteral("新人小周: no feedback")));
        QCOMPARE(page.recentTrainings()->emptyText(), QStringLiteral("No training taken or due in this period."));
        for (int i = 0; i < KpiFigure::Count; ++i) {
            if (KpiCard *c = page.card(KpiFigure::Figure(i))) {
                const QString all = c->valueText() + c->detailText() + c->deltaText() + c->averageText();
                QVERIFY2(!all.contains(QStringLiteral("nan"), Qt::CaseInsensitive), qPrintable(all));
                if (!c->value()) {
                    QCOMPARE(c->valueText(), QStringLiteral("—"));
                    QCOMPARE(c->detailText(), KpiFigure::whyUndefined(KpiFigure::Figure(i)));
                }
            }
        }
        QVERIFY(page.card(KpiFigure::HitRate)->valueText() == QStringLiteral("—"));
        // The drill-down of an undefined rate says why, with no number.
        DrillDialog *dialog = drill(page, [&] { page.openDrill(KpiFigure::SuccessRate); });
        QVERIFY(dialog);
        QCOMPARE(dialog->orderCount(), 0);
        QVERIFY2(dialog->heading().contains(QStringLiteral("“—”")), qPrintable(dialog->heading()));
        QVERIFY(!dialog->heading().contains(QStringLiteral("%")));
        dialog->close();
    }

    void aGrabbersResponseTimesHoursAndTrainingsAreCores()
    {
        Opened o = open();
        DashboardPage &page = *o.page;
        page.setPeriod(Preset::ThisMonth);
        page.showGrabber(1);
        QVERIFY(settle(page));
        const QJsonObject dash = grabctl({QStringLiteral("--db"), m_path, QStringLiteral("dashboard"),
                                          QStringLiteral("--grabber"), QStringLiteral("1"), QStringLiteral("--period"),
                                          QStringLiteral("2026-11-01..2026-12-01"), QStringLiteral("--json")})
                                     .object();
        QVERIFY(!dash.isEmpty());

        // Response times: one bar per bucket, grabctl's counts, adding up to the Volume card; the
        // median in the title and its bar singled out.
        QChart *response = page.activity()->responseTimes()->chart();
        auto *bars = qobject_cast<QAbstractBarSeries *>(response->series().first());
        QVERIFY(bars);
        QBarSet *orders = bars->barSets().first();
        const QJsonArray buckets = dash[QStringLiteral("responseTimes")][QStringLiteral("buckets")].toArray();
        QCOMPARE(orders->count(), int(responseBuckets().size()));
        QCOMPARE(buckets.size(), orders->count());
        double sum = 0;
        QCOMPARE(response->axes(Qt::Vertical).first()->type(), QAbstractAxis::AxisTypeBarCategory);
        const QStringList names = static_cast<QBarCategoryAxis *>(response->axes(Qt::Vertical).first())->categories();
        for (int i = 0; i < orders->count(); ++i) {
            const int bar = ActivityCharts::bucketOfBar(i);
            QCOMPARE(qint64(orders->at(bar)), buckets.at(i)[QStringLiteral("holdings")].toInteger());
            QCOMPARE(names.at(bar), responseBuckets().at(i).label.toHtmlEscaped());
            sum += orders->at(bar);
        }
        QCOMPARE(names.last(), QStringLiteral("&lt; 10 s")); // the shortest wait on top
        QCOMPARE(sum, cardValue(page, KpiFigure::Volume));
        QVERIFY2(response->title().contains(page.card(KpiFigure::MedianResponse)->valueText()),
                 qPrintable(response->title()));
        const int median = ActivityCharts::medianBucket(cardValue(page, KpiFigure::MedianResponse));
        QCOMPARE(orders->selectedBars(), QList<int>{ActivityCharts::bucketOfBar(median)});
        QVERIFY(!response->axes(Qt::Horizontal).first()->titleText().isEmpty());
        QVERIFY(!response->axes(Qt::Vertical).first()->titleText().isEmpty());

        // Hours: the won and the other attempts stacked, grabctl's per hour; the busiest named.
        QChart *hours = page.activity()->hours()->chart();
        auto *stacked = qobject_cast<QAbstractBarSeries *>(hours->series().first());
        QVERIFY(stacked);
        QCOMPARE(stacked->type(), QAbstractSeries::SeriesTypeStackedBar);
        const QJsonArray perHour = dash[QStringLiteral("hours")].toArray();
        QCOMPARE(perHour.size(), 24);
        QCOMPARE(stacked->barSets().at(0)->count(), 24);
        double attempts = 0;
        int busiest = -1;
        qint64 most = 0;
        for (int h = 0; h < 24; ++h) {
            const qint64 wins = perHour.at(h)[QStringLiteral("wins")].toInteger();
            const qint64 all = perHour.at(h)[QStringLiteral("attempts")].toInteger();
            QCOMPARE(qint64(stacked->barSets().at(0)->at(h)), wins);
            QCOMPARE(qint64(stacked->barSets().at(1)->at(h)), all - wins);
            attempts += double(all);
            if (all > most) {
                most = all;
                busiest = h;
            }
        }
        QCOMPARE(attempts, double(page.shown().current.attempts));
        QVERIFY2(hours->title().contains(ActivityCharts::hourRange(busiest)), qPrintable(hours->title()));
        QVERIFY(hours->axes(Qt::Horizontal).first()->titleText().contains(QStringLiteral("Asia/Shanghai")));

        // A bar's drill-down lists as many rows as the bar is high.
        for (const int i : {median, 0}) {
            DrillDialog *dialog = drill(page, [&] { page.activity()->drillBucket(i); });
            QVERIFY(dialog);
            QCOMPARE(dialog->orderCount(), qint64(orders->at(ActivityCharts::bucketOfBar(i))));
            QVERIFY(dialog->windowTitle().startsWith(QStringLiteral("Waited %1").arg(responseBuckets().at(i).label)));
            dialog->close();
        }
        DrillDialog *hour = drill(page, [&] { page.activity()->drillHour(busiest); });
        QVERIFY(hour);
        QCOMPARE(hour->orderCount(), most);
        QVERIFY(hour->heading().contains(ActivityCharts::hourRange(busiest)));
        hour->close();
        const QList<TrendDay> &trend = page.shown().trend;
        const qsizetype day = std::max_element(trend.cbegin(), trend.cend(),
                                               [](const TrendDay &a, const TrendDay &b) { return a.won < b.won; }) -
                              trend.cbegin();
        DrillDialog *won = drill(page, [&] { page.charts()->drillDay(DrillDown::Figure::Won, int(day)); });
        QVERIFY(won);
        QCOMPARE(won->orderCount(), trend.at(day).won);
        won->close();

        // Trainings: grabctl's, newest first, the overdue one flagged.
        const QJsonObject trainings = dash[QStringLiteral("trainings")].toObject();
        QCOMPARE(trainings[QStringLiteral("total")].toInteger(), 4);
        RecentRowsPanel *list = page.recentTrainings();
        QCOMPARE(list->list()->count(), 4);
        QCOMPARE(list->countText(), QStringLiteral("4 in the period"));
        const QJsonArray rows = trainings[QStringLiteral("rows")].toArray();
        for (int i = 0; i < 4; ++i) {
            QVERIFY(list->list()->item(i)->text().contains(rows.at(i)[QStringLiteral("course")].toString()));
        }
        QCOMPARE(list->flaggedCount(), 2); // "Calm calls" overdue, "Cloud basics" not passed
        bool overdue = false;
        for (int i = 0; i < 4; ++i) {
            overdue = overdue ||
                      list->list()->item(i)->text().startsWith(QStringLiteral("overdue since 2026-11-20 · Calm calls"));
        }
        QVERIFY(overdue);

        // Each chart saves as PNG.
        for (ChartPanel *chart : {page.activity()->responseTimes(), page.activity()->hours()}) {
            const QString png = m_dir.filePath(chart->objectName() + QStringLiteral(".png"));
            QVERIFY(chart->savePng(png));
            QVERIFY(!QImage(png).isNull());
        }

        // The export carries the charts' figures.
        const QString csvPath = m_dir.filePath(QStringLiteral("grabber.csv"));
        QVERIFY(page.exportFigures(csvPath));
        QFile f(csvPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(f.readAll());
        QVERIFY(csv.contains(QStringLiteral("response_time,from_s,to_s,orders")));
        QVERIFY(csv.contains(QStringLiteral("hour,attempts,attempts_won")));
        QVERIFY(csv.contains(QStringLiteral("day,volume,won,lost,reclaimed,success_rate_7d")));
        QVERIFY(csv.contains(QStringLiteral("target_month,won_target,won,revenue_target,revenue\r\n2026-11,30,")));
    }

    void aGrabbersOpenActionItemsShowBesideTheLists()
    {
        // The demo's coaching leaves open action items; the first grabber who owns some.
        qint64 owner = 0;
        QJsonArray items;
        for (qint64 g = 1; g <= 24 && owner == 0; ++g) {
            items = grabctl({QStringLiteral("--db"), m_path, QStringLiteral("--now"),
                             QStringLiteral("2026-11-25T18:00:00+08:00"), QStringLiteral("action"), QStringLiteral("list"),
                             QStringLiteral("--grabber"), QString::number(g), QStringLiteral("--json")})
                        .array();
            owner = items.isEmpty() ? 0 : g;
        }
        QVERIFY2(owner != 0, "the demo has open action items");
        Opened o = open();
        DashboardPage &page = *o.page;
        page.setPeriod(Preset::ThisMonth);
        page.showGrabber(owner);
        QVERIFY(settle(page));
        RecentRowsPanel *actions = page.openActions();
        QCOMPARE(actions->list()->count(), items.size());
        QCOMPARE(actions->emptyText(), QString());
        for (int i = 0; i < items.size(); ++i) { // soonest due first, as grabctl lists them
            QVERIFY2(actions->list()->item(i)->text().contains(items.at(i)[QStringLiteral("text")].toString()),
                     qPrintable(actions->list()->item(i)->text()));
        }

        // A grabber with none says so.
        Grabber fresh;
        fresh.name = QStringLiteral("新人小吴");
        auto none = TeamService(Context{*m_db, m_clock}).addGrabber(fresh);
        QVERIFY(none);
        page.showGrabber(*none);
        QVERIFY(settle(page));
        QCOMPARE(page.openActions()->list()->count(), 0);
        QCOMPARE(page.openActions()->emptyText(), QStringLiteral("No open action items from meetings or one-to-ones."));
    }

    void aGrabbersViewHasTrendsTheTeamAverageAndTheTarget()
    {
        Opened o = open();
        DashboardPage &page = *o.page;
        page.setPeriod(Preset::ThisMonth);
        page.showGrabber(1);
        QVERIFY(settle(page));
        const DashboardFigures &data = page.shown();
        QCOMPARE(data.trendDays.from, QDate(2026, 11, 1));
        QCOMPARE(data.trendDays.to, QDate(2026, 11, 26)); // up to today, no empty future
        QCOMPARE(data.trend.size(), 25);

        // Won / lost / reclaimed stacked, one bar a day; the bars add up to the period's outcomes.
        QChart *outcomes = page.charts()->outcomes()->chart();
        QCOMPARE(outcomes->series().size(), 1);
        auto *bars = qobject_cast<QAbstractBarSeries *>(outcomes->series().first());
        QVERIFY(bars);
        QCOMPARE(bars->type(), QAbstractSeries::SeriesTypeStackedBar);
        QCOMPARE(bars->barSets().size(), 3);
        double won = 0;
        for (int i = 0; i < bars->barSets().at(0)->count(); ++i) {
            won += bars->barSets().at(0)->at(i);
        }
        QCOMPARE(bars->barSets().at(0)->count(), 25);
        QCOMPARE(won, cardValue(page, KpiFigure::Won)); // the period so far is the whole period here
        QVERIFY(!outcomes->title().isEmpty());
        QCOMPARE(outcomes->axes(Qt::Vertical).size(), 1);
        QVERIFY(!outcomes->axes(Qt::Vertical).first()->titleText().isEmpty());

        // Success rate against the team: the team's line is dashed.
        QChart *success = page.charts()->success()->chart();
        QCOMPARE(success->series().size(), 2);
        auto *team = qobject_cast<QLineSeries *>(success->series().at(0));
        auto *own = qobject_cast<QLineSeries *>(success->series().at(1));
        QCOMPARE(team->pen().style(), Qt::DashLine);
        QCOMPARE(own->pen().style(), Qt::SolidLine);
        QCOMPARE(own->name(), data.current.name);
        QVERIFY(own->count() > 20);
        QCOMPARE(page.charts()->satisfaction()->chart()->series().size(), 2);

        // Each card carries the team average.
        QVERIFY(page.card(KpiFigure::Revenue)->averageText().startsWith(QStringLiteral("team avg ¥")));
        QVERIFY(page.card(KpiFigure::Workload));
        // The month's target and the progress so far.
        QVERIFY2(page.target()->wonText().contains(QStringLiteral("of 30 won")), qPrintable(page.target()->wonText()));
        QVERIFY(page.target()->revenueText().contains(Format::money(50000000)));

        const QString png = m_dir.filePath(QStringLiteral("success.png"));
        QVERIFY(page.charts()->success()->savePng(png));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(),
                 page.charts()->success()->view()->size() * page.charts()->success()->view()->devicePixelRatioF());
    }
};

QTEST_MAIN(TestDashboardGrabber)
#include "tst_dashboardgrabber.moc"
