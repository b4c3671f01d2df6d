// TrainingService: adding (by hand and from a review decision), marking taken and passed,
// listing with filters, overdue against the team-local day, every refusal changing nothing,
// and one event per change.

#include "testdb.h"

#include "services/audit/eventlog.h"
#include "services/team/trainingservice.h"

#include <cmath>
#include <limits>

using namespace grab;
using namespace grab::test;

namespace {

TrainingService::NewTraining course(qint64 grabber, const QString &name, const QDate &due = QDate(), const QDate &taken = QDate())
{
    TrainingService::NewTraining t;
    t.grabberId = grabber;
    t.course = name;
    t.category = TrainingCategory::SalesSkills;
    t.dueOn = due;
    t.takenOn = taken;
    return t;
}

QStringList courses(const QList<Training> &list)
{
    QStringList out;
    for (const Training &t : list) {
        out << t.course;
    }
    return out;
}

} // namespace

class TestTraining : public QObject
{
    Q_OBJECT

private:
    int rows(TestDb &t) { return t.count(QStringLiteral("SELECT COUNT(*) FROM trainings")); }
    int events(TestDb &t) { return t.count(QStringLiteral("SELECT COUNT(*) FROM events")); }

private slots:
    void addsAndListsOwedFirst()
    {
        TestDb t; // today is Wednesday 2026-11-25 in Shanghai
        const qint64 g = t.grabber(QStringLiteral("张伟"));
        const qint64 other = t.grabber(QStringLiteral("王芳"));
        TrainingService s(t.ctx());
        QVERIFY(s.add(course(g, QStringLiteral("Late"), QDate(2026, 11, 20))));
        QVERIFY(s.add(course(g, QStringLiteral("Later"), QDate(2026, 12, 10))));
        QVERIFY(s.add(course(g, QStringLiteral("Someday"))));
        auto taken = course(g, QStringLiteral("Done long ago"), QDate(), QDate(2026, 10, 2));
        taken.hours = 2.5;
        taken.passed = true;
        QVERIFY(s.add(taken));
        QVERIFY(s.add(course(g, QStringLiteral("Done lately"), QDate(), QDate(2026, 11, 3))));
        QVERIFY(s.add(course(other, QStringLiteral("Hers"), QDate(2026, 11, 1))));

        TrainingService::Filter mine;
        mine.grabberId = g;
        auto list = s.list(mine);
        QVERIFY(list);
        // Owed first, soonest due first, no due date last; then taken, newest first.
        QCOMPARE(courses(*list), (QStringList{QStringLiteral("Late"), QStringLiteral("Later"), QStringLiteral("Someday"),
                                             QStringLiteral("Done lately"), QStringLiteral("Done long ago")}));
        QCOMPARE(list->at(0).grabberName, QStringLiteral("张伟"));
        QCOMPARE(list->at(4).hours, std::optional<double>(2.5));
        QCOMPARE(list->at(4).passed, std::optional<bool>(true));
        QVERIFY(!list->at(3).passed);
        QVERIFY(!list->at(0).reviewEntryId);

        auto all = s.list(TrainingService::Filter{});
        QCOMPARE(all->size(), 6);
        TrainingService::Filter owed;
        owed.owedOnly = true;
        QCOMPARE(courses(*s.list(owed)), (QStringList{QStringLiteral("Hers"), QStringLiteral("Late"), QStringLiteral("Later"),
                                                      QStringLiteral("Someday")}));
        TrainingService::Filter overdue;
        overdue.overdueOnly = true;
        QCOMPARE(courses(*s.list(overdue)), (QStringList{QStringLiteral("Hers"), QStringLiteral("Late")}));
        TrainingService::Filter category;
        category.category = TrainingCategory::CustomerService;
        QVERIFY(s.list(category)->isEmpty());

        auto counts = s.countsByGrabber();
        QVERIFY(counts);
        QCOMPARE(counts->value(g).total, 5);
        QCOMPARE(counts->value(g).owed, 3);
        QCOMPARE(counts->value(g).overdue, 1);
        QCOMPARE(counts->value(g).dueSoon, 0);
        QCOMPARE(counts->value(other).overdue, 1);
    }

