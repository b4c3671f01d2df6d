// The board's item models, each under QAbstractItemModelTester while snapshots and deltas
// arrive, and what a manager would notice: the order of the pool, rows that leave and arrive
// without the selection jumping, the feed's newest-first order, the load strip's marks.

#include "board/activitymodel.h"
#include "board/liveordermodel.h"
#include "board/loadmodel.h"
#include "board/orderfilterproxy.h"
#include "domain/ageing.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace grab;
using namespace grab::ui;

namespace {

const qint64 kNow = 1'800'000'000'000;

Order order(qint64 id, int priority, qint64 waitedMinutes, OrderState state = OrderState::Open)
{
    Order o;
    o.id = id;
    o.customerId = id;
    o.customerName = QStringLiteral("客户%1").arg(id);
    o.customerTier = id % 3 == 0 ? Tier::Vip : Tier::Regular;
    o.amountMinor = id * 10000;
    o.skill = id % 2 ? QStringLiteral("云服务") : QStringLiteral("安全");
    o.region = id % 2 ? QStringLiteral("华东") : QStringLiteral("华南");
    o.priority = priority;
    o.pooledAt = kNow - waitedMinutes * 60000;
    o.publishedAt = o.pooledAt;
    o.grabDeadline = o.pooledAt + 480 * 60000;
    o.state = state;
    if (state != OrderState::Open) {
        o.assigneeId = 7;
        o.assignedAt = kNow;
    }
    return o;
}

QList<qint64> idsInView(const QAbstractItemModel &m)
{
    QList<qint64> ids;
    for (int r = 0; r < m.rowCount(); ++r) {
        ids << m.index(r, 0).data(LiveOrderModel::OrderIdRole).toLongLong();
    }
    return ids;
}

Quota quota(qint64 id, int taken, int cap, int open, int workloadCap = 10)
{
    Quota q;
    q.grabberId = id;
    q.name = QStringLiteral("抢单员%1").arg(id);
    q.takenToday = taken;
    q.dailyCap = cap;
    q.openWorkload = open;
    q.workloadCap = workloadCap;
    return q;
}

} // namespace

class TestBoardModels : public QObject
{
    Q_OBJECT

private slots:
    void poolSortsByPriorityThenLongestWaiting()
    {
        LiveOrderModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        OrderFilterProxy pool(OrderState::Open);
        pool.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&pool, QAbstractItemModelTester::FailureReportingMode::QtTest);
        pool.sort(LiveOrderModel::Priority);
        const RuleSet rules = RuleSet::defaults(QStringLiteral("Asia/Shanghai"));
        model.reset({order(1, 3, 5), order(2, 1, 2), order(3, 3, 40), order(4, 1, 9), order(5, 2, 1, OrderState::Assigned)}, rules, kNow);
        QCOMPARE(idsInView(pool), (QList<qint64>{4, 2, 3, 1}));
        QCOMPARE(model.openCount(), 4);

        OrderFilterProxy working(OrderState::Assigned);
        working.setSourceModel(&model);
        QAbstractItemModelTester workingTester(&working, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(idsInView(working), (QList<qint64>{5}));

        // A grab elsewhere: order 4 leaves the pool and shows up as being worked on; a new
        // P1 arrives; order 3 is released back with a fresh wait. All without a reset.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.apply({order(4, 1, 9, OrderState::Assigned), order(6, 1, 0), order(1, 3, 5, OrderState::Won)});
        QCOMPARE(resets.size(), 0);
        QCOMPARE(idsInView(pool), (QList<qint64>{2, 6, 3}));
        QCOMPARE(idsInView(working).size(), 2);
        QCOMPARE(model.openCount(), 3);
        QVERIFY(!model.order(1));
        QVERIFY(model.order(4)->state == OrderState::Assigned);
    }

