#include "shell/mainwindow.h"
#include "shell/startup.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>
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
        MainWindow w(std::move(*opened));
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
        MainWindow w(std::move(*again));
        w.show();
        QVERIFY(!w.isBannerVisible());
        auto *where = w.statusBar()->findChild<QLabel *>(QStringLiteral("databaseLabel"));
        QVERIFY(where);
        QVERIFY(where->text().contains(path));
    }

    void sixPagesAndTheNavigationSwitchesThem()
    {
        QTemporaryDir dir;
        auto opened = openOrCreateDemo(dir.filePath(QStringLiteral("nav.sqlite")), false);
        QVERIFY(opened);
        MainWindow w(std::move(*opened));
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
        auto *description = stack->currentWidget()->findChild<QLabel *>(QStringLiteral("pageDescription"));
        QVERIFY(description && description->text().contains(QStringLiteral("Grab windows")));
        // The board shows figures from the demo, not a blank page.
        w.showPage(MainWindow::Page::Board);
        bool pool = false;
        for (QLabel *l : stack->currentWidget()->findChildren<QLabel *>()) {
            pool = pool || l->text().contains(QStringLiteral("pool"));
        }
        QVERIFY(pool);
    }

    // The rules' timers run while the window is open: the status bar reports the first sweep.
    void sweepsRunInTheBackground()
    {
        QTemporaryDir dir;
        auto opened = openOrCreateDemo(dir.filePath(QStringLiteral("sweep.sqlite")), false);
        QVERIFY(opened);
        MainWindow w(std::move(*opened));
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
