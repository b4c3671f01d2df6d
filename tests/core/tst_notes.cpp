// NoteService: notes of weekly meetings and one-to-ones with their action items, who owns
// what, listing per grabber, kind and period, ticking done and reopening, open and overdue
// items per grabber (the dashboard's function), every refusal changing nothing, one event per
// change.

#include "testdb.h"

#include "services/audit/eventlog.h"
#include "services/team/noteservice.h"

#include <QJsonArray>

using namespace grab;
using namespace grab::test;

namespace {

NoteService::NewAction action(const QString &text, std::optional<qint64> owner = std::nullopt, const QDate &due = QDate(),
                              const QString &ownerName = QString())
{
    NoteService::NewAction a;
    a.text = text;
    a.ownerGrabberId = owner;
    a.ownerName = ownerName;
    a.dueOn = due;
    return a;
}

NoteService::NewNote oneToOne(qint64 grabber, const QDate &held, const QString &title, QList<NoteService::NewAction> actions = {})
{
    NoteService::NewNote n;
    n.kind = NoteKind::OneToOne;
    n.heldOn = held;
    n.grabberId = grabber;
    n.title = title;
    n.actions = std::move(actions);
    return n;
}

NoteService::NewNote meeting(const QDate &held, const QString &title, QList<NoteService::NewAction> actions = {})
{
    NoteService::NewNote n;
    n.kind = NoteKind::WeeklyMeeting;
    n.heldOn = held;
    n.title = title;
    n.actions = std::move(actions);
    return n;
}

QStringList titles(const QList<Note> &notes)
{
    QStringList out;
    for (const Note &n : notes) {
        out << n.title;
    }
    return out;
}

QStringList texts(const QList<ActionItem> &items)
{
    QStringList out;
    for (const ActionItem &a : items) {
        out << a.text;
    }
    return out;
}

} // namespace

class TestNotes : public QObject
{
    Q_OBJECT

private:
    int events(TestDb &t) { return t.count(QStringLiteral("SELECT COUNT(*) FROM events")); }
    int notes(TestDb &t) { return t.count(QStringLiteral("SELECT COUNT(*) FROM notes")); }
    int actions(TestDb &t) { return t.count(QStringLiteral("SELECT COUNT(*) FROM note_actions")); }

private slots:
    void oneToOneWithActions()
    {
        TestDb t; // today is 2026-11-25 in Shanghai
        const qint64 g = t.grabber(QStringLiteral("张伟"));
        NoteService s(t.ctx(QStringLiteral("manager")));
        const int before = events(t);
        auto id = s.add(oneToOne(g, QDate(2026, 11, 20), QStringLiteral("Pipeline review"),
                                 {action(QStringLiteral("Call back 3 key accounts"), std::nullopt, QDate(2026, 11, 22)),
                                  action(QStringLiteral("Send the deck"), std::nullopt, QDate(), QStringLiteral("经理"))}));
        QVERIFY(id);
        QCOMPARE(events(t), before + 1); // one note_added holding its items
        auto n = s.note(*id);
        QVERIFY(n);
        QVERIFY(n->kind == NoteKind::OneToOne);
        QCOMPARE(n->grabberId, std::optional<qint64>(g));
        QCOMPARE(n->grabberName, QStringLiteral("张伟"));
        QCOMPARE(n->author, QStringLiteral("manager")); // the actor when none is given
        QCOMPARE(n->actions.size(), 2);
        // Without an owner, the one-to-one's grabber owns it; a name alone is someone outside the team.
        QCOMPARE(n->actions[0].ownerGrabberId, std::optional<qint64>(g));
        QCOMPARE(n->actions[0].ownerName, QStringLiteral("张伟"));
        QVERIFY(!n->actions[1].ownerGrabberId);
        QCOMPARE(n->actions[1].ownerName, QStringLiteral("经理"));
        QVERIFY(n->actions[0].isOverdue(QDate(2026, 11, 25)));

        const Event e = EventLog::since(t.db().connection(), 0)->last();
        QCOMPARE(e.type, QString::fromLatin1(event::NoteAdded));
        QCOMPARE(e.grabberId, std::optional<qint64>(g));
        QCOMPARE(e.payload.value(QStringLiteral("actions")).toArray().size(), 2);
        QCOMPARE(e.payload.value(QStringLiteral("title")).toString(), QStringLiteral("Pipeline review"));
    }

