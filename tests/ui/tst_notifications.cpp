// The one notification centre: its list model, its badge and list in the status bar, and the
// paths into it — a refusal shown in a page's strip, a failure of the rules' timers — and from
// it to the desktop (the tray, or with none the log), only for notices meant for the desktop.
#include "../core/testdb.h"

#include "common/appsettings.h"
#include "common/messagestrip.h"
#include "common/notificationcentre.h"
#include "live/livehub.h"
#include "notify/noticebutton.h"
#include "notify/traynotifier.h"
#include "shell/noticefeeds.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace grab;
using namespace grab::test;
using namespace grab::ui;

class TestNotifications : public QObject
{
    Q_OBJECT

    static Notice notice(const QString &title, qint64 at, Notice::Kind kind = Notice::Kind::Escalation)
    {
        Notice n;
        n.kind = kind;
        n.title = title;
        n.message = title + QStringLiteral(": what it means");
        n.at = at;
        return n;
    }

private slots:
    void theCentreKeepsTheNewestFirstWithoutFloods()
    {
        NotificationCentre centre(nullptr, 3);
        QAbstractItemModelTester tester(&centre, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy unread(&centre, &NotificationCentre::unreadChanged);
        centre.post(notice(QStringLiteral("one"), 1000));
        centre.post(notice(QStringLiteral("two"), 2000));
        QCOMPARE(centre.rowCount(), 2);
        QCOMPARE(centre.noticeAt(0).title, QStringLiteral("two"));
        QCOMPARE(centre.unreadCount(), 2);
        QVERIFY(centre.index(0).data(Qt::DisplayRole).toString().contains(QStringLiteral("two: what it means")));
        QVERIFY(centre.index(0).data(NotificationCentre::UnreadRole).toBool());
        // The same notice again within a minute: one row, its time moved.
        centre.post(notice(QStringLiteral("two"), 30000));
        QCOMPARE(centre.rowCount(), 2);
        QCOMPARE(centre.noticeAt(0).at, 30000);
        // Past the capacity the oldest goes.
        centre.post(notice(QStringLiteral("three"), 40000));
        centre.post(notice(QStringLiteral("four"), 50000));
        QCOMPARE(centre.rowCount(), 3);
        QCOMPARE(centre.noticeAt(2).title, QStringLiteral("two"));
        QCOMPARE(centre.unreadCount(), 3);
        centre.markAllRead();
        QCOMPARE(centre.unreadCount(), 0);
        QVERIFY(!centre.index(0).data(NotificationCentre::UnreadRole).toBool());
        QCOMPARE(unread.constLast().constFirst().toInt(), 0);
        centre.clear();
        QCOMPARE(centre.rowCount(), 0);
    }

    void theButtonCountsWhatIsUnreadAndOpensWhatANoticeIsAbout()
    {
        NotificationCentre centre;
        QWidget window;
        auto *button = new NoticeButton(centre, &window);
        window.show();
        QCOMPARE(button->text(), QStringLiteral("Notifications"));
        Notice n = notice(QStringLiteral("VIP order #12 is waiting too long"), 1000);
        n.orderId = 12;
        centre.post(n);
        centre.post(notice(QStringLiteral("Bob is at the daily cap"), 2000));
        QCOMPARE(button->text(), QStringLiteral("Notifications · 2"));
        button->click();
        QVERIFY(button->isListOpen());
        QCOMPARE(button->list()->model()->rowCount(), 2);
        QSignalSpy activated(button, &NoticeButton::activated);
        button->list()->activated(centre.index(1)); // the order's notice, the older one
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.constFirst().constFirst().value<Notice>().orderId, 12);
        QVERIFY(!button->isListOpen());
        QCOMPARE(centre.unreadCount(), 0); // seen
        QCOMPARE(button->text(), QStringLiteral("Notifications"));
    }

    // A page's strip shows a refusal: the centre has it, with the page's name; a success does
    // not go there. The rules' timers failing is a service warning, for the desktop as well.
    void refusalsAndServiceWarningsReachTheCentre()
    {
        NotificationCentre centre;
        FixedClock clock(1000);
        QStackedWidget pages;
        auto *page = new QWidget;
        page->setWindowTitle(QStringLiteral("Board"));
        auto *strip = new MessageStrip;
        (new QVBoxLayout(page))->addWidget(strip);
        pages.addWidget(page);
        NoticeFeeds feeds(centre, clock);
        feeds.watchStrips(&pages);
        strip->show(MessageStrip::Kind::Success, QStringLiteral("#12 dispatched to Bob"));
        QCOMPARE(centre.rowCount(), 0);
        strip->show(MessageStrip::Kind::Warning, QStringLiteral("Dispatch refused: Bob is at the daily cap"));
        QCOMPARE(centre.rowCount(), 1);
        QCOMPARE(centre.noticeAt(0).kind, Notice::Kind::Refusal);
        QCOMPARE(centre.noticeAt(0).title, QStringLiteral("Not done on Board"));
        QCOMPARE(centre.noticeAt(0).message, QStringLiteral("Dispatch refused: Bob is at the daily cap"));
        QVERIFY(!centre.noticeAt(0).desktop);
    }

    // The tray shows only what the centre is given for the desktop; with no tray (offscreen) it
    // logs it. Nothing reaches it any other way.
    void theDesktopHearsOnlyFromTheCentre()
    {
        TestDb t;
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        LiveHub hub(LiveHub::sourceFor(t.path(), t.clock));
        NotificationCentre centre;
        TrayNotifier tray(hub, t.clock, settings, centre);
        QVERIFY(!tray.hasTray());
        centre.post(notice(QStringLiteral("only in the list"), 1000, Notice::Kind::Refusal));
        QCOMPARE(tray.loggedCount(), 0);
        Notice warning = notice(QStringLiteral("The rules' timers failed"), 2000, Notice::Kind::ServiceWarning);
        warning.desktop = true;
        centre.post(warning);
        QCOMPARE(tray.loggedCount(), 1);
        settings.setNotificationsMuted(true);
        warning.title = QStringLiteral("again, muted");
        centre.post(warning);
        QCOMPARE(tray.loggedCount(), 1);
        QCOMPARE(centre.rowCount(), 3); // muted: the list still has it
    }
};

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
