// The readable diff of two rule sets (core/domain/rulechanges) and RuleService's history,
// optimistic save and restore on a real SQLite file.

#include "testdb.h"

#include "domain/rulechanges.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QTest>

using namespace grab;
using grab::test::TestDb;

namespace {

QStringList english(const QList<Phrase> &lines)
{
    QStringList out;
    for (const Phrase &p : lines) {
        out << p.english();
    }
    return out;
}

RuleSet base()
{
    return RuleSet::defaults(QStringLiteral("Asia/Shanghai"));
}

} // namespace

class TestRuleChanges : public QObject
{
    Q_OBJECT

private slots:
    void equalRulesHaveNoLine()
    {
        QVERIFY(ruleChanges(base(), base()).isEmpty());
    }

    void eachFieldKind()
    {
        const RuleSet a = base();
        RuleSet b = a;
        b.dailyCap[Level::Senior] = 30;
        QCOMPARE(english(ruleChanges(a, b)), QStringList{QStringLiteral("Daily cap (senior): 25 → 30")});

        b = a;
        b.timeZone = QStringLiteral("Europe/Berlin");
        b.vipAlwaysOpen = true;
        b.maxOpenWorkload = 12;
        b.grabDeadlineMinutes = 240;
        QCOMPARE(english(ruleChanges(a, b)),
                 (QStringList{QStringLiteral("Time zone: Asia/Shanghai → Europe/Berlin"), QStringLiteral("VIP orders always open: off → on"),
                              QStringLiteral("Max open workload: 15 → 12"), QStringLiteral("Grab deadline (minutes): 480 → 240")}));

        // A window that keeps its label reads as one change; a new one as added; a gone one as removed.
        b = a;
        b.windows[1].endMinute = 21 * 60;
        b.windows.append(GrabWindow{{7}, 10 * 60, 16 * 60, QStringLiteral("Sunday"), false});
        b.windows.removeFirst();
        QCOMPARE(english(ruleChanges(a, b)),
                 (QStringList{QStringLiteral("Grab window removed: Mon–Sat 08:00–10:00 Morning peak (peak)"),
                              QStringLiteral("Grab window: Mon–Sat 10:00–20:00 Day → Mon–Sat 10:00–21:00 Day"),
                              QStringLiteral("Grab window added: Sun 10:00–16:00 Sunday")}));

        b = a;
        b.reservations = {RuleSet::Reservation{2, Level::Lead}};
        QCOMPARE(english(ruleChanges(a, b)),
                 QStringList{QStringLiteral("Reserved priorities: P1 for senior and above → P1–P2 for lead and above")});
        b.reservations.clear();
        QCOMPARE(english(ruleChanges(a, b)), QStringList{QStringLiteral("Reserved priorities: P1 for senior and above → none")});

        b = a;
        b.priority.vipPoints = 60;
        b.priority.regionPoints.insert(QStringLiteral("华北"), 7);
        b.priority.p1From = 75;
        QVERIFY(!b.priority.amountBands.isEmpty());
        b.priority.amountBands[0].points += 5;
        const QStringList priority = english(ruleChanges(a, b));
        QVERIFY2(priority.contains(QStringLiteral("Priority points (VIP): 50 → 60")), qPrintable(priority.join(u'\n')));
        QVERIFY2(priority.contains(QStringLiteral("Region 华北 added (7 points)")), qPrintable(priority.join(u'\n')));
        QVERIFY2(priority.contains(QStringLiteral("P1 from score: 70 → 75")), qPrintable(priority.join(u'\n')));
        QVERIFY2(std::any_of(priority.begin(), priority.end(), [](const QString &l) { return l.startsWith(QStringLiteral("Amount band from ¥")); }),
                 qPrintable(priority.join(u'\n')));
        QCOMPARE(priority.size(), 4);

        b = a;
        b.dispatch.mode = DispatchPolicy::Mode::Off;
        b.dispatch.skillWeight = 35;
        b.followUp.hours = 48;
        b.violations.burstAttempts = 10;
        b.review.gradeA = 92;
        QCOMPARE(english(ruleChanges(a, b)),
                 (QStringList{QStringLiteral("Reclaim without follow-up after (hours): 24 → 48"),
                              QStringLiteral("Dispatch: fallback (grab first, then dispatch) → off (pure grabbing)"),
                              QStringLiteral("Dispatch weight (skill): 30 → 35"), QStringLiteral("Too fast: attempts: 8 → 10"),
                              QStringLiteral("Review: grade A from: 90 → 92")}));
    }

