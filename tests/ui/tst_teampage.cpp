// The Team page offscreen on a real database: select a grabber, add a training through the
// dialog, mark one passed, tick an action item done, record feedback — and the list's badges
// and the tabs follow; empty states say what to do; events from elsewhere reload the page.

#include "testdb.h"

#include "common/messagestrip.h"
#include "services/grab/grabservice.h"
#include "services/team/noteservice.h"
#include "services/metrics/targetservice.h"
#include "services/team/trainingservice.h"
#include "team/feedbackdialog.h"
#include "team/feedbackmodel.h"
#include "team/notedialog.h"
#include "team/notemodel.h"
#include "team/rostermodel.h"
#include "team/teampage.h"
#include "team/teamtext.h"
#include "team/grabberdialog.h"
#include "team/targetdialog.h"
#include "team/trainingdialog.h"
#include "team/trainingmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>

using namespace grab;
using namespace grab::test;
using namespace grab::ui;

namespace {

// 张伟 owes an overdue training and has a closed order without feedback; 王芳 owns an overdue
// action item from a weekly meeting; 李娜 has nothing yet. Today is 2026-11-25 in Shanghai.
struct Team
{
    TestDb db;
    qint64 zhang = 0;
    qint64 wang = 0;
    qint64 li = 0;
    qint64 closedOrder = 0;
    qint64 wangsAction = 0;

    Team()
    {
        zhang = db.grabber(QStringLiteral("张伟"));
        wang = db.grabber(QStringLiteral("王芳"), Level::Senior);
        li = db.grabber(QStringLiteral("李娜"));
        TrainingService::NewTraining t;
        t.grabberId = zhang;
        t.course = QStringLiteral("异议处理");
        t.dueOn = QDate(2026, 11, 20);
        if (!TrainingService(db.ctx()).add(t)) {
            qFatal("training");
        }
        NoteService::NewNote n;
        n.kind = NoteKind::WeeklyMeeting;
        n.heldOn = QDate(2026, 11, 23);
        n.title = QStringLiteral("周例会");
        NoteService::NewAction a;
        a.text = QStringLiteral("回访重点客户");
        a.ownerGrabberId = wang;
        a.dueOn = QDate(2026, 11, 24);
        n.actions << a;
        auto note = NoteService(db.ctx()).add(n);
        if (!note) {
            qFatal("note");
        }
        wangsAction = NoteService(db.ctx()).note(*note)->actions.first().id;
        closedOrder = db.order(db.customer(Tier::Key));
        if (!GrabService(db.ctx()).grab(closedOrder, zhang) || !OrderService(db.ctx()).close(closedOrder, Outcome::Won)) {
            qFatal("order");
        }
    }
};

QModelIndex rosterCell(TeamPage &page, qint64 grabber, int column)
{
    return page.roster()->index(page.roster()->rowOf(grabber), column);
}

} // namespace

class TestTeamPage : public QObject
{
    Q_OBJECT

private slots:
    void emptyTeamSaysWhatToDo()
    {
        TestDb db;
        TeamPage page(db.db(), db.clock);
        page.show();
        QCOMPARE(page.roster()->rowCount(), 0);
        QVERIFY(!page.selectedGrabber());
        QVERIFY(page.placeholderText().contains(QStringLiteral("grabctl grabber add")));
        QVERIFY(!page.openAddTraining());
    }

