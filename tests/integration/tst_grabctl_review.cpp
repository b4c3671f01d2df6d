// A whole quarterly review driven through the real grabctl executable on a demo team: create,
// open, score, decide, approve, lock, export — with every refusal's exit code and sentence, and
// a locked cycle that stays as it was.
#include "grabctlrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace grab::test;

namespace {

const QString kQ = QStringLiteral("2026-Q4");

} // namespace

class TestGrabctlReview : public QObject
{
    Q_OBJECT

private slots:
    void wholeCycleOnTheDemoDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        const QStringList db{QStringLiteral("--db"), path, QStringLiteral("--now"), QStringLiteral("2026-11-25T09:00:00+08:00")};
        const auto run = [&](const QStringList &args) { return grabctl(db + args); };
        const auto review = [&](const QString &verb, const QStringList &args) {
            return run(QStringList{QStringLiteral("review"), verb, QStringLiteral("--quarter"), kQ} + args);
        };
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--grabbers"), QStringLiteral("6"),
                      QStringLiteral("--days"), QStringLiteral("30"), QStringLiteral("--time-zone"), QStringLiteral("Asia/Shanghai")})
                     .code,
                 0);

        // Usage errors and unknown cycles first: exit 2 and 5, one sentence.
        QCOMPARE(run({QStringLiteral("review"), QStringLiteral("open"), QStringLiteral("--quarter"), QStringLiteral("2026-Q7")}).code, 2);
        QCOMPARE(run({QStringLiteral("review"), QStringLiteral("open")}).code, 2);
        const Run missing = review(QStringLiteral("show"), {});
        QCOMPARE(missing.code, 5);
        QVERIFY(missing.err.contains("review create --quarter 2026-Q4"));

        const Run created = review(QStringLiteral("create"), {QStringLiteral("--weights"), QStringLiteral("success_rate=30,violations=15"),
                                                              QStringLiteral("--targets"), QStringLiteral("won=40,revenue=150000"), QStringLiteral("--by"),
                                                              QStringLiteral("陈主管"), QStringLiteral("--json")});
        QCOMPARE(created.code, 0);
        const QJsonObject settings = QJsonDocument::fromJson(created.out).object().value(QStringLiteral("settings")).toObject();
        QCOMPARE(settings.value(QStringLiteral("weights")).toObject().value(QStringLiteral("success_rate")).toDouble(), 30.0);
        QCOMPARE(settings.value(QStringLiteral("targets")).toObject().value(QStringLiteral("revenue")).toString(), QStringLiteral("150000.00"));
        QCOMPARE(review(QStringLiteral("create"), {}).code, 4); // cycle_exists
        QCOMPARE(review(QStringLiteral("create"), {QStringLiteral("--weights"), QStringLiteral("speed=1")}).code, 7);

        // Not open yet: no scores.
        const Run early = review(QStringLiteral("score"), {QStringLiteral("--grabber"), QStringLiteral("1"), QStringLiteral("--score"), QStringLiteral("4")});
        QCOMPARE(early.code, 4);
        QVERIFY(early.err.contains("cycle_not_open"));

        QCOMPARE(review(QStringLiteral("open"), {QStringLiteral("--by"), QStringLiteral("陈主管")}).code, 0);
        QCOMPARE(review(QStringLiteral("open"), {}).code, 4); // illegal_transition

        const Run shown = review(QStringLiteral("show"), {QStringLiteral("--json")});
        QCOMPARE(shown.code, 0);
        const QJsonObject cycle = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(cycle.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        const QJsonArray entries = cycle.value(QStringLiteral("entries")).toArray();
        QVERIFY(entries.size() >= 4);
        QCOMPARE(cycle.value(QStringLiteral("progress")).toObject().value(QStringLiteral("unscored")).toInt(), entries.size());
        QList<qint64> ids;
        for (const QJsonValue &e : entries) {
            const QJsonObject o = e.toObject();
            ids << o.value(QStringLiteral("grabberId")).toInteger();
            QVERIFY(!o.value(QStringLiteral("kpiScoreWhy")).toString().isEmpty());
        }

        // Score everyone but the last; approval is refused, naming who is missing.
        for (qsizetype i = 0; i + 1 < ids.size(); ++i) {
            QCOMPARE(review(QStringLiteral("score"), {QStringLiteral("--grabber"), QString::number(ids[i]), QStringLiteral("--score"),
                                                      QString::number(1 + i % 5), QStringLiteral("--comment"), QStringLiteral("=季度评语"),
                                                      QStringLiteral("--by"), QStringLiteral("陈主管")})
                         .code,
                     0);
        }
        const Run unscored = review(QStringLiteral("approve"), {QStringLiteral("--by"), QStringLiteral("孙总监")});
        QCOMPARE(unscored.code, 4);
        QVERIFY(unscored.err.contains("grabbers_unscored"));
        QVERIFY(unscored.err.contains(QString::number(ids.last()).toUtf8()));
        QCOMPARE(review(QStringLiteral("approve"), {}).code, 2); // the approver must be named

        // Refused and malformed decisions and scores.
        const QString last = QString::number(ids.last());
        const auto decide = [&](const QStringList &args) {
            return review(QStringLiteral("decide"), QStringList{QStringLiteral("--grabber"), last} + args);
        };
        const Run noReason = decide({QStringLiteral("--kind"), QStringLiteral("bonus_deduction"), QStringLiteral("--amount"), QStringLiteral("500")});
        QCOMPARE(noReason.code, 4);
        QVERIFY(noReason.err.contains("reason_required"));
        QCOMPARE(decide({QStringLiteral("--kind"), QStringLiteral("bonus")}).code, 7);
        QCOMPARE(decide({QStringLiteral("--kind"), QStringLiteral("gift")}).code, 2);
        QCOMPARE(decide({QStringLiteral("--kind"), QStringLiteral("training"), QStringLiteral("--due"), QStringLiteral("31/01/2027")}).code, 2);
        QCOMPARE(review(QStringLiteral("score"), {QStringLiteral("--grabber"), last, QStringLiteral("--score"), QStringLiteral("9")}).code, 7);
        QCOMPARE(review(QStringLiteral("score"), {QStringLiteral("--grabber"), last, QStringLiteral("--score"), QStringLiteral("four")}).code, 2);
        QCOMPARE(review(QStringLiteral("score"), {QStringLiteral("--grabber"), QStringLiteral("999"), QStringLiteral("--score"), QStringLiteral("3")}).code, 5);

        QCOMPARE(review(QStringLiteral("score"), {QStringLiteral("--grabber"), last, QStringLiteral("--score"), QStringLiteral("2")}).code, 0);
        QCOMPARE(decide({QStringLiteral("--kind"), QStringLiteral("bonus_deduction"), QStringLiteral("--amount"), QStringLiteral("500"),
                         QStringLiteral("--reason"), QStringLiteral("三次未跟进")})
                     .code,
                 0);
        QCOMPARE(decide({QStringLiteral("--kind"), QStringLiteral("training"), QStringLiteral("--text"), QStringLiteral("跟进技巧"), QStringLiteral("--due"),
                         QStringLiteral("2027-01-31"), QStringLiteral("--category"), QStringLiteral("sales_skills")})
                     .code,
                 0);
        QCOMPARE(review(QStringLiteral("decide"), {QStringLiteral("--grabber"), QString::number(ids.first()), QStringLiteral("--kind"), QStringLiteral("bonus"),
                                                   QStringLiteral("--amount"), QStringLiteral("2000")})
                     .code,
                 0);
        QCOMPARE(review(QStringLiteral("decide"), {QStringLiteral("--grabber"), QString::number(ids.first()), QStringLiteral("--kind"), QStringLiteral("honour"),
                                                   QStringLiteral("--text"), QStringLiteral("季度之星")})
                     .code,
                 0);

        // One grabber's sheet: the scores' reasons, the penalty and the violations behind it.
        const Run sheet = review(QStringLiteral("show"), {QStringLiteral("--grabber"), last});
        QCOMPARE(sheet.code, 0);
        QVERIFY(sheet.out.contains("KPI score"));
        QVERIFY(sheet.out.contains("Final "));
        QVERIFY(sheet.out.contains("reason: 三次未跟进"));
        QVERIFY(sheet.out.contains("Violations of the quarter"));

        QCOMPARE(review(QStringLiteral("lock"), {}).code, 4); // not approved yet
        QCOMPARE(review(QStringLiteral("approve"), {QStringLiteral("--by"), QStringLiteral("孙总监")}).code, 0);
        QCOMPARE(review(QStringLiteral("lock"), {QStringLiteral("--by"), QStringLiteral("孙总监")}).code, 0);

        // Locked: every change is refused and the file does not change.
        const QByteArray before = digest(path);
        const Run locked = review(QStringLiteral("score"), {QStringLiteral("--grabber"), last, QStringLiteral("--score"), QStringLiteral("5")});
        QCOMPARE(locked.code, 4);
        QVERIFY(locked.err.contains("cycle_locked"));
        QCOMPARE(decide({QStringLiteral("--kind"), QStringLiteral("bonus"), QStringLiteral("--amount"), QStringLiteral("1")}).code, 4);
        QCOMPARE(review(QStringLiteral("withdraw"), {}).code, 4);
        QCOMPARE(digest(path), before);

        // The export: BOM, a header stating what it is, one row per grabber, formula-safe text.
        const QString csvPath = dir.filePath(QStringLiteral("review.csv"));
        QCOMPARE(review(QStringLiteral("export"), {QStringLiteral("--out"), csvPath}).code, 0);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = bytes.mid(3).split('\n');
        QVERIFY(lines[0].startsWith("GrabDesk review 2026-Q4,"));
        QVERIFY(lines[0].contains("state locked"));
        QVERIFY(lines[0].contains("approved by 孙总监"));
        QVERIFY(lines[0].contains("rule version"));
        QVERIFY(lines[2].startsWith("quarter,grabber_id,grabber_name"));
        QVERIFY(lines[2].contains("kpi_score,supervisor_score"));
        int dataRows = 0;
        for (const QByteArray &l : lines.mid(3)) {
            if (l.startsWith("2026-Q4,")) {
                ++dataRows;
            }
        }
        QCOMPARE(dataRows, int(ids.size()));
        QVERIFY(bytes.contains("'=季度评语"));     // a comment starting with = cannot run as a formula
        QVERIFY(bytes.contains("reason: 三次未跟进")); // the penalty with its reason
        QVERIFY(bytes.contains("跟进技巧 (sales_skills, due 2027-01-31)"));

        // The audit trail: every change an event with its actor.
        const Run events = run({QStringLiteral("events"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1000000")});
        int reviewEvents = 0;
        QStringList actors;
        for (const QJsonValue &e : QJsonDocument::fromJson(events.out).array()) {
            const QJsonObject o = e.toObject();
            if (o.value(QStringLiteral("type")).toString() == QLatin1String("review_changed")) {
                ++reviewEvents;
                actors << o.value(QStringLiteral("actor")).toString();
            }
        }
        // created, opened, scoring, one score per grabber, 4 decisions, approved, locked
        QCOMPARE(reviewEvents, 3 + int(ids.size()) + 4 + 2);
        QVERIFY(actors.contains(QStringLiteral("陈主管")));
        QVERIFY(actors.contains(QStringLiteral("孙总监")));

        const Run list = run({QStringLiteral("review"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains("2026-Q4  locked"));
    }

    void everyReviewCommandHasHelp()
    {
        for (const char *verb : {"list", "create", "open", "score", "decide", "undecide", "approve", "withdraw", "lock", "show", "history", "export"}) {
            const Run r = grabctl({QStringLiteral("review"), QString::fromLatin1(verb), QStringLiteral("--help")});
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.startsWith("Usage: grabctl review " + QByteArray(verb)), r.out.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestGrabctlReview)
#include "tst_grabctl_review.moc"
