// The manager's hands on the board: assign to a grabber, restrict an order, release, cancel.
// Real database files; every refusal names its rule and leaves the order as it was.
#include "testdb.h"

#include "domain/eligibility.h"
#include "services/grab/dispatchservice.h"
#include "services/audit/eventlog.h"
#include "services/grab/grabservice.h"

#include <QJsonArray>

using namespace grab;
using namespace grab::test;

namespace {

const QString kManager = QStringLiteral("manager");

void setSkills(TestDb &t, qint64 grabberId, const QStringList &skills)
{
    TeamService::GrabberChanges c;
    c.skills = skills;
    QVERIFY(TeamService(t.ctx()).updateGrabber(grabberId, c));
}

void setStatus(TestDb &t, qint64 grabberId, GrabberStatus status)
{
    TeamService::GrabberChanges c;
    c.status = status;
    QVERIFY(TeamService(t.ctx()).updateGrabber(grabberId, c));
}

qint64 publish(TestDb &t, qint64 customerId, qint64 amountMinor, QList<qint64> only = {}, std::optional<Level> minLevel = {})
{
    OrderService::NewOrder n;
    n.customerId = customerId;
    n.amountMinor = amountMinor;
    n.skill = QStringLiteral("云服务");
    n.onlyGrabbers = only;
    n.minLevel = minLevel;
    auto p = OrderService(t.ctx()).publish(n);
    if (!p) {
        qFatal("publish: %s", qPrintable(p.error().message));
    }
    return p->id;
}

Event lastEvent(TestDb &t, qint64 orderId)
{
    return EventLog::forOrder(t.db().connection(), orderId)->last();
}

QList<qint64> ids(const QJsonValue &array)
{
    QList<qint64> out;
    for (const QJsonValue &v : array.toArray()) {
        out.append(v.toInteger());
    }
    return out;
}

} // namespace

class TestManagerActions : public QObject
{
    Q_OBJECT

    int events(TestDb &t) { return t.count(QStringLiteral("SELECT COUNT(*) FROM events")); }
    QString state(TestDb &t, qint64 orderId) { return t.text(QStringLiteral("SELECT state FROM orders WHERE id = ?"), {orderId}); }

private slots:
    // The manager may pick someone other than the dispatcher's choice; the event says where
    // that grabber stood and whom the dispatcher would have picked.
    void assignToAnEligibleGrabber()
    {
        TestDb t;
        const qint64 best = t.grabber(QStringLiteral("张伟"), Level::Senior);
        const qint64 other = t.grabber(QStringLiteral("王芳"));
        setSkills(t, best, {QStringLiteral("云服务")});
        const qint64 o = t.order(t.customer());
        auto placed = DispatchService(t.ctx(kManager)).assign(o, other, QStringLiteral("她跟过这个客户"));
        QVERIFY2(placed, qPrintable(placed ? QString() : placed.error().message));
        QCOMPARE(placed->chosen.grabberId, other);
        QCOMPARE(placed->rank, 2);
        QCOMPARE(placed->runnerUp->grabberId, best); // the dispatcher's own pick
        QCOMPARE(placed->eligible, 2);
        QCOMPARE(placed->ineligible, 0);

        QCOMPARE(state(t, o), QStringLiteral("assigned"));
        QCOMPARE(t.count(QStringLiteral("SELECT assignee_id FROM orders WHERE id = ?"), {o}), int(other));
        QCOMPARE(t.text(QStringLiteral("SELECT via FROM assignments WHERE order_id = ?"), {o}), QStringLiteral("manager"));
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM orders WHERE assignee_id = ? AND state = 'assigned'"), {other}), 1);
        QCOMPARE(t.count(QStringLiteral("SELECT volume FROM grabber_days WHERE grabber_id = ?"), {other}), 1); // counts against the cap
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM grab_attempts")), 0); // not a grab: no attempt

        const Event e = lastEvent(t, o);
        QCOMPARE(e.id, placed->eventId);
        QCOMPARE(e.type, QStringLiteral("dispatched"));
        QCOMPARE(e.reason, QStringLiteral("manager"));
        QCOMPARE(e.actor, kManager);
        QCOMPARE(e.grabberId, other);
        QCOMPARE(e.ruleVersion, 1);
        QCOMPARE(e.payload.value(QStringLiteral("grabber")).toInteger(), other);
        QCOMPARE(e.payload.value(QStringLiteral("reasons")).toArray().size(), 3);
        QCOMPARE(e.payload.value(QStringLiteral("rank")).toInt(), 2);
        QCOMPARE(e.payload.value(QStringLiteral("best")).toObject().value(QStringLiteral("grabber")).toInteger(), best);
        QCOMPARE(e.payload.value(QStringLiteral("note")).toString(), QStringLiteral("她跟过这个客户"));
        QVERIFY2(e.payload.value(QStringLiteral("why")).toString().startsWith(QStringLiteral("Eligible; order 1 of 20 today")),
                 qPrintable(e.payload.value(QStringLiteral("why")).toString()));
        QVERIFY(std::abs(e.payload.value(QStringLiteral("score")).toDouble() - placed->chosen.score) < 0.051);
    }

