// Grabber mode's pool model under QAbstractItemModelTester: a snapshot, then deltas that
// insert, change and remove orders, as the board feed delivers them from a real database.

#include "testdb.h"

#include "grabbermode/grabpoolfilter.h"
#include "grabbermode/grabpoolmodel.h"
#include "live/boardfeed.h"
#include "services/grab/grabservice.h"
#include "services/grab/orderreader.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace grab;
using namespace grab::test;
using namespace grab::ui;

namespace {

const Quota *quotaOf(const QList<Quota> &quotas, qint64 grabberId)
{
    for (const Quota &q : quotas) {
        if (q.grabberId == grabberId) {
            return &q;
        }
    }
    return nullptr;
}

QList<qint64> shownIds(const QAbstractItemModel &m)
{
    QList<qint64> ids;
    for (int r = 0; r < m.rowCount(); ++r) {
        ids.append(m.index(r, 0).data(GrabPoolModel::OrderIdRole).toLongLong());
    }
    return ids;
}

} // namespace

class TestGrabPoolModel : public QObject
{
    Q_OBJECT

private slots:
    void snapshotThenDeltas()
    {
        TestDb t;
        const qint64 june = t.grabber(QStringLiteral("June"), Level::Junior);
        const qint64 sam = t.grabber(QStringLiteral("Sam"), Level::Senior);
        const qint64 regular = t.customer();
        const qint64 vip = t.customer(Tier::Vip);
        const qint64 a = t.order(regular);         // P4
        const qint64 big = t.order(vip, 2500000);  // P1: 25,000 yuan for a VIP, reserved for senior
        const qint64 b = t.order(regular, 300000); // P4

        BoardFeed feed(t.path(), t.clock, BoardFeed::Options{50, 30000, 50});
        QSignalSpy snapshots(&feed, &BoardFeed::snapshotReady);
        QSignalSpy deltas(&feed, &BoardFeed::deltaReady);
        feed.start();
        QCOMPARE(snapshots.size(), 1);
        const auto snapshot = snapshots.at(0).at(0).value<BoardSnapshot>();

        GrabPoolModel model(t.clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        GrabPoolFilter filter;
        filter.setSourceModel(&model);
        filter.sort(GrabPoolModel::PriorityColumn, Qt::AscendingOrder);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        RuleSet rules = snapshot.rules;
        model.setContext(rules, *quotaOf(snapshot.quotas, june), {});
        model.resetPool(snapshot.inPlay);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.grabbableCount(), 2);
        const int bigRow = model.rowOf(big);
        QVERIFY(!model.index(bigRow, 0).data(GrabPoolModel::GrabbableRole).toBool());
        QCOMPARE(model.index(bigRow, 0).data(GrabPoolModel::ReasonCodeRole).toString(),
                 QString::fromLatin1(reason::LevelReserved));
        QCOMPARE(model.index(bigRow, GrabPoolModel::ReasonColumn).data().toString(),
                 QStringLiteral("Reserved for senior and above"));
        QCOMPARE(model.index(bigRow, GrabPoolModel::PriorityColumn).data().toString(), QStringLiteral("P1"));
        QCOMPARE(model.index(bigRow, GrabPoolModel::AmountColumn).data().toString(), QStringLiteral("25,000.00"));
        QCOMPARE(model.index(bigRow, GrabPoolModel::AmountColumn).data(GrabPoolModel::SortRole).toLongLong(), 2500000);
        QCOMPARE(model.index(bigRow, GrabPoolModel::DeadlineColumn).data().toString(), QStringLiteral("8:00:00"));
        // The filter shows what June may grab, in the pool's order; the rest on request.
        QCOMPARE(shownIds(filter), (QList<qint64>{a, b}));
        filter.setShowUnavailable(true);
        QCOMPARE(shownIds(filter), (QList<qint64>{a, b, big}));

        // Insert: two new orders arrive in one delta.
        const qint64 c = t.order(regular, 50000);
        const qint64 d = t.order(vip, 100000); // P2
        feed.poke();
        QCOMPARE(deltas.size(), 1);
        model.applyOrders(deltas.at(0).at(0).value<BoardDelta>().orders);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(shownIds(filter), (QList<qint64>{d, a, b, c, big}));

        // Remove: Sam grabs orders on another connection; change: one of them is released and
        // comes back with a new place in the pool's order. Rows are [big, a, b, c, d].
        QVERIFY(GrabService(t.ctx()).grab(a, sam));
        QVERIFY(GrabService(t.ctx()).grab(b, sam));
        QVERIFY(GrabService(t.ctx()).grab(d, sam));
        t.clock.advance(60000);
        QVERIFY(OrderService(t.ctx()).release(a, sam));
        feed.poke();
        QCOMPARE(deltas.size(), 2);
        const auto delta = deltas.at(1).at(0).value<BoardDelta>();
        changed.clear();
        model.applyOrders(delta.orders);
        QCOMPARE(resets.size(), 1);  // never a reset for a delta
        QCOMPARE(removed.size(), 2); // b and d are not adjacent rows
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(b), -1);
        QCOMPARE(model.rowOf(d), -1);
        QVERIFY(model.rowOf(a) >= 0);
        QCOMPARE(changed.size(), 1); // a, changed in place
        QCOMPARE(model.orderAt(model.rowOf(a)).pooledAt, t.clock.nowMs());
        QCOMPARE(shownIds(filter), (QList<qint64>{c, a, big}));

