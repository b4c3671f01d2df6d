#include "demodb.h"
#include "testdb.h"

#include "domain/eligibility.h"
#include "services/audit/eventlog.h"
#include "services/grab/grabservice.h"
#include "services/grab/orderreader.h"
#include "services/rules/ruleservice.h"
#include "services/team/teamservice.h"
#include "store/sql.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

using namespace grab;
using namespace grab::test;

namespace {

QList<qint64> ids(const QSqlDatabase &db, const QString &sql)
{
    QList<qint64> out;
    QSqlQuery q(db);
    q.exec(sql);
    while (q.next()) {
        out.append(q.value(0).toLongLong());
    }
    return out;
}

} // namespace

class TestGrabService : public QObject
{
    Q_OBJECT
private slots:
    void winnerTakesTheOrderAndIsRecorded()
    {
        TestDb t;
        const qint64 g = t.grabber(QStringLiteral("张伟"));
        const qint64 o = t.order(t.customer());
        t.clock.advance(90 * 1000);
        auto won = GrabService(t.ctx()).grab(o, g);
        QVERIFY2(won, qPrintable(won ? QString() : won.error().message));
        QCOMPARE(t.text(QStringLiteral("SELECT state FROM orders WHERE id = ?"), {o}), QStringLiteral("assigned"));
        QCOMPARE(t.count(QStringLiteral("SELECT assignee_id FROM orders WHERE id = ?"), {o}), int(g));
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM assignments WHERE order_id = ? AND grabber_id = ? AND via = 'grab' "
                                        "AND ended_at IS NULL"),
                         {o, g}),
                 1);
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM grab_attempts WHERE result = 'won'")), 1);
        auto events = EventLog::forOrder(t.db().connection(), o);
        QCOMPARE(events->last().type, QStringLiteral("grab_won"));
        QCOMPARE(events->last().id, won->eventId);
        QCOMPARE(events->last().payload.value(QStringLiteral("window")).toString(), QStringLiteral("Morning peak"));
        QCOMPARE(events->last().payload.value(QStringLiteral("waitedMs")).toInteger(), 90000);
        QCOMPARE(*events->last().ruleVersion, 1);
    }

    // The grab reads only what it decides on of the grabber and the order (their decision
    // columns). Every pairing of a demo team's grabbers and orders, at several hours of a
    // weekday and a Sunday, with several counts: the rule engine gives the same verdict, in
    // the same words, on that read as on the full rows. A rule that came to use a field the
    // grab does not read (the region, the customer's name, ...) fails here.
    void grabsReadDecidesAsTheFullRows()
    {
        DemoDb demo(11, 8, 14);
        const QSqlDatabase db = demo.db().connection();
        auto rules = RuleService::currentIn(db);
        QVERIFY(rules);
        const QString sql = QStringLiteral("SELECT %1, %2 FROM grabbers g, %3 WHERE g.id = ? AND o.id = ?")
                                .arg(TeamService::grabberDecisionColumns(QStringLiteral("g")), OrderReader::decisionColumns(), OrderReader::from());
        const QList<qint64> grabbers = ids(db, QStringLiteral("SELECT id FROM grabbers ORDER BY id"));
        const QList<qint64> orders = ids(db, QStringLiteral("SELECT id FROM orders ORDER BY id"));
        QVERIFY(grabbers.size() >= 8);
        QVERIFY2(orders.size() > 100, qPrintable(QString::number(orders.size())));
        const qint64 monday = QDateTime(QDate(2026, 11, 16), QTime(9, 30), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();
        // The team's rules, and the same with VIP orders open outside the windows.
        RuleSet vipOpen = *rules;
        vipOpen.vipAlwaysOpen = true;
        const QList<const RuleSet *> ruleSets = {&*rules, &vipOpen};
        int verdicts = 0;
        int allowed = 0;
        for (qint64 g : grabbers) {
            auto full = TeamService::grabberCoreIn(db, g);
            QVERIFY(full);
            for (qint64 o : orders) {
                std::optional<Grabber> leanGrabber;
                std::optional<Order> leanOrder;
                bool restricted = false;
                QVERIFY(forEachCached(db, sql, {g, o}, [&](const QSqlQuery &q) {
                    leanGrabber = TeamService::readGrabberDecisionRow(q, 0);
                    leanOrder = OrderReader::readDecisionRow(q, TeamService::kGrabberDecisionColumnCount, &restricted);
                }));
                QVERIFY(leanGrabber && leanOrder);
                if (restricted) {
                    QVERIFY(OrderReader::readRestrictions(db, *leanOrder));
                }
                auto fullOrder = OrderReader::order(db, o);
                QVERIFY(fullOrder);
                QVERIFY(leanOrder->state == fullOrder->state);
                QCOMPARE(leanOrder->assigneeId, fullOrder->assigneeId);
                QCOMPARE(leanOrder->onlyGrabbers, fullOrder->onlyGrabbers);
                // In a window, after it, on a Sunday, and minutes after the order entered the pool
                // (a VIP order widens sooner than others).
                const QList<qint64> instants = {monday, monday + 11 * 3600 * 1000, monday + 6 * 24 * 3600 * 1000,
                                                fullOrder->pooledAt + 60 * 1000, fullOrder->pooledAt + 7 * 60 * 1000};
                for (const RuleSet *r : ruleSets)
                for (qint64 now : instants) {
                    for (const auto &[taken, open] : {std::pair{0, 0}, std::pair{3, 9}, std::pair{40, 2}}) {
                        const GrabContext a{*r, *leanGrabber, *leanOrder, taken, open, now, AssignPath::Grab, isWidened(*r, *leanOrder, now), {}};
                        const GrabContext b{*r, *full, *fullOrder, taken, open, now, AssignPath::Grab, isWidened(*r, *fullOrder, now), {}};
                        QCOMPARE(a.widened, b.widened);
                        const Eligibility x = checkEligibility(a);
                        const Eligibility y = checkEligibility(b);
                        QCOMPARE(x.allowed, y.allowed);
                        QCOMPARE(x.reason, y.reason);
                        QCOMPARE(x.logDetail, y.logDetail);
                        QCOMPARE(x.detail, y.detail);
                        QCOMPARE(x.window, y.window);
                        QCOMPARE(x.why.toJsonText(), y.why.toJsonText());
                        ++verdicts;
                        allowed += x.allowed ? 1 : 0;
                    }
                }
            }
        }
        // Both kinds of verdict were compared, not only refusals.
        QVERIFY2(allowed > 100 && verdicts - allowed > 100, qPrintable(QStringLiteral("%1 verdicts, %2 allowed").arg(verdicts).arg(allowed)));
    }

    void secondGrabberLosesTheRaceAndIsTold()
    {
        TestDb t;
        const qint64 a = t.grabber(QStringLiteral("张伟"));
        const qint64 b = t.grabber(QStringLiteral("王芳"));
        const qint64 o = t.order(t.customer());
        QVERIFY(GrabService(t.ctx()).grab(o, a));
        auto lost = GrabService(t.ctx()).grab(o, b);
        QVERIFY(!lost);
        QCOMPARE(lost.error().code, ErrorCode::NotOpen);
        QVERIFY(lost.error().message.contains(QStringLiteral("already taken")));
        QCOMPARE(t.count(QStringLiteral("SELECT assignee_id FROM orders WHERE id = ?"), {o}), int(a));
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM grab_attempts WHERE grabber_id = ? AND result = 'lost_race'"), {b}), 1);
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'grab_lost_race' AND grabber_id = ?"), {b}), 1);
    }

    void refusalIsRecordedWithReasonAndRuleVersion()
    {
        TestDb t;
        const qint64 g = t.grabber(QStringLiteral("张伟"));
        t.clock.set(at("2026-11-25T19:00:00")); // published late: the deadline is after the window closes
        const qint64 o = t.order(t.customer());
        t.clock.set(at("2026-11-25T21:00:00"));
        auto refused = GrabService(t.ctx()).grab(o, g);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Refused);
        QCOMPARE(refused.error().reason, QString::fromLatin1(reason::OutsideWindow));
        QCOMPARE(t.text(QStringLiteral("SELECT state FROM orders WHERE id = ?"), {o}), QStringLiteral("open"));
        QCOMPARE(t.text(QStringLiteral("SELECT reason FROM events WHERE type = 'grab_rejected'")), QString::fromLatin1(reason::OutsideWindow));
        QCOMPARE(t.count(QStringLiteral("SELECT rule_version FROM events WHERE type = 'grab_rejected'")), 1);
        const QJsonObject payload = QJsonDocument::fromJson(t.text(QStringLiteral("SELECT payload FROM events WHERE type = 'grab_rejected'")).toUtf8()).object();
        QVERIFY(payload.value(QStringLiteral("why")).toString().contains(QStringLiteral("21:00")));
    }

    void unknownIdsChangeNothing()
    {
        TestDb t;
        const qint64 g = t.grabber(QStringLiteral("张伟"));
        const qint64 o = t.order(t.customer());
        const int events = t.count(QStringLiteral("SELECT COUNT(*) FROM events"));
        auto noOrder = GrabService(t.ctx()).grab(o + 100, g);
        QCOMPARE(noOrder.error().code, ErrorCode::NotFound);
        auto noGrabber = GrabService(t.ctx()).grab(o, g + 100);
        QCOMPARE(noGrabber.error().code, ErrorCode::NotFound);
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM events")), events);
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM grab_attempts")), 0);
    }

    // The daily cap counts the calendar day in the team's time zone, not UTC's.
    void dailyCapResetsAtTeamMidnight()
    {
        TestDb t;
        t.setRules([](RuleSet &r) {
            r.windows = {GrabWindow{{1, 2, 3, 4, 5, 6, 7}, 0, 1440, QStringLiteral("All day"), false}};
            r.grabDeadlineMinutes = 3 * 24 * 60;
        });
        const qint64 g = t.grabber(QStringLiteral("张伟"), Level::Junior, 2);
        const qint64 c = t.customer();
        QList<qint64> orders;
        for (int i = 0; i < 4; ++i) {
            orders << t.order(c);
        }
        t.clock.set(at("2026-11-25T23:58:00")); // 15:58 UTC
        QVERIFY(GrabService(t.ctx()).grab(orders[0], g));
        QVERIFY(GrabService(t.ctx()).grab(orders[1], g)); // the 2nd of 2
        auto third = GrabService(t.ctx()).grab(orders[2], g);
        QCOMPARE(third.error().reason, QString::fromLatin1(reason::DailyCap));
        t.clock.set(at("2026-11-26T00:00:00")); // 16:00 UTC, the same UTC day, a new team day
        QVERIFY(GrabService(t.ctx()).grab(orders[2], g));
    }

    // A grab that was released still counted: a cap cannot be dodged by grab-and-release.
    void releasedGrabStillCountsAgainstTheCap()
    {
        TestDb t;
        const qint64 g = t.grabber(QStringLiteral("张伟"), Level::Junior, 1);
        const qint64 o = t.order(t.customer());
        QVERIFY(GrabService(t.ctx()).grab(o, g));
        QVERIFY(OrderService(t.ctx()).release(o, g));
        auto again = GrabService(t.ctx()).grab(o, g);
        QCOMPARE(again.error().reason, QString::fromLatin1(reason::DailyCap));
    }

    void workloadCapAndRelease()
    {
        TestDb t;
        t.setRules([](RuleSet &r) { r.maxOpenWorkload = 2; });
        const qint64 g = t.grabber(QStringLiteral("张伟"));
        const qint64 c = t.customer();
        const qint64 o1 = t.order(c), o2 = t.order(c), o3 = t.order(c);
        QVERIFY(GrabService(t.ctx()).grab(o1, g));
        QVERIFY(GrabService(t.ctx()).grab(o2, g));
        QCOMPARE(GrabService(t.ctx()).grab(o3, g).error().reason, QString::fromLatin1(reason::WorkloadCap));
        QVERIFY(OrderService(t.ctx()).close(o1, Outcome::Won)); // closing frees a slot
        QVERIFY(GrabService(t.ctx()).grab(o3, g));
    }

    void suspendedGrabberIsRefused()
    {
        TestDb t;
        const qint64 g = t.grabber(QStringLiteral("张伟"));
        const qint64 o = t.order(t.customer());
        TeamService::GrabberChanges suspend;
        suspend.status = GrabberStatus::Suspended;
        QVERIFY(TeamService(t.ctx()).updateGrabber(g, suspend));
        QCOMPARE(GrabService(t.ctx()).grab(o, g).error().reason, QString::fromLatin1(reason::GrabberSuspended));
    }

    void restrictedOrderThroughTheService()
    {
        TestDb t;
        const qint64 a = t.grabber(QStringLiteral("张伟"));
        const qint64 b = t.grabber(QStringLiteral("王芳"));
        OrderService::NewOrder n;
        n.customerId = t.customer();
        n.amountMinor = 1000;
        n.onlyGrabbers = {b};
        auto p = OrderService(t.ctx()).publish(n);
        QVERIFY(p);
        QCOMPARE(GrabService(t.ctx()).grab(p->id, a).error().reason, QString::fromLatin1(reason::Restricted));
        QVERIFY(GrabService(t.ctx()).grab(p->id, b));
    }

    // Another program holds the write lock past the timeout: a clear error, not a hang, and
    // nothing half-written.
    void lockedDatabaseIsReported()
    {
        TestDb t;
        const qint64 g = t.grabber(QStringLiteral("张伟"));
        const qint64 o = t.order(t.customer());
        Database::Options options;
        options.busyTimeoutMs = 300;
        auto other = Database::open(t.path(), options);
        QVERIFY(other);
        auto holder = Transaction::begin(**other); // the other program's write lock
        QVERIFY(holder);
        Database::Options mine;
        mine.busyTimeoutMs = 300;
        auto second = Database::open(t.path(), mine);
        QVERIFY(second);
        Context c{**second, t.clock, QStringLiteral("test")};
        QElapsedTimer timer;
        timer.start();
        auto blocked = GrabService(c).grab(o, g);
        QVERIFY(!blocked);
        QCOMPARE(blocked.error().code, ErrorCode::DatabaseUnusable);
        QVERIFY2(blocked.error().message.contains(QStringLiteral("locked")), qPrintable(blocked.error().message));
        QVERIFY(timer.elapsed() >= 250);  // it did wait for the lock...
        QVERIFY(timer.elapsed() < 5000); // ...but about the timeout, not a multiple of it
        holder->rollback();
        QCOMPARE(t.text(QStringLiteral("SELECT state FROM orders WHERE id = ?"), {o}), QStringLiteral("open"));
        QVERIFY(GrabService(c).grab(o, g)); // and once the lock is gone, it works
    }

    // A rule change is a new version with an event holding old and new; grabs use the new one.
    void ruleChangeIsVersionedAndApplied()
    {
        TestDb t;
        const qint64 g = t.grabber(QStringLiteral("张伟"));
        const qint64 o = t.order(t.customer());
        t.setRules([](RuleSet &r) { r.dailyCap[Level::Junior] = 0; });
        QCOMPARE(t.count(QStringLiteral("SELECT MAX(version) FROM rule_sets")), 2);
        const QJsonObject payload =
            QJsonDocument::fromJson(t.text(QStringLiteral("SELECT payload FROM events WHERE type = 'rule_changed' AND rule_version = 2")).toUtf8())
                .object();
        QCOMPARE(payload.value(QStringLiteral("old")).toObject().value(QStringLiteral("dailyCap")).toObject().value(QStringLiteral("junior")).toInt(), 20);
        QCOMPARE(payload.value(QStringLiteral("new")).toObject().value(QStringLiteral("dailyCap")).toObject().value(QStringLiteral("junior")).toInt(), 0);
        auto refused = GrabService(t.ctx()).grab(o, g);
        QCOMPARE(refused.error().reason, QString::fromLatin1(reason::DailyCap));
        QCOMPARE(t.count(QStringLiteral("SELECT rule_version FROM grab_attempts")), 2);
        // Storing the same rules again is not a change.
        t.setRules([](RuleSet &) {});
        QCOMPARE(t.count(QStringLiteral("SELECT MAX(version) FROM rule_sets")), 2);
    }
};

QTEST_GUILESS_MAIN(TestGrabService)
#include "tst_grabservice.moc"
