// The Team page's other lists in core: FeedbackService (a grabber's scores newest first with
// order and customer; the closed orders still without one) and TeamRoster (every grabber
// with open and overdue action items and trainings); and the demo's coaching, made through
// the services and the same for the same seed.

#include "demodb.h"
#include "testdb.h"

#include "services/team/feedbackservice.h"
#include "services/grab/grabservice.h"
#include "services/team/noteservice.h"
#include "services/team/teamroster.h"
#include "services/team/trainingservice.h"

using namespace grab;
using namespace grab::test;

class TestTeamLists : public QObject
{
    Q_OBJECT

private:
    // An order of `customer` grabbed by `grabber` and closed.
    qint64 closedOrder(TestDb &t, qint64 grabber, qint64 customer, Outcome outcome, qint64 amountMinor = 100000)
    {
        const qint64 o = t.order(customer, amountMinor);
        if (!GrabService(t.ctx()).grab(o, grabber)) {
            qFatal("grab");
        }
        if (!OrderService(t.ctx()).close(o, outcome)) {
            qFatal("close");
        }
        return o;
    }

private slots:
    void feedbackPerGrabberNewestFirst()
    {
        TestDb t;
        const qint64 a = t.grabber(QStringLiteral("张伟"), Level::Junior, 50);
        const qint64 b = t.grabber(QStringLiteral("王芳"), Level::Junior, 50);
        const qint64 c = t.customer(Tier::Key);
        const qint64 o1 = closedOrder(t, a, c, Outcome::Won, 250000);
        const qint64 o2 = closedOrder(t, a, c, Outcome::Lost);
        const qint64 o3 = closedOrder(t, a, c, Outcome::Won);
        const qint64 o4 = closedOrder(t, b, c, Outcome::Won);
        OrderService orders(t.ctx(QStringLiteral("customer")));
        QVERIFY(orders.feedback(o1, 5, QStringLiteral("很专业")));
        t.clock.advance(60000);
        QVERIFY(orders.feedback(o2, 2, QStringLiteral("回复太慢")));
        t.clock.advance(60000);
        QVERIFY(orders.feedback(o4, 4, QString()));

        FeedbackService s(t.ctx());
        auto mine = s.list(a);
        QVERIFY(mine);
        QCOMPARE(mine->total, 2);
        QCOMPARE(*mine->meanScore, 3.5);
        QCOMPARE(mine->entries.size(), 2);
        QCOMPARE(mine->entries[0].orderId, o2); // newest first
        QCOMPARE(mine->entries[0].score, 2);
        QCOMPARE(mine->entries[0].comment, QStringLiteral("回复太慢"));
        QVERIFY(mine->entries[0].outcome == OrderState::Lost);
        QCOMPARE(mine->entries[1].orderId, o1);
        QCOMPARE(mine->entries[1].customerId, c);
        QCOMPARE(mine->entries[1].customerName, QStringLiteral("客户1"));
        QVERIFY(mine->entries[1].customerTier == Tier::Key);
        QCOMPARE(mine->entries[1].amountMinor, qint64(250000));
        QCOMPARE(mine->entries[1].grabberName, QStringLiteral("张伟"));
        QCOMPARE(toJson(mine->entries[1]).value(QStringLiteral("amount")).toString(), QStringLiteral("2500.00"));
        QCOMPARE(s.list(a, 1)->entries.size(), 1);
        QCOMPARE(s.list(a, 1)->total, 2);

        auto team = s.list(std::nullopt);
        QCOMPARE(team->total, 3);
        QCOMPARE(team->entries[0].orderId, o4);

        // Closed orders without a score: o3 only (o1 and o2 have theirs).
        auto awaiting = s.awaiting(a);
        QVERIFY(awaiting);
        QCOMPARE(awaiting->size(), 1);
        QCOMPARE(awaiting->first().orderId, o3);
        QVERIFY(awaiting->first().outcome == OrderState::Won);
        QVERIFY(s.awaiting(b)->isEmpty());
        QCOMPARE(*s.awaitingCount(a), qint64(1));
        QCOMPARE(*s.awaitingCount(b), qint64(0));
        QCOMPARE(s.awaitingCount(a + 50).error().code, ErrorCode::NotFound);

        QCOMPARE(s.list(a + 50).error().code, ErrorCode::NotFound);
        QCOMPARE(s.awaiting(a + 50).error().code, ErrorCode::NotFound);
        auto none = t.grabber(QStringLiteral("新人"));
        QCOMPARE(s.list(none)->total, 0);
        QVERIFY(!s.list(none)->meanScore);
    }

