// The window's layout comes back: a second MainWindow on the same settings file opens on the
// same page, size, splitters and column widths as the first one left them. And the tray's
// escalations in the window, where there is no system tray.
#include "board/boardpage.h"
#include "board/liveordermodel.h"
#include "dashboard/dashboardpage.h"
#include "notify/escalationwatcher.h"
#include "notify/noticebutton.h"
#include "notify/traynotifier.h"
#include "reports/reportspage.h"
#include "common/appsettings.h"
#include "shell/layoutmemory.h"
#include "shell/mainwindow.h"
#include "shell/startup.h"
#include "shell/windowfit.h"
#include "services/rules/ruleservice.h"

#include <QAction>
#include <QHeaderView>
#include <QScreen>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace grab;
using namespace grab::ui;

namespace {

QSplitter *teamSplitter(MainWindow &w)
{
    return w.findChild<QSplitter *>(QStringLiteral("teamSplitter"));
}

QHeaderView *reviewHeader(MainWindow &w)
{
    return w.findChild<QTableView *>(QStringLiteral("reviewTable"))->horizontalHeader();
}

QHeaderView *reportHeader(MainWindow &w)
{
    return w.findChild<QTableView *>(QStringLiteral("reportList"))->horizontalHeader();
}

// A window on the demo team at `path` with the settings in `ini`, as a manager starts it again.
struct Started
{
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<MainWindow> window;
};

std::optional<Started> start(const QString &path, const QString &ini)
{
    auto opened = openOrCreateDemo(path, false);
    if (!opened) {
        return std::nullopt;
    }
    Started s{std::make_unique<AppSettings>(ini), nullptr};
    s.window = std::make_unique<MainWindow>(std::move(*opened), s.settings.get());
    return s;
}

} // namespace

