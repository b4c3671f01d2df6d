#include "testdb.h"

#include "services/audit/eventlog.h"
#include "services/grab/grabservice.h"

using namespace grab;
using namespace grab::test;

class TestOrderService : public QObject
{
    Q_OBJECT
private:
    int events(TestDb &t) { return t.count(QStringLiteral("SELECT COUNT(*) FROM events")); }

private slots:
    void publishStoresPriorityAndWhy()
    {
        TestDb t;
        OrderService::NewOrder n;
        n.customerId = t.customer(Tier::Vip);
        n.amountMinor = 2500000; // 25,000 yuan
        auto p = OrderService(t.ctx()).publish(n);
        QVERIFY(p);
        QCOMPARE(p->priority, 1);
        QCOMPARE(p->explanation, QStringLiteral("tier vip +50, amount >= 20000.00 +25 = 75 -> P1"));
        auto o = OrderService(t.ctx()).order(p->id);
        QCOMPARE(o->priority, 1);
        QCOMPARE(o->region, QStringLiteral("华东")); // the customer's region by default
        QCOMPARE(o->grabDeadline - o->publishedAt, qint64(480) * 60 * 1000);
        QCOMPARE(o->ruleVersion, 1);
        auto log = EventLog::forOrder(t.db().connection(), p->id);
        QCOMPARE(log->size(), 1);
        QCOMPARE(log->first().payload.value(QStringLiteral("priorityWhy")).toString(), p->explanation);
    }

    void badPublishChangesNothing()
    {
        TestDb t;
        const qint64 c = t.customer();
        const int before = events(t);
        OrderService::NewOrder n;
        n.customerId = c + 50;
        n.amountMinor = 100;
        QCOMPARE(OrderService(t.ctx()).publish(n).error().code, ErrorCode::NotFound);
        n.customerId = c;
        n.amountMinor = -1;
        QCOMPARE(OrderService(t.ctx()).publish(n).error().code, ErrorCode::InvalidInput);
        n.amountMinor = 100;
        n.onlyGrabbers = {999};
        QCOMPARE(OrderService(t.ctx()).publish(n).error().code, ErrorCode::NotFound);
        QCOMPARE(events(t), before);
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM orders")), 0);
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM order_restrictions")), 0);
    }

    void lifecycleWritesOneEventPerTransition()
    {
        TestDb t;
        const qint64 g = t.grabber(QStringLiteral("张伟"));
        const qint64 o = t.order(t.customer());
        OrderService s(t.ctx());
        QVERIFY(GrabService(t.ctx()).grab(o, g));
        int n = events(t);
        QVERIFY(s.followUp(o, g, QStringLiteral("电话沟通")));
        QCOMPARE(events(t), ++n);
        QVERIFY(s.close(o, Outcome::Won));
        QCOMPARE(events(t), ++n);
        QCOMPARE(t.text(QStringLiteral("SELECT end_reason FROM assignments WHERE order_id = ?"), {o}), QStringLiteral("won"));
        QVERIFY(s.feedback(o, 5, QStringLiteral("很专业")));
        QCOMPARE(events(t), ++n);
        QCOMPARE(t.count(QStringLiteral("SELECT score FROM feedback WHERE order_id = ?"), {o}), 5);
        QCOMPARE(t.count(QStringLiteral("SELECT grabber_id FROM feedback WHERE order_id = ?"), {o}), int(g));
    }

    void wrongStatesAreRefusedWithoutChange()
    {
        TestDb t;
        const qint64 a = t.grabber(QStringLiteral("张伟"));
        const qint64 b = t.grabber(QStringLiteral("王芳"));
        const qint64 o = t.order(t.customer());
        OrderService s(t.ctx());
        QCOMPARE(s.close(o, Outcome::Won).error().code, ErrorCode::NotOpen);           // not assigned yet
        QCOMPARE(s.feedback(o, 4, QString()).error().code, ErrorCode::NotOpen);        // not closed yet
        QCOMPARE(s.followUp(o, a, QString()).error().code, ErrorCode::NotOpen);
        QVERIFY(GrabService(t.ctx()).grab(o, a));
        const int n = events(t);
        QCOMPARE(s.followUp(o, b, QString()).error().reason, QStringLiteral("not_assignee"));
        QCOMPARE(s.release(o, b).error().reason, QStringLiteral("not_assignee"));
        QCOMPARE(s.feedback(o, 0, QString()).error().code, ErrorCode::InvalidInput);
        QCOMPARE(s.feedback(o, 6, QString()).error().code, ErrorCode::InvalidInput);
        QCOMPARE(events(t), n);
        QVERIFY(s.close(o, Outcome::Lost));
        QVERIFY(s.feedback(o, 2, QString()));
        QCOMPARE(s.feedback(o, 3, QString()).error().reason, QStringLiteral("feedback_exists"));
        QCOMPARE(s.close(o, Outcome::Won).error().code, ErrorCode::NotOpen);
        QCOMPARE(t.text(QStringLiteral("SELECT state FROM orders WHERE id = ?"), {o}), QStringLiteral("lost"));
    }

