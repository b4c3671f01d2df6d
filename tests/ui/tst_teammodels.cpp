// The Team page's models under QAbstractItemModelTester — the roster (merged by id, badges),
// trainings, the notes tree with check boxes, feedback — and how lateness reads.

#include "board/eventdescription.h"
#include "team/feedbackmodel.h"
#include "team/notemodel.h"
#include "team/rostermodel.h"
#include "team/teamtext.h"
#include "team/trainingmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QBrush>
#include <QSignalSpy>
#include <QTest>

using namespace grab;
using namespace grab::ui;

namespace {

const QDate kToday(2026, 11, 25);

TeamRoster::Row row(qint64 id, const QString &name, int openActions = 0, int overdueActions = 0, int owedTrainings = 0,
                    int overdueTrainings = 0)
{
    TeamRoster::Row r;
    r.grabber.id = id;
    r.grabber.name = name;
    r.actions.open = openActions;
    r.actions.overdue = overdueActions;
    r.trainings.total = owedTrainings + 1;
    r.trainings.owed = owedTrainings;
    r.trainings.overdue = overdueTrainings;
    return r;
}

Training training(qint64 id, const QString &course, const QDate &due, const QDate &taken = QDate(), std::optional<bool> passed = {})
{
    Training t;
    t.id = id;
    t.grabberId = 1;
    t.course = course;
    t.dueOn = due;
    t.takenOn = taken;
    t.passed = passed;
    return t;
}

ActionItem item(qint64 id, qint64 note, const QString &text, const QDate &due, bool done = false)
{
    ActionItem a;
    a.id = id;
    a.noteId = note;
    a.ownerGrabberId = 1;
    a.ownerName = QStringLiteral("张伟");
    a.text = text;
    a.dueOn = due;
    if (done) {
        a.doneAt = 1764000000000;
    }
    return a;
}

QColor background(const QModelIndex &i)
{
    return i.data(Qt::BackgroundRole).value<QBrush>().color();
}

} // namespace

class TestTeamModels : public QObject
{
    Q_OBJECT

private slots:
    void rosterMergesByIdAndFlags()
    {
        RosterModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TeamRoster::Roster r;
        r.today = kToday;
        r.rows = {row(1, QStringLiteral("张伟"), 3, 1, 2, 1), row(2, QStringLiteral("王芳")), row(4, QStringLiteral("李娜"), 1, 0, 1, 0)};
        m.setRoster(r);
        QCOMPARE(m.rowCount(), 3);
        const QPersistentModelIndex wang = m.index(1, RosterModel::Name);

        // Overdue: red badges with a tooltip that says why.
        QCOMPARE(m.index(0, RosterModel::Actions).data().toInt(), 3);
        QCOMPARE(m.index(0, RosterModel::Actions).data(RosterModel::BadgeRole).value<QColor>(), TeamText::background(DueState::Overdue));
        QCOMPARE(m.index(0, RosterModel::Trainings).data().toString(), QStringLiteral("1 overdue"));
        QVERIFY(m.index(0, RosterModel::Trainings).data(Qt::ToolTipRole).toString().contains(QStringLiteral("1 overdue (due before 2026-11-25")));
        // Nothing owed: no badge, no text.
        QVERIFY(!m.index(1, RosterModel::Actions).data(RosterModel::BadgeRole).isValid());
        QVERIFY(m.index(1, RosterModel::Trainings).data().toString().isEmpty());
        // Open but not late: a grey badge.
        QCOMPARE(m.index(2, RosterModel::Trainings).data().toString(), QStringLiteral("1 planned"));
        QVERIFY(m.index(2, RosterModel::Trainings).data(RosterModel::BadgeRole).value<QColor>() != TeamText::background(DueState::Overdue));

        // A refresh: one grabber leaves, one comes, one changes; the others keep their index.
        r.rows = {row(1, QStringLiteral("张伟"), 2, 0, 1, 0), row(2, QStringLiteral("王芳"), 1, 0), row(3, QStringLiteral("赵敏")),
                  row(5, QStringLiteral("新人"))};
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        m.setRoster(r);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(m.rowCount(), 4);
        QVERIFY(wang.isValid());
        QCOMPARE(wang.row(), 1);
        QCOMPARE(m.rowOf(5), 3);
        QCOMPARE(m.rowOf(4), -1);
        QCOMPARE(m.index(0, RosterModel::Actions).data(RosterModel::BadgeRole).value<QColor>(), QColor(0xe3, 0xe6, 0xea));
        QCOMPARE(m.index(0, RosterModel::Actions).data(RosterModel::GrabberIdRole).toLongLong(), qint64(1));
        QVERIFY(m.index(0, RosterModel::Actions).data(RosterModel::SortRole).toInt() < m.index(0, RosterModel::Trainings).data(RosterModel::SortRole).toInt() + 10000);
        r.rows.clear();
        m.setRoster(r);
        QCOMPARE(m.rowCount(), 0);
    }