    // Overdue means due before today in the team's time zone, not in UTC and not the computer's.
    void overdueFollowsTheTeamDay()
    {
        TestDb t;
        const qint64 g = t.grabber(QStringLiteral("张伟"));
        TrainingService s(t.ctx());
        auto id = s.add(course(g, QStringLiteral("Due today"), QDate(2026, 11, 25)));
        QVERIFY(id);
        auto tr = s.training(*id);
        QCOMPARE(*s.today(), QDate(2026, 11, 25));
        QVERIFY(!tr->isOverdue(QDate(2026, 11, 25)));
        QVERIFY(tr->dueState(QDate(2026, 11, 25)) == DueState::DueSoon);
        QCOMPARE(s.countsByGrabber()->value(g).dueSoon, 1);
        // 2026-11-26 00:30 in Shanghai is still the 25th in UTC: the team's day has turned.
        t.clock.set(at("2026-11-26T00:30:00"));
        QCOMPARE(*s.today(), QDate(2026, 11, 26));
        QCOMPARE(s.countsByGrabber()->value(g).overdue, 1);
        TrainingService::Filter overdue;
        overdue.overdueOnly = true;
        QCOMPARE(s.list(overdue)->size(), 1);
        // Taken, it is no longer owed, whatever the date.
        QVERIFY(s.markTaken(*id, QDate(), true));
        QCOMPARE(s.countsByGrabber()->value(g).overdue, 0);
        QVERIFY(s.list(overdue)->isEmpty());
        QCOMPARE(s.training(*id)->takenOn, QDate(2026, 11, 26));
    }

    void markTakenAndChanges()
    {
        TestDb t;
        const qint64 g = t.grabber(QStringLiteral("张伟"));
        TrainingService s(t.ctx(QStringLiteral("manager")));
        auto id = s.add(course(g, QStringLiteral("Cloud basics"), QDate(2026, 11, 30)));
        QVERIFY(id);
        int n = events(t);
        auto done = s.markTaken(*id, QDate(2026, 11, 24), false, 3.0);
        QVERIFY(done);
        QCOMPARE(done->takenOn, QDate(2026, 11, 24));
        QCOMPARE(done->passed, std::optional<bool>(false));
        QCOMPARE(done->hours, std::optional<double>(3.0));
        QCOMPARE(events(t), ++n);
        auto log = EventLog::since(t.db().connection(), 0);
        const Event &e = log->last();
        QCOMPARE(e.type, QString::fromLatin1(event::TrainingChanged));
        QCOMPARE(e.actor, QStringLiteral("manager"));
        QCOMPARE(e.grabberId, std::optional<qint64>(g));
        QVERIFY(e.payload.value(QStringLiteral("old")).toObject().value(QStringLiteral("takenOn")).isNull());
        QCOMPARE(e.payload.value(QStringLiteral("new")).toObject().value(QStringLiteral("takenOn")).toString(), QStringLiteral("2026-11-24"));
        QCOMPARE(e.payload.value(QStringLiteral("new")).toObject().value(QStringLiteral("passed")).toBool(true), false);

        // The same again changes nothing and writes no event.
        QVERIFY(s.markTaken(*id, QDate(2026, 11, 24), false, 3.0));
        QCOMPARE(events(t), n);

        // A result alone: passed now; clearing the date clears the result.
        TrainingService::Changes pass;
        pass.passed = std::optional<bool>(true);
        QCOMPARE(s.update(*id, pass)->passed, std::optional<bool>(true));
        TrainingService::Changes untake;
        untake.takenOn = QDate();
        auto cleared = s.update(*id, untake);
        QVERIFY(!cleared->takenOn.isValid());
        QVERIFY(!cleared->passed);
        QVERIFY(cleared->isOwed());
        // A result without a taken date takes today.
        QCOMPARE(s.update(*id, pass)->takenOn, QDate(2026, 11, 25));
        QCOMPARE(events(t), n + 3);

        QCOMPARE(s.update(9999, pass).error().code, ErrorCode::NotFound);
    }

