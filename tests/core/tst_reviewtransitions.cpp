// The review cycle's states through ReviewService: every legal step, every illegal one with its
// reason code, the audit events (who, when, old -> new), decisions and the trainings they assign.
#include "testdb.h"

#include "services/audit/eventlog.h"
#include "services/grab/grabservice.h"
#include "services/review/reviewservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace grab;
using namespace grab::test;

namespace {

const QString kQ = QStringLiteral("2026-Q4"); // the test clock's quarter

struct Team
{
    qint64 zhang = 0, wang = 0, li = 0, onLeave = 0;
};

Team makeTeam(TestDb &t)
{
    Team team;
    team.zhang = t.grabber(QStringLiteral("张伟"));
    team.wang = t.grabber(QStringLiteral("王芳"), Level::Senior);
    team.li = t.grabber(QStringLiteral("李娜"));
    team.onLeave = t.grabber(QStringLiteral("刘洋"));
    TeamService::GrabberChanges leave;
    leave.status = GrabberStatus::OnLeave;
    if (!TeamService(t.ctx()).updateGrabber(team.onLeave, leave)) {
        qFatal("leave");
    }
    return team;
}

QList<QJsonObject> reviewEvents(TestDb &t)
{
    QList<QJsonObject> out;
    auto q = runSql(t.db().connection(), QStringLiteral("SELECT actor, reason, payload, grabber_id, at FROM events WHERE type = 'review_changed' ORDER BY id"));
    while (q && q->next()) {
        QJsonObject o = QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object();
        o.insert(QStringLiteral("_actor"), q->value(0).toString());
        o.insert(QStringLiteral("_reason"), q->value(1).toString());
        o.insert(QStringLiteral("_grabber"), q->value(3).toLongLong());
        o.insert(QStringLiteral("_at"), q->value(4).toLongLong());
        out.append(o);
    }
    return out;
}

#define REFUSED(expr, errorCode, reasonCode)                                                                                                \
    do {                                                                                                                               \
        const auto r_ = (expr);                                                                                                        \
        QVERIFY2(!r_, #expr " should have been refused");                                                                             \
        QCOMPARE(r_.error().code, errorCode);                                                                                               \
        QCOMPARE(r_.error().reason, QStringLiteral(reasonCode));                                                                       \
    } while (false)

} // namespace

class TestReviewTransitions : public QObject
{
    Q_OBJECT
private slots:
    void wholeCycleWithItsAuditTrail()
    {
        TestDb t;
        const Team team = makeTeam(t);
        ReviewService svc(t.ctx(QStringLiteral("主管 陈")));

        auto created = svc.create(kQ);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QCOMPARE(toString(created->state), toString(ReviewState::Draft));
        QCOMPARE(created->period.from, QDate(2026, 10, 1));
        QCOMPARE(created->period.to, QDate(2027, 1, 1));
        QVERIFY(created->settings.ruleVersion > 0); // the defaults came from the rule set

        QList<std::pair<int, int>> steps;
        auto opened = svc.open(kQ, [&](int done, int total) {
            steps.append({done, total});
            return true;
        });
        QVERIFY(opened);
        QCOMPARE(opened->entries, 3); // the three active grabbers; not the one on leave
        QCOMPARE(steps.first(), std::make_pair(0, 3));
        QCOMPARE(steps.last(), std::make_pair(3, 3));
        QCOMPARE(steps.size(), 4);

        auto view = svc.cycle(kQ);
        QVERIFY(view);
        QCOMPARE(toString(view->cycle.state), toString(ReviewState::Open));
        QCOMPARE(view->cycle.progress.total, 3);
        QCOMPARE(view->cycle.progress.scored, 0);
        QCOMPARE(view->cycle.progress.missing.size(), 3);

        // The first score moves the cycle to scoring.
        auto scored = svc.score(kQ, team.zhang, 5, QStringLiteral("稳定, 可靠"));
        QVERIFY(scored);
        QCOMPARE(*scored->supervisorScore, 5);
        QVERIFY(scored->final.score);
        QVERIFY(!scored->final.grade.isEmpty());
        QVERIFY(scored->final.why.contains(QStringLiteral("supervisor score 5")));
        QCOMPARE(toString(svc.cycle(kQ)->cycle.state), toString(ReviewState::Scoring));

        // Approving with grabbers unscored is refused, naming them.
        auto early = svc.approve(kQ, QStringLiteral("总监 孙"));
        QVERIFY(!early);
        QCOMPARE(early.error().reason, QStringLiteral("grabbers_unscored"));
        QVERIFY(early.error().message.contains(QStringLiteral("王芳")));
        QVERIFY(early.error().message.contains(QStringLiteral("李娜")));
        QVERIFY(!early.error().message.contains(QStringLiteral("张伟")));
        QCOMPARE(toString(svc.cycle(kQ)->cycle.state), toString(ReviewState::Scoring));

        QVERIFY(svc.score(kQ, team.wang, 3));
        QVERIFY(svc.score(kQ, team.li, 1, QStringLiteral("需要改进")));
        // A second score replaces the first; the comment stays unless given.
        auto rescored = svc.score(kQ, team.li, 2);
        QVERIFY(rescored);
        QCOMPARE(rescored->comment, QStringLiteral("需要改进"));
        QCOMPARE(*rescored->supervisorScore, 2);

        QVERIFY(svc.approve(kQ, QStringLiteral("总监 孙")));
        auto approved = svc.cycle(kQ);
        QCOMPARE(toString(approved->cycle.state), toString(ReviewState::Approved));
        QCOMPARE(approved->cycle.approvedBy, QStringLiteral("总监 孙"));
        QVERIFY(approved->cycle.approvedAt);
        QVERIFY(svc.lock(kQ));
        QCOMPARE(toString(svc.cycle(kQ)->cycle.state), toString(ReviewState::Locked));
        QVERIFY(svc.cycle(kQ)->cycle.lockedAt);

        // Every change is an event with who, when, old -> new.
        const QList<QJsonObject> events = reviewEvents(t);
        QStringList changes;
        for (const QJsonObject &e : events) {
            changes << e.value(QStringLiteral("change")).toString();
            QCOMPARE(e.value(QStringLiteral("_actor")).toString(), QStringLiteral("主管 陈"));
            QCOMPARE(e.value(QStringLiteral("_at")).toInteger(), t.clock.nowMs());
            QCOMPARE(e.value(QStringLiteral("quarter")).toString(), kQ);
            QVERIFY(e.contains(QStringLiteral("old")));
            QVERIFY(e.contains(QStringLiteral("new")));
        }
        QCOMPARE(changes, (QStringList{QStringLiteral("created"), QStringLiteral("opened"), QStringLiteral("scoring"), QStringLiteral("scored"),
                                       QStringLiteral("scored"), QStringLiteral("scored"), QStringLiteral("scored"), QStringLiteral("approved"),
                                       QStringLiteral("locked")}));
        const QJsonObject rescore = events[6];
        QCOMPARE(rescore.value(QStringLiteral("_grabber")).toInteger(), team.li);
        QCOMPARE(rescore.value(QStringLiteral("old")).toObject().value(QStringLiteral("supervisorScore")).toInt(), 1);
        QCOMPARE(rescore.value(QStringLiteral("new")).toObject().value(QStringLiteral("supervisorScore")).toInt(), 2);
        QCOMPARE(events[7].value(QStringLiteral("new")).toObject().value(QStringLiteral("approvedBy")).toString(), QStringLiteral("总监 孙"));
        QCOMPARE(events[8].value(QStringLiteral("old")).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    }

    void illegalTransitionsAreRefusedAndChangeNothing()
    {
        TestDb t;
        const Team team = makeTeam(t);
        ReviewService svc(t.ctx());

        REFUSED(svc.open(kQ), ErrorCode::NotFound, "no_such_cycle");
        REFUSED(svc.create(QStringLiteral("2026-Q5")), ErrorCode::Usage, "bad_quarter");
        REFUSED(svc.create(QStringLiteral("Q3-2026")), ErrorCode::Usage, "bad_quarter");
        QVERIFY(svc.create(kQ));
        REFUSED(svc.create(kQ), ErrorCode::Refused, "cycle_exists");

        // In draft: no scores, no decisions, no approval, no lock.
        REFUSED(svc.score(kQ, team.zhang, 4), ErrorCode::Refused, "cycle_not_open");
        REFUSED(svc.decide(kQ, team.zhang, NewReviewDecision{DecisionKind::Honour, std::nullopt, QStringLiteral("金牌"), {}, {}, {}}), ErrorCode::Refused,
                "cycle_not_open");
        REFUSED(svc.approve(kQ, QStringLiteral("x")), ErrorCode::Refused, "illegal_transition");
        REFUSED(svc.lock(kQ), ErrorCode::Refused, "illegal_transition");
        REFUSED(svc.startScoring(kQ), ErrorCode::Refused, "illegal_transition");
        REFUSED(svc.withdrawApproval(kQ), ErrorCode::Refused, "illegal_transition");

        QVERIFY(svc.open(kQ));
        REFUSED(svc.open(kQ), ErrorCode::Refused, "illegal_transition");
        REFUSED(svc.approve(kQ, QStringLiteral("x")), ErrorCode::Refused, "illegal_transition"); // open: nobody scored
        REFUSED(svc.lock(kQ), ErrorCode::Refused, "illegal_transition");
        REFUSED(svc.updateSettings(kQ, ReviewSettings::defaults()), ErrorCode::Refused, "illegal_transition");

        // Bad scores and unknown grabbers.
        REFUSED(svc.score(kQ, team.zhang, 0), ErrorCode::InvalidInput, "score_out_of_range");
        REFUSED(svc.score(kQ, team.zhang, 6), ErrorCode::InvalidInput, "score_out_of_range");
        REFUSED(svc.score(kQ, 9999, 3), ErrorCode::NotFound, "no_such_grabber");
        REFUSED(svc.score(kQ, team.onLeave, 3), ErrorCode::NotFound, "not_in_cycle");
        QCOMPARE(toString(svc.cycle(kQ)->cycle.state), toString(ReviewState::Open)); // nothing moved it

        QVERIFY(svc.startScoring(kQ));
        for (const qint64 g : {team.zhang, team.wang, team.li}) {
            QVERIFY(svc.score(kQ, g, 4));
        }
        REFUSED(svc.approve(kQ, QStringLiteral("  ")), ErrorCode::InvalidInput, "approver_required");
        REFUSED(svc.lock(kQ), ErrorCode::Refused, "illegal_transition"); // scoring: approve first
        QVERIFY(svc.approve(kQ, QStringLiteral("孙")));
        REFUSED(svc.approve(kQ, QStringLiteral("孙")), ErrorCode::Refused, "illegal_transition");
        REFUSED(svc.score(kQ, team.zhang, 2), ErrorCode::Refused, "cycle_approved");

        // Withdrawing the approval reopens scoring; the approver is cleared.
        QVERIFY(svc.withdrawApproval(kQ));
        QCOMPARE(toString(svc.cycle(kQ)->cycle.state), toString(ReviewState::Scoring));
        QVERIFY(svc.cycle(kQ)->cycle.approvedBy.isEmpty());
        QVERIFY(svc.score(kQ, team.zhang, 2));
        QVERIFY(svc.approve(kQ, QStringLiteral("孙")));
        QVERIFY(svc.lock(kQ));

        // Locked: everything refused, with the lock's reason.
        const int eventsBefore = t.count(QStringLiteral("SELECT COUNT(*) FROM events"));
        REFUSED(svc.score(kQ, team.zhang, 5), ErrorCode::Refused, "cycle_locked");
        REFUSED(svc.decide(kQ, team.zhang, NewReviewDecision{DecisionKind::Bonus, 100000, {}, {}, {}, {}}), ErrorCode::Refused, "cycle_locked");
        REFUSED(svc.removeDecision(kQ, 1), ErrorCode::Refused, "cycle_locked");
        REFUSED(svc.approve(kQ, QStringLiteral("孙")), ErrorCode::Refused, "cycle_locked");
        REFUSED(svc.withdrawApproval(kQ), ErrorCode::Refused, "cycle_locked");
        REFUSED(svc.lock(kQ), ErrorCode::Refused, "cycle_locked");
        REFUSED(svc.open(kQ), ErrorCode::Refused, "cycle_locked");
        REFUSED(svc.updateSettings(kQ, ReviewSettings::defaults()), ErrorCode::Refused, "cycle_locked");
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM events")), eventsBefore);
        QCOMPARE(*svc.entry(kQ, team.zhang)->supervisorScore, 2);
    }

    void decisionsNeedWhatTheirKindNeeds()
    {
        TestDb t;
        const Team team = makeTeam(t);
        ReviewService svc(t.ctx(QStringLiteral("陈")));
        QVERIFY(svc.create(kQ));
        QVERIFY(svc.open(kQ));
        const int before = t.count(QStringLiteral("SELECT COUNT(*) FROM review_decisions"));

        // A penalty without a reason: refused, nothing written (and the cycle stays open).
        REFUSED(svc.decide(kQ, team.li, NewReviewDecision{DecisionKind::BonusDeduction, 50000, {}, {}, QStringLiteral("   "), {}}), ErrorCode::Refused,
                "reason_required");
        REFUSED(svc.decide(kQ, team.li, NewReviewDecision{DecisionKind::Reassignment, std::nullopt, QStringLiteral("华南组"), {}, {}, {}}),
                ErrorCode::Refused, "reason_required");
        QCOMPARE(toString(svc.cycle(kQ)->cycle.state), toString(ReviewState::Open));
        const auto invalid = [&](const NewReviewDecision &d) {
            const auto r = svc.decide(kQ, team.li, d);
            return !r && r.error().code == ErrorCode::InvalidInput;
        };
        QVERIFY(invalid({DecisionKind::Bonus, std::nullopt, {}, {}, {}, {}}));           // no amount
        QVERIFY(invalid({DecisionKind::Bonus, 0, {}, {}, {}, {}}));                      // zero
        QVERIFY(invalid({DecisionKind::Honour, 100, QStringLiteral("金牌"), {}, {}, {}})); // an honour has no amount
        QVERIFY(invalid({DecisionKind::Honour, std::nullopt, {}, {}, {}, {}}));          // no text
        QVERIFY(invalid({DecisionKind::Training, std::nullopt, QStringLiteral("谈判"), QDate(2027, 1, 31), {}, QStringLiteral("cooking")}));
        QVERIFY(invalid({DecisionKind::Training, std::nullopt, QStringLiteral("谈判"), {}, {}, QStringLiteral("sales_skills")})); // no due date
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM review_decisions")), before);
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM trainings")), 0);

        auto bonus = svc.decide(kQ, team.zhang, NewReviewDecision{DecisionKind::Bonus, 200000, QStringLiteral("季度奖"), {}, {}, {}});
        QVERIFY(bonus);
        QCOMPARE(bonus->decidedBy, QStringLiteral("陈"));
        QCOMPARE(toString(svc.cycle(kQ)->cycle.state), toString(ReviewState::Scoring)); // the first decision started scoring
        QVERIFY(svc.decide(kQ, team.zhang, NewReviewDecision{DecisionKind::Honour, std::nullopt, QStringLiteral("季度之星"), {}, {}, {}}));
        QVERIFY(svc.decide(kQ, team.wang, NewReviewDecision{DecisionKind::Promotion, std::nullopt, QStringLiteral("lead"), {}, {}, {}}));
        auto penalty = svc.decide(kQ, team.li, NewReviewDecision{DecisionKind::BonusDeduction, 50000, {}, {}, QStringLiteral("三次未跟进"), {}});
        QVERIFY(penalty);

        // A training decision assigns the training, linked to the review entry, in the same step.
        auto training = svc.decide(kQ, team.li,
                                   NewReviewDecision{DecisionKind::Training, std::nullopt, QStringLiteral("跟进技巧"), QDate(2027, 1, 31), {},
                                                     QStringLiteral("sales_skills")});
        QVERIFY(training);
        QVERIFY(training->trainingId);
        const auto entry = svc.entry(kQ, team.li);
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM trainings WHERE id = ? AND grabber_id = ? AND review_entry_id = ? AND category = "
                                        "'sales_skills' AND due_on = '2027-01-31' AND course = '跟进技巧'"),
                         {*training->trainingId, team.li, entry->id}),
                 1);
        QCOMPARE(entry->decisions.size(), 2);
        QVERIFY(entry->hasPenalty());
        QCOMPARE(entry->decisions[1].category, QStringLiteral("sales_skills"));

