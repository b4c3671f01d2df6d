// Grabber mode's window on a real database at a fixed time (Wednesday 09:00 in Asia/Shanghai,
// the morning peak): one key grabs, the strip says what happened, the pool follows grabs made
// on another connection (as another process's would) and the ledger follows the grabber's quota.

#include "testdb.h"

#include "grabbermode/grabberwindow.h"
#include "grabbermode/grabpoolfilter.h"
#include "grabbermode/grabpoolmodel.h"
#include "common/messagestrip.h"
#include "grabbermode/quotapanel.h"
#include "services/grab/grabservice.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>

using namespace grab;
using namespace grab::test;
using namespace grab::ui;

namespace {

std::unique_ptr<Database> openAgain(const QString &path)
{
    auto db = Database::open(path, Database::Options{});
    if (!db) {
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.error().message));
    }
    return std::move(*db);
}

QString label(const QWidget &w, const char *name)
{
    auto *l = w.findChild<QLabel *>(QLatin1String(name));
    return l ? l->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
}

} // namespace

class TestGrabberWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsThePoolAndTheLedger()
    {
        TestDb t;
        const qint64 june = t.grabber(QStringLiteral("June"), Level::Junior);
        const qint64 vip = t.customer(Tier::Vip);
        t.order(t.customer());
        t.order(vip, 2500000); // P1, reserved for senior and above
        GrabberWindow w(openAgain(t.path()), june, t.clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(w.isLive());
        QCOMPARE(w.windowTitle(), QStringLiteral("GrabDesk — June (grabber)"));
        QCOMPARE(w.poolView()->model()->rowCount(), 1);
        QCOMPARE(label(w, "poolCount"), QStringLiteral("1 of 2 open orders"));
        QVERIFY(w.selectedOrderId() != 0); // ready for Enter
        QVERIFY(w.poolView()->hasFocus());
        QCOMPARE(label(w, "leftToday"), QStringLiteral("20"));
        QCOMPARE(label(w, "dailyCap"), QStringLiteral("20 (junior cap)"));
        QCOMPARE(label(w, "workload"), QStringLiteral("0 of 15 open orders"));
        QCOMPARE(label(w, "status"), QStringLiteral("Active"));
        QCOMPARE(label(w, "dayThatCounts"), QStringLiteral("Today = Wed 25 Nov, Asia/Shanghai"));
        QCOMPARE(label(w, "windowNow"), QStringLiteral("Morning peak (peak), 08:00–10:00"));
        QCOMPARE(label(w, "nextChange"), QStringLiteral("10:00: Day opens, in 1 h 00 min"));
        QVERIFY(w.findChild<QFrame *>(QStringLiteral("statusBanner"))->isHidden());

        // The toggle brings in the others, greyed, with their reason.
        auto *toggle = w.findChild<QCheckBox *>(QStringLiteral("showUnavailable"));
        QVERIFY(toggle);
        toggle->click();
        QCOMPARE(w.poolView()->model()->rowCount(), 2);
        QVERIFY(!w.poolView()->isColumnHidden(GrabPoolModel::ReasonColumn));
        const QModelIndex reserved = w.poolView()->model()->index(1, GrabPoolModel::ReasonColumn);
        QCOMPARE(reserved.data().toString(), QStringLiteral("Reserved for senior and above"));
        QVERIFY(reserved.data(Qt::ToolTipRole).toString().contains(QStringLiteral("reserved for senior")));
        toggle->click();
        QCOMPARE(w.poolView()->model()->rowCount(), 1);
        // From the keyboard too: Alt+S, as the README says.
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(toggle->isChecked());
        QCOMPARE(w.poolView()->model()->rowCount(), 2);
    }

    void enterGrabsTheSelectedOrder()
    {
        TestDb t;
        const qint64 june = t.grabber(QStringLiteral("June"), Level::Junior);
        const qint64 c = t.customer();
        const qint64 first = t.order(c, 12000000); // 120,000 yuan: P3, first in the pool
        const qint64 second = t.order(c);
        GrabberWindow w(openAgain(t.path()), june, t.clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(w.isLive());
        QVERIFY(w.selectOrder(second));
        QTest::keyClick(w.poolView(), Qt::Key_Return);

        QCOMPARE(w.messageStrip()->kind(), MessageStrip::Kind::Success);
        QCOMPARE(w.messageStrip()->text(), QStringLiteral("You got order #%1 (客户1, 1,000.00 元)").arg(second));
        QVERIFY(w.messageStrip()->isVisible());
        QCOMPARE(w.poolModel()->rowOf(second), -1); // gone from the pool at once
        // Nothing is selected after a grab: a second Enter grabs nothing unseen.
        QCOMPARE(w.selectedOrderId(), 0);
        QTest::keyClick(w.poolView(), Qt::Key_Return);
        QCOMPARE(w.messageStrip()->text(), QStringLiteral("Select an order first, then press Enter."));
        QCOMPARE(t.text(QStringLiteral("SELECT state FROM orders WHERE id = ?"), {first}), QStringLiteral("open"));
        // The cursor rests on the next order: one press of Space selects it.
        QTest::keyClick(w.poolView(), Qt::Key_Space);
        QCOMPARE(w.selectedOrderId(), first);
        QCOMPARE(t.text(QStringLiteral("SELECT state FROM orders WHERE id = ?"), {second}), QStringLiteral("assigned"));
        QCOMPARE(t.count(QStringLiteral("SELECT assignee_id FROM orders WHERE id = ?"), {second}), int(june));
        QCOMPARE(t.text(QStringLiteral("SELECT actor FROM events WHERE type = 'grab_won' AND order_id = ?"), {second}),
                 QStringLiteral("grabber:%1").arg(june));
        // The ledger follows through the feed.
        QTRY_COMPARE_WITH_TIMEOUT(label(w, "leftToday"), QStringLiteral("19"), 2000);
        QCOMPARE(label(w, "takenToday"), QStringLiteral("1"));
        QCOMPARE(label(w, "workload"), QStringLiteral("1 of 15 open orders"));

        // The Grab button does the same.
        w.findChild<QPushButton *>(QStringLiteral("grabButton"))->click();
        QCOMPARE(w.messageStrip()->kind(), MessageStrip::Kind::Success);
        QTRY_COMPARE_WITH_TIMEOUT(label(w, "leftToday"), QStringLiteral("18"), 2000);
        QCOMPARE(w.poolModel()->rowCount(), 0);
        QVERIFY(w.findChild<QPushButton *>(QStringLiteral("grabButton"))->isEnabled() == false);
    }

    // An order the rules keep from this grabber: the strip gives the rule's sentence and code,
    // and nothing changes: the order stays in the pool, the ledger stays, no attempt is logged.
    void aReservedOrderIsRefusedAndNothingChanges()
    {
        TestDb t;
        const qint64 june = t.grabber(QStringLiteral("June"), Level::Junior);
        const qint64 big = t.order(t.customer(Tier::Vip), 2500000); // P1
        GrabberWindow w(openAgain(t.path()), june, t.clock);
        w.show();
        QTRY_VERIFY(w.isLive());
        QVERIFY(!w.selectOrder(big)); // not shown until asked for
        w.setShowUnavailable(true);
        QVERIFY(w.selectOrder(big));
        QTest::keyClick(w.poolView(), Qt::Key_Enter);
        QCOMPARE(w.messageStrip()->kind(), MessageStrip::Kind::Warning);
        const QString text = w.messageStrip()->text();
        QVERIFY2(text.contains(QStringLiteral("P1 orders are reserved for senior grabbers or above")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("level_reserved")), qPrintable(text));
        QVERIFY(w.poolModel()->rowOf(big) >= 0);
        QCOMPARE(w.selectedOrderId(), big);
        QCOMPARE(t.text(QStringLiteral("SELECT state FROM orders WHERE id = ?"), {big}), QStringLiteral("open"));
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM grab_attempts")), 0);
        QTest::qWait(300);
        QCOMPARE(label(w, "leftToday"), QStringLiteral("20"));
    }

    // The grab service has the last word: a grab the window still thought possible (its quota
    // not yet updated) comes back refused with the rule's sentence, and nothing else changes.
    void aDailyCapRefusalFromTheGrab()
    {
        TestDb t;
        const qint64 kim = t.grabber(QStringLiteral("Kim"), Level::Junior, 1); // a personal cap of one
        const qint64 c = t.customer();
        const qint64 a = t.order(c);
        const qint64 b = t.order(c);
        GrabberWindow w(openAgain(t.path()), kim, t.clock);
        w.show();
        QTRY_VERIFY(w.isLive());
        QVERIFY(w.selectOrder(a));
        QTest::keyClick(w.poolView(), Qt::Key_Return);
        QCOMPARE(w.messageStrip()->kind(), MessageStrip::Kind::Success);
        QCOMPARE(w.selectedOrderId(), 0);
        QVERIFY(w.selectOrder(b)); // before the feed's delta greys it out
        QTest::keyClick(w.poolView(), Qt::Key_Return);
        QCOMPARE(w.messageStrip()->kind(), MessageStrip::Kind::Warning);
        const QString text = w.messageStrip()->text();
        QVERIFY2(text.contains(QStringLiteral("Kim has taken 1 of the 1 orders allowed today (personal cap).")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("daily_cap_reached")), qPrintable(text));
        QCOMPARE(t.text(QStringLiteral("SELECT state FROM orders WHERE id = ?"), {b}), QStringLiteral("open"));
        QTRY_COMPARE_WITH_TIMEOUT(label(w, "leftToday"), QStringLiteral("0"), 2000);
        QTRY_COMPARE_WITH_TIMEOUT(w.poolView()->model()->rowCount(), 0, 2000); // b is greyed out now
        // With nothing left to select, Enter says why: the cap, not "select an order".
        QTest::keyClick(w.poolView(), Qt::Key_Return);
        QCOMPARE(w.messageStrip()->kind(), MessageStrip::Kind::Warning);
        QCOMPARE(w.messageStrip()->text(),
                 QStringLiteral("Daily cap reached: you have taken 1 of the 1 orders allowed today. Grabbing opens again tomorrow."));
        w.setShowUnavailable(true);
        QCOMPARE(w.poolView()->model()->index(0, GrabPoolModel::ReasonColumn).data().toString(),
                 QStringLiteral("Daily cap reached"));
    }

    // Ctrl+Q closes grabber mode.
    void quitClosesTheWindow()
    {
        TestDb t;
        const qint64 june = t.grabber(QStringLiteral("June"), Level::Junior);
        GrabberWindow w(openAgain(t.path()), june, t.clock);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(w.poolView(), Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!w.isVisible());
    }

    // Another process grabs: the order leaves this pool within a second, by itself, and the
    // grabber's selection and scroll position stay where they were.
    void anotherProcessGrabLeavesThePoolAndTheSelectionStays()
    {
        TestDb t;
        const qint64 june = t.grabber(QStringLiteral("June"), Level::Junior);
        const qint64 sam = t.grabber(QStringLiteral("Sam"), Level::Senior);
        const qint64 c = t.customer();
        QList<qint64> orders;
        for (int i = 0; i < 60; ++i) {
            orders.append(t.order(c, 100000 + i));
        }
        GrabberWindow w(openAgain(t.path()), june, t.clock);
        w.resize(1200, 600);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(w.isLive());
        // The pool is in id order here (same priority and age): pick a row far down.
        const qint64 mine = orders.at(40);
        QVERIFY(w.selectOrder(mine));
        QScrollBar *scroll = w.poolView()->verticalScrollBar();
        QVERIFY(scroll->value() > 0);
        const int scrolled = scroll->value();

        const qint64 taken = orders.at(50); // below the selection
        QVERIFY(GrabService(t.ctx(QStringLiteral("grabber:2"))).grab(taken, sam));
        QTRY_VERIFY_WITH_TIMEOUT(w.poolModel()->rowOf(taken) == -1, 1000);
        QCOMPARE(w.poolView()->model()->rowCount(), 59);
        QCOMPARE(w.selectedOrderId(), mine);
        QCOMPARE(scroll->value(), scrolled);
        QVERIFY(w.messageStrip()->isHidden()); // nobody asked this window for anything

        // Even an order above the selection: the selection stays on the same order.
        QVERIFY(GrabService(t.ctx()).grab(orders.at(5), sam));
        QTRY_VERIFY_WITH_TIMEOUT(w.poolModel()->rowOf(orders.at(5)) == -1, 1000);
        QCOMPARE(w.selectedOrderId(), mine);

        // A new order from elsewhere arrives the same way.
        const qint64 fresh = t.order(c);
        QTRY_VERIFY_WITH_TIMEOUT(w.poolModel()->rowOf(fresh) >= 0, 1000);
        QCOMPARE(w.selectedOrderId(), mine);
    }

    // Losing the race: the order was taken after the window last heard of it.
    void lostRaceSaysSomeoneWasFaster()
    {
        TestDb t;
        const qint64 june = t.grabber(QStringLiteral("June"), Level::Junior);
        const qint64 sam = t.grabber(QStringLiteral("Sam"), Level::Senior);
        const qint64 o = t.order(t.customer());
        GrabberWindow w(openAgain(t.path()), june, t.clock);
        w.show();
        QTRY_VERIFY(w.isLive());
        QVERIFY(w.selectOrder(o));
        QVERIFY(GrabService(t.ctx()).grab(o, sam));
        QTest::keyClick(w.poolView(), Qt::Key_Return); // no event processed in between: the window still shows it
        QCOMPARE(w.messageStrip()->kind(), MessageStrip::Kind::Neutral);
        QCOMPARE(w.messageStrip()->text(), QStringLiteral("Someone was faster: order #%1 is taken.").arg(o));
        QCOMPARE(w.poolModel()->rowOf(o), -1);
    }

    // A manager puts the grabber on leave while the window is open: a clear banner, every
    // order greyed with the reason.
    void onLeaveClosesGrabbing()
    {
        TestDb t;
        const qint64 june = t.grabber(QStringLiteral("June"), Level::Junior);
        t.order(t.customer());
        GrabberWindow w(openAgain(t.path()), june, t.clock);
        w.show();
        QTRY_VERIFY(w.isLive());
        auto *banner = w.findChild<QFrame *>(QStringLiteral("statusBanner"));
        QVERIFY(banner->isHidden());
        TeamService::GrabberChanges leave;
        leave.status = GrabberStatus::OnLeave;
        QVERIFY(TeamService(t.ctx(QStringLiteral("manager"))).updateGrabber(june, leave));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 1000);
        QCOMPARE(label(w, "statusBannerText"), QStringLiteral("You are on leave: grabbing is closed."));
        QCOMPARE(label(w, "status"), QStringLiteral("On leave"));
        QCOMPARE(w.poolView()->model()->rowCount(), 0);
        w.setShowUnavailable(true);
        QCOMPARE(w.poolView()->model()->index(0, GrabPoolModel::ReasonColumn).data().toString(),
                 QStringLiteral("You are on leave"));
    }
};

QTEST_MAIN(TestGrabberWindow)
#include "tst_grabberwindow.moc"