    void selectionSurvivesOtherRowsLeaving()
    {
        LiveOrderModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        OrderFilterProxy pool(OrderState::Open);
        pool.setSourceModel(&model);
        pool.sort(LiveOrderModel::Priority);
        QList<Order> many;
        for (int i = 1; i <= 50; ++i) {
            many << order(i, 1 + i % 4, i);
        }
        model.reset(many, RuleSet::defaults(QStringLiteral("Asia/Shanghai")), kNow);
        QItemSelectionModel selection(&pool);
        const int row = idsInView(pool).indexOf(25);
        selection.setCurrentIndex(pool.index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        // Ten other orders are grabbed at once, in several ranges.
        QList<Order> gone;
        for (const int id : {1, 2, 3, 10, 11, 30, 31, 40, 49, 50}) {
            gone << order(id, 1 + id % 4, id, OrderState::Assigned);
        }
        model.apply(gone);
        QCOMPARE(model.openCount(), 40);
        QCOMPARE(selection.currentIndex().data(LiveOrderModel::OrderIdRole).toLongLong(), 25);
        QVERIFY(selection.isRowSelected(selection.currentIndex().row()));
    }

    void filtersNarrowThePool()
    {
        LiveOrderModel model;
        OrderFilterProxy pool(OrderState::Open);
        pool.setSourceModel(&model);
        QAbstractItemModelTester tester(&pool, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Order> orders;
        for (int i = 1; i <= 12; ++i) {
            orders << order(i, 1 + i % 4, i);
        }
        model.reset(orders, RuleSet::defaults(QStringLiteral("Asia/Shanghai")), kNow);
        OrderFilterProxy::Filter f;
        f.region = QStringLiteral("华东");
        pool.setFilter(f);
        QCOMPARE(pool.rowCount(), 6);
        f.tier = Tier::Vip;
        pool.setFilter(f);
        QCOMPARE(idsInView(pool).size(), 2); // 3 and 9
        f = {};
        f.search = QStringLiteral("客户1");
        pool.setFilter(f);
        QCOMPARE(pool.rowCount(), 4); // 1, 10, 11, 12
        f = {};
        f.priority = 2;
        pool.setFilter(f);
        QCOMPARE(pool.rowCount(), 3);
    }

    void timeMovesWaitingAndAgeing()
    {
        LiveOrderModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset({order(1, 3, 2)}, RuleSet::defaults(QStringLiteral("Asia/Shanghai")), kNow);
        const QModelIndex waiting = model.index(0, LiveOrderModel::Waiting);
        QCOMPARE(waiting.data().toString(), QStringLiteral("2 min"));
        QCOMPARE(model.index(0, 0).data(LiveOrderModel::AgeingRole).toInt(), int(Ageing::Fresh));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setNow(kNow + 40 * 60000); // waited 42 minutes: past the 30-minute dispatch threshold
        QCOMPARE(changed.size(), 1);
        QCOMPARE(waiting.data().toString(), QStringLiteral("42 min"));
        QCOMPARE(model.index(0, 0).data(LiveOrderModel::AgeingRole).toInt(), int(Ageing::Starving));
        QVERIFY(model.index(0, LiveOrderModel::Customer).data(Qt::BackgroundRole).isValid());
        QVERIFY(model.index(0, LiveOrderModel::Customer).data(Qt::ToolTipRole).toString().contains(QStringLiteral("dispatch")));
    }

    void feedShowsNewestFirstAndKeepsItsCapacity()
    {
        ActivityModel feed(5);
        QAbstractItemModelTester tester(&feed, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto item = [](qint64 id) {
            ActivityModel::Item i;
            i.eventId = id;
            i.at = kNow + id;
            i.description.text = QStringLiteral("event %1").arg(id);
            return i;
        };
        feed.prepend({item(1), item(2), item(3)});
        QCOMPARE(feed.index(0, ActivityModel::What).data().toString(), QStringLiteral("event 3"));
        feed.prepend({item(4), item(5), item(6), item(7)});
        QCOMPARE(feed.rowCount(), 5);
        QCOMPARE(feed.index(0, 0).data(ActivityModel::EventIdRole).toLongLong(), 7);
        QCOMPARE(feed.index(4, 0).data(ActivityModel::EventIdRole).toLongLong(), 3);
        QList<ActivityModel::Item> flood;
        for (int i = 8; i < 20; ++i) {
            flood << item(i);
        }
        feed.prepend(flood);
        QCOMPARE(feed.rowCount(), 5);
        QCOMPARE(feed.index(0, 0).data(ActivityModel::EventIdRole).toLongLong(), 19);
        QCOMPARE(feed.index(4, 0).data(ActivityModel::EventIdRole).toLongLong(), 15);
    }

    void loadStripMarksGrabbersAtTheirLimits()
    {
        LoadModel load;
        QAbstractItemModelTester tester(&load, QAbstractItemModelTester::FailureReportingMode::QtTest);
        load.setQuotas({quota(1, 2, 20, 1), quota(2, 17, 20, 3), quota(3, 20, 20, 4)});
        QCOMPARE(load.rowCount(), 3);
        QCOMPARE(load.index(0, LoadModel::Status).data(LoadModel::LimitRole).toInt(), 0);
        QCOMPARE(load.index(1, LoadModel::Status).data(LoadModel::LimitRole).toInt(), 1);
        QCOMPARE(load.index(2, LoadModel::Status).data(LoadModel::LimitRole).toInt(), 2);
        QCOMPARE(load.index(2, LoadModel::Today).data().toString(), QStringLiteral("20 / 20"));
        QVERIFY(load.index(1, LoadModel::Today).data(Qt::ToolTipRole).toString().contains(QStringLiteral("3 left")));

        // One grabber's figures move, one joins, one leaves: only those rows change.
        QSignalSpy changed(&load, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(&load, &QAbstractItemModel::modelReset);
        load.setQuotas({quota(1, 3, 20, 2), quota(3, 20, 20, 4), quota(4, 0, 20, 0)});
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(load.rowCount(), 3);
        QCOMPARE(load.index(2, 0).data(LoadModel::GrabberIdRole).toLongLong(), 4);
        QCOMPARE(load.index(0, LoadModel::Workload).data().toString(), QStringLiteral("2 / 10"));
    }
};

QTEST_MAIN(TestBoardModels)
#include "tst_boardmodels.moc"