        // Taking the training decision back removes the training it assigned.
        QVERIFY(svc.removeDecision(kQ, training->id));
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM trainings")), 0);
        REFUSED(svc.removeDecision(kQ, training->id), ErrorCode::NotFound, "no_such_decision");
        QCOMPARE(svc.cycle(kQ)->cycle.progress.decisions, 4);

        const QList<QJsonObject> events = reviewEvents(t);
        QCOMPARE(events.last().value(QStringLiteral("change")).toString(), QStringLiteral("decision_removed"));
        QCOMPARE(events.last().value(QStringLiteral("old")).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("跟进技巧"));
    }

    void cancellingTheOpeningRollsBack()
    {
        TestDb t;
        makeTeam(t);
        ReviewService svc(t.ctx());
        QVERIFY(svc.create(kQ));
        const int events = t.count(QStringLiteral("SELECT COUNT(*) FROM events"));
        auto cancelled = svc.open(kQ, [](int done, int) { return done < 2; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().reason, QStringLiteral("cancelled"));
        QCOMPARE(toString(svc.cycle(kQ)->cycle.state), toString(ReviewState::Draft));
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM review_entries")), 0);
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM events")), events);
        // And the connection is usable again: the same cycle opens.
        QVERIFY(svc.open(kQ));
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM review_entries")), 3);
    }

    void settingsComeFromTheRulesAndChangeOnlyInDraft()
    {
        TestDb t;
        makeTeam(t);
        t.setRules([](RuleSet &r) { r.review.targets[size_t(ReviewKpi::Won)] = 42; });
        ReviewService svc(t.ctx());
        auto c = svc.create(kQ);
        QVERIFY(c);
        QCOMPARE(c->settings.target(ReviewKpi::Won), 42.0);
        ReviewSettings s = c->settings;
        QVERIFY(s.applyWeights(QStringLiteral("won=50")));
        QVERIFY(svc.updateSettings(kQ, s));
        QCOMPARE(svc.cycle(kQ)->cycle.settings.weight(ReviewKpi::Won), 50.0);
        ReviewSettings bad = s;
        bad.gradeA = 10;
        REFUSED(svc.updateSettings(kQ, bad), ErrorCode::InvalidInput, "");
        // A rule change after creation does not touch the cycle.
        t.setRules([](RuleSet &r) { r.review.targets[size_t(ReviewKpi::Won)] = 7; });
        QCOMPARE(svc.cycle(kQ)->cycle.settings.target(ReviewKpi::Won), 42.0);
    }

    void historyShowsEveryQuarter()
    {
        TestDb t;
        const Team team = makeTeam(t);
        ReviewService svc(t.ctx());
        for (const QString &q : {QStringLiteral("2026-Q3"), kQ}) {
            QVERIFY(svc.create(q));
            QVERIFY(svc.open(q));
            QVERIFY(svc.score(q, team.zhang, q == kQ ? 5 : 3));
        }
        auto h = svc.history(team.zhang);
        QVERIFY(h);
        QCOMPARE(h->size(), 2);
        QCOMPARE(h->at(0).quarter, kQ); // newest first
        QCOMPARE(*h->at(0).supervisorScore, 5);
        QCOMPARE(h->at(1).quarter, QStringLiteral("2026-Q3"));
        QCOMPARE(*h->at(1).supervisorScore, 3);
        auto cycles = svc.cycles();
        QCOMPARE(cycles->size(), 2);
        QCOMPARE(cycles->at(0).quarter, kQ);
        QCOMPARE(cycles->at(0).progress.scored, 1);
        QCOMPARE(cycles->at(0).progress.total, 3);
        REFUSED(svc.history(4242), ErrorCode::NotFound, "no_such_grabber");
    }
};

QTEST_GUILESS_MAIN(TestReviewTransitions)
#include "tst_reviewtransitions.moc"