    // A result given later keeps the date it was taken on.
    void doneLaterKeepsTheDate()
    {
        TestDb t;
        const qint64 g = t.grabber(QStringLiteral("张伟"));
        TrainingService s(t.ctx());
        auto id = s.add(course(g, QStringLiteral("Taken, result pending"), QDate(), QDate(2026, 11, 10)));
        QVERIFY(id);
        QVERIFY(!s.training(*id)->passed);
        auto done = s.markTaken(*id, QDate(), true);
        QCOMPARE(done->takenOn, QDate(2026, 11, 10));
        QCOMPARE(done->passed, std::optional<bool>(true));
        QCOMPARE(s.markTaken(9999, QDate(), true).error().code, ErrorCode::NotFound);
    }

    void refusalsChangeNothing()
    {
        TestDb t;
        const qint64 g = t.grabber(QStringLiteral("张伟"));
        TrainingService s(t.ctx());
        const int before = events(t);
        QCOMPARE(s.add(course(g + 100, QStringLiteral("x"))).error().code, ErrorCode::NotFound);
        QCOMPARE(s.add(course(g, QStringLiteral("   "))).error().code, ErrorCode::InvalidInput);
        auto badCategory = course(g, QStringLiteral("x"));
        badCategory.category = TrainingCategory(42);
        QCOMPARE(s.add(badCategory).error().code, ErrorCode::InvalidInput);
        for (double h : {-0.5, 1000.5, std::numeric_limits<double>::quiet_NaN()}) {
            auto bad = course(g, QStringLiteral("x"));
            bad.hours = h;
            QCOMPARE(s.add(bad).error().code, ErrorCode::InvalidInput);
        }
        QCOMPARE(s.add(course(g, QStringLiteral("x"), QDate(1999, 12, 31))).error().code, ErrorCode::InvalidInput);
        QCOMPARE(s.add(course(g, QStringLiteral("x"), QDate(), QDate(2026, 11, 26))).error().code, ErrorCode::InvalidInput); // tomorrow
        auto review = course(g, QStringLiteral("x"));
        review.reviewEntryId = 77;
        QCOMPARE(s.add(review).error().code, ErrorCode::NotFound);
        QCOMPARE(rows(t), 0);
        QCOMPARE(events(t), before);

        auto id = s.add(course(g, QStringLiteral("Good"), QDate(2026, 12, 1)));
        QVERIFY(id);
        TrainingService::Changes bad;
        bad.hours = std::optional<double>(-1);
        QCOMPARE(s.update(*id, bad).error().code, ErrorCode::InvalidInput);
        TrainingService::Changes empty;
        empty.course = QString();
        QCOMPARE(s.update(*id, empty).error().code, ErrorCode::InvalidInput);
        QCOMPARE(s.markTaken(*id, QDate(2027, 1, 1), true).error().code, ErrorCode::InvalidInput);
        QCOMPARE(t.text(QStringLiteral("SELECT course FROM trainings WHERE id = ?"), {*id}), QStringLiteral("Good"));
        QVERIFY(t.text(QStringLiteral("SELECT taken_on FROM trainings WHERE id = ?"), {*id}).isEmpty());
        QCOMPARE(events(t), before + 1);
    }

