// The board holds still where the manager acts, offscreen on a real database: a selected order
// that leaves stays shown, a click during a burst selects what was under the pointer, messages
// move nothing, and the details panel follows the lists.

#include "boardfixture.h"

#include "board/detailspanel.h"
#include "board/loadmodel.h"
#include "board/loadpanel.h"
#include "common/messagestrip.h"
#include "services/grab/dispatchservice.h"
#include "services/grab/grabservice.h"

#include <QApplication>
#include <QColor>
#include <QEnterEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

using namespace grab;
using namespace grab::test;
using namespace grab::ui;

class TestBoardStill : public QObject
{
    Q_OBJECT
    using Fixture = BoardFixture;

private slots:
    // The sweep (or another desk) dispatches the order the manager has selected: it stays
    // selected and shown, greyed, saying what became of it, until the manager moves on; the
    // selection never turns into another order.
    void aSelectedOrderThatLeavesStaysShownGreyed()
    {
        Fixture f;
        const qint64 o = f.t.order(f.regular);
        const qint64 other = f.t.order(f.regular, 200000);
        BoardPage &board = f.open();
        QVERIFY(board.selectOrder(o));
        auto placed = DispatchService(f.t.ctx(QStringLiteral("rules"))).dispatch(o);
        QVERIFY(placed);
        QTRY_VERIFY_WITH_TIMEOUT(!f.inPool(o), 2000);
        QCOMPARE(board.selectedOrder(), std::optional<qint64>(o));
        QAbstractItemModel *pool = board.poolView()->model();
        int row = -1;
        for (int r = 0; r < pool->rowCount(); ++r) {
            if (pool->index(r, 0).data(LiveOrderModel::OrderIdRole).toLongLong() == o) {
                row = r;
            }
        }
        QVERIFY(row >= 0);
        const QString note = pool->index(row, LiveOrderModel::Waiting).data(Qt::ToolTipRole).toString();
        QVERIFY2(note.startsWith(QStringLiteral("dispatched to %1 at ").arg(placed->chosen.name)), qPrintable(note));
        QVERIFY(pool->index(row, LiveOrderModel::Waiting).data().toString().startsWith(QStringLiteral("→ ") + placed->chosen.name));
        QVERIFY2(board.findChild<QTabWidget *>(QStringLiteral("orderTabs"))->tabText(0) == QStringLiteral("Open pool (1)"),
                 qPrintable(board.findChild<QTabWidget *>(QStringLiteral("orderTabs"))->tabText(0)));
        QCOMPARE(pool->index(row, LiveOrderModel::Customer).data(Qt::ForegroundRole).value<QColor>(),
                 QApplication::palette().color(QPalette::Disabled, QPalette::Text));
        QVERIFY(!board.action(QStringLiteral("dispatchNow"))->isEnabled()); // it is not open any more
        QVERIFY2(board.details()->plainText().contains(placed->chosen.name), qPrintable(board.details()->plainText()));
        // Moving on: the order that left goes.
        QVERIFY(board.selectOrder(other));
        QTRY_COMPARE_WITH_TIMEOUT(pool->rowCount(), 1, 1000);
        QCOMPARE(board.selectedOrder(), std::optional<qint64>(other));
    }