    void refusalsChangeNothing()
    {
        TestDb t;
        const qint64 g = t.grabber(QStringLiteral("张伟"));
        NoteService s(t.ctx());
        const int before = events(t);
        const QDate day(2026, 11, 20);
        const auto code = [&](const NoteService::NewNote &n) { return s.add(n).error().code; };

        auto untitled = oneToOne(g, day, QString());
        QCOMPARE(code(untitled), ErrorCode::InvalidInput);
        auto noGrabber = oneToOne(g, day, QStringLiteral("x"));
        noGrabber.grabberId.reset();
        QCOMPARE(code(noGrabber), ErrorCode::InvalidInput);
        QCOMPARE(code(oneToOne(g + 50, day, QStringLiteral("x"))), ErrorCode::NotFound);
        QCOMPARE(code(oneToOne(g, QDate(2026, 11, 26), QStringLiteral("tomorrow"))), ErrorCode::InvalidInput);
        QCOMPARE(code(oneToOne(g, QDate(), QStringLiteral("no date"))), ErrorCode::InvalidInput);
        QCOMPARE(code(oneToOne(g, QDate(1990, 1, 1), QStringLiteral("typo"))), ErrorCode::InvalidInput);
        // A bad action item refuses the whole note: no note without its items.
        QCOMPARE(code(oneToOne(g, day, QStringLiteral("x"), {action(QStringLiteral("ok")), action(QStringLiteral("  "))})),
                 ErrorCode::InvalidInput);
        QCOMPARE(code(oneToOne(g, day, QStringLiteral("x"), {action(QStringLiteral("ok")), action(QStringLiteral("who?"), g + 9)})),
                 ErrorCode::NotFound);
        QCOMPARE(code(oneToOne(g, day, QStringLiteral("x"), {action(QStringLiteral("before"), std::nullopt, QDate(2026, 11, 19))})),
                 ErrorCode::InvalidInput);
        QCOMPARE(code(meeting(day, QStringLiteral("x"), {action(QStringLiteral("nobody owns it"))})), ErrorCode::InvalidInput);
        QCOMPARE(notes(t), 0);
        QCOMPARE(actions(t), 0);
        QCOMPARE(events(t), before);

        auto id = s.add(meeting(day, QStringLiteral("Weekly")));
        QVERIFY(id);
        QCOMPARE(s.addAction(*id, action(QStringLiteral("orphan"))).error().code, ErrorCode::InvalidInput);
        QCOMPARE(s.addAction(*id + 7, action(QStringLiteral("x"), g)).error().code, ErrorCode::NotFound);
        QCOMPARE(s.complete(999).error().code, ErrorCode::NotFound);
        QCOMPARE(s.reopen(999).error().code, ErrorCode::NotFound);
        NoteService::Filter unknown;
        unknown.grabberId = g + 50;
        QCOMPARE(s.list(unknown).error().code, ErrorCode::NotFound);
        QCOMPARE(s.openActions(g + 50).error().code, ErrorCode::NotFound);
        QCOMPARE(actions(t), 0);
        QCOMPARE(events(t), before + 1);
    }

