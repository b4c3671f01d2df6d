// The Dashboards page offscreen, on a real demo database (fixed seed, fixed clock): the team's
// cards agree with `grabctl kpis --json` for the same period, the period picker changes the
// figures, an empty period shows "—" with the reason, stale results from the worker are dropped,
// every card's drill-down (team and grabber) lists the rows its figure is made of and works the
// figure out again from them, the leaderboard opens a grabber's view and fits at 1,440 px, the
// award, live refreshes are throttled, and the export. A grabber's view: tst_dashboardgrabber.

#include "dashboardfixture.h"

#include "dashboard/dashboardreader.h"
#include "dashboard/drillmodel.h"

using namespace grab;
using namespace grab::test;
using namespace grab::ui;

class TestDashboardPage : public QObject, public DashboardFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(makeDemo()); }

    void teamCardsEqualGrabctlKpis()
    {
        Opened o = open();
        DashboardPage &page = *o.page;
        page.setPeriod(Preset::ThisMonth);
        QVERIFY(settle(page));
        QCOMPARE(page.shown().period.current.from, QDate(2026, 11, 1));
        QCOMPARE(page.shown().period.current.to, QDate(2026, 12, 1));

        const QJsonArray rows = grabctl({QStringLiteral("--db"), m_path, QStringLiteral("kpis"),
                                         QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                                         QStringLiteral("2026-12-01"), QStringLiteral("--json")})
                                    .array();
        QVERIFY(rows.size() >= 10);
        QSet<qint64> active;
        for (const QJsonValue g : grabctl({QStringLiteral("--db"), m_path, QStringLiteral("grabber"),
                                           QStringLiteral("list"), QStringLiteral("--json")})
                                      .array()) {
            if (g[QStringLiteral("status")].toString() == QLatin1String("active")) {
                active.insert(g[QStringLiteral("id")].toInteger());
            }
        }
        qint64 volume = 0, won = 0, lost = 0, reclaimed = 0, revenue = 0, feedback = 0, violations = 0;
        double satisfactionSum = 0, volumeSum = 0, volumeSquares = 0;
        int n = 0;
        for (const QJsonValue r : rows) {
            volume += r[QStringLiteral("volume")].toInteger();
            won += r[QStringLiteral("won")].toInteger();
            lost += r[QStringLiteral("lost")].toInteger();
            reclaimed += r[QStringLiteral("reclaimed")].toInteger();
            revenue += *parseMajorUnits(r[QStringLiteral("revenue")].toString());
            feedback += r[QStringLiteral("feedbackCount")].toInteger();
            satisfactionSum +=
                r[QStringLiteral("satisfaction")].toDouble() * double(r[QStringLiteral("feedbackCount")].toInteger());
            violations += r[QStringLiteral("violations")].toInteger();
            if (active.contains(r[QStringLiteral("grabberId")].toInteger())) {
                const double v = double(r[QStringLiteral("volume")].toInteger());
                volumeSum += v;
                volumeSquares += v * v;
                ++n;
            }
        }
        const qint64 closed = won + lost + reclaimed;
        QVERIFY(closed > 0);
        QCOMPARE(cardValue(page, KpiFigure::Volume), double(volume));
        QCOMPARE(cardValue(page, KpiFigure::Won), double(won));
        QCOMPARE(cardValue(page, KpiFigure::Lost), double(lost));
        QCOMPARE(cardValue(page, KpiFigure::Reclaimed), double(reclaimed));
        QCOMPARE(cardValue(page, KpiFigure::Revenue), double(revenue));
        QCOMPARE(cardValue(page, KpiFigure::Violations), double(violations));
        QVERIFY(std::abs(cardValue(page, KpiFigure::SuccessRate) - double(won) / double(closed)) < 1e-12);
        QVERIFY(std::abs(cardValue(page, KpiFigure::FailureRate) - double(lost + reclaimed) / double(closed)) < 1e-12);
        // grabctl rounds each satisfaction to 2 places: the weighted mean agrees to that.
        QVERIFY(std::abs(cardValue(page, KpiFigure::Satisfaction) - satisfactionSum / double(feedback)) < 0.005);
        QVERIFY(std::abs(cardValue(page, KpiFigure::Fairness) - volumeSum * volumeSum / (n * volumeSquares)) < 1e-9);
        // What the manager reads, not only the numbers behind it.
        QCOMPARE(page.card(KpiFigure::Volume)->valueText(), QLocale().toString(volume));
        QCOMPARE(page.card(KpiFigure::Revenue)->valueText(), Format::money(revenue));
        QCOMPARE(page.card(KpiFigure::SuccessRate)->valueText(), Format::percent(double(won) / double(closed)));
        QVERIFY(page.card(KpiFigure::Satisfaction)->detailText().contains(QLocale().toString(feedback)));
        // The team median is not in grabctl's per-grabber rows: it is MetricsService's own.
        auto team = MetricsService(Context{*m_db, m_clock}).team(Period{QDate(2026, 11, 1), QDate(2026, 12, 1)});
        QVERIFY(team);
        QCOMPARE(cardValue(page, KpiFigure::MedianResponse), *team->totals.medianResponseS);

        // The leaderboard row by row.
        LeaderboardModel *board = page.leaderboard();
        QCOMPARE(board->rowCount(), int(rows.size()));
        for (const QJsonValue r : rows) {
            const int i = board->rowOf(r[QStringLiteral("grabberId")].toInteger());
            QVERIFY(i >= 0);
            const auto sort = [&](int column) { return board->index(i, column).data(LeaderboardModel::SortRole); };
            QCOMPARE(sort(LeaderboardModel::Volume).toLongLong(), r[QStringLiteral("volume")].toInteger());
            QCOMPARE(sort(LeaderboardModel::Won).toLongLong(), r[QStringLiteral("won")].toInteger());
            QCOMPARE(formatMajorUnits(sort(LeaderboardModel::Revenue).toLongLong()),
                     r[QStringLiteral("revenue")].toString());
            const QJsonValue rate = r[QStringLiteral("successRate")];
            QCOMPARE(sort(LeaderboardModel::SuccessRate).isValid(), !rate.isNull());
            if (!rate.isNull()) {
                QCOMPARE(QString::number(sort(LeaderboardModel::SuccessRate).toDouble(), 'f', 4),
                         QString::number(rate.toDouble(), 'f', 4));
            }
        }
    }

    void periodSwitchingChangesTheFigures()
    {
        Opened o = open();
        DashboardPage &page = *o.page;
        page.setPeriod(Preset::ThisMonth);
        QVERIFY(settle(page));
        const double month = cardValue(page, KpiFigure::Volume);
        QVERIFY(page.periodText().contains(QStringLiteral("2026-11-01 – 2026-11-30")));
        // On 25 November the month so far is compared with 1–25 October, not all of October.
        QVERIFY(page.card(KpiFigure::Volume)->deltaText().endsWith(QStringLiteral("vs last month so far")));
        QCOMPARE(page.shown().period.previous.from, QDate(2026, 10, 1));
        QCOMPARE(page.shown().period.previous.to, QDate(2026, 10, 26));
        QVERIFY(page.periodText().contains(QStringLiteral("2026-10-01 – 2026-10-25")));

        page.setPeriod(Preset::Today);
        QVERIFY(settle(page));
        const double today = cardValue(page, KpiFigure::Volume);
        QVERIFY2(today < month && today > 0, qPrintable(QStringLiteral("%1 / %2").arg(today).arg(month)));
        QVERIFY(page.periodText().contains(QStringLiteral("2026-11-25")));
        QVERIFY(page.card(KpiFigure::Volume)->deltaText().endsWith(QStringLiteral("vs yesterday")));

        page.setPeriod(Preset::Custom, QDate(2026, 11, 3), QDate(2026, 11, 9));
        QVERIFY(settle(page));
        qint64 expected = 0;
        for (const QJsonValue r :
             grabctl({QStringLiteral("--db"), m_path, QStringLiteral("kpis"), QStringLiteral("--from"),
                      QStringLiteral("2026-11-03"), QStringLiteral("--to"), QStringLiteral("2026-11-10"),
                      QStringLiteral("--json")})
                 .array()) {
            expected += r[QStringLiteral("volume")].toInteger();
        }
        QCOMPARE(cardValue(page, KpiFigure::Volume), double(expected));
        QVERIFY(page.card(KpiFigure::Volume)->deltaText().endsWith(QStringLiteral("vs the 7 days before")));
        QCOMPARE(page.shown().period.previous.from, QDate(2026, 10, 27));
    }

    void anEmptyPeriodShowsDashesWithTheReason()
    {
        Opened o = open();
        DashboardPage &page = *o.page;
        page.setPeriod(Preset::Custom, QDate(2027, 1, 4), QDate(2027, 1, 10)); // nothing has happened yet
        QVERIFY(settle(page));
        QCOMPARE(page.card(KpiFigure::Volume)->valueText(), QStringLiteral("0"));
        for (const auto f : {KpiFigure::SuccessRate, KpiFigure::FailureRate, KpiFigure::HitRate,
                             KpiFigure::Satisfaction, KpiFigure::MedianResponse, KpiFigure::Fairness}) {
            KpiCard *c = page.card(f);
            QCOMPARE(c->valueText(), QStringLiteral("—"));
            QVERIFY(!c->valueText().contains(QStringLiteral("%")));
            QCOMPARE(c->detailText(), KpiFigure::whyUndefined(f));
            QVERIFY(c->toolTipText().contains(KpiFigure::whyUndefined(f)));
        }
        QCOMPARE(page.card(KpiFigure::SuccessRate)->detailText(), QStringLiteral("no order closed in this period"));
        QCOMPARE(page.leaderboard()->index(0, LeaderboardModel::SuccessRate).data().toString(), QStringLiteral("—"));
        QVERIFY(page.award()->winnerText() == QStringLiteral("—"));
    }

    void theLeaderboardAndAGrabbersViewFitAt1440()
    {
        Opened o = open();
        DashboardPage &page = *o.page;
        page.resize(1440 - 200, 760); // a 1,440 px window less the navigation and the window frame
        page.setPeriod(Preset::ThisQuarter);
        page.showTeam();
        QVERIFY(settle(page));
        QTableView *view = page.leaderboardView();
        QTRY_VERIFY(view->isVisible());
        QCoreApplication::processEvents();
        QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
        const int name = view->horizontalHeader()->sectionSize(LeaderboardModel::Grabber);
        QVERIFY2(name >= view->fontMetrics().horizontalAdvance(QStringLiteral("欧阳某某")),
                 qPrintable(QString::number(name)));
        // Short titles, the full name and definition in the tooltip.
        const QString tip =
            page.leaderboard()->headerData(LeaderboardModel::Reclaimed, Qt::Horizontal, Qt::ToolTipRole).toString();
        QVERIFY(tip.startsWith(KpiFigure::title(KpiFigure::Reclaimed)));
        QVERIFY(tip.contains(KpiFigure::definition(KpiFigure::Reclaimed)));

        // Nor does a grabber's view, target, charts and lists, need the page to scroll sideways.
        page.showGrabber(1);
        QVERIFY(settle(page));
        QCoreApplication::processEvents();
        auto *scroll = page.findChild<QScrollArea *>();
        QVERIFY(scroll);
        QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
    }

    void staleResultsAreDropped()
    {
        Opened o = open();
        DashboardPage &page = *o.page;
        page.setPeriod(Preset::ThisMonth);
        QVERIFY(settle(page));

        // Two switches in a row: only the last one shows.
        QSignalSpy shown(&page, &DashboardPage::figuresShown);
        page.setPeriod(Preset::Today);
        page.setPeriod(Preset::ThisQuarter);
        QVERIFY(settle(page));
        QTest::qWait(300);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(page.shown().period.preset, Preset::ThisQuarter);
        QVERIFY(page.periodText().contains(QStringLiteral("2026-10-01 – 2026-12-31")));

        // An answer that arrives after a newer question is dropped, and the figures on screen
        // stay until the newer answer comes.
        std::atomic<int> answered{0};
        connect(
            page.worker(), &DashboardWorker::computed, page.worker(), [&] { ++answered; }, Qt::DirectConnection);
        const QString before = page.card(KpiFigure::Volume)->valueText();
        const int dropped = page.droppedResults();
        QSignalSpy shownAfter(&page, &DashboardPage::figuresShown);
        page.setPeriod(Preset::Today);
        for (int i = 0; i < 2000 && answered.load() == 0; ++i) {
            QThread::msleep(5); // no event processing: the answer waits in the queue
        }
        QCOMPARE(answered.load(), 1);
        page.setPeriod(Preset::ThisWeek);
        QVERIFY(page.isComputing());
        QCOMPARE(page.card(KpiFigure::Volume)->valueText(), before);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("dashboardBusy"))->isVisible());
        QVERIFY(settle(page));
        QCOMPARE(shownAfter.count(), 1); // "today" never reached the screen
        QCOMPARE(shownAfter.at(0).at(0).toULongLong(), page.requestedGeneration());
        QCOMPARE(page.droppedResults(), dropped + 1);
        QCOMPARE(page.shown().period.preset, Preset::ThisWeek);
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("dashboardBusy"))->isVisible());
    }

    void everyCardOpensTheRowsBehindItsFigure()
    {
        Opened o = open();
        DashboardPage &page = *o.page;
        page.setPeriod(Preset::ThisMonth);
        QVERIFY(settle(page));
        checkEveryCard(page); // the team's, fairness included
        if (QTest::currentTestFailed()) {
            return;
        }
        DrillDialog *won = drill(page, [&] { page.openDrill(KpiFigure::Won); });
        QVERIFY(won);
        QVERIFY(won->heading().contains(QStringLiteral("2026-11-01 – 2026-11-30")));
        QVERIFY(won->heading().contains(QStringLiteral("the team")));
        // A row opens its order: the page asks the window to show it.
        {
            QSignalSpy requested(&page, &DashboardPage::orderRequested);
            QTableView *rows = won->view();
            QVERIFY(rows->model()->rowCount() > 0);
            const QModelIndex first = rows->model()->index(0, DrillModel::Order);
            rows->scrollTo(first);
            QVERIFY(QTest::qWaitForWindowExposed(won));
            QTest::mouseClick(rows->viewport(), Qt::LeftButton, {}, rows->visualRect(first).center());
            QTest::mouseDClick(rows->viewport(), Qt::LeftButton, {}, rows->visualRect(first).center());
            QCOMPARE(requested.size(), 1);
            QCOMPARE(requested.first().first().toLongLong(), first.data(DrillModel::OrderIdRole).toLongLong());
        }
        won->close();

        // One grabber's, from their own view, with the open workload.
        page.showGrabber(2);
        QVERIFY(settle(page));
        QVERIFY(page.card(KpiFigure::Workload));
        checkEveryCard(page);
        if (QTest::currentTestFailed()) {
            return;
        }
        DrillDialog *success = drill(page, [&] { page.openDrill(KpiFigure::SuccessRate); });
        QVERIFY(success);
        const GrabberKpis &k = page.shown().current;
        QVERIFY2(success->heading().contains(QStringLiteral("%1 orders %2 closed").arg(k.closed()).arg(k.name)),
                 qPrintable(success->heading()));
        QVERIFY(success->heading().contains(QStringLiteral("%1 won → ").arg(k.won)));
        success->close();
    }

    // A quarter of the team's volume is 130,000 holdings on a real team: the dialog lists the
    // newest few thousand and says so, while the count and the summary cover every row.
    void aLongListShowsTheNewestAndCountsThemAll()
    {
        ui::DashboardReader source(Context{*m_db, m_clock});
        ui::DrillRequest all;
        all.figure = KpiFigure::MedianResponse;
        all.period = Period{QDate(2026, 11, 1), QDate(2026, 12, 1)};
        const ui::DrillResult whole = source.drill(all);
        QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
        QVERIFY(whole.rows.size() > 40);
        QCOMPARE(whole.total, qint64(whole.rows.size()));

        ui::DrillRequest capped = all;
        capped.shownRows = 25;
        const ui::DrillResult part = source.drill(capped);
        QCOMPARE(part.rows.size(), 25);
        QCOMPARE(part.total, whole.total);
        QCOMPARE(part.summary.value, whole.summary.value); // the median of every row, not of the 25
        QCOMPARE(part.rows.first().atMs, whole.rows.first().atMs); // the newest are the ones kept
        QCOMPARE(part.rows.last().id, whole.rows.at(24).id);

        DrillDialog dialog(part);
        QCOMPARE(dialog.orderCount(), 25);
        // A count's list cut to its newest starts with the newest, as its heading says (the
        // median's list stays sorted by the wait).
        ui::DrillRequest volume = capped;
        volume.figure = KpiFigure::Volume;
        const ui::DrillResult newest = source.drill(volume);
        DrillDialog volumeDialog(newest);
        QCOMPARE(volumeDialog.view()->model()->index(0, ui::DrillModel::At).data(ui::DrillModel::SortRole).toLongLong(),
                 newest.rows.first().atMs);
        QVERIFY2(dialog.windowTitle().contains(QStringLiteral("%1 orders").arg(QLocale().toString(whole.total))), qPrintable(dialog.windowTitle()));
        QVERIFY2(dialog.heading().endsWith(QStringLiteral("Listed below: the newest 25 of %1; the figure counts them all.")
                                               .arg(QLocale().toString(whole.total))),
                 qPrintable(dialog.heading()));

        // Every card's summary is the same whether its rows are all read or only the newest few
        // (the counts, revenue and the mean score come from DrillDown's count and sum).
        for (int f = 0; f < KpiFigure::Count; ++f) {
            ui::DrillRequest one = all;
            one.figure = KpiFigure::Figure(f);
            if (!ui::DashboardReader::drillFigure(one.figure)) {
                continue;
            }
            one.shownRows = 1000000;
            const ui::DrillResult every = source.drill(one);
            one.shownRows = 3;
            const ui::DrillResult few = source.drill(one);
            QVERIFY2(every.error.isEmpty() && few.error.isEmpty(), qPrintable(every.error + few.error));
            QVERIFY(few.rows.size() <= 3);
            QCOMPARE(few.total, every.total);
            QCOMPARE(few.summary.value.has_value(), every.summary.value.has_value());
            if (every.summary.value) {
                QVERIFY2(qFuzzyCompare(1.0 + *few.summary.value, 1.0 + *every.summary.value),
                         qPrintable(QStringLiteral("%1: %2 against %3").arg(f).arg(*few.summary.value).arg(*every.summary.value)));
            }
            QCOMPARE(few.summary.rows, every.summary.rows);
        }

        // An alert's or a chart's rows are read no further than shown.
        ui::DrillRequest keyed;
        keyed.key = DrillDown::Key{DrillDown::Figure::Volume, all.period, std::nullopt, -1, std::nullopt};
        keyed.title = QStringLiteral("Volume");
        keyed.sentence = QStringLiteral("Orders assigned.");
        keyed.shownRows = 25;
        const ui::DrillResult chart = source.drill(keyed);
        QCOMPARE(chart.rows.size(), 25);
        QCOMPARE(chart.total, whole.total);
        QVERIFY(DrillDialog::headingFor(chart).endsWith(QStringLiteral("the figure counts them all.")));
    }

    void doubleClickingALeaderboardRowOpensThatGrabber()
    {
        Opened o = open();
        DashboardPage &page = *o.page;
        QTableView *view = page.leaderboardView();
        QModelIndex target;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QModelIndex i = view->model()->index(r, LeaderboardModel::Grabber);
            if (i.data(LeaderboardModel::GrabberIdRole).toLongLong() == 3) {
                target = i;
            }
        }
        QVERIFY(target.isValid());
        const QPoint at = view->visualRect(target).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QVERIFY(settle(page));
        QCOMPARE(page.shown().request.view, DashboardRequest::View::Grabber);
        QCOMPARE(page.shown().request.grabberId, 3);
        QCOMPARE(page.shown().current.grabberId, 3);
    }

    void theAwardExplainsItself()
    {
        Opened o = open();
        DashboardPage &page = *o.page;
        page.setPeriod(Preset::ThisMonth);
        QVERIFY(settle(page));
        const auto &best = page.shown().award;
        QVERIFY(best && best->winner && best->runnerUp);
        QCOMPARE(page.award()->winnerText(), best->winner->kpis.name);
        QVERIFY(page.award()->runnerUpText().contains(best->runnerUp->kpis.name));
        QVERIFY(page.award()->runnerUpText().contains(QLocale().toString(best->gap, 'f', 1)));
        QVERIFY(page.award()->formulaText().contains(QStringLiteral("success rate")));
    }

    void liveEventsRefreshAtMostOncePerIntervalWhileVisible()
    {
        Opened o = open();
        DashboardPage &page = *o.page;
        page.setRefreshInterval(1000);
        QTest::qWait(1100); // the last computation is longer ago than the interval
        const quint64 start = page.requestedGeneration();
        for (int i = 0; i < 20; ++i) { // a burst of events from the board's feed
            page.dataChanged();
            QTest::qWait(10);
        }
        QTest::qWait(300);
        QCOMPARE(page.requestedGeneration(), start + 1); // the first event at once, the rest wait
        QTest::qWait(900);
        QCOMPARE(page.requestedGeneration(), start + 2); // one more for the events since, a second after the first
        QTest::qWait(1200);
        QCOMPARE(page.requestedGeneration(), start + 2); // nothing new happened: nothing to compute
        QVERIFY(settle(page));

        page.hide();
        page.dataChanged();
        QTest::qWait(1200);
        QCOMPARE(page.requestedGeneration(), start + 2); // nobody is looking
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(page.requestedGeneration(), start + 3, 2000);
        QVERIFY(settle(page));
    }

    void exportWritesTheFiguresShown()
    {
        Opened o = open();
        DashboardPage &page = *o.page;
        page.setPeriod(Preset::ThisMonth);
        QVERIFY(settle(page));
        const QString path = m_dir.filePath(QStringLiteral("figures.csv"));
        QString error;
        QVERIFY2(page.exportFigures(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(lines.at(0).contains(QStringLiteral("2026-11-01 – 2026-11-30")));
        QVERIFY(lines.at(0).contains(QStringLiteral("Asia/Shanghai")));
        QVERIFY(lines.at(0).contains(QStringLiteral("rule version")));
        QVERIFY(lines.contains(QStringLiteral("volume,%1,%2,%3,")
                                   .arg(qint64(cardValue(page, KpiFigure::Volume)))
                                   .arg(page.shown().previous.volume)
                                   .arg(qint64(cardValue(page, KpiFigure::Volume)) - page.shown().previous.volume)));
        const qsizetype header = lines.indexOf(
            QStringLiteral("grabber_id,grabber_name,volume,won,lost,reclaimed,closed,success_rate,failure_rate,"
                           "hit_rate,median_response_s,revenue,satisfaction,feedback_count,violations"));
        QVERIFY(header > 0);
        QCOMPARE(lines.size() - header - 1, page.leaderboard()->rowCount());
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