        // Adjacent removals go in one step: [big, a, c] loses a and c.
        QVERIFY(GrabService(t.ctx()).grab(a, sam));
        QVERIFY(GrabService(t.ctx()).grab(c, sam));
        feed.poke();
        QCOMPARE(deltas.size(), 3);
        removed.clear();
        model.applyOrders(deltas.at(2).at(0).value<BoardDelta>().orders);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(shownIds(filter), (QList<qint64>{big}));
        const qint64 e = t.order(regular);
        feed.poke();
        model.applyOrders(deltas.at(3).at(0).value<BoardDelta>().orders);
        QCOMPARE(shownIds(filter), (QList<qint64>{e, big}));

        // June's quota moves (her cap is cut to zero): one dataChanged over every row and
        // column, and nothing is grabbable.
        Quota capped = *quotaOf(*delta.quotas, june);
        capped.dailyCap = 0;
        capped.capOverridden = true;
        changed.clear();
        model.setContext(rules, capped, {});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, 0));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(model.rowCount() - 1, GrabPoolModel::ColumnCount - 1));
        QCOMPARE(model.grabbableCount(), 0);
        QCOMPARE(model.index(model.rowOf(e), GrabPoolModel::ReasonColumn).data().toString(),
                 QStringLiteral("Daily cap reached"));
        filter.setShowUnavailable(false);
        QCOMPARE(filter.rowCount(), 0);
        filter.setShowUnavailable(true);
        QCOMPARE(filter.rowCount(), 2);
        feed.stop();
    }

    // Every second the ages and countdowns move: one dataChanged over just those two columns.
    // When the clock crosses a verdict's recheck time, every row is judged again.
    void tickTouchesOnlyTheClockColumns()
    {
        TestDb t;
        const qint64 june = t.grabber(QStringLiteral("June"), Level::Junior);
        const qint64 vip = t.customer(Tier::Vip);
        const qint64 big = t.order(vip, 2500000); // P1, reserved; widened after 5 minutes
        auto pool = OrderReader::list(t.db().connection(), OrderState::Open);
        QVERIFY(pool);
        const RuleSet rules = *RuleService(t.ctx()).current();
        auto quota = QuotaLedger::grabberIn(t.db().connection(), rules, june, t.clock.nowMs());
        QVERIFY(quota);

        GrabPoolModel model(t.clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContext(rules, *quota, {});
        model.resetPool(*pool);
        QCOMPARE(model.index(0, GrabPoolModel::AgeColumn).data().toString(), QStringLiteral("0 s"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        t.clock.advance(61000);
        model.tick();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(GrabPoolModel::AgeColumn));
        QCOMPARE(changed.at(0).at(1).toModelIndex().column(), int(GrabPoolModel::DeadlineColumn));
        QCOMPARE(model.index(0, GrabPoolModel::AgeColumn).data().toString(), QStringLiteral("1 min"));
        QCOMPARE(model.index(0, GrabPoolModel::DeadlineColumn).data().toString(), QStringLiteral("7:58:59"));
        QVERIFY(!model.index(0, 0).data(GrabPoolModel::GrabbableRole).toBool());

        t.clock.advance(4 * 60000); // five minutes in the pool: the reservation is lifted
        changed.clear();
        model.tick();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().column(), 0);
        QCOMPARE(changed.at(0).at(1).toModelIndex().column(), GrabPoolModel::ColumnCount - 1);
        QVERIFY(model.index(model.rowOf(big), 0).data(GrabPoolModel::GrabbableRole).toBool());
        QCOMPARE(model.grabbableCount(), 1);
    }
};

QTEST_MAIN(TestGrabPoolModel)
#include "tst_grabpoolmodel.moc"