    void trainingsFlagLateness()
    {
        TrainingModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Training fromReview = training(4, QStringLiteral("Decided"), QDate(2026, 12, 31));
        fromReview.reviewEntryId = 9;
        fromReview.reviewQuarter = QStringLiteral("2026-Q3");
        m.setTrainings({training(1, QStringLiteral("Late"), QDate(2026, 11, 20)), training(2, QStringLiteral("Soon"), QDate(2026, 11, 27)),
                        training(3, QStringLiteral("Done"), QDate(2026, 11, 1), QDate(2026, 10, 30), true), fromReview,
                        training(5, QStringLiteral("Failed"), QDate(), QDate(2026, 11, 2), false)},
                       kToday);
        QCOMPARE(m.rowCount(), 5);
        QCOMPARE(m.overdueCount(), 1);
        QCOMPARE(m.index(0, TrainingModel::State).data().toString(), QStringLiteral("Overdue · 5 days"));
        QCOMPARE(background(m.index(0, TrainingModel::Course)), TeamText::background(DueState::Overdue));
        QVERIFY(m.index(0, TrainingModel::Course).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Overdue: it was due on 2026-11-20, 5 days ago")));
        QCOMPARE(m.index(1, TrainingModel::State).data().toString(), QStringLiteral("Due in 2 days"));
        QCOMPARE(background(m.index(1, TrainingModel::Due)), TeamText::background(DueState::DueSoon));
        QCOMPARE(m.index(2, TrainingModel::State).data().toString(), QStringLiteral("Passed"));
        QVERIFY(!m.index(2, TrainingModel::State).data(Qt::BackgroundRole).isValid()); // taken before its due date passed
        QCOMPARE(m.index(3, TrainingModel::Source).data().toString(), QStringLiteral("From review 2026-Q3"));
        QCOMPARE(m.index(4, TrainingModel::State).data().toString(), QStringLiteral("Not passed"));
        QCOMPARE(m.index(4, TrainingModel::Hours).data().toString(), QStringLiteral("—"));
        QCOMPARE(m.rowOf(4), 3);
        QCOMPARE(m.index(0, 0).data(TrainingModel::TrainingIdRole).toLongLong(), qint64(1));
        m.setTrainings({}, kToday);
        QCOMPARE(m.rowCount(), 0);
    }

    void notesTreeWithCheckBoxes()
    {
        NoteModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Note meeting;
        meeting.id = 7;
        meeting.kind = NoteKind::WeeklyMeeting;
        meeting.heldOn = QDate(2026, 11, 23);
        meeting.title = QStringLiteral("Weekly");
        meeting.author = QStringLiteral("manager");
        meeting.actions = {item(70, 7, QStringLiteral("Late"), QDate(2026, 11, 24)), item(71, 7, QStringLiteral("Done"), QDate(2026, 11, 24), true)};
        Note quiet;
        quiet.id = 3;
        quiet.grabberId = 1;
        quiet.grabberName = QStringLiteral("张伟");
        quiet.heldOn = QDate(2026, 11, 2);
        quiet.body = QStringLiteral("Only a body\nsecond line");
        m.setNotes({meeting, quiet}, kToday);

        QCOMPARE(m.rowCount(), 2);
        const QModelIndex first = m.index(0, 0);
        QCOMPARE(m.rowCount(first), 2);
        QCOMPARE(m.rowCount(m.index(1, 0)), 0);
        QCOMPARE(first.data().toString(), QStringLiteral("2026-11-23 · Weekly meeting · Weekly"));
        QCOMPARE(m.index(0, NoteModel::Owner).data().toString(), QStringLiteral("Team"));
        QCOMPARE(m.index(0, NoteModel::State).data().toString(), QStringLiteral("1 of 2 done"));
        QCOMPARE(m.index(1, 0).data().toString(), QStringLiteral("2026-11-02 · One-to-one · Only a body"));
        QCOMPARE(m.openActionCount(), 1);

        const QModelIndex late = m.index(0, 0, first);
        QCOMPARE(m.parent(late), first);
        QCOMPARE(late.data().toString(), QStringLiteral("Late"));
        QCOMPARE(late.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(m.flags(late) & Qt::ItemIsUserCheckable);
        QVERIFY(!(m.flags(first) & Qt::ItemIsUserCheckable));
        QCOMPARE(m.index(0, NoteModel::State, first).data().toString(), QStringLiteral("Overdue · 1 day"));
        QCOMPARE(background(m.index(0, NoteModel::Due, first)), TeamText::background(DueState::Overdue));
        QVERIFY(late.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Overdue: 张伟 was to do this by 2026-11-24, 1 day ago")));
        QCOMPARE(m.index(1, 0, first).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(m.actionIndex(71), m.index(1, 0, first));
        QCOMPARE(m.noteIndex(3), m.index(1, 0));
        QCOMPARE(m.actionAt(late)->id, qint64(70));
        QCOMPARE(m.noteAt(late)->id, qint64(7));
        QVERIFY(!m.actionAt(first));
        QCOMPARE(late.data(NoteModel::NoteIdRole).toLongLong(), qint64(7));

        // Ticking asks; the model itself does not change until the page reloads it.
        QSignalSpy toggled(&m, &NoteModel::toggleRequested);
        QVERIFY(!m.setData(late, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(toggled.count(), 1);
        QCOMPARE(toggled.first().at(0).toLongLong(), qint64(70));
        QCOMPARE(toggled.first().at(1).toBool(), true);
        QCOMPARE(late.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(!m.setData(m.index(1, 0, first), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(toggled.last().at(1).toBool(), false);
        QVERIFY(!m.setData(first, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(toggled.count(), 2);
    }

    // On a grabber's page, a team meeting's items that others own are muted: not this grabber's lateness.
    void othersItemsAreMuted()
    {
        NoteModel m;
        Note meeting;
        meeting.id = 7;
        meeting.kind = NoteKind::WeeklyMeeting;
        meeting.heldOn = QDate(2026, 11, 23);
        ActionItem mine = item(70, 7, QStringLiteral("Mine"), QDate(2026, 11, 24));
        ActionItem theirs = item(71, 7, QStringLiteral("Theirs"), QDate(2026, 11, 24));
        theirs.ownerGrabberId = 2;
        theirs.ownerName = QStringLiteral("王芳");
        meeting.actions = {mine, theirs};
        m.setNotes({meeting}, kToday, qint64(1));
        const QModelIndex note = m.index(0, 0);
        QCOMPARE(background(m.index(0, NoteModel::State, note)), TeamText::background(DueState::Overdue));
        QVERIFY(!m.index(1, NoteModel::State, note).data(Qt::BackgroundRole).isValid());
        QCOMPARE(m.index(1, NoteModel::State, note).data().toString(), QStringLiteral("Overdue · 1 day")); // still says so
        QVERIFY(m.index(1, 0, note).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("王芳's item. Overdue")));
        QVERIFY(m.flags(m.index(1, 0, note)) & Qt::ItemIsUserCheckable); // the manager may tick anyone's
        // Without an owner (the team's view) everything is flagged.
        m.setNotes({meeting}, kToday);
        QCOMPARE(background(m.index(1, NoteModel::State, m.index(0, 0))), TeamText::background(DueState::Overdue));
    }

    // A review's events say what changed, not "review changed by …".
    void reviewSentencesSayWhatChanged()
    {
        EventDescriber d;
        d.grabberNames.insert(1, QStringLiteral("张伟"));
        Event e;
        e.type = QString::fromLatin1(event::ReviewChanged);
        e.actor = QStringLiteral("manager");
        e.payload = QJsonObject{{QStringLiteral("quarter"), QStringLiteral("2026-Q4")}};
        e.reason = QStringLiteral("opened");
        QCOMPARE(d.describe(e).text, QStringLiteral("Review 2026-Q4 opened by Manager: the KPIs are frozen"));
        e.grabberId = 1;
        e.reason = QStringLiteral("decided");
        QCOMPARE(d.describe(e).text, QStringLiteral("Decision for 张伟 in review 2026-Q4 by Manager"));
        e.reason = QStringLiteral("scored");
        QCOMPARE(d.describe(e).text, QStringLiteral("张伟 scored in review 2026-Q4 by Manager"));
        e.grabberId.reset();
        e.reason = QStringLiteral("approved");
        e.payload.insert(QStringLiteral("new"), QJsonObject{{QStringLiteral("approvedBy"), QStringLiteral("孙总监")}});
        QCOMPARE(d.describe(e).text, QStringLiteral("Review 2026-Q4 approved by 孙总监"));
    }

    // The board's activity feed tells the Team page's events as sentences.
    void eventSentences()
    {
        EventDescriber d;
        d.grabberNames.insert(1, QStringLiteral("张伟"));
        Event e;
        e.grabberId = 1;
        e.type = QString::fromLatin1(event::TrainingAdded);
        e.payload = QJsonObject{{QStringLiteral("course"), QStringLiteral("异议处理")}, {QStringLiteral("dueOn"), QStringLiteral("2026-12-01")}};
        QCOMPARE(d.describe(e).text, QStringLiteral("Training \u201c异议处理\u201d planned for 张伟"));
        QCOMPARE(d.describe(e).details, QStringLiteral("Due by 2026-12-01."));
        e.type = QString::fromLatin1(event::TrainingChanged);
        e.payload = QJsonObject{{QStringLiteral("new"), QJsonObject{{QStringLiteral("course"), QStringLiteral("异议处理")},
                                                                    {QStringLiteral("passed"), true}}}};
        QCOMPARE(d.describe(e).text, QStringLiteral("张伟 passed \u201c异议处理\u201d"));
        e.type = QString::fromLatin1(event::NoteAdded);
        e.payload = QJsonObject{{QStringLiteral("kind"), QStringLiteral("one_to_one")}, {QStringLiteral("title"), QStringLiteral("跟进节奏")},
                                {QStringLiteral("actions"), QJsonArray{1, 2}}};
        QCOMPARE(d.describe(e).text, QStringLiteral("One-to-one with 张伟 noted: 跟进节奏"));
        e.type = QString::fromLatin1(event::ActionDone);
        e.payload = QJsonObject{{QStringLiteral("text"), QStringLiteral("回访客户")}, {QStringLiteral("ownerName"), QStringLiteral("张伟")}};
        QCOMPARE(d.describe(e).text, QStringLiteral("Action item done by 张伟: 回访客户"));
    }

    void feedbackRows()
    {
        FeedbackModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FeedbackService::Entry e;
        e.id = 1;
        e.orderId = 1412;
        e.customerName = QStringLiteral("上海恒达贸易");
        e.amountMinor = 1200000;
        e.outcome = OrderState::Lost;
        e.score = 2;
        e.comment = QStringLiteral("回复太慢");
        e.at = 1764000000000;
        FeedbackService::Entry good = e;
        good.id = 2;
        good.score = 5;
        good.comment.clear();
        m.setEntries({e, good}, e.at + 60000);
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.index(0, FeedbackModel::Order).data().toString(), QStringLiteral("#1412"));
        QCOMPARE(m.index(0, FeedbackModel::Score).data().toString(), QStringLiteral("★★☆☆☆ 2"));
        QCOMPARE(m.index(0, FeedbackModel::Score).data(Qt::ForegroundRole).value<QBrush>().color(), TeamText::foreground(DueState::Overdue));
        QCOMPARE(m.index(0, FeedbackModel::Amount).data().toString(), QStringLiteral("¥12,000.00"));
        QCOMPARE(m.index(1, FeedbackModel::Comment).data().toString(), QStringLiteral("—"));
        QCOMPARE(m.index(1, FeedbackModel::Score).data(FeedbackModel::ScoreRole).toInt(), 5);
        m.setEntries({}, 0);
        QCOMPARE(m.rowCount(), 0);
    }

    void words()
    {
        QCOMPARE(TeamText::stars(4), QStringLiteral("★★★★☆"));
        QCOMPARE(TeamText::dueShort(QDate(2026, 11, 25), kToday, DueState::DueSoon), QStringLiteral("Due today"));
        QCOMPARE(TeamText::dueShort(QDate(2026, 11, 26), kToday, DueState::DueSoon), QStringLiteral("Due tomorrow"));
        QCOMPARE(TeamText::dueShort(QDate(2026, 11, 24), kToday, DueState::Overdue), QStringLiteral("Overdue · 1 day"));
        QCOMPARE(TeamText::category(TrainingCategory::CustomerService), QStringLiteral("Customer service"));
        QCOMPARE(TeamText::date(QDate()), QStringLiteral("—"));
    }
};

QTEST_MAIN(TestTeamModels)
#include "tst_teammodels.moc"