    void weekdays()
    {
        QCOMPARE(describeWeekdays({1, 2, 3, 4, 5, 6, 7}).english(), QStringLiteral("every day"));
        QCOMPARE(describeWeekdays({1, 3, 5}).english(), QStringLiteral("Mon, Wed, Fri"));
        QCOMPARE(describeWeekdays({6, 1, 2, 3}).english(), QStringLiteral("Mon–Wed, Sat"));
        QCOMPARE(describeWindow(GrabWindow{{5}, 22 * 60, 2 * 60, QString(), false}).english(), QStringLiteral("Fri 22:00–02:00 (next day)"));
    }

    void historyAndOptimisticSave()
    {
        TestDb t;
        RuleService rules(t.ctx(QStringLiteral("manager")));
        RuleSet edited = *rules.current();
        QCOMPARE(edited.version, 1);
        edited.dailyCap[Level::Junior] = 18;

        // Another connection (grabctl, another window) stores version 2 while this edit is open.
        {
            Database::Options o;
            auto other = Database::open(t.path(), o);
            QVERIFY2(bool(other), other ? "" : qPrintable(other.error().message));
            RuleSet theirs = *RuleService(Context{**other, t.clock, QStringLiteral("王经理")}).current();
            theirs.maxOpenWorkload = 11;
            QCOMPARE(*RuleService(Context{**other, t.clock, QStringLiteral("王经理")}).replace(theirs), 2);
        }
        auto refused = rules.replace(edited, 1);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Refused);
        QCOMPARE(refused.error().reason, QStringLiteral("rules_changed"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("version 2 by 王经理 at 2026-11-25 09:00")), qPrintable(refused.error().message));
        QCOMPARE(t.count(QStringLiteral("SELECT MAX(version) FROM rule_sets")), 2);
        QCOMPARE(rules.current()->dailyCap.value(Level::Junior), 20);

        // From the version in force it is stored, with its event holding old and new.
        QCOMPARE(*rules.replace(edited, 2), 3);
        const QJsonObject payload =
            QJsonDocument::fromJson(t.text(QStringLiteral("SELECT payload FROM events WHERE type = 'rule_changed' AND rule_version = 3")).toUtf8()).object();
        QCOMPARE(payload.value(QStringLiteral("old")).toObject().value(QStringLiteral("maxOpenWorkload")).toInt(), 11);
        QCOMPARE(payload.value(QStringLiteral("new")).toObject().value(QStringLiteral("dailyCap")).toObject().value(QStringLiteral("junior")).toInt(), 18);
        QCOMPARE(payload.value(QStringLiteral("new")).toObject().value(QStringLiteral("maxOpenWorkload")).toInt(), 15); // the edit started from v1

        // Nothing changed: no version, no event, whatever the expected version.
        QCOMPARE(*rules.replace(*rules.current(), 3), 3);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM events WHERE type = 'rule_changed'")), 3);

        auto history = rules.history();
        QVERIFY(history);
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->at(1).createdBy, QStringLiteral("王经理"));
        QCOMPARE(history->at(2).rules.dailyCap.value(Level::Junior), 18);
        QCOMPARE(english(ruleChanges(history->at(1).rules, history->at(2).rules)),
                 (QStringList{QStringLiteral("Daily cap (junior): 20 → 18"), QStringLiteral("Max open workload: 11 → 15")}));

        // Restore: a new version equal to the old one; history is not rewritten.
        QCOMPARE(rules.restore(1, 2).error().reason, QStringLiteral("rules_changed")); // a stale editor is refused here too
        const QString firstBody = t.text(QStringLiteral("SELECT body FROM rule_sets WHERE version = 1"));
        QCOMPARE(*rules.restore(1, 3), 4);
        QVERIFY(*rules.current() == history->at(0).rules);
        QCOMPARE(rules.current()->version, 4);
        QCOMPARE(t.text(QStringLiteral("SELECT body FROM rule_sets WHERE version = 1")), firstBody);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM rule_sets")), 4);
        QCOMPARE(rules.restore(9, 4).error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestRuleChanges)
#include "tst_rulechanges.moc"