    void assignToTheDispatchersPickRanksFirst()
    {
        TestDb t;
        const qint64 best = t.grabber(QStringLiteral("张伟"), Level::Senior);
        const qint64 other = t.grabber(QStringLiteral("王芳"));
        setSkills(t, best, {QStringLiteral("云服务")});
        const qint64 o = t.order(t.customer());
        auto placed = DispatchService(t.ctx(kManager)).assign(o, best);
        QVERIFY(placed);
        QCOMPARE(placed->rank, 1);
        QCOMPARE(placed->runnerUp->grabberId, other);
        QCOMPARE(lastEvent(t, o).payload.value(QStringLiteral("best")).toObject().value(QStringLiteral("grabber")).toInteger(), best);
    }

    // Grab windows are for grabbing: a manager assigns in the evening.
    void assignIgnoresGrabWindows()
    {
        TestDb t;
        const qint64 g = t.grabber(QStringLiteral("张伟"));
        t.clock.set(at("2026-11-25T20:30:00")); // the windows closed at 20:00
        const qint64 o = t.order(t.customer());
        QCOMPARE(GrabService(t.ctx()).grab(o, g).error().reason, QString::fromLatin1(reason::OutsideWindow));
        QVERIFY(DispatchService(t.ctx(kManager)).assign(o, g));
    }

