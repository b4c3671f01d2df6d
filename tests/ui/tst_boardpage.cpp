// The board page offscreen, on a real database: each manager action through the page as the
// menu and buttons run it — the outcome the manager reads, the order moving on the board —
// including refused ones with their reason, and the keyboard route.

#include "boardfixture.h"

#include "board/activitymodel.h"
#include "board/assigndialog.h"
#include "board/boardactions.h"
#include "board/boardpage.h"
#include "board/detailspanel.h"
#include "board/liveordermodel.h"
#include "board/customerdialog.h"
#include "board/publishdialog.h"
#include "board/loadmodel.h"
#include "board/loadpanel.h"
#include "common/messagestrip.h"
#include "live/livehub.h"
#include "services/grab/dispatchservice.h"
#include "services/grab/grabservice.h"
#include "store/sql.h"
#include "common/appsettings.h"

#include <QAction>
#include <QComboBox>
#include <QPalette>
#include <QColor>
#include <QEnterEvent>
#include <QTimer>
#include <QPushButton>
#include <QMessageBox>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

using namespace grab;
using namespace grab::test;
using namespace grab::ui;

// Answers the next order confirmation (OrderConfirm::ask) once it shows: its text, and which
// button was pressed.
struct ConfirmAnswer
{
    QString text;
    bool seen = false;
};
void answerNextConfirm(ConfirmAnswer *answer, bool goAhead)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer, goAhead] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("orderConfirm")) {
            return;
        }
        answer->seen = true;
        answer->text = box->text();
        // What Enter would press: the safe answer.
        answer->text += QStringLiteral("\n[default: %1]").arg(box->defaultButton() ? box->defaultButton()->text() : QString());
        if (goAhead) {
            box->findChild<QPushButton *>(QStringLiteral("confirmAccept"))->click();
        } else {
            box->defaultButton()->click();
        }
        poll->deleteLater();
    });
    poll->start();
}

class TestBoardPage : public QObject
{
    Q_OBJECT