    void releaseReturnsTheOrderToThePool()
    {
        TestDb t;
        const qint64 a = t.grabber(QStringLiteral("张伟"));
        const qint64 b = t.grabber(QStringLiteral("王芳"));
        const qint64 o = t.order(t.customer());
        QVERIFY(GrabService(t.ctx()).grab(o, a));
        QVERIFY(OrderService(t.ctx()).release(o, a));
        QCOMPARE(t.text(QStringLiteral("SELECT state FROM orders WHERE id = ?"), {o}), QStringLiteral("open"));
        QCOMPARE(t.text(QStringLiteral("SELECT end_reason FROM assignments WHERE grabber_id = ?"), {a}), QStringLiteral("released"));
        QVERIFY(GrabService(t.ctx()).grab(o, b));
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM assignments WHERE order_id = ?"), {o}), 2);
    }

    void cancelAndExpire()
    {
        TestDb t;
        const qint64 g = t.grabber(QStringLiteral("张伟"));
        const qint64 c = t.customer();
        const qint64 open = t.order(c), taken = t.order(c), late = t.order(c);
        QVERIFY(GrabService(t.ctx()).grab(taken, g));
        QVERIFY(OrderService(t.ctx()).cancel(open, QStringLiteral("客户撤单")));
        QVERIFY(OrderService(t.ctx()).cancel(taken, QStringLiteral("重复订单")));
        QCOMPARE(t.text(QStringLiteral("SELECT end_reason FROM assignments WHERE order_id = ?"), {taken}), QStringLiteral("cancelled"));
        QCOMPARE(OrderService(t.ctx()).cancel(open, QString()).error().code, ErrorCode::NotOpen);
        t.clock.advance(480LL * 60 * 1000 - 1);
        QCOMPARE(*OrderService(t.ctx()).expireOverdue(), 0); // one millisecond before the deadline
        t.clock.advance(1);
        QCOMPARE(*OrderService(t.ctx()).expireOverdue(), 1);
        QCOMPARE(t.text(QStringLiteral("SELECT state FROM orders WHERE id = ?"), {late}), QStringLiteral("expired"));
        QCOMPARE(t.text(QStringLiteral("SELECT reason FROM events WHERE type = 'expired'")), QStringLiteral("deadline_passed"));
    }

    void grabberChangesAreAuditedOldAndNew()
    {
        TestDb t;
        const qint64 g = t.grabber(QStringLiteral("张伟"));
        TeamService::GrabberChanges c;
        c.level = Level::Lead;
        c.skills = QStringList{QStringLiteral("云服务"), QStringLiteral(" 物流服务 "), QStringLiteral("云服务")};
        auto updated = TeamService(t.ctx()).updateGrabber(g, c);
        QVERIFY(updated);
        QCOMPARE(updated->skills, (QStringList{QStringLiteral("云服务"), QStringLiteral("物流服务")}));
        auto events = EventLog::since(t.db().connection(), 0);
        const Event &last = events->last();
        QCOMPARE(last.type, QStringLiteral("grabber_changed"));
        QCOMPARE(last.payload.value(QStringLiteral("old")).toObject().value(QStringLiteral("level")).toString(), QStringLiteral("junior"));
        QCOMPARE(last.payload.value(QStringLiteral("new")).toObject().value(QStringLiteral("level")).toString(), QStringLiteral("lead"));
        QCOMPARE(TeamService(t.ctx()).updateGrabber(g + 9, c).error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestOrderService)
#include "tst_orderservice.moc"