class TestWindowLayout : public QObject
{
    Q_OBJECT
private slots:
    void aSecondWindowRestoresTheLayout()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("layout.sqlite"));
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        QList<int> teamSizes;
        {
            auto started = start(path, ini);
            QVERIFY(started);
            MainWindow &w = *started->window;
            w.resize(1300, 820);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.layoutMemory()->keys().contains(QStringLiteral("team/teamSplitter")));
            QVERIFY(w.layoutMemory()->keys().contains(QStringLiteral("review/reviewTableHeader")));
            w.board()->workingView()->horizontalHeader()->resizeSection(LiveOrderModel::Assignee, 211);
            w.showPage(MainWindow::Page::Reviews);
            reviewHeader(w)->resizeSection(0, 123);
            w.showPage(MainWindow::Page::Reports);
            reportHeader(w)->resizeSection(0, 187);
            w.showPage(MainWindow::Page::Team);
            QSplitter *split = teamSplitter(w);
            QVERIFY(split);
            const int total = split->sizes().at(0) + split->sizes().at(1);
            split->setSizes({total / 4, total - total / 4});
            teamSizes = split->sizes();
            QVERIFY(w.close());
        }
        auto again = start(path, ini);
        QVERIFY(again);
        MainWindow &w = *again->window;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.currentPage(), MainWindow::Page::Team);
        QCOMPARE(w.size(), QSize(1300, 820));
        QCOMPARE(teamSplitter(w)->sizes(), teamSizes);
        QCOMPARE(w.board()->workingView()->horizontalHeader()->sectionSize(LiveOrderModel::Assignee), 211);
        QCOMPARE(reviewHeader(w)->sectionSize(0), 123);
        QCOMPARE(reportHeader(w)->sectionSize(0), 187);
    }

    // A window left larger than the screen it opens on (a layout saved on a large monitor, or the
    // first start's 1440×880 on a 1280×800 laptop) opens within that screen, edges in reach.
    void aWindowLargerThanTheScreenFits()
    {
        using windowfit::within;
        QCOMPARE(within(QRect(0, 0, 1440, 880), QRect(0, 0, 1280, 800)), QRect(0, 0, 1280, 800));
        QCOMPARE(within(QRect(100, 50, 1000, 700), QRect(0, 0, 1280, 800)), QRect(100, 50, 1000, 700));
        QCOMPARE(within(QRect(900, 500, 1000, 700), QRect(0, 0, 1280, 800)), QRect(280, 100, 1000, 700));
        QCOMPARE(within(QRect(-50, -20, 800, 600), QRect(0, 30, 1280, 770)), QRect(0, 30, 800, 600));

        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.sqlite"));
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        {
            auto started = start(path, ini);
            QVERIFY(started);
            MainWindow &w = *started->window;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.frameGeometry().width() <= screen.width());
            // Made larger than this screen, as on the monitor it was last used on.
            w.setGeometry(QRect(screen.topLeft() + QPoint(40, 40), screen.size() + QSize(600, 400)));
            QVERIFY(w.width() > screen.width());
            QVERIFY(w.close());
        }
        auto again = start(path, ini);
        QVERIFY(again);
        MainWindow &w = *again->window;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(screen.contains(w.frameGeometry()),
                 qPrintable(QStringLiteral("the window (%1,%2 %3×%4 with its frame) is not within the screen (%5×%6)")
                                .arg(w.frameGeometry().x())
                                .arg(w.frameGeometry().y())
                                .arg(w.frameGeometry().width())
                                .arg(w.frameGeometry().height())
                                .arg(screen.width())
                                .arg(screen.height())));
    }

    // Offscreen there is no system tray: escalations are counted and logged, never a crash; Mute
    // from the settings (Preferences) reaches the tray's menu and the watcher; a click on a
    // message brings up the order on the board or the grabber on the dashboards.
    void escalationsWithoutATray()
    {
        QTemporaryDir dir;
        auto opened = openOrCreateDemo(dir.filePath(QStringLiteral("tray.sqlite")), false);
        QVERIFY(opened);
        // The demo is made up to the real now, and whether a grabber has reached a cap by then
        // depends on the time of day. Whatever it is, some grabber holds an open order: with a
        // workload cap of one, that grabber is at the cap, which is an escalation.
        {
            SystemClock clock;
            RuleService rules(Context{*opened->db, clock});
            auto current = rules.current();
            QVERIFY(current);
            RuleSet r = *current;
            r.maxOpenWorkload = 1;
            QVERIFY(rules.replace(r));
        }
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow w(std::move(*opened), &settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        TrayNotifier *tray = w.tray();
        QVERIFY(tray);
        QVERIFY(!tray->hasTray());
        QTRY_VERIFY_WITH_TIMEOUT(w.board()->isLoaded(), 5000);
        tray->checkNow();
        // Grabbers at their caps: raised, and with no tray, logged.
        QVERIFY(tray->watcher()->raisedCount() > 0);
        QCOMPARE(tray->loggedCount(), tray->watcher()->raisedCount());
        QCOMPARE(tray->shownCount(), 0);
        const int before = tray->watcher()->raisedCount();
        tray->checkNow();
        QCOMPARE(tray->watcher()->raisedCount(), before); // once per cause

        // Every escalation is in the window's notification centre too, with its badge.
        QCOMPARE(w.notices()->rowCount(), tray->watcher()->raisedCount());
        QVERIFY2(w.noticeButton()->text().contains(QString::number(w.notices()->unreadCount())), qPrintable(w.noticeButton()->text()));

        // Mute silences the desktop, not the list.
        settings.setNotificationsMuted(true);
        QVERIFY(tray->muteAction()->isChecked());
        const int logged = tray->loggedCount();
        Notice loud;
        loud.title = QStringLiteral("test");
        loud.message = QStringLiteral("a desktop notice while muted");
        loud.desktop = true;
        w.notices()->post(loud);
        QCOMPARE(tray->loggedCount(), logged);
        QCOMPARE(w.notices()->noticeAt(0).message, loud.message);
        tray->muteAction()->toggle();
        QVERIFY(!settings.notificationsMuted());

        // A click on an order's message: the board, with the order selected.
        const qint64 orderId = w.board()->orders()->orderAt(0).id;
        w.showPage(MainWindow::Page::Team);
        Notice vip;
        vip.kind = Notice::Kind::Escalation;
        vip.orderId = orderId;
        emit tray->activated(vip);
        QCOMPARE(w.currentPage(), MainWindow::Page::Board);
        QCOMPARE(w.board()->selectedOrder().value_or(0), orderId);
        // On a grabber's: that grabber's dashboard.
        Notice busy;
        busy.kind = Notice::Kind::Escalation;
        busy.grabberId = 3;
        emit tray->activated(busy);
        QCOMPARE(w.currentPage(), MainWindow::Page::Dashboards);
        QTRY_COMPARE_WITH_TIMEOUT(w.dashboards()->shown().request.grabberId, 3, 10000);
    }
};

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