    using Fixture = BoardFixture;

private slots:
    void dispatchNowFromTheKeyboardExplainsItself()
    {
        Fixture f;
        const qint64 o = f.t.order(f.regular);
        BoardPage &board = f.open();
        QVERIFY(board.selectOrder(o));
        QVERIFY(board.action(QStringLiteral("dispatchNow"))->isEnabled());
        QVERIFY(!board.action(QStringLiteral("release"))->isEnabled()); // nothing to release in the pool
        board.poolView()->setFocus();
        QTest::keyClick(board.poolView(), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(board.messages()->kind(), MessageStrip::Kind::Success);
        QVERIFY2(board.messages()->text().contains(QStringLiteral("dispatched to")), qPrintable(board.messages()->text()));
        QVERIFY(board.messages()->text().contains(QStringLiteral("score")));
        QTRY_VERIFY_WITH_TIMEOUT(!f.inPool(o), 1000);
        QTRY_VERIFY_WITH_TIMEOUT(board.activity()->rowCount() > 0
                                     && board.activity()->index(0, ActivityModel::What).data().toString().startsWith(QStringLiteral("Dispatched to ")),
                                 1000);
        QCOMPARE(f.t.text(QStringLiteral("SELECT actor FROM events WHERE type = 'dispatched'")), QStringLiteral("manager"));
    }

    // Dispatching a VIP's or a P1 order asks first, saying to whom it would go and why; the
    // default answer (what Enter presses) changes nothing.
    void aWeightyDispatchAsksFirst()
    {
        Fixture f;
        const qint64 o = f.t.order(f.vip, 12562800);
        BoardPage &board = f.open();
        QVERIFY(board.selectOrder(o));
        ConfirmAnswer no;
        answerNextConfirm(&no, false);
        board.poolView()->setFocus();
        QTest::keyClick(board.poolView(), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(no.seen);
        QVERIFY2(no.text.contains(QStringLiteral("VIP")) && no.text.contains(QStringLiteral("it goes to ")), qPrintable(no.text));
        const qsizetype from = no.text.indexOf(QStringLiteral("it goes to ")) + 11;
        const QString who = no.text.mid(from, no.text.indexOf(QStringLiteral(" (score"), from) - from);
        QVERIFY2(who == QLatin1String("Ann") || who == QLatin1String("Bob") || who == QLatin1String("Cat"), qPrintable(no.text));
        QVERIFY2(no.text.contains(QStringLiteral("[default: Cancel]")), qPrintable(no.text));
        QVERIFY(f.inPool(o));
        QCOMPARE(f.t.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'dispatched'")), 0);

        ConfirmAnswer yes;
        answerNextConfirm(&yes, true);
        board.action(QStringLiteral("dispatchNow"))->trigger();
        QVERIFY(yes.seen);
        QCOMPARE(board.messages()->kind(), MessageStrip::Kind::Success);
        QVERIFY2(board.messages()->text().contains(QStringLiteral("dispatched to ") + who), qPrintable(board.messages()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!f.inPool(o), 1000);
    }

    // A hidden board (another page in front) takes no order action, from a shortcut or the menu.
    void aHiddenBoardActsOnNothing()
    {
        Fixture f;
        const qint64 o = f.t.order(f.regular);
        BoardPage &board = f.open();
        QVERIFY(board.selectOrder(o));
        QVERIFY(board.action(QStringLiteral("dispatchNow"))->isEnabled());
        board.hide();
        for (QAction *a : board.orderActions()) {
            QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));
            a->trigger();
        }
        QVERIFY(f.inPool(o));
        QCOMPARE(f.t.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE actor = 'manager'")), 0);
        board.show();
        QVERIFY(board.action(QStringLiteral("dispatchNow"))->isEnabled());
    }

    void aRefusedDispatchSaysWhyAndChangesNothing()
    {
        Fixture f;
        for (const qint64 g : {f.ann, f.bob, f.cat}) {
            TeamService::GrabberChanges c;
            c.status = GrabberStatus::OnLeave;
            QVERIFY(TeamService(f.t.ctx()).updateGrabber(g, c));
        }
        const qint64 o = f.t.order(f.regular);
        BoardPage &board = f.open();
        QVERIFY(board.selectOrder(o));
        board.action(QStringLiteral("dispatchNow"))->trigger();
        QCOMPARE(board.messages()->kind(), MessageStrip::Kind::Warning);
        QVERIFY2(board.messages()->text().contains(QStringLiteral("no grabber is eligible")), qPrintable(board.messages()->text()));
        QVERIFY(board.messages()->text().contains(QStringLiteral("grabber_on_leave")));
        QVERIFY(f.inPool(o));
        QCOMPARE(f.t.count(QStringLiteral("SELECT COUNT(*) FROM orders WHERE state = 'open'")), 1);
    }

    void assignShowsWhoIsEligibleAndRefusesTheOthers()
    {
        Fixture f;
        TeamService::GrabberChanges away;
        away.status = GrabberStatus::OnLeave;
        QVERIFY(TeamService(f.t.ctx()).updateGrabber(f.cat, away));
        const qint64 o = f.t.order(f.regular);
        BoardPage &board = f.open();

        // The dialog, as the manager sees it: two eligible, Cat greyed with the reason.
        BoardActions actions(f.t.db(), f.t.clock);
        auto decision = actions.candidates(o);
        QVERIFY(decision);
        AssignDialog dialog(QStringLiteral("#%1").arg(o), *decision);
        QCOMPARE(dialog.eligibleCount(), 2);
        QCOMPARE(dialog.ineligibleCount(), 1);
        QVERIFY2(dialog.reasonShownFor(f.cat).contains(QStringLiteral("leave")), qPrintable(dialog.reasonShownFor(f.cat)));
        QVERIFY(!dialog.choose(f.cat));
        QVERIFY(!dialog.chosenGrabber());
        QVERIFY(dialog.choose(f.bob));
        QCOMPARE(*dialog.chosenGrabber(), f.bob);
        // The search narrows the list by name and chooses the first still shown.
        dialog.searchBox()->setText(QStringLiteral("ann"));
        QCOMPARE(*dialog.chosenGrabber(), f.ann);
        dialog.searchBox()->setText(QStringLiteral("nobody"));
        QVERIFY(!dialog.chosenGrabber());
        dialog.searchBox()->clear();
        QVERIFY(dialog.choose(f.bob));

        // Assigning the one on leave anyway (the rules changed since the dialog opened): refused, with why.
        board.assign(o, f.cat);
        QCOMPARE(board.messages()->kind(), MessageStrip::Kind::Warning);
        QVERIFY2(board.messages()->text().contains(QStringLiteral("leave")), qPrintable(board.messages()->text()));
        QVERIFY(f.inPool(o));
        board.assign(o, f.bob, QStringLiteral("knows the customer"));
        QCOMPARE(board.messages()->kind(), MessageStrip::Kind::Success);
        QVERIFY(board.messages()->text().contains(QStringLiteral("Bob")));
        QTRY_VERIFY_WITH_TIMEOUT(!f.inPool(o), 1000);
        QCOMPARE(*board.orders()->order(o)->assigneeId, f.bob);
    }

    void releaseReturnsAnOrderToThePool()
    {
        Fixture f;
        const qint64 o = f.t.order(f.regular);
        QVERIFY(GrabService(f.t.ctx()).grab(o, f.bob));
        BoardPage &board = f.open();
        QVERIFY(!f.inPool(o));
        QVERIFY(board.selectOrder(o)); // in the "being worked on" tab
        QVERIFY(board.action(QStringLiteral("release"))->isEnabled());
        QVERIFY(!board.action(QStringLiteral("dispatchNow"))->isEnabled());
        QVERIFY(board.details()->plainText().contains(QStringLiteral("Bob")));
        board.release(o);
        QCOMPARE(board.messages()->kind(), MessageStrip::Kind::Success);
        QTRY_VERIFY_WITH_TIMEOUT(f.inPool(o), 1000);
        // Releasing it again: it is not assigned any more, and the board says so.
        board.release(o);
        QCOMPARE(board.messages()->kind(), MessageStrip::Kind::Warning);
    }

    // Order ▸ New order…: a refusal stays in the dialog with what was typed; a published order
    // closes it, lands in the pool, and the board says its priority and why.
    void publishAnOrderByHand()
    {
        Fixture f;
        BoardPage &board = f.open();
        auto customers = TeamService(f.t.ctx()).customers();
        QVERIFY(customers);
        PublishDialog dialog(*customers, {QStringLiteral("云服务")}, 480);
        dialog.setSubmit([&board](const OrderService::NewOrder &o) { return board.publish(o); });
        dialog.show();
        dialog.amountEdit()->setText(QStringLiteral("12000"));
        dialog.accept(); // no customer chosen
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("Choose the customer")), qPrintable(dialog.errorText()));
        dialog.customerBox()->setCurrentIndex(dialog.customerBox()->findData(f.vip));
        dialog.amountEdit()->setText(QStringLiteral("abc"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorText().contains(QStringLiteral("yuan above 0")));
        dialog.amountEdit()->setText(QStringLiteral("12000"));
        dialog.skillBox()->setCurrentText(QString());
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorText().contains(QStringLiteral("skill")));
        QCOMPARE(f.t.count(QStringLiteral("SELECT COUNT(*) FROM orders")), 0);
        dialog.skillBox()->setCurrentText(QStringLiteral("云服务"));
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(f.t.count(QStringLiteral("SELECT COUNT(*) FROM orders WHERE amount = 1200000")), 1);
        QCOMPARE(board.messages()->kind(), MessageStrip::Kind::Success);
        QVERIFY2(board.messages()->text().contains(QStringLiteral("published as P")), qPrintable(board.messages()->text()));
        QTRY_COMPARE_WITH_TIMEOUT(board.poolView()->model()->rowCount(), 1, 2000);
        QCOMPARE(f.t.text(QStringLiteral("SELECT actor FROM events WHERE type = 'published'")), QStringLiteral("manager"));
    }

    // Order ▸ New customer…: refused without a region, with the name kept; added, with its event.
    void addACustomerByHand()
    {
        Fixture f;
        BoardPage &board = f.open();
        CustomerDialog dialog([&board](const Customer &c) { return board.addCustomer(c); });
        dialog.show();
        dialog.nameEdit()->setText(QStringLiteral("华信科技"));
        dialog.tierBox()->setCurrentIndex(dialog.tierBox()->findData(int(Tier::Vip)));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorText().contains(QStringLiteral("region")));
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("华信科技"));
        dialog.regionEdit()->setText(QStringLiteral("华南"));
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(f.t.count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE name = '华信科技' AND tier = 'vip' AND region = '华南'")), 1);
        QCOMPARE(f.t.text(QStringLiteral("SELECT actor FROM events WHERE type = 'customer_added' ORDER BY id DESC LIMIT 1")), QStringLiteral("manager"));
        QCOMPARE(board.messages()->kind(), MessageStrip::Kind::Success);
    }