    // A grabber's notes: their one-to-ones and the meetings where they own an action item.
    void listingPerGrabberKindAndPeriod()
    {
        TestDb t;
        const qint64 a = t.grabber(QStringLiteral("张伟"));
        const qint64 b = t.grabber(QStringLiteral("王芳"));
        NoteService s(t.ctx());
        QVERIFY(s.add(oneToOne(a, QDate(2026, 11, 2), QStringLiteral("A early"))));
        QVERIFY(s.add(oneToOne(b, QDate(2026, 11, 10), QStringLiteral("B"))));
        QVERIFY(s.add(meeting(QDate(2026, 11, 16), QStringLiteral("Weekly 16"), {action(QStringLiteral("B's job"), b)})));
        QVERIFY(s.add(meeting(QDate(2026, 11, 23), QStringLiteral("Weekly 23"), {action(QStringLiteral("A's job"), a),
                                                                                 action(QStringLiteral("B's too"), b)})));
        QVERIFY(s.add(oneToOne(a, QDate(2026, 11, 24), QStringLiteral("A late"))));

        NoteService::Filter f;
        f.grabberId = a;
        QCOMPARE(titles(*s.list(f)), (QStringList{QStringLiteral("A late"), QStringLiteral("Weekly 23"), QStringLiteral("A early")}));
        f.allMeetings = true;
        QCOMPARE(titles(*s.list(f)), (QStringList{QStringLiteral("A late"), QStringLiteral("Weekly 23"), QStringLiteral("Weekly 16"),
                                                  QStringLiteral("A early")}));
        f.allMeetings = false;
        f.kind = NoteKind::OneToOne;
        QCOMPARE(titles(*s.list(f)), (QStringList{QStringLiteral("A late"), QStringLiteral("A early")}));

        NoteService::Filter period;
        period.from = QDate(2026, 11, 10);
        period.to = QDate(2026, 11, 23);
        QCOMPARE(titles(*s.list(period)), (QStringList{QStringLiteral("Weekly 16"), QStringLiteral("B")}));
        period.limit = 1;
        QCOMPARE(s.list(period)->size(), 1);

        // Each note comes with all its items (not only the grabber's).
        f = NoteService::Filter{};
        f.grabberId = a;
        const QList<Note> mine = *s.list(f);
        QCOMPARE(texts(mine[1].actions), (QStringList{QStringLiteral("A's job"), QStringLiteral("B's too")}));
        QVERIFY(!mine[1].grabberId);
    }