    // Add grabber… and Edit grabber…: the roster and the file follow at once; an edit records
    // only what changed, and a refusal keeps the dialog open.
    void addAndEditAGrabber()
    {
        Team t;
        TeamPage page(t.db.db(), t.db.clock);
        page.resize(1300, 800);
        page.show();
        GrabberDialog *add = page.openAddGrabber();
        QVERIFY(add);
        QPointer<GrabberDialog> addGuard(add);
        add->accept(); // no name
        QVERIFY(add->isVisible());
        QVERIFY(add->errorText().contains(QStringLiteral("name")));
        add->nameEdit()->setText(QStringLiteral("周杰"));
        add->levelBox()->setCurrentIndex(add->levelBox()->findData(int(Level::Senior)));
        add->skillsEdit()->setText(QStringLiteral("云服务，数据库"));
        add->accept();
        QTRY_VERIFY(addGuard.isNull() || !addGuard->isVisible());
        QCOMPARE(page.roster()->rowCount(), 4);
        QCOMPARE(page.file().grabber.name, QStringLiteral("周杰"));
        QCOMPARE(page.file().grabber.skills, (QStringList{QStringLiteral("云服务"), QStringLiteral("数据库")}));
        QVERIFY(page.file().grabber.level == Level::Senior);

        GrabberDialog *edit = page.openEditGrabber();
        QVERIFY(edit);
        QPointer<GrabberDialog> editGuard(edit);
        edit->statusBox()->setCurrentIndex(edit->statusBox()->findData(int(GrabberStatus::OnLeave)));
        edit->ownCapBox()->setChecked(true);
        edit->capBox()->setValue(8);
        const TeamService::GrabberChanges c = edit->changes();
        QVERIFY(c.status && c.dailyCapOverride && !c.name && !c.level && !c.skills);
        edit->accept();
        QTRY_VERIFY(editGuard.isNull() || !editGuard->isVisible());
        QVERIFY(page.file().grabber.status == GrabberStatus::OnLeave);
        QCOMPARE(page.file().grabber.dailyCapOverride, std::optional<int>(8));
        QCOMPARE(t.db.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'grabber_changed' AND actor = 'manager'")), 1);
    }

    // Edit ▸ Undo of a grabber's edit puts back what changed, as a change of its own.
    void undoAStatusChange()
    {
        Team t;
        TeamPage page(t.db.db(), t.db.clock);
        QUndoStack stack;
        page.setUndoStack(&stack);
        page.show();
        QVERIFY(page.selectGrabber(t.li));
        GrabberDialog *edit = page.openEditGrabber();
        QVERIFY(edit);
        QPointer<GrabberDialog> guard(edit);
        edit->statusBox()->setCurrentIndex(edit->statusBox()->findData(int(GrabberStatus::OnLeave)));
        edit->accept();
        QTRY_VERIFY(guard.isNull() || !guard->isVisible());
        QVERIFY(page.file().grabber.status == GrabberStatus::OnLeave);
        QVERIFY(stack.canUndo());
        stack.undo();
        QVERIFY(page.file().grabber.status == GrabberStatus::Active);
        QCOMPARE(t.db.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'grabber_changed' AND grabber_id = ?"), {t.li}), 2);
        stack.redo();
        QVERIFY(page.file().grabber.status == GrabberStatus::OnLeave);
    }

    void selectAndAddATraining()
    {
        Team t;
        TeamPage page(t.db.db(), t.db.clock);
        page.resize(1300, 800);
        page.show();
        QCOMPARE(page.roster()->rowCount(), 3);
        QCOMPARE(page.selectedGrabber(), std::optional<qint64>(t.zhang)); // the first, at once
        QVERIFY(page.selectGrabber(t.li));
        QCOMPARE(page.file().grabber.name, QStringLiteral("李娜"));
        QVERIFY(page.trainingsEmptyText().contains(QStringLiteral("No trainings for 李娜 yet")));
        QVERIFY(page.notesEmptyText().contains(QStringLiteral("New note…")));
        QVERIFY(page.feedbackEmptyText().contains(QStringLiteral("Record feedback…")));
        QVERIFY(!page.recordFeedbackButton()->isEnabled());
        QVERIFY(page.targetText().contains(QStringLiteral("no target set")));
        QVERIFY(!page.targetText().contains(QStringLiteral("grabctl")));
        // Set target… in the window: a refusal stays in the dialog, a target saved shows at once.
        {
            TargetDialog *target = page.openSetTarget();
            QVERIFY(target);
            QPointer<TargetDialog> guard(target);
            target->revenueEdit()->setText(QStringLiteral("lots"));
            target->accept();
            QVERIFY(target->isVisible());
            QVERIFY(target->errorText().contains(QStringLiteral("yuan")));
            target->wonBox()->setValue(40);
            target->revenueEdit()->setText(QStringLiteral("300000"));
            target->accept();
            QTRY_VERIFY(guard.isNull() || !guard->isVisible());
            QVERIFY2(page.targetText().contains(QStringLiteral("of 40 orders won")), qPrintable(page.targetText()));
            QVERIFY(page.targetText().contains(QStringLiteral("¥300,000.00")));
            QCOMPARE(t.db.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'target_set'")), 1);
        }

        QVERIFY(page.selectGrabber(t.zhang));
        QVERIFY(page.trainingsEmptyText().isEmpty());
        QCOMPARE(page.trainings()->rowCount(), 1);
        QCOMPARE(rosterCell(page, t.zhang, RosterModel::Trainings).data().toString(), QStringLiteral("1 overdue"));
        QCOMPARE(rosterCell(page, t.zhang, RosterModel::Trainings).data(RosterModel::BadgeRole).value<QColor>(),
                 TeamText::background(DueState::Overdue));
        QCOMPARE(page.tabs()->tabText(0), QStringLiteral("Trainings · 1 overdue"));

        // Through the dialog: an empty course is not sent.
        TrainingDialog *dialog = page.openAddTraining();
        QVERIFY(dialog);
        QPointer<TrainingDialog> guard(dialog);
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->errorText().contains(QStringLiteral("name")));
        dialog->setCourse(QStringLiteral("云服务产品线深度培训"));
        dialog->setCategory(TrainingCategory::ProductKnowledge);
        dialog->setDue(QDate(2026, 11, 21)); // already late
        dialog->accept();
        QTRY_VERIFY(!guard); // stored, closed and deleted
        QCOMPARE(page.messages()->kind(), MessageStrip::Kind::Success);
        QCOMPARE(page.trainings()->rowCount(), 2);
        QCOMPARE(t.db.count(QStringLiteral("SELECT COUNT(*) FROM trainings WHERE grabber_id = ? AND category = 'product_knowledge'"), {t.zhang}), 1);
        QCOMPARE(t.db.text(QStringLiteral("SELECT actor FROM events ORDER BY id DESC LIMIT 1")), QStringLiteral("manager"));
        // The badge follows.
        QCOMPARE(rosterCell(page, t.zhang, RosterModel::Trainings).data().toString(), QStringLiteral("2 overdue"));
        QCOMPARE(page.tabs()->tabText(0), QStringLiteral("Trainings · 2 overdue"));

        // A taken one with its result and hours.
        dialog = page.openAddTraining();
        dialog->setCourse(QStringLiteral("客户投诉处理规范"));
        dialog->setDue(QDate());
        dialog->setTaken(QDate(2026, 11, 24), true);
        dialog->setHours(2.5);
        QCOMPARE(dialog->training().hours, std::optional<double>(2.5));
        QCOMPARE(dialog->training().passed, std::optional<bool>(true));
        dialog->accept();
        QCOMPARE(page.trainings()->rowCount(), 3);
        QCOMPARE(rosterCell(page, t.zhang, RosterModel::Trainings).data().toString(), QStringLiteral("2 overdue"));

        // Mark the selected overdue one passed: one fewer overdue.
        page.trainingView()->setCurrentIndex(page.trainings()->index(0, 0));
        QVERIFY(page.markSelectedTraining(true));
        QCOMPARE(rosterCell(page, t.zhang, RosterModel::Trainings).data().toString(), QStringLiteral("1 overdue"));
        QCOMPARE(page.trainings()->overdueCount(), 1);
        // The selection stays on the same training after the reload.
        const qint64 marked = page.trainingView()->currentIndex().data(TrainingModel::TrainingIdRole).toLongLong();
        QCOMPARE(t.db.count(QStringLiteral("SELECT passed FROM trainings WHERE id = ?"), {marked}), 1);
    }

    void tickAnActionItem()
    {
        Team t;
        TeamPage page(t.db.db(), t.db.clock);
        page.show();
        QCOMPARE(rosterCell(page, t.wang, RosterModel::Actions).data().toInt(), 1);
        QCOMPARE(rosterCell(page, t.wang, RosterModel::Actions).data(RosterModel::BadgeRole).value<QColor>(),
                 TeamText::background(DueState::Overdue));
        QVERIFY(rosterCell(page, t.wang, RosterModel::Actions).data(Qt::ToolTipRole).toString().contains(QStringLiteral("1 overdue")));
        QVERIFY(page.selectGrabber(t.wang));
        QCOMPARE(page.tabs()->tabText(1), QStringLiteral("Notes && actions · 1 overdue"));
        // The meeting shows on 王芳's page because she owns an item of it.
        QCOMPARE(page.notes()->rowCount(), 1);
        const QModelIndex item = page.notes()->actionIndex(t.wangsAction);
        QVERIFY(item.isValid());
        QVERIFY(item.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Overdue")));

        // Tick it, as a click on the check box does (the write is queued after the click).
        QVERIFY(!page.notes()->setData(item, Qt::Checked, Qt::CheckStateRole));
        QTRY_COMPARE(t.db.count(QStringLiteral("SELECT COUNT(*) FROM note_actions WHERE done_at IS NOT NULL")), 1);
        QTRY_VERIFY(!rosterCell(page, t.wang, RosterModel::Actions).data(RosterModel::BadgeRole).isValid());
        QCOMPARE(rosterCell(page, t.wang, RosterModel::Actions).data().toString(), QString());
        QCOMPARE(page.tabs()->tabText(1), QStringLiteral("Notes && actions (0 open)"));
        QCOMPARE(page.notes()->actionIndex(t.wangsAction).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(page.messages()->kind(), MessageStrip::Kind::Success);
        // And back.
        QVERIFY(page.setActionDone(t.wangsAction, false));
        QCOMPARE(rosterCell(page, t.wang, RosterModel::Actions).data().toInt(), 1);

        // 张伟 sees no notes unless every weekly meeting is asked for.
        QVERIFY(page.selectGrabber(t.zhang));
        QCOMPARE(page.notes()->rowCount(), 0);
        page.setShowAllMeetings(true);
        QCOMPARE(page.notes()->rowCount(), 1);
    }

    void newNoteWithItems()
    {
        Team t;
        TeamPage page(t.db.db(), t.db.clock);
        page.show();
        QVERIFY(page.selectGrabber(t.li));
        NoteDialog *dialog = page.openNewNote();
        QVERIFY(dialog);
        QPointer<NoteDialog> guard(dialog);
        dialog->setTitle(QStringLiteral("一对一：跟进节奏"));
        dialog->setBody(QStringLiteral("聊了跟进清单"));
        dialog->addAction(QStringLiteral("每天检查跟进时间"), t.li, QString(), QDate(2026, 11, 27));
        dialog->addAction(QStringLiteral("准备案例"), 0, QStringLiteral("经理"), QDate());
        dialog->addAction(QStringLiteral("太早了"), t.li, QString(), QDate(2026, 11, 1)); // before the meeting: refused
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->errorText().contains(QStringLiteral("before the meeting")));
        QCOMPARE(t.db.count(QStringLiteral("SELECT COUNT(*) FROM notes")), 1);
        dialog->setHeldOn(QDate(2026, 10, 30));
        dialog->accept();
        QTRY_VERIFY(!guard);
        QCOMPARE(page.notes()->rowCount(), 1);
        QCOMPARE(page.notes()->rowCount(page.notes()->index(0, 0)), 3);
        QCOMPARE(page.notes()->notes().first().grabberId, std::optional<qint64>(t.li));
        QCOMPARE(page.notes()->notes().first().actions[1].ownerName, QStringLiteral("经理"));
        // Two of the three are 李娜's; one is overdue (due 2026-11-01).
        QCOMPARE(rosterCell(page, t.li, RosterModel::Actions).data().toInt(), 2);
        QCOMPARE(page.tabs()->tabText(1), QStringLiteral("Notes && actions · 1 overdue"));
    }

    void recordFeedback()
    {
        Team t;
        TeamPage page(t.db.db(), t.db.clock);
        page.show();
        QVERIFY(page.selectGrabber(t.zhang));
        QVERIFY(page.recordFeedbackButton()->isEnabled());
        QVERIFY(!page.feedbackEmptyText().isEmpty());
        FeedbackDialog *dialog = page.openRecordFeedback();
        QVERIFY(dialog);
        QPointer<FeedbackDialog> guard(dialog);
        QCOMPARE(dialog->orderId(), t.closedOrder);
        QCOMPARE(dialog->score(), 0); // no score is suggested
        dialog->setScore(4);
        dialog->setComment(QStringLiteral("讲解清楚"));
        dialog->accept();
        QTRY_VERIFY(!guard);
        QCOMPARE(page.feedback()->rowCount(), 1);
        QCOMPARE(page.feedback()->entryAt(0).comment, QStringLiteral("讲解清楚"));
        QVERIFY(page.feedbackEmptyText().isEmpty());
        QVERIFY(!page.recordFeedbackButton()->isEnabled()); // nothing left to score
        QCOMPARE(page.tabs()->tabText(2), QStringLiteral("Feedback (1)"));
        QCOMPARE(t.db.count(QStringLiteral("SELECT score FROM feedback WHERE order_id = ?"), {t.closedOrder}), 4);
        QVERIFY(!page.openRecordFeedback());
    }

    // Written elsewhere (grabctl, another window): the board's feed brings the event.
    void eventsFromElsewhereReload()
    {
        Team t;
        TeamPage page(t.db.db(), t.db.clock);
        page.show();
        QVERIFY(page.selectGrabber(t.li));
        QVERIFY(TargetService(t.db.ctx()).set(t.li, QDate(2026, 11, 1), 20, 10000000));
        TrainingService::NewTraining late;
        late.grabberId = t.li;
        late.course = QStringLiteral("Late");
        late.dueOn = QDate(2026, 11, 2);
        QVERIFY(TrainingService(t.db.ctx(QStringLiteral("grabctl"))).add(late));
        BoardDelta unrelated;
        Event e;
        e.type = QString::fromLatin1(event::FollowedUp);
        unrelated.events << e;
        page.applyDelta(unrelated);
        QTest::qWait(400);
        QCOMPARE(page.trainings()->rowCount(), 0); // not reloaded for a follow-up
        BoardDelta delta;
        e.type = QString::fromLatin1(event::TrainingAdded);
        delta.events << e;
        page.applyDelta(delta);
        QTRY_COMPARE(page.trainings()->rowCount(), 1);
        QCOMPARE(rosterCell(page, t.li, RosterModel::Trainings).data().toString(), QStringLiteral("1 overdue"));
        QVERIFY(page.targetText().contains(QStringLiteral("0 of 20 orders won")));
        QVERIFY(page.lastRosterMs() >= 0);
    }
};

QTEST_MAIN(TestTeamPage)
#include "tst_teampage.moc"