    void assignRefusedByTheRules_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("says");
        QTest::newRow("on leave") << QStringLiteral("leave") << QString::fromLatin1(reason::GrabberOnLeave) << QStringLiteral("on leave");
        QTest::newRow("suspended") << QStringLiteral("suspended") << QString::fromLatin1(reason::GrabberSuspended) << QStringLiteral("suspended");
        QTest::newRow("over the daily cap") << QStringLiteral("cap") << QString::fromLatin1(reason::DailyCap)
                                            << QStringLiteral("has taken 1 of the 1 orders allowed today (personal cap)");
        QTest::newRow("over the workload") << QStringLiteral("workload") << QString::fromLatin1(reason::WorkloadCap)
                                           << QStringLiteral("already holds 1 open orders; the limit is 1");
        QTest::newRow("restricted to others") << QStringLiteral("restricted") << QString::fromLatin1(reason::Restricted)
                                              << QStringLiteral("restricted to other grabbers");
        QTest::newRow("below the order's level") << QStringLiteral("level") << QString::fromLatin1(reason::LevelRestricted)
                                                 << QStringLiteral("restricted to senior grabbers or above");
        QTest::newRow("P1 reserved") << QStringLiteral("reserved") << QString::fromLatin1(reason::LevelReserved)
                                     << QStringLiteral("P1 orders are reserved for senior grabbers");
    }
    void assignRefusedByTheRules()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        QFETCH(QString, says);
        TestDb t;
        const qint64 senior = t.grabber(QStringLiteral("张伟"), Level::Senior);
        const qint64 g = t.grabber(QStringLiteral("李娜"), Level::Junior, kind == QLatin1String("cap") ? std::optional<int>(1) : std::nullopt);
        const qint64 c = t.customer();
        qint64 o = t.order(c);
        if (kind == QLatin1String("leave")) {
            setStatus(t, g, GrabberStatus::OnLeave);
        } else if (kind == QLatin1String("suspended")) {
            setStatus(t, g, GrabberStatus::Suspended);
        } else if (kind == QLatin1String("cap") || kind == QLatin1String("workload")) {
            if (kind == QLatin1String("workload")) {
                t.setRules([](RuleSet &r) { r.maxOpenWorkload = 1; });
            }
            QVERIFY(DispatchService(t.ctx(kManager)).assign(t.order(c), g)); // the first one fills the cap
        } else if (kind == QLatin1String("restricted")) {
            o = publish(t, c, 100000, {senior});
        } else if (kind == QLatin1String("level")) {
            o = publish(t, c, 100000, {}, Level::Senior);
        } else if (kind == QLatin1String("reserved")) {
            o = t.order(t.customer(Tier::Vip), 5000000); // P1
        }
        const int before = events(t);
        const int assignments = t.count(QStringLiteral("SELECT COUNT(*) FROM assignments"));

        auto refused = DispatchService(t.ctx(kManager)).assign(o, g, QStringLiteral("试试看"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Refused);
        QCOMPARE(refused.error().reason, reason);
        QVERIFY2(refused.error().message.contains(says), qPrintable(refused.error().message));

        QCOMPARE(state(t, o), QStringLiteral("open"));
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM assignments")), assignments);
        QCOMPARE(events(t), before + 1); // the refusal, and nothing else: no violation, no attempt
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM grab_attempts")), 0);
        const Event e = lastEvent(t, o);
        QCOMPARE(e.type, QStringLiteral("assign_refused"));
        QCOMPARE(e.actor, kManager);
        QCOMPARE(e.grabberId, g);
        QCOMPARE(e.reason, reason);
        QCOMPARE(e.payload.value(QStringLiteral("why")).toString(), refused.error().message);
        QCOMPARE(e.payload.value(QStringLiteral("note")).toString(), QStringLiteral("试试看"));

        // The dispatcher's preview tells the same story before the manager tries.
        auto preview = DispatchService(t.ctx()).preview(o, AssignPath::Manager);
        QVERIFY(preview);
        bool listed = false;
        for (const auto &[grabber, eligibility] : preview->ineligible) {
            if (grabber.id == g) {
                listed = true;
                QCOMPARE(eligibility.reason, reason);
                QCOMPARE(eligibility.detail, refused.error().message);
            }
        }
        QVERIFY(listed);
    }

    void assignNeedsAnOpenOrderAndKnownIds()
    {
        TestDb t;
        const qint64 a = t.grabber(QStringLiteral("张伟"));
        const qint64 b = t.grabber(QStringLiteral("王芳"));
        const qint64 c = t.customer();
        const qint64 taken = t.order(c), cancelled = t.order(c), open = t.order(c);
        QVERIFY(GrabService(t.ctx()).grab(taken, a));
        QVERIFY(OrderService(t.ctx(kManager)).cancel(cancelled, QString()));
        const int before = events(t);
        DispatchService s(t.ctx(kManager));
        auto e = s.assign(taken, b);
        QCOMPARE(e.error().code, ErrorCode::NotOpen);
        QCOMPARE(e.error().reason, QStringLiteral("order_assigned"));
        e = s.assign(cancelled, b);
        QCOMPARE(e.error().code, ErrorCode::NotOpen);
        QCOMPARE(e.error().reason, QStringLiteral("order_cancelled"));
        e = s.assign(open + 100, b);
        QCOMPARE(e.error().code, ErrorCode::NotFound);
        e = s.assign(open, b + 100);
        QCOMPARE(e.error().code, ErrorCode::NotFound);
        QVERIFY(e.error().message.contains(QString::number(b + 100)));
        QCOMPARE(events(t), before); // nothing recorded for a wrong address
        QCOMPARE(t.count(QStringLiteral("SELECT assignee_id FROM orders WHERE id = ?"), {taken}), int(a));
        QCOMPARE(state(t, open), QStringLiteral("open"));
    }

    // What an "assign to…" dialog shows: every eligible grabber ranked with the reasons and the
    // caps' figures, every other one with the rule that excludes them.
    void previewGivesTheAssignDialogEverything()
    {
        TestDb t;
        const qint64 best = t.grabber(QStringLiteral("张伟"), Level::Senior);
        const qint64 other = t.grabber(QStringLiteral("王芳"));
        const qint64 away = t.grabber(QStringLiteral("李娜"));
        setSkills(t, best, {QStringLiteral("云服务")});
        setStatus(t, away, GrabberStatus::OnLeave);
        const qint64 o = t.order(t.customer());
        auto d = DispatchService(t.ctx()).preview(o, AssignPath::Manager);
        QVERIFY(d);
        QCOMPARE(d->ruleVersion, 1);
        QCOMPARE(d->ranking.size(), 2);
        QCOMPARE(d->ranking.at(0).grabberId, best);
        QCOMPARE(d->ranking.at(1).grabberId, other);
        QCOMPARE(d->ranking.at(0).factors.size(), 5);
        QCOMPARE(d->ranking.at(0).factors.first().detail, QStringLiteral("skill 云服务 matches"));
        QCOMPARE(d->ranking.at(0).detail, QStringLiteral("Eligible; order 1 of 25 today; 1 of 15 open."));
        QCOMPARE(d->ranking.at(1).detail, QStringLiteral("Eligible; order 1 of 20 today; 1 of 15 open."));
        QCOMPARE(d->ineligible.size(), 1);
        QCOMPARE(d->ineligible.first().first.id, away);
        QCOMPARE(d->ineligible.first().second.reason, QString::fromLatin1(reason::GrabberOnLeave));
        QCOMPARE(d->ineligible.first().second.detail, QStringLiteral("李娜 is on leave and cannot grab orders."));
        // The assignment agrees with the preview it followed.
        auto placed = DispatchService(t.ctx(kManager)).assign(o, other);
        QCOMPARE(placed->rank, 2);
        QCOMPARE(placed->chosen.score, d->ranking.at(1).score);
        // Once the order is taken there is nothing to preview.
        QCOMPARE(DispatchService(t.ctx()).preview(o, AssignPath::Manager).error().code, ErrorCode::NotOpen);
    }

    void restrictWithAnUnknownGrabberChangesNothing()
    {
        TestDb t;
        const qint64 a = t.grabber(QStringLiteral("张伟"), Level::Senior);
        const qint64 o = t.order(t.customer());
        OrderService s(t.ctx(kManager));
        QVERIFY(s.restrict(o, {a}, Level::Senior));
        const int before = events(t);
        auto refused = s.restrict(o, {a, 999}, std::nullopt);
        QCOMPARE(refused.error().code, ErrorCode::NotFound);
        QVERIFY2(refused.error().message.contains(QStringLiteral("999")), qPrintable(refused.error().message));
        QCOMPARE(events(t), before);
        auto order = OrderService(t.ctx()).order(o);
        QCOMPARE(order->onlyGrabbers, QList<qint64>{a});
        QCOMPARE(order->minLevel, std::optional<Level>(Level::Senior));
        QCOMPARE(s.restrict(o + 100, {}, std::nullopt).error().code, ErrorCode::NotFound);
    }

    void restrictedOrderRefusesOthers()
    {
        TestDb t;
        const qint64 a = t.grabber(QStringLiteral("张伟"));
        const qint64 b = t.grabber(QStringLiteral("王芳"));
        const qint64 o = t.order(t.customer());
        QVERIFY(OrderService(t.ctx(kManager)).restrict(o, {a, a}, std::nullopt));
        const Event e = lastEvent(t, o);
        QCOMPARE(e.type, QStringLiteral("restricted"));
        QCOMPARE(e.actor, kManager);
        QCOMPARE(ids(e.payload.value(QStringLiteral("onlyGrabbers"))), QList<qint64>{a});
        QVERIFY(e.payload.value(QStringLiteral("minLevel")).isNull());
        QCOMPARE(ids(e.payload.value(QStringLiteral("previous")).toObject().value(QStringLiteral("onlyGrabbers"))), QList<qint64>{});
        QVERIFY(e.payload.value(QStringLiteral("previous")).toObject().value(QStringLiteral("minLevel")).isNull());
        QCOMPARE(e.payload.value(QStringLiteral("state")).toString(), QStringLiteral("open"));

        auto refused = GrabService(t.ctx()).grab(o, b);
        QCOMPARE(refused.error().code, ErrorCode::Refused);
        QCOMPARE(refused.error().reason, QString::fromLatin1(reason::Restricted));
        QCOMPARE(DispatchService(t.ctx(kManager)).assign(o, b).error().reason, QString::fromLatin1(reason::Restricted));
        auto placed = DispatchService(t.ctx()).dispatch(o);
        QVERIFY(placed);
        QCOMPARE(placed->chosen.grabberId, a); // the only one the dispatcher may choose
    }

    void levelRestrictionRefusesJuniors()
    {
        TestDb t;
        const qint64 junior = t.grabber(QStringLiteral("李娜"));
        const qint64 senior = t.grabber(QStringLiteral("张伟"), Level::Senior);
        const qint64 o = t.order(t.customer());
        QVERIFY(OrderService(t.ctx(kManager)).restrict(o, {}, Level::Senior));
        QCOMPARE(lastEvent(t, o).payload.value(QStringLiteral("minLevel")).toString(), QStringLiteral("senior"));
        QCOMPARE(t.text(QStringLiteral("SELECT min_level FROM orders WHERE id = ?"), {o}), QStringLiteral("senior"));
        QCOMPARE(GrabService(t.ctx()).grab(o, junior).error().reason, QString::fromLatin1(reason::LevelRestricted));
        QVERIFY(GrabService(t.ctx()).grab(o, senior));
    }

    void clearingLiftsTheRestriction()
    {
        TestDb t;
        const qint64 a = t.grabber(QStringLiteral("张伟"), Level::Lead);
        const qint64 b = t.grabber(QStringLiteral("王芳"));
        const qint64 o = publish(t, t.customer(), 100000, {a}, Level::Lead);
        OrderService s(t.ctx(kManager));
        QCOMPARE(GrabService(t.ctx()).grab(o, b).error().reason, QString::fromLatin1(reason::Restricted));
        QVERIFY(s.restrict(o, {}, std::nullopt));
        const Event e = lastEvent(t, o);
        QCOMPARE(ids(e.payload.value(QStringLiteral("onlyGrabbers"))), QList<qint64>{});
        QVERIFY(e.payload.value(QStringLiteral("minLevel")).isNull());
        const QJsonObject previous = e.payload.value(QStringLiteral("previous")).toObject();
        QCOMPARE(ids(previous.value(QStringLiteral("onlyGrabbers"))), QList<qint64>{a});
        QCOMPARE(previous.value(QStringLiteral("minLevel")).toString(), QStringLiteral("lead"));
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM order_restrictions WHERE order_id = ?"), {o}), 0);
        QVERIFY(t.text(QStringLiteral("SELECT COALESCE(min_level, '') FROM orders WHERE id = ?"), {o}).isEmpty());
        // Lifting it again is no change, and no event.
        const int before = events(t);
        QVERIFY(s.restrict(o, {}, std::nullopt));
        QCOMPARE(events(t), before);
        QVERIFY(GrabService(t.ctx()).grab(o, b));
    }

    // The assignee keeps the order; the restriction decides who may take it next.
    void restrictingAnAssignedOrderKeepsTheAssignee()
    {
        TestDb t;
        const qint64 a = t.grabber(QStringLiteral("张伟"));
        const qint64 b = t.grabber(QStringLiteral("王芳"));
        const qint64 c = t.customer();
        const qint64 o = t.order(c);
        QVERIFY(GrabService(t.ctx()).grab(o, a));
        OrderService s(t.ctx(kManager));
        QVERIFY(s.restrict(o, {b}, std::nullopt));
        QCOMPARE(state(t, o), QStringLiteral("assigned"));
        QCOMPARE(t.count(QStringLiteral("SELECT assignee_id FROM orders WHERE id = ?"), {o}), int(a));
        const Event e = lastEvent(t, o);
        QCOMPARE(e.payload.value(QStringLiteral("state")).toString(), QStringLiteral("assigned"));
        QCOMPARE(e.payload.value(QStringLiteral("assignee")).toInteger(), a);
        QVERIFY(s.release(o, std::nullopt));
        QCOMPARE(GrabService(t.ctx()).grab(o, a).error().reason, QString::fromLatin1(reason::Restricted));
        QVERIFY(GrabService(t.ctx()).grab(o, b));
        // A closed order cannot be restricted.
        QVERIFY(s.close(o, Outcome::Won));
        auto closed = s.restrict(o, {}, Level::Lead);
        QCOMPARE(closed.error().code, ErrorCode::NotOpen);
        QCOMPARE(closed.error().reason, QStringLiteral("order_won"));
        const qint64 gone = t.order(c);
        QVERIFY(s.cancel(gone, QString()));
        QCOMPARE(s.restrict(gone, {a}, std::nullopt).error().reason, QStringLiteral("order_cancelled"));
    }

    void managerReleasesAnAssignedOrder()
    {
        TestDb t;
        const qint64 a = t.grabber(QStringLiteral("张伟"));
        const qint64 b = t.grabber(QStringLiteral("王芳"));
        const qint64 o = t.order(t.customer());
        QVERIFY(DispatchService(t.ctx(kManager)).assign(o, a));
        t.clock.advance(60000);
        QVERIFY(OrderService(t.ctx(kManager)).release(o, std::nullopt));
        QCOMPARE(state(t, o), QStringLiteral("open"));
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM orders WHERE id = ? AND assignee_id IS NULL"), {o}), 1);
        QCOMPARE(t.text(QStringLiteral("SELECT end_reason FROM assignments WHERE order_id = ?"), {o}), QStringLiteral("released"));
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM orders WHERE assignee_id = ? AND state = 'assigned'"), {a}), 0);
        QCOMPARE(t.text(QStringLiteral("SELECT pooled_at FROM orders WHERE id = ?"), {o}), QString::number(t.clock.nowMs())); // a fresh wait
        const Event e = lastEvent(t, o);
        QCOMPARE(e.type, QStringLiteral("released"));
        QCOMPARE(e.actor, kManager);
        QCOMPARE(e.grabberId, a); // whose order it was
        QVERIFY(GrabService(t.ctx()).grab(o, b)); // back in the pool
        // Releasing an order that is not held is refused and changes nothing.
        const qint64 open = t.order(t.customer());
        QCOMPARE(OrderService(t.ctx(kManager)).release(open, std::nullopt).error().code, ErrorCode::NotOpen);
    }

    void managerCancelsAnOpenOrder()
    {
        TestDb t;
        const qint64 g = t.grabber(QStringLiteral("张伟"));
        const qint64 o = t.order(t.customer());
        QVERIFY(OrderService(t.ctx(kManager)).cancel(o, QStringLiteral("客户撤单")));
        QCOMPARE(state(t, o), QStringLiteral("cancelled"));
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM orders WHERE id = ? AND closed_at IS NOT NULL"), {o}), 1);
        const Event e = lastEvent(t, o);
        QCOMPARE(e.type, QStringLiteral("cancelled"));
        QCOMPARE(e.actor, kManager);
        QCOMPARE(e.payload.value(QStringLiteral("why")).toString(), QStringLiteral("客户撤单"));
        QCOMPARE(GrabService(t.ctx()).grab(o, g).error().code, ErrorCode::NotOpen);
        QCOMPARE(DispatchService(t.ctx(kManager)).assign(o, g).error().reason, QStringLiteral("order_cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestManagerActions)
#include "tst_manageractions.moc"