    void completeReopenAndOpenActions()
    {
        TestDb t;
        const qint64 a = t.grabber(QStringLiteral("张伟"));
        const qint64 b = t.grabber(QStringLiteral("王芳"));
        NoteService s(t.ctx(QStringLiteral("manager")));
        auto first = s.add(oneToOne(a, QDate(2026, 11, 18), QStringLiteral("1:1"),
                                    {action(QStringLiteral("late one"), std::nullopt, QDate(2026, 11, 20)),
                                     action(QStringLiteral("soon one"), std::nullopt, QDate(2026, 11, 27)),
                                     action(QStringLiteral("no date"))}));
        QVERIFY(first);
        QVERIFY(s.add(meeting(QDate(2026, 11, 23), QStringLiteral("Weekly"),
                              {action(QStringLiteral("meeting job"), a, QDate(2026, 11, 24)), action(QStringLiteral("hers"), b)})));

        // The dashboard's list: open items the grabber owns, soonest due first, none last.
        auto open = s.openActions(a);
        QVERIFY(open);
        QCOMPARE(texts(*open), (QStringList{QStringLiteral("late one"), QStringLiteral("meeting job"), QStringLiteral("soon one"),
                                            QStringLiteral("no date")}));
        QVERIFY(open->at(1).noteKind == NoteKind::WeeklyMeeting);
        QCOMPARE(open->at(1).noteTitle, QStringLiteral("Weekly"));
        QCOMPARE(open->at(1).noteHeldOn, QDate(2026, 11, 23));
        QVERIFY(open->at(0).isOverdue(*s.today()));
        QVERIFY(open->at(2).dueState(*s.today()) == DueState::DueSoon);
        auto counts = s.countsByGrabber();
        QCOMPARE(counts->value(a).open, 4);
        QCOMPARE(counts->value(a).overdue, 2);
        QCOMPARE(counts->value(a).dueSoon, 1);
        QCOMPARE(counts->value(b).open, 1);
        QCOMPARE(counts->value(b).overdue, 0);

        const qint64 late = open->at(0).id;
        int n = events(t);
        auto done = s.complete(late);
        QVERIFY(done);
        QVERIFY(done->isDone());
        QCOMPARE(*done->doneAt, t.clock.nowMs());
        QCOMPARE(events(t), ++n);
        Event e = EventLog::since(t.db().connection(), 0)->last();
        QCOMPARE(e.type, QString::fromLatin1(event::ActionDone));
        QCOMPARE(e.grabberId, std::optional<qint64>(a));
        QCOMPARE(e.actor, QStringLiteral("manager"));
        QCOMPARE(e.payload.value(QStringLiteral("text")).toString(), QStringLiteral("late one"));
        // Ticking it again changes nothing and writes nothing.
        QVERIFY(s.complete(late));
        QCOMPARE(events(t), n);
        QCOMPARE(s.countsByGrabber()->value(a).overdue, 1);
        QCOMPARE(s.openActions(a)->size(), 3);

        NoteService::ActionFilter overdue;
        overdue.ownerGrabberId = a;
        overdue.overdueOnly = true;
        QCOMPARE(texts(*s.actions(overdue)), QStringList{QStringLiteral("meeting job")});
        NoteService::ActionFilter everything;
        everything.openOnly = false;
        QCOMPARE(s.actions(everything)->size(), 5);
        QCOMPARE(s.actions(everything)->last().text, QStringLiteral("late one")); // done ones last

        auto again = s.reopen(late);
        QVERIFY(again);
        QVERIFY(!again->isDone());
        QCOMPARE(events(t), ++n);
        QCOMPARE(EventLog::since(t.db().connection(), 0)->last().type, QString::fromLatin1(event::ActionReopened));
        QVERIFY(s.reopen(late));
        QCOMPARE(events(t), n);

        // An item added later to the meeting.
        auto added = s.addAction(*first, action(QStringLiteral("added later"), b, QDate(2026, 11, 30)));
        QVERIFY(added);
        QCOMPARE(events(t), ++n);
        e = EventLog::since(t.db().connection(), 0)->last();
        QCOMPARE(e.type, QString::fromLatin1(event::ActionAdded));
        QCOMPARE(e.grabberId, std::optional<qint64>(b));
        QCOMPARE(s.openActions(b)->size(), 2);
        // The same list inside a read transaction, as DashboardService would call it.
        QCOMPARE(NoteService::openActionsIn(t.db().connection(), b)->size(), 2);
    }

    // Overdue turns with the team's calendar day, not with UTC's.
    void overdueFollowsTheTeamDay()
    {
        TestDb t;
        const qint64 g = t.grabber(QStringLiteral("张伟"));
        NoteService s(t.ctx());
        QVERIFY(s.add(oneToOne(g, QDate(2026, 11, 25), QStringLiteral("today"), {action(QStringLiteral("by today"), std::nullopt, QDate(2026, 11, 25))})));
        QCOMPARE(s.countsByGrabber()->value(g).overdue, 0);
        QCOMPARE(s.countsByGrabber()->value(g).dueSoon, 1);
        t.clock.set(at("2026-11-26T00:30:00")); // still 2026-11-25 in UTC
        QCOMPARE(s.countsByGrabber()->value(g).overdue, 1);
        NoteService::ActionFilter overdue;
        overdue.overdueOnly = true;
        QCOMPARE(s.actions(overdue)->size(), 1);
    }

    void kindText()
    {
        QCOMPARE(toString(NoteKind::WeeklyMeeting), QStringLiteral("weekly_meeting"));
        QVERIFY(noteKindFromString(u"one_to_one") == std::optional<NoteKind>(NoteKind::OneToOne));
        QVERIFY(!noteKindFromString(u"meeting"));
    }
};

QTEST_GUILESS_MAIN(TestNotes)
#include "tst_notes.moc"