    // 20 orders a second arrive, P1 each, while the manager's pointer rests on the pool: a click
    // selects the row that was under the pointer. After 2 s a pill says how many wait; the
    // pointer leaving the list shows them.
    void aClickDuringABurstSelectsTheRowUnderThePointer()
    {
        Fixture f;
        QList<qint64> mine;
        for (int i = 0; i < 8; ++i) {
            mine << f.t.order(f.regular, 100000 + i);
        }
        BoardPage &board = f.open();
        QTableView *view = board.poolView();
        QWidget *viewport = view->viewport();
        QEnterEvent enter(QPointF(20, 20), QPointF(20, 20), viewport->mapToGlobal(QPointF(20, 20)));
        QCoreApplication::sendEvent(viewport, &enter);
        const int y = view->rowViewportPosition(4) + view->rowHeight(4) / 2;
        const qint64 aimed = view->indexAt(QPoint(40, y)).data(LiveOrderModel::OrderIdRole).toLongLong();
        QVERIFY(mine.contains(aimed));

        int published = 0;
        QTimer burst;
        connect(&burst, &QTimer::timeout, &burst, [&] {
            if (published++ < 20) {
                f.t.order(f.vip, 9000000); // a VIP's large order: P1, above every row shown
            }
        });
        burst.start(50);
        QTest::qWait(500); // mid-burst
        QTest::mouseClick(viewport, Qt::LeftButton, {}, QPoint(40, y));
        QCOMPARE(board.selectedOrder(), std::optional<qint64>(aimed));
        QTRY_COMPARE_WITH_TIMEOUT(published, 21, 3000);
        burst.stop();
        QCOMPARE(view->model()->rowCount(), int(mine.size())); // nothing moved in
        auto *pill = viewport->findChild<QPushButton *>(QStringLiteral("poolViewNewRows"));
        QVERIFY(pill);
        QTRY_VERIFY_WITH_TIMEOUT(pill->isVisible(), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(pill->text(), QStringLiteral("20 new order(s) ↑"), 2000);
        QCOMPARE(board.selectedOrder(), std::optional<qint64>(aimed));

        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(viewport, &leave);
        QCOMPARE(view->model()->rowCount(), int(mine.size()) + 20);
        QVERIFY(!pill->isVisible());
        QCOMPARE(board.selectedOrder(), std::optional<qint64>(aimed));
    }

    // An order that left play (a drill-down row opens one) is read into the details panel.
    void anOrderThatLeftPlayCanStillBeShown()
    {
        Fixture f;
        const qint64 o = f.t.order(f.regular);
        BoardPage &board = f.open();
        board.cancel(o, QStringLiteral("customer withdrew"));
        QTRY_VERIFY_WITH_TIMEOUT(board.orders()->order(o) == nullptr, 1000);
        QVERIFY(board.showOrder(o));
        QVERIFY2(board.details()->plainText().contains(QStringLiteral("Cancelled")), qPrintable(board.details()->plainText()));
        QVERIFY(!board.showOrder(999));
        QCOMPARE(board.messages()->kind(), MessageStrip::Kind::Warning);
    }

    // A message appearing or going moves nothing on the page; a long one shows two lines and
    // the whole of it on hover.
    void messagesMoveNothing()
    {
        Fixture f;
        BoardPage &board = f.open();
        QTest::qWait(50);
        const QPoint before = board.poolView()->mapTo(&board, QPoint(0, 0));
        board.messages()->show(MessageStrip::Kind::Success, QStringLiteral("Order #1 dispatched to Ann."));
        QTest::qWait(50);
        QCOMPARE(board.poolView()->mapTo(&board, QPoint(0, 0)), before);
        const QString longText = QStringLiteral("Refused: ") + QStringLiteral("a very long reason that goes on and on ").repeated(12);
        board.messages()->show(MessageStrip::Kind::Warning, longText);
        QTest::qWait(50);
        QCOMPARE(board.poolView()->mapTo(&board, QPoint(0, 0)), before);
        QCOMPARE(board.messages()->text(), longText);
        QCOMPARE(board.messages()->toolTip(), longText);
        auto *label = board.messages()->findChild<QLabel *>();
        QVERIFY(label->text().endsWith(QStringLiteral("…")));
        board.messages()->hide();
        QTest::qWait(50);
        QCOMPARE(board.poolView()->mapTo(&board, QPoint(0, 0)), before);
    }

    // The details panel follows the same deltas as the lists: a grabber's figures move on with
    // the load strip, and an order the search hides leaves the panel too.
    void theDetailsFollowTheLists()
    {
        Fixture f;
        const qint64 a = f.t.order(f.regular);
        const qint64 b = f.t.order(f.regular);
        BoardPage &board = f.open();
        auto *load = board.findChild<LoadPanel *>();
        QVERIFY(load);
        emit load->grabberSelected(*board.load()->quota(f.bob));
        QVERIFY2(board.details()->plainText().contains(QStringLiteral("0 of 20")), qPrintable(board.details()->plainText()));
        QVERIFY(GrabService(f.t.ctx()).grab(a, f.bob));
        QTRY_VERIFY2_WITH_TIMEOUT(board.details()->plainText().contains(QStringLiteral("1 of 20")), qPrintable(board.details()->plainText()), 2000);

        QVERIFY(board.selectOrder(b));
        QVERIFY(board.details()->plainText().contains(QStringLiteral("#%1").arg(b)));
        auto *search = board.findChild<QLineEdit *>(QStringLiteral("customerSearch"));
        search->setText(QStringLiteral("nobody by that name"));
        QVERIFY(!board.selectedOrder());
        QVERIFY2(!board.details()->plainText().contains(QStringLiteral("#%1").arg(b)), qPrintable(board.details()->plainText()));
    }
};

QTEST_MAIN(TestBoardStill)
#include "tst_boardstill.moc"
