// "Being worked on", as a manager reads it: who holds each order comes first, then its last
// follow-up and the time left before the rules take it back for want of one (amber in the
// warning window), and the list narrows to one grabber's orders.

#include "boardfixture.h"

#include "board/boardfilterbar.h"
#include "board/orderfilterproxy.h"
#include "services/grab/grabservice.h"
#include "services/grab/orderservice.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QTabWidget>
#include <QTableView>

using namespace grab;
using namespace grab::test;
using namespace grab::ui;

class TestBoardWorking : public QObject
{
    Q_OBJECT

    // The text the working view shows in a column for an order.
    static QString cell(BoardPage &board, qint64 orderId, int column, int role = Qt::DisplayRole)
    {
        QAbstractItemModel *m = board.workingView()->model();
        for (int row = 0; row < m->rowCount(); ++row) {
            if (m->index(row, 0).data(LiveOrderModel::OrderIdRole).toLongLong() == orderId) {
                return m->index(row, column).data(role).toString();
            }
        }
        return QStringLiteral("(not shown)");
    }
    static QList<qint64> shown(BoardPage &board)
    {
        QList<qint64> ids;
        QAbstractItemModel *m = board.workingView()->model();
        for (int row = 0; row < m->rowCount(); ++row) {
            ids << m->index(row, 0).data(LiveOrderModel::OrderIdRole).toLongLong();
        }
        std::sort(ids.begin(), ids.end());
        return ids;
    }

private slots:
    void theAssigneeAndTheReclaimClockComeFirst()
    {
        BoardFixture f;
        const qint64 first = f.t.order(f.regular);
        const qint64 second = f.t.order(f.regular);
        QVERIFY(GrabService(f.t.ctx()).grab(first, f.bob));
        QVERIFY(GrabService(f.t.ctx()).grab(second, f.cat));
        BoardPage &board = f.open();
        QAbstractItemModelTester tester(board.workingView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Columns, left to right: priority, order, then who holds it and its clock.
        const QHeaderView *h = board.workingView()->horizontalHeader();
        QCOMPARE(h->visualIndex(LiveOrderModel::Assignee), 2);
        QCOMPARE(h->visualIndex(LiveOrderModel::FollowUp), 3);
        QCOMPARE(h->visualIndex(LiveOrderModel::Reclaim), 4);
        QVERIFY(!board.workingView()->isColumnHidden(LiveOrderModel::FollowUp));
        QVERIFY(board.poolView()->isColumnHidden(LiveOrderModel::FollowUp));
        QVERIFY(board.poolView()->isColumnHidden(LiveOrderModel::Reclaim));
        QCOMPARE(h->model()->headerData(LiveOrderModel::FollowUp, Qt::Horizontal).toString(), QStringLiteral("Last follow-up"));

        // No follow-up yet: the rules' 24 hours run from the grab.
        QCOMPARE(cell(board, first, LiveOrderModel::Assignee), QStringLiteral("Bob"));
        QCOMPARE(cell(board, first, LiveOrderModel::FollowUp), QStringLiteral("none yet"));
        QVERIFY2(cell(board, first, LiveOrderModel::FollowUp, Qt::ToolTipRole).contains(QStringLiteral("Bob has not followed")),
                 qPrintable(cell(board, first, LiveOrderModel::FollowUp, Qt::ToolTipRole)));
        const qint64 hour = 3600 * 1000;
        QCOMPARE(cell(board, first, LiveOrderModel::Reclaim, LiveOrderModel::SortRole).toLongLong(), 24 * hour);
        QCOMPARE(cell(board, first, LiveOrderModel::Reclaim), QStringLiteral("in 1 d"));
        QVERIFY(cell(board, first, LiveOrderModel::Reclaim, Qt::ToolTipRole).contains(QStringLiteral("unless Bob follows it up")));
        QVERIFY(cell(board, first, LiveOrderModel::Reclaim, Qt::BackgroundRole).isEmpty());

        // 21 hours later the warning window has begun: amber, and 3 hours left.
        f.t.clock.advance(21 * hour);
        board.orders()->setNow(f.t.clock.nowMs());
        QVERIFY(!board.workingView()->model()->index(0, LiveOrderModel::Reclaim).data(Qt::BackgroundRole).isNull());
        QCOMPARE(cell(board, first, LiveOrderModel::Reclaim), QStringLiteral("in 3 h 00"));

        // Bob follows up: the board shows it as it happens, and the clock starts again.
        QVERIFY(OrderService(f.t.ctx()).followUp(first, f.bob, QStringLiteral("called the customer")));
        QTRY_VERIFY_WITH_TIMEOUT(cell(board, first, LiveOrderModel::FollowUp) != QStringLiteral("none yet"), 3000);
        QVERIFY2(cell(board, first, LiveOrderModel::FollowUp).contains(QStringLiteral("ago")), qPrintable(cell(board, first, LiveOrderModel::FollowUp)));
        QCOMPARE(cell(board, first, LiveOrderModel::Reclaim, LiveOrderModel::SortRole).toLongLong(), 24 * hour);
        QCOMPARE(cell(board, second, LiveOrderModel::FollowUp), QStringLiteral("none yet"));
    }

    void theListNarrowsToOneGrabber()
    {
        BoardFixture f;
        const qint64 bobs = f.t.order(f.regular);
        const qint64 cats = f.t.order(f.regular);
        const qint64 open = f.t.order(f.regular);
        QVERIFY(GrabService(f.t.ctx()).grab(bobs, f.bob));
        QVERIFY(GrabService(f.t.ctx()).grab(cats, f.cat));
        BoardPage &board = f.open();
        auto *grabber = board.findChild<QComboBox *>(QStringLiteral("grabberFilter"));
        QVERIFY(grabber);
        // Only where it applies: the pool has no grabber yet.
        QVERIFY(!grabber->isVisible());
        auto *tabs = board.findChild<QTabWidget *>(QStringLiteral("orderTabs"));
        tabs->setCurrentWidget(board.workingView());
        QVERIFY(grabber->isVisible());
        QCOMPARE(shown(board), (QList<qint64>{bobs, cats}));
        QVERIFY(grabber->findText(QStringLiteral("Ann")) > 0); // every grabber of the team, holding or not
        grabber->setCurrentIndex(grabber->findText(QStringLiteral("Cat")));
        QCOMPARE(shown(board), (QList<qint64>{cats}));
        // The pool is as it was.
        bool poolHasOpen = false;
        QAbstractItemModel *pool = board.poolView()->model();
        for (int row = 0; row < pool->rowCount(); ++row) {
            poolHasOpen = poolHasOpen || pool->index(row, 0).data(LiveOrderModel::OrderIdRole).toLongLong() == open;
        }
        QVERIFY(poolHasOpen);
        // Cat takes another: it joins her list as it happens.
        QVERIFY(GrabService(f.t.ctx()).grab(open, f.cat));
        QTRY_COMPARE_WITH_TIMEOUT(shown(board), (QList<qint64>{cats, open}), 3000);
        grabber->setCurrentIndex(0);
        QCOMPARE(shown(board), (QList<qint64>{bobs, cats, open}));
    }
};

QTEST_MAIN(TestBoardWorking)
#include "tst_boardworking.moc"