    void rosterCountsWhatIsOwed()
    {
        TestDb t;
        const qint64 a = t.grabber(QStringLiteral("张伟"));
        const qint64 b = t.grabber(QStringLiteral("王芳"), Level::Senior);
        const qint64 c = t.grabber(QStringLiteral("李娜"));
        TrainingService::NewTraining late;
        late.grabberId = a;
        late.course = QStringLiteral("Late");
        late.dueOn = QDate(2026, 11, 1);
        QVERIFY(TrainingService(t.ctx()).add(late));
        late.dueOn = QDate(2026, 11, 27);
        late.grabberId = b;
        QVERIFY(TrainingService(t.ctx()).add(late));
        NoteService::NewNote n;
        n.kind = NoteKind::WeeklyMeeting;
        n.heldOn = QDate(2026, 11, 23);
        n.title = QStringLiteral("Weekly");
        NoteService::NewAction x;
        x.text = QStringLiteral("x");
        x.ownerGrabberId = b;
        x.dueOn = QDate(2026, 11, 24);
        n.actions << x;
        x.dueOn = QDate();
        n.actions << x;
        QVERIFY(NoteService(t.ctx()).add(n));

        auto roster = TeamRoster(t.ctx()).read();
        QVERIFY(roster);
        QCOMPARE(roster->today, QDate(2026, 11, 25));
        QCOMPARE(roster->rows.size(), 3);
        QCOMPARE(roster->rows[0].grabber.id, a);
        QCOMPARE(roster->rows[0].trainings.overdue, 1);
        QCOMPARE(roster->rows[0].actions.open, 0);
        QVERIFY(roster->rows[1].grabber.level == Level::Senior);
        QCOMPARE(roster->rows[1].trainings.overdue, 0);
        QCOMPARE(roster->rows[1].trainings.dueSoon, 1);
        QCOMPARE(roster->rows[1].actions.open, 2);
        QCOMPARE(roster->rows[1].actions.overdue, 1);
        QCOMPARE(roster->rows[2].grabber.id, c);
        QCOMPARE(roster->rows[2].trainings.total, 0);
    }

    // The demo's trainings, notes and action items come through the services: each row has its
    // event, and some are overdue so that the Team page has something to flag.
    void demoHasCoaching()
    {
        DemoDb demo(7, 8, 21);
        const QSqlDatabase db = demo.db().connection();
        const auto count = [&](const char *sql) { return scalar(db, QString::fromLatin1(sql))->toInt(); };
        QVERIFY(count("SELECT COUNT(*) FROM trainings") >= 8);
        QVERIFY(count("SELECT COUNT(*) FROM notes WHERE kind = 'weekly_meeting'") >= 3);
        QVERIFY(count("SELECT COUNT(*) FROM note_actions WHERE done_at IS NULL") > 0);
        QVERIFY(count("SELECT COUNT(*) FROM note_actions WHERE done_at IS NOT NULL") > 0);
        QCOMPARE(count("SELECT COUNT(*) FROM events WHERE type = 'training_added'"), count("SELECT COUNT(*) FROM trainings"));
        QCOMPARE(count("SELECT COUNT(*) FROM events WHERE type = 'note_added'"), count("SELECT COUNT(*) FROM notes"));
        QCOMPARE(count("SELECT COUNT(*) FROM events WHERE type = 'action_done'"),
                 count("SELECT COUNT(*) FROM note_actions WHERE done_at IS NOT NULL"));
        // Nothing is dated after the end of the history.
        QCOMPARE(count("SELECT COUNT(*) FROM notes WHERE held_on > '2026-11-20'"), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM trainings WHERE taken_on > '2026-11-20'"), 0);
        auto roster = TeamRoster(demo.ctx()).read();
        int overdue = 0;
        for (const TeamRoster::Row &r : roster->rows) {
            overdue += r.actions.overdue + r.trainings.overdue;
        }
        QVERIFY(overdue > 0);

        // The same seed gives the same coaching.
        DemoDb again(7, 8, 21);
        const auto dump = [](const QSqlDatabase &d) {
            QStringList out;
            auto q = runSql(d, QStringLiteral("SELECT n.id, n.title, a.text, a.owner_grabber_id, a.due_on, a.done_at FROM notes n "
                                              "LEFT JOIN note_actions a ON a.note_id = n.id ORDER BY n.id, a.id"));
            while (q->next()) {
                out << q->value(0).toString() + q->value(1).toString() + q->value(2).toString() + q->value(3).toString()
                           + q->value(4).toString() + q->value(5).toString();
            }
            q = runSql(d, QStringLiteral("SELECT id, grabber_id, course, due_on, taken_on, passed FROM trainings ORDER BY id"));
            while (q->next()) {
                out << q->value(1).toString() + q->value(2).toString() + q->value(3).toString() + q->value(4).toString()
                           + q->value(5).toString();
            }
            return out;
        };
        QCOMPARE(dump(again.db().connection()), dump(db));
    }
};

QTEST_GUILESS_MAIN(TestTeamLists)
#include "tst_teamlists.moc"
