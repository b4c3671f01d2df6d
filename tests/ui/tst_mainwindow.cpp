#include "board/activitymodel.h"
#include "board/boardpage.h"
#include "board/liveordermodel.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/kpicard.h"
#include "rules/ruleseditor.h"
#include "rules/rulespage.h"
#include "common/appsettings.h"
#include "live/livehub.h"
#include "shell/mainwindow.h"
#include "shell/startup.h"
#include "team/rostermodel.h"
#include "team/teampage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlDatabase>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace grab;
using namespace grab::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void firstRunCreatesADemoAndSaysSo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("first.sqlite"));
        auto opened = openOrCreateDemo(path, false);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        QVERIFY(opened->createdDemo);
        QVERIFY(opened->demoOrders > 100);
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow w(std::move(*opened), &settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.isBannerVisible());
        QVERIFY(w.bannerText().contains(path));
        QVERIFY(w.bannerText().contains(QStringLiteral("demo team")));
        QVERIFY(w.windowTitle().contains(QStringLiteral("first.sqlite")));
    }

    void anExistingDatabaseOpensWithoutBanner()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("team.sqlite"));
        QVERIFY(openOrCreateDemo(path, false)); // create it once
        auto again = openOrCreateDemo(path, false);
        QVERIFY(again);
        QVERIFY(!again->createdDemo);
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow w(std::move(*again), &settings);
        w.show();
        QVERIFY(!w.isBannerVisible());
        auto *where = w.statusBar()->findChild<QLabel *>(QStringLiteral("databaseLabel"));
        QVERIFY(where);
        QVERIFY(where->toolTip().contains(path));
        QVERIFY(where->text().contains(QStringLiteral("team.sqlite")));
    }

    void sixPagesAndTheNavigationSwitchesThem()
    {
        QTemporaryDir dir;
        auto opened = openOrCreateDemo(dir.filePath(QStringLiteral("nav.sqlite")), false);
        QVERIFY(opened);
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow w(std::move(*opened), &settings);
        w.show();
        auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav);
        QStringList names;
        for (int i = 0; i < nav->count(); ++i) {
            names << nav->item(i)->text();
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Board"), QStringLiteral("Dashboards"), QStringLiteral("Reviews"), QStringLiteral("Team"),
                                     QStringLiteral("Rules"), QStringLiteral("Reports")}));
        QCOMPARE(w.currentPage(), MainWindow::Page::Board);
        auto *stack = w.findChild<QStackedWidget *>();
        QWidget *board = stack->currentWidget();
        nav->setCurrentRow(4);
        QCOMPARE(w.currentPage(), MainWindow::Page::Rules);
        QVERIFY(stack->currentWidget() != board);
        QVERIFY(stack->currentWidget()->isVisible());
        auto *summary = stack->currentWidget()->findChild<QLabel *>(QStringLiteral("rulesSummary"));
        QVERIFY(summary && summary->text().startsWith(QStringLiteral("Grabbing is open Mon–Sat 08:00–20:00 (peak 08:00–10:00)")));
        // The board shows the demo's pool, not a blank page.
        w.showPage(MainWindow::Page::Board);
        QTRY_VERIFY_WITH_TIMEOUT(w.board()->isLoaded(), 5000);
        auto *headline = w.board()->findChild<QLabel *>(QStringLiteral("boardHeadline"));
        QVERIFY(headline);
        QVERIFY2(headline->text().contains(QStringLiteral("open")), qPrintable(headline->text()));
        QVERIFY(w.board()->poolView()->model()->rowCount() > 0);
    }

    // An order selected on the board earlier is out of sight on every other page: Ctrl+D (or any
    // order shortcut) pressed there dispatches nothing.
    void orderShortcutsActOnlyOnTheBoard()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keys.sqlite"));
        auto opened = openOrCreateDemo(path, false);
        QVERIFY(opened);
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow w(std::move(*opened), &settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY_WITH_TIMEOUT(w.board()->isLoaded(), 5000);
        QVERIFY(w.board()->poolView()->model()->rowCount() > 0);
        const qint64 id = w.board()->poolView()->model()->index(0, 0).data(LiveOrderModel::OrderIdRole).toLongLong();
        QVERIFY(w.board()->selectOrder(id));
        QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("shortcutCheck"));
        check.setDatabaseName(path);
        QVERIFY(check.open());
        const auto count = [&] {
            QSqlQuery q(check);
            q.exec(QStringLiteral("SELECT COUNT(*) FROM events WHERE actor = 'manager'"));
            return q.next() ? q.value(0).toInt() : -1;
        };
        const int before = count();
        // A shortcut that reached the board would open its question (release, cancel): note it
        // and close it, so that the test fails at once rather than wait on a dialog.
        QStringList dialogs;
        QTimer closer;
        connect(&closer, &QTimer::timeout, &closer, [&dialogs] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                dialogs << modal->windowTitle();
                modal->close();
            }
        });
        closer.start(20);
        for (MainWindow::Page page : {MainWindow::Page::Dashboards, MainWindow::Page::Reviews, MainWindow::Page::Team, MainWindow::Page::Rules,
                                      MainWindow::Page::Reports}) {
            w.showPage(page);
            QTest::keyClick(&w, Qt::Key_D, Qt::ControlModifier);
            QTest::keyClick(&w, Qt::Key_Delete, Qt::ControlModifier);
            QTest::keyClick(&w, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
            QTest::qWait(100);
            QCOMPARE(dialogs, QStringList());
            QCOMPARE(count(), before);
            QVERIFY(w.board()->orders()->order(id) && w.board()->orders()->order(id)->state == OrderState::Open);
        }
        check.close();
        check = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("shortcutCheck"));
    }

    // The status bar: the grab window now and when it changes, and the live feed's health.
    void statusBarSaysTheWindowAndTheFeed()
    {
        QTemporaryDir dir;
        auto opened = openOrCreateDemo(dir.filePath(QStringLiteral("status.sqlite")), false);
        QVERIFY(opened);
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow w(std::move(*opened), &settings);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.board()->isLoaded(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(w.liveText().contains(QStringLiteral("Live")), 3000);
        QVERIFY(w.grabWindowText().startsWith(QStringLiteral("Grab window: ")));
        // Either "until HH:mm" inside a window or "opens ..." outside: always the next change.
        QVERIFY2(w.grabWindowText().contains(QStringLiteral("until")) || w.grabWindowText().contains(QStringLiteral("opens")),
                 qPrintable(w.grabWindowText()));
    }

    // Ctrl+2: the dashboards compute the demo's figures when first shown, and follow the
    // board's feed while they are on screen.
    void theDashboardsShowTheDemoAndFollowTheFeed()
    {
        QTemporaryDir dir;
        auto opened = openOrCreateDemo(dir.filePath(QStringLiteral("dash.sqlite")), false);
        QVERIFY(opened);
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow w(std::move(*opened), &settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        DashboardPage *dashboards = w.dashboards();
        QCOMPARE(dashboards->requestedGeneration(), 0u); // nothing computed for a page nobody looks at
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), MainWindow::Page::Dashboards);
        QTRY_VERIFY_WITH_TIMEOUT(dashboards->hasFigures() && !dashboards->isComputing(), 20000);
        QVERIFY(dashboards->card(KpiFigure::Volume)->value().value_or(0) > 0);
        dashboards->setRefreshInterval(100);
        const quint64 before = dashboards->requestedGeneration();
        emit w.live()->deltaReady(BoardDelta{}); // what the live feed sends when anyone commits
        QTRY_COMPARE_WITH_TIMEOUT(dashboards->requestedGeneration(), before + 1, 2000);
        QTRY_VERIFY_WITH_TIMEOUT(!dashboards->isComputing(), 20000);
    }

    // Ctrl+4 is the Team page: the demo's team with their trainings, notes and feedback.
    void theTeamPageShowsTheDemo()
    {
        QTemporaryDir dir;
        auto opened = openOrCreateDemo(dir.filePath(QStringLiteral("team.sqlite")), false);
        QVERIFY(opened);
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow w(std::move(*opened), &settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *team = w.findChild<TeamPage *>();
        QVERIFY(team);
        QCOMPARE(team->roster()->rowCount(), 0); // nothing read for a page nobody looks at
        QTest::keyClick(&w, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), MainWindow::Page::Team);
        QVERIFY(team->roster()->rowCount() > 0);
        QVERIFY(team->selectedGrabber());
        QVERIFY(team->placeholderText().isEmpty());
    }

    // Ctrl+5 shows the Rules page; leaving it with unsaved edits asks: Cancel stays with the
    // edits, Discard drops them and goes; a save from the page reaches the status bar's rules.
    void theRulesPageAsksBeforeLeavingUnsavedEdits()
    {
        QTemporaryDir dir;
        auto opened = openOrCreateDemo(dir.filePath(QStringLiteral("rules.sqlite")), false);
        QVERIFY(opened);
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow w(std::move(*opened), &settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keyClick(&w, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), MainWindow::Page::Rules);
        RulesPage *rules = w.rules();
        rules->editor()->dailyCapBox(Level::Junior)->setValue(rules->editor()->dailyCapBox(Level::Junior)->value() + 1);
        QVERIFY(rules->hasUnsavedChanges());

        const auto answer = [](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, [button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                QVERIFY(box->text().contains(QStringLiteral("unsaved changes")));
                box->button(button)->click();
            });
        };
        answer(QMessageBox::Cancel);
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), MainWindow::Page::Rules);
        QVERIFY(rules->hasUnsavedChanges());

        const int before = rules->loadedVersion();
        w.activateWindow(); // the closed message box leaves no active window offscreen
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_S, Qt::ControlModifier); // Ctrl+S on the page
        QCOMPARE(rules->loadedVersion(), before + 1);
        QVERIFY(!rules->hasUnsavedChanges());

        rules->editor()->workloadBox()->setValue(rules->editor()->workloadBox()->value() + 1);
        answer(QMessageBox::Discard);
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), MainWindow::Page::Board);
        QVERIFY(!rules->hasUnsavedChanges());
        QCOMPARE(rules->loadedVersion(), before + 1);
    }

    // The Tools menu's simulator writes through the real services; the board sees it live.
    void theSimulatorFeedsTheBoard()
    {
        QTemporaryDir dir;
        auto opened = openOrCreateDemo(dir.filePath(QStringLiteral("sim.sqlite")), false);
        QVERIFY(opened);
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow w(std::move(*opened), &settings);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.board()->isLoaded(), 5000);
        const int before = w.board()->activity()->rowCount();
        QSignalSpy deltas(w.board(), &BoardPage::deltaApplied);
        w.startSimulator(50);
        QTRY_VERIFY_WITH_TIMEOUT(w.isSimulatorRunning(), 1000);
        QTRY_VERIFY_WITH_TIMEOUT(deltas.size() >= 3, 5000);
        QVERIFY(w.board()->activity()->rowCount() > before || w.board()->orders()->rowCount() > 0);
        QElapsedTimer stopping;
        stopping.start();
        w.stopSimulator();
        QTRY_VERIFY_WITH_TIMEOUT(!w.isSimulatorRunning(), 2000);
        qInfo() << "simulator stopped in" << stopping.elapsed() << "ms";
        auto *sweep = w.statusBar()->findChild<QLabel *>(QStringLiteral("sweepLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(sweep->text().startsWith(QStringLiteral("Simulator:")), 2000);
        QVERIFY2(sweep->text().contains(QStringLiteral("published")), qPrintable(sweep->text()));
    }

    // Where the window was and which page it showed come back next time.
    void geometryAndPageComeBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("geo.sqlite"));
        QVERIFY(openOrCreateDemo(path, false));
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        {
            auto opened = openOrCreateDemo(path, false);
            MainWindow w(std::move(*opened), &settings);
            w.show();
            w.resize(1300, 777);
            QVERIFY(w.minimumSizeHint().width() <= 1280); // fits a 1280-pixel laptop screen
            w.showPage(MainWindow::Page::Team);
            w.close();
        }
        auto opened = openOrCreateDemo(path, false);
        MainWindow again(std::move(*opened), &settings);
        again.show();
        QCOMPARE(again.currentPage(), MainWindow::Page::Team);
        QCOMPARE(again.size(), QSize(1300, 777));
    }

    // The rules' timers run while the window is open: the status bar reports the first sweep.
    void sweepsRunInTheBackground()
    {
        QTemporaryDir dir;
        auto opened = openOrCreateDemo(dir.filePath(QStringLiteral("sweep.sqlite")), false);
        QVERIFY(opened);
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow w(std::move(*opened), &settings);
        w.show();
        auto *sweep = w.statusBar()->findChild<QLabel *>(QStringLiteral("sweepLabel"));
        QVERIFY(sweep);
        QTRY_VERIFY_WITH_TIMEOUT(sweep->text().startsWith(QStringLiteral("Rules checked at")), 15000);
    }

    void unusableFilesAreErrorsNotCrashes_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage") << QByteArray(4096, 'z');
        QTest::newRow("text") << QByteArray("hello, this is not a database\n");
    }
    void unusableFilesAreErrorsNotCrashes()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        auto opened = openOrCreateDemo(path, false);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::DatabaseUnusable);
        QVERIFY(!opened.error().message.isEmpty());
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), content); // untouched
    }

    void aMissingFolderIsAnError()
    {
        QTemporaryDir dir;
        auto opened = openOrCreateDemo(dir.filePath(QStringLiteral("no/such/place.sqlite")), false);
        QVERIFY(!opened);
        QVERIFY(opened.error().message.contains(QStringLiteral("does not exist")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