    // Edit ▸ Undo: a release is undone by giving the order back to its grabber, a restriction by
    // restoring the one before; each through the services, each a new event; redo does it again.
    void undoAReleaseAndARestriction()
    {
        Fixture f;
        const qint64 held = f.t.order(f.regular);
        const qint64 open = f.t.order(f.regular);
        QVERIFY(GrabService(f.t.ctx()).grab(held, f.bob));
        BoardPage &board = f.open();
        QUndoStack stack;
        board.setUndoStack(&stack);

        board.release(held);
        QTRY_VERIFY_WITH_TIMEOUT(f.inPool(held), 1000);
        QVERIFY(stack.canUndo());
        QCOMPARE(stack.undoText(), QStringLiteral("Release of #%1").arg(held));
        stack.undo();
        QTRY_VERIFY_WITH_TIMEOUT(!f.inPool(held), 1000);
        QCOMPARE(*board.orders()->order(held)->assigneeId, f.bob);
        QCOMPARE(f.t.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE order_id = ? AND type = 'released'"), {held}), 1);
        QCOMPARE(f.t.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE order_id = ? AND type = 'dispatched' AND actor = 'manager'"), {held}), 1);
        stack.redo();
        QTRY_VERIFY_WITH_TIMEOUT(f.inPool(held), 1000);
        QCOMPARE(f.t.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE order_id = ? AND type = 'released'"), {held}), 2);

        board.restrict(open, {}, Level::Senior);
        QTRY_VERIFY_WITH_TIMEOUT(board.orders()->order(open)->minLevel.has_value(), 1000);
        stack.undo();
        QTRY_VERIFY_WITH_TIMEOUT(!board.orders()->order(open)->minLevel.has_value(), 1000);
        QCOMPARE(f.t.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE order_id = ? AND type = 'restricted'"), {open}), 2);
    }

    void cancelNeedsAReason()
    {
        Fixture f;
        const qint64 o = f.t.order(f.vip);
        BoardPage &board = f.open();
        board.cancel(o, QStringLiteral("   "));
        QCOMPARE(board.messages()->kind(), MessageStrip::Kind::Warning);
        QVERIFY(f.inPool(o));
        board.cancel(o, QStringLiteral("customer withdrew"));
        QCOMPARE(board.messages()->kind(), MessageStrip::Kind::Success);
        QTRY_VERIFY_WITH_TIMEOUT(board.orders()->order(o) == nullptr, 1000);
        QCOMPARE(f.t.text(QStringLiteral("SELECT actor FROM events WHERE type = 'cancelled'")), QStringLiteral("manager"));
    }

    void restrictShowsOnTheBoardAndBindsTheGrab()
    {
        Fixture f;
        const qint64 o = f.t.order(f.regular);
        BoardPage &board = f.open();
        board.restrict(o, {f.ann}, std::nullopt);
        QCOMPARE(board.messages()->kind(), MessageStrip::Kind::Success);
        const auto restriction = [&] {
            return board.orders()->index(board.orders()->rowOf(o), LiveOrderModel::Restriction).data().toString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(restriction().contains(QStringLiteral("Ann")), 1000);
        auto refused = GrabService(f.t.ctx()).grab(o, f.bob);
        QVERIFY(!refused);
        QCOMPARE(refused.error().reason, QStringLiteral("restricted_order"));
        // The refused grab reaches the feed with its reason.
        const auto feedSays = [&](const QString &what) {
            for (int row = 0; row < std::min(3, board.activity()->rowCount()); ++row) {
                if (board.activity()->index(row, ActivityModel::What).data().toString().contains(what)) {
                    return true;
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(feedSays(QStringLiteral("Bob was refused")), 1000);
        QVERIFY(feedSays(QStringLiteral("only for named grabbers")));
        board.restrict(o, {}, std::nullopt);
        QTRY_VERIFY_WITH_TIMEOUT(restriction().isEmpty(), 1000);
    }

    void filtersAndSearchNarrowThePool()
    {
        Fixture f;
        for (int i = 0; i < 3; ++i) {
            f.t.order(f.vip);
        }
        f.t.order(f.regular);
        BoardPage &board = f.open();
        QCOMPARE(board.poolView()->model()->rowCount(), 4);
        // P1..P4 come from the rules: the VIP orders rank above the regular one.
        const int top = board.poolView()->model()->index(0, LiveOrderModel::Priority).data(LiveOrderModel::PriorityRole).toInt();
        const int bottom = board.poolView()->model()->index(3, LiveOrderModel::Priority).data(LiveOrderModel::PriorityRole).toInt();
        QVERIFY(top < bottom);
        board.focusSearch();
        QVERIFY(QApplication::focusWidget());
        auto *search = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(search);
        search->setText(QStringLiteral("客户2")); // the customers are 客户1 and 客户2
        QCOMPARE(board.poolView()->model()->rowCount(), 1);
        // An order number, with or without "#".
        search->setText(QStringLiteral("#3"));
        QCOMPARE(board.poolView()->model()->rowCount(), 1);
        QCOMPARE(board.poolView()->model()->index(0, 0).data(LiveOrderModel::OrderIdRole).toLongLong(), 3);
        // A grabber's name finds the orders in their hands.
        QVERIFY(GrabService(f.t.ctx()).grab(4, f.bob));
        search->setText(QStringLiteral("Bob"));
        QTRY_COMPARE_WITH_TIMEOUT(board.workingView()->model()->rowCount(), 1, 2000);
        QCOMPARE(board.poolView()->model()->rowCount(), 0);
    }

    // A file the board cannot read (a damaged page of orders) is said on the page, not left at
    // "Loading" for ever, and the pool shows nothing rather than a part of it.
    void aBoardThatCannotReadItsFileSaysSo()
    {
        if (onServer()) {
            QSKIP("a damaged page is a file's fault; a server's faults are tst_pglive's and tst_pgrestart's");
        }
        Fixture f;
        for (int i = 0; i < 40; ++i) {
            f.t.order(i % 2 ? f.vip : f.regular);
        }
        const QSqlDatabase c = f.t.db().connection();
        QVERIFY(runSql(c, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        const int pageSize = scalar(c, QStringLiteral("PRAGMA page_size"))->toInt();
        const qint64 root = scalar(c, QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'orders'"))->toLongLong();
        {
            QFile file(f.t.path());
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek((root - 1) * pageSize));
            QCOMPARE(file.write(QByteArray(pageSize, '\xA5')), qint64(pageSize));
        }
        f.hub = std::make_unique<LiveHub>(LiveHub::sourceFor(f.t.path(), f.t.clock));
        f.board = std::make_unique<BoardPage>(f.t.db(), f.t.clock, *f.settings, *f.hub);
        f.board->resize(1400, 800);
        f.board->show();
        auto *headline = f.board->findChild<QLabel *>(QStringLiteral("boardHeadline"));
        QVERIFY(headline);
        QVERIFY2(QTest::qWaitFor([&] { return headline->text().contains(QStringLiteral("could not be read")); }, 5000),
                 qPrintable(headline->text()));
        QVERIFY2(headline->toolTip().contains(QStringLiteral("damaged")), qPrintable(headline->toolTip()));
        QVERIFY2(headline->text().size() < 120, qPrintable(headline->text())); // never widens the window
        QVERIFY(!f.board->isLoaded());
        auto *empty = f.board->findChild<QLabel *>(QStringLiteral("poolEmpty"));
        QVERIFY(empty && empty->isVisible());
        QVERIFY2(empty->text().contains(QStringLiteral("shows nothing rather than part of the pool")), qPrintable(empty->text()));
        QVERIFY2(empty->text().contains(QStringLiteral("damaged")), qPrintable(empty->text())); // the reason, where there is room
        QCOMPARE(f.board->orders()->rowCount(), 0);
    }

    void layoutComesBack()
    {
        Fixture f;
        {
            BoardPage &board = f.open();
            auto *splitter = board.findChild<QSplitter *>();
            QVERIFY(splitter);
            splitter->setSizes({900, 500});
            f.board.reset();
        }
        QVERIFY(!f.settings->layout(QStringLiteral("board/main")).isEmpty());
        BoardPage &again = f.open();
        const QList<int> sizes = again.findChild<QSplitter *>()->sizes();
        QVERIFY2(sizes.value(0) > sizes.value(1), qPrintable(QStringLiteral("%1 %2").arg(sizes.value(0)).arg(sizes.value(1))));
    }
};

QTEST_MAIN(TestBoardPage)
#include "tst_boardpage.moc"