    // A review decision's training names the review's quarter; addIn joins the caller's
    // transaction, so a rollback leaves nothing.
    void fromAReviewDecision()
    {
        TestDb t;
        const qint64 g = t.grabber(QStringLiteral("张伟"));
        const qint64 other = t.grabber(QStringLiteral("王芳"));
        QSqlDatabase db = t.db().connection();
        QVERIFY(runSql(db, QStringLiteral("INSERT INTO review_cycles (id, quarter, created_at) VALUES (1, '2026-Q3', 0)")));
        QVERIFY(runSql(db, QStringLiteral("INSERT INTO review_entries (id, cycle_id, grabber_id) VALUES (5, 1, ?)"), {g}));
        TrainingService s(t.ctx());
        auto decided = course(g, QStringLiteral("Objection handling"), QDate(2026, 12, 31));
        decided.reviewEntryId = 5;
        auto id = s.add(decided);
        QVERIFY(id);
        auto tr = s.training(*id);
        QCOMPARE(tr->reviewEntryId, std::optional<qint64>(5));
        QCOMPARE(tr->reviewQuarter, QStringLiteral("2026-Q3"));
        QCOMPARE(toJson(*tr, QDate(2026, 11, 25)).value(QStringLiteral("reviewQuarter")).toString(), QStringLiteral("2026-Q3"));
        // The entry is another grabber's: refused.
        auto wrong = course(other, QStringLiteral("x"));
        wrong.reviewEntryId = 5;
        QCOMPARE(s.add(wrong).error().code, ErrorCode::NotFound);

        const int before = rows(t);
        const int eventsBefore = events(t);
        {
            auto tx = Transaction::begin(t.db());
            QVERIFY(tx);
            QVERIFY(TrainingService::addIn(db, QDate(2026, 11, 25), t.clock.nowMs(), QStringLiteral("review"), decided));
            tx->rollback();
        }
        QCOMPARE(rows(t), before);
        QCOMPARE(events(t), eventsBefore);
    }

    void addedEventHoldsTheTraining()
    {
        TestDb t;
        const qint64 g = t.grabber(QStringLiteral("张伟"));
        auto tr = course(g, QStringLiteral("客户投诉处理规范"), QDate(2026, 12, 5));
        tr.category = TrainingCategory::CustomerService;
        QVERIFY(TrainingService(t.ctx(QStringLiteral("manager"))).add(tr));
        const Event e = EventLog::since(t.db().connection(), 0)->last();
        QCOMPARE(e.type, QStringLiteral("training_added"));
        QCOMPARE(e.grabberId, std::optional<qint64>(g));
        QCOMPARE(e.actor, QStringLiteral("manager"));
        QCOMPARE(e.payload.value(QStringLiteral("course")).toString(), QStringLiteral("客户投诉处理规范"));
        QCOMPARE(e.payload.value(QStringLiteral("category")).toString(), QStringLiteral("customer_service"));
        QCOMPARE(e.payload.value(QStringLiteral("dueOn")).toString(), QStringLiteral("2026-12-05"));
    }

    void categoryText()
    {
        for (TrainingCategory c : {TrainingCategory::SalesSkills, TrainingCategory::ProductKnowledge, TrainingCategory::CustomerService}) {
            QVERIFY(trainingCategoryFromString(toString(c)) == std::optional<TrainingCategory>(c));
        }
        QCOMPARE(toString(TrainingCategory::ProductKnowledge), QStringLiteral("product_knowledge"));
        QVERIFY(!trainingCategoryFromString(u"sales"));
        QVERIFY(dueState(QDate(2026, 11, 28), QDate(2026, 11, 25), false) == DueState::DueSoon);
        QVERIFY(dueState(QDate(2026, 11, 29), QDate(2026, 11, 25), false) == DueState::None);
        QVERIFY(dueState(QDate(2026, 11, 24), QDate(2026, 11, 25), false) == DueState::Overdue);
        QVERIFY(dueState(QDate(2026, 11, 24), QDate(2026, 11, 25), true) == DueState::None);
        QVERIFY(dueState(QDate(), QDate(2026, 11, 25), false) == DueState::None);
    }
};

QTEST_GUILESS_MAIN(TestTraining)
#include "tst_training.moc"
