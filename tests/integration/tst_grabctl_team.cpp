// The Team commands through the real grabctl executable: training add|list|done, note
// add|list, action add|done|reopen|list and feedback list — their output, --json, --help, and
// every exit code with its one sentence, a failed command changing nothing.
#include "../common/testbackend.h"
#include "grabctlrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace grab::test;

class TestGrabctlTeam : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::optional<grab::test::ServerDatabase> m_server; // the database on the test cluster (the _pg run)
    QString m_db;

    // grabctl --db DB --now Wednesday ARGS...
    Run run(const QStringList &args) { return grabctl(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--now"), kWednesday} + args); }
    QJsonValue json(const QStringList &args)
    {
        const Run r = run(args + QStringList{QStringLiteral("--json")});
        if (r.code != 0) {
            qWarning("%s", r.err.constData());
        }
        const QJsonDocument d = QJsonDocument::fromJson(r.out);
        return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
    }
    // What a failed command must not change: every training, note, action item and event.
    QByteArray signature()
    {
        return run({QStringLiteral("training"), QStringLiteral("list"), QStringLiteral("--json")}).out
               + run({QStringLiteral("note"), QStringLiteral("list"), QStringLiteral("--json")}).out
               + run({QStringLiteral("events"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("100000")}).out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("GRABCTL"));
        m_db = grab::test::onServer() ? m_server.emplace().address() : m_dir.filePath(QStringLiteral("team.sqlite"));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--time-zone"), QStringLiteral("UTC")}).code, 0);
        QCOMPARE(run({QStringLiteral("grabber"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("张伟")}).out, QByteArray("1\n"));
        QCOMPARE(run({QStringLiteral("grabber"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("王芳")}).out, QByteArray("2\n"));
        QCOMPARE(run({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("上海恒达贸易"),
                      QStringLiteral("--tier"), QStringLiteral("key"), QStringLiteral("--region"), QStringLiteral("华东")})
                     .code,
                 0);
        // Three orders of 张伟, closed; feedback on the first two.
        for (int i = 1; i <= 3; ++i) {
            QCOMPARE(run({QStringLiteral("publish"), QStringLiteral("--customer"), QStringLiteral("1"), QStringLiteral("--amount"),
                          QStringLiteral("1200")})
                         .code,
                     0);
            QCOMPARE(run({QStringLiteral("grab"), QStringLiteral("--order"), QString::number(i), QStringLiteral("--grabber"), QStringLiteral("1")}).code, 0);
            QCOMPARE(run({QStringLiteral("close"), QStringLiteral("--order"), QString::number(i), QStringLiteral("--outcome"),
                          i == 2 ? QStringLiteral("lost") : QStringLiteral("won")})
                         .code,
                     0);
        }
        QCOMPARE(run({QStringLiteral("feedback"), QStringLiteral("--order"), QStringLiteral("1"), QStringLiteral("--score"), QStringLiteral("5"),
                      QStringLiteral("--comment"), QStringLiteral("很专业")})
                     .code,
                 0);
        QCOMPARE(grabctl({QStringLiteral("--db"), m_db, QStringLiteral("--now"), QStringLiteral("2026-11-25T10:00:00Z"), QStringLiteral("feedback"),
                          QStringLiteral("--order"), QStringLiteral("2"), QStringLiteral("--score"), QStringLiteral("2")})
                     .code,
                 0);
    }

    void trainings()
    {
        // Planned (overdue: due before today, 2026-11-25 in UTC), planned for later, and taken.
        const Run late = run({QStringLiteral("training"), QStringLiteral("add"), QStringLiteral("--grabber"), QStringLiteral("1"),
                              QStringLiteral("--course"), QStringLiteral("异议处理"), QStringLiteral("--category"), QStringLiteral("sales_skills"),
                              QStringLiteral("--due"), QStringLiteral("2026-11-20")});
        QCOMPARE(late.code, 0);
        QCOMPARE(late.out, QByteArray("1\n"));
        QCOMPARE(run({QStringLiteral("training"), QStringLiteral("add"), QStringLiteral("--grabber"), QStringLiteral("1"), QStringLiteral("--course"),
                      QStringLiteral("Cloud"), QStringLiteral("--category"), QStringLiteral("product_knowledge"), QStringLiteral("--due"),
                      QStringLiteral("2026-12-20")})
                     .out,
                 QByteArray("2\n"));
        const QJsonObject taken = json({QStringLiteral("training"), QStringLiteral("add"), QStringLiteral("--grabber"), QStringLiteral("2"),
                                        QStringLiteral("--course"), QStringLiteral("Calm calls"), QStringLiteral("--category"),
                                        QStringLiteral("customer_service"), QStringLiteral("--taken"), QStringLiteral("2026-11-10"),
                                        QStringLiteral("--hours"), QStringLiteral("2.5"), QStringLiteral("--passed"), QStringLiteral("no")})
                                      .toObject();
        QCOMPARE(taken.value(QStringLiteral("id")).toInt(), 3);

        const Run list = run({QStringLiteral("training"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        const QList<QByteArray> lines = list.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QByteArray("1\t张伟\t异议处理\tsales_skills\tdue 2026-11-20\ttaken -\t- h\tnot taken\tby hand\tOVERDUE (5 days)"));
        QCOMPARE(lines[2], QByteArray("3\t王芳\tCalm calls\tcustomer_service\tdue -\ttaken 2026-11-10\t2.5 h\tfailed\tby hand"));

        const QJsonArray overdue = json({QStringLiteral("training"), QStringLiteral("list"), QStringLiteral("--overdue")}).toArray();
        QCOMPARE(overdue.size(), 1);
        QCOMPARE(overdue[0].toObject().value(QStringLiteral("overdue")).toBool(), true);
        QCOMPARE(overdue[0].toObject().value(QStringLiteral("grabberName")).toString(), QStringLiteral("张伟"));
        QCOMPARE(json({QStringLiteral("training"), QStringLiteral("list"), QStringLiteral("--grabber"), QStringLiteral("2")}).toArray().size(), 1);
        QCOMPARE(json({QStringLiteral("training"), QStringLiteral("list"), QStringLiteral("--owed")}).toArray().size(), 2);
        QCOMPARE(json({QStringLiteral("training"), QStringLiteral("list"), QStringLiteral("--category"), QStringLiteral("product_knowledge")})
                     .toArray()
                     .size(),
                 1);

        // Done: taken today (the team's), passed unless told otherwise.
        const QJsonObject done = json({QStringLiteral("training"), QStringLiteral("done"), QStringLiteral("--id"), QStringLiteral("1"),
                                       QStringLiteral("--hours"), QStringLiteral("3")})
                                     .toObject();
        QCOMPARE(done.value(QStringLiteral("takenOn")).toString(), QStringLiteral("2026-11-25"));
        QCOMPARE(done.value(QStringLiteral("passed")).toBool(), true);
        QCOMPARE(done.value(QStringLiteral("overdue")).toBool(), false);
        QVERIFY(json({QStringLiteral("training"), QStringLiteral("list"), QStringLiteral("--overdue")}).toArray().isEmpty());
        const Run events = run({QStringLiteral("events"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1000")});
        const QJsonArray log = QJsonDocument::fromJson(events.out).array();
        QCOMPARE(log.last().toObject().value(QStringLiteral("type")).toString(), QStringLiteral("training_changed"));
        QCOMPARE(log.last().toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("grabctl"));
    }

    void notesAndActions()
    {
        const Run added = run({QStringLiteral("note"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("one_to_one"),
                               QStringLiteral("--grabber"), QStringLiteral("1"), QStringLiteral("--date"), QStringLiteral("2026-11-18"),
                               QStringLiteral("--title"), QStringLiteral("Pipeline review"), QStringLiteral("--body"), QStringLiteral("Two lines\nof text"),
                               QStringLiteral("--action"), QStringLiteral("Call back 3 key accounts"), QStringLiteral("--action"),
                               QStringLiteral("Send the quote"), QStringLiteral("--action-due"), QStringLiteral("2026-11-22")});
        QCOMPARE(added.code, 0);
        QCOMPARE(added.out, QByteArray("1\n"));
        // A team meeting today (the default date) whose item 王芳 owns.
        const QJsonObject meeting = json({QStringLiteral("note"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("weekly_meeting"),
                                          QStringLiteral("--title"), QStringLiteral("Weekly"), QStringLiteral("--action"),
                                          QStringLiteral("Prepare the Q4 plan"), QStringLiteral("--action-owner"), QStringLiteral("2"),
                                          QStringLiteral("--action-due"), QStringLiteral("2026-11-27")})
                                        .toObject();
        QCOMPARE(meeting.value(QStringLiteral("id")).toInt(), 2);
        QCOMPARE(meeting.value(QStringLiteral("actions")).toArray(), QJsonArray({3}));

        const Run list = run({QStringLiteral("note"), QStringLiteral("list"), QStringLiteral("--grabber"), QStringLiteral("1")});
        QCOMPARE(list.code, 0);
        QCOMPARE(list.out, QByteArray("1\t2026-11-18\tone_to_one\t张伟\tPipeline review\tby grabctl\n"
                                      "    Two lines\n"
                                      "    of text\n"
                                      "    [ ] 1\tCall back 3 key accounts\t张伟\tdue 2026-11-22\tOVERDUE (3 days)\n"
                                      "    [ ] 2\tSend the quote\t张伟\tdue 2026-11-22\tOVERDUE (3 days)\n"));
        const QJsonArray notes = json({QStringLiteral("note"), QStringLiteral("list")}).toArray();
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("weekly_meeting"));
        QVERIFY(notes[0].toObject().value(QStringLiteral("grabberId")).isNull());
        QCOMPARE(notes[0].toObject().value(QStringLiteral("heldOn")).toString(), QStringLiteral("2026-11-25"));
        QCOMPARE(json({QStringLiteral("note"), QStringLiteral("list"), QStringLiteral("--grabber"), QStringLiteral("2")}).toArray().size(), 1);
        QCOMPARE(json({QStringLiteral("note"), QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("one_to_one")}).toArray().size(), 1);
        QCOMPARE(json({QStringLiteral("note"), QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2026-11-19"), QStringLiteral("--to"),
                       QStringLiteral("2026-11-26")})
                     .toArray()
                     .size(),
                 1);

        // Open items, soonest due first; done; reopened.
        const Run open = run({QStringLiteral("action"), QStringLiteral("list")});
        QCOMPARE(open.out.count('\n'), 3);
        QVERIFY(open.out.startsWith("1\topen\t张伟\tdue 2026-11-22\tCall back 3 key accounts\tnote 1 (one_to_one, 2026-11-18)\tOVERDUE (3 days)\n"));
        QCOMPARE(json({QStringLiteral("action"), QStringLiteral("list"), QStringLiteral("--overdue")}).toArray().size(), 2);
        QCOMPARE(json({QStringLiteral("action"), QStringLiteral("list"), QStringLiteral("--grabber"), QStringLiteral("2")}).toArray().size(), 1);
        const Run done = run({QStringLiteral("action"), QStringLiteral("done"), QStringLiteral("--id"), QStringLiteral("1")});
        QCOMPARE(done.code, 0);
        QVERIFY(done.out.startsWith("1\tdone\t"));
        QCOMPARE(json({QStringLiteral("action"), QStringLiteral("list"), QStringLiteral("--overdue")}).toArray().size(), 1);
        QCOMPARE(json({QStringLiteral("action"), QStringLiteral("list"), QStringLiteral("--all")}).toArray().size(), 3);
        const QJsonObject reopened = json({QStringLiteral("action"), QStringLiteral("reopen"), QStringLiteral("--id"), QStringLiteral("1")}).toObject();
        QCOMPARE(reopened.value(QStringLiteral("done")).toBool(), false);
        QCOMPARE(reopened.value(QStringLiteral("overdue")).toBool(), true);
        const Run more = run({QStringLiteral("action"), QStringLiteral("add"), QStringLiteral("--note"), QStringLiteral("2"), QStringLiteral("--text"),
                              QStringLiteral("Book the room"), QStringLiteral("--owner-name"), QStringLiteral("经理")});
        QCOMPARE(more.out, QByteArray("4\n"));
        QCOMPARE(json({QStringLiteral("action"), QStringLiteral("list")}).toArray().size(), 4);
    }

    void feedbackList()
    {
        const Run r = run({QStringLiteral("feedback"), QStringLiteral("list"), QStringLiteral("--grabber"), QStringLiteral("1")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("2 scores, mean 3.50\n"
                                   "2026-11-25T10:00:00Z\t#2\t张伟\t上海恒达贸易\tlost\t1200.00\t2/5\t-\n"
                                   "2026-11-25T09:00:00Z\t#1\t张伟\t上海恒达贸易\twon\t1200.00\t5/5\t很专业\n"));
        const QJsonObject j = json({QStringLiteral("feedback"), QStringLiteral("list"), QStringLiteral("--grabber"), QStringLiteral("1"),
                                    QStringLiteral("--limit"), QStringLiteral("1")})
                                  .toObject();
        QCOMPARE(j.value(QStringLiteral("total")).toInt(), 2);
        QCOMPARE(j.value(QStringLiteral("meanScore")).toDouble(), 3.5);
        const QJsonArray entries = j.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].toObject().value(QStringLiteral("order")).toInt(), 2);
        QCOMPARE(entries[0].toObject().value(QStringLiteral("customer")).toString(), QStringLiteral("上海恒达贸易"));
        QCOMPARE(entries[0].toObject().value(QStringLiteral("score")).toInt(), 2);
        const QJsonObject none = json({QStringLiteral("feedback"), QStringLiteral("list"), QStringLiteral("--grabber"), QStringLiteral("2")}).toObject();
        QCOMPARE(none.value(QStringLiteral("total")).toInt(), 0);
        QVERIFY(none.value(QStringLiteral("meanScore")).isNull());
        QCOMPARE(run({QStringLiteral("feedback"), QStringLiteral("list")}).out.left(22), QByteArray("2 scores, mean 3.50\n20"));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        const auto training = [](QStringList rest) { return QStringList{QStringLiteral("training"), QStringLiteral("add")} + rest; };
        const QStringList ok{QStringLiteral("--grabber"), QStringLiteral("1"), QStringLiteral("--course"), QStringLiteral("x"),
                             QStringLiteral("--category"), QStringLiteral("sales_skills")};
        QTest::newRow("training add: no course") << training({QStringLiteral("--grabber"), QStringLiteral("1"), QStringLiteral("--category"),
                                                              QStringLiteral("sales_skills")})
                                                 << 2 << QStringLiteral("needs --course");
        QTest::newRow("training add: bad category") << training({QStringLiteral("--grabber"), QStringLiteral("1"), QStringLiteral("--course"),
                                                                  QStringLiteral("x"), QStringLiteral("--category"), QStringLiteral("charm")})
                                                    << 2 << QStringLiteral("--category must be");
        QTest::newRow("training add: bad date") << training(ok + QStringList{QStringLiteral("--due"), QStringLiteral("2026-13-01")}) << 2
                                                << QStringLiteral("--due must be a date");
        QTest::newRow("training add: bad hours") << training(ok + QStringList{QStringLiteral("--hours"), QStringLiteral("two")}) << 2
                                                 << QStringLiteral("--hours must be");
        QTest::newRow("training add: bad passed") << training(ok + QStringList{QStringLiteral("--passed"), QStringLiteral("maybe")}) << 2
                                                  << QStringLiteral("--passed must be yes or no");
        QTest::newRow("training add: grabber id") << training({QStringLiteral("--grabber"), QStringLiteral("abc"), QStringLiteral("--course"),
                                                               QStringLiteral("x"), QStringLiteral("--category"), QStringLiteral("sales_skills")})
                                                  << 2 << QStringLiteral("--grabber must be an id");
        QTest::newRow("training add: no such grabber") << training({QStringLiteral("--grabber"), QStringLiteral("9"), QStringLiteral("--course"),
                                                                    QStringLiteral("x"), QStringLiteral("--category"), QStringLiteral("sales_skills")})
                                                       << 5 << QStringLiteral("no grabber with id 9");
        QTest::newRow("training add: empty course") << training({QStringLiteral("--grabber"), QStringLiteral("1"), QStringLiteral("--course"),
                                                                 QStringLiteral("  "), QStringLiteral("--category"), QStringLiteral("sales_skills")})
                                                    << 7 << QStringLiteral("needs a course name");
        QTest::newRow("training add: negative hours") << training(ok + QStringList{QStringLiteral("--hours=-1")}) << 7
                                                      << QStringLiteral("hours are a number from 0");
        QTest::newRow("training add: taken tomorrow") << training(ok + QStringList{QStringLiteral("--taken"), QStringLiteral("2026-11-26")}) << 7
                                                      << QStringLiteral("cannot have been taken after today");
        QTest::newRow("training done: no id") << QStringList{QStringLiteral("training"), QStringLiteral("done")} << 2 << QStringLiteral("needs --id");
        QTest::newRow("training done: no such") << QStringList{QStringLiteral("training"), QStringLiteral("done"), QStringLiteral("--id"),
                                                               QStringLiteral("99")}
                                                << 5 << QStringLiteral("no training with id 99");
        QTest::newRow("training list: no such grabber") << QStringList{QStringLiteral("training"), QStringLiteral("list"), QStringLiteral("--grabber"),
                                                                       QStringLiteral("9")}
                                                        << 5 << QStringLiteral("no grabber");

        const QStringList note{QStringLiteral("note"), QStringLiteral("add")};
        QTest::newRow("note add: no kind") << note + QStringList{QStringLiteral("--title"), QStringLiteral("x")} << 2 << QStringLiteral("needs --kind");
        QTest::newRow("note add: bad kind") << note + QStringList{QStringLiteral("--kind"), QStringLiteral("chat"), QStringLiteral("--title"),
                                                                  QStringLiteral("x")}
                                            << 2 << QStringLiteral("--kind must be");
        QTest::newRow("note add: nothing said") << note + QStringList{QStringLiteral("--kind"), QStringLiteral("weekly_meeting")} << 2
                                                << QStringLiteral("needs --title or --body");
        QTest::newRow("note add: one-to-one alone") << note + QStringList{QStringLiteral("--kind"), QStringLiteral("one_to_one"),
                                                                          QStringLiteral("--title"), QStringLiteral("x")}
                                                    << 7 << QStringLiteral("needs its grabber");
        QTest::newRow("note add: in the future") << note + QStringList{QStringLiteral("--kind"), QStringLiteral("one_to_one"), QStringLiteral("--grabber"),
                                                                       QStringLiteral("1"), QStringLiteral("--title"), QStringLiteral("x"),
                                                                       QStringLiteral("--date"), QStringLiteral("2026-12-01")}
                                                 << 7 << QStringLiteral("after today");
        QTest::newRow("note add: ownerless item") << note + QStringList{QStringLiteral("--kind"), QStringLiteral("weekly_meeting"), QStringLiteral("--title"),
                                                                        QStringLiteral("x"), QStringLiteral("--action"), QStringLiteral("y")}
                                                  << 7 << QStringLiteral("needs an owner");
        QTest::newRow("note add: no such owner") << note + QStringList{QStringLiteral("--kind"), QStringLiteral("weekly_meeting"), QStringLiteral("--title"),
                                                                       QStringLiteral("x"), QStringLiteral("--action"), QStringLiteral("y"),
                                                                       QStringLiteral("--action-owner"), QStringLiteral("9")}
                                                 << 5 << QStringLiteral("no grabber with id 9");
        QTest::newRow("note add: item due before") << note + QStringList{QStringLiteral("--kind"), QStringLiteral("one_to_one"), QStringLiteral("--grabber"),
                                                                         QStringLiteral("1"), QStringLiteral("--title"), QStringLiteral("x"),
                                                                         QStringLiteral("--action"), QStringLiteral("y"), QStringLiteral("--action-due"),
                                                                         QStringLiteral("2026-11-01")}
                                                   << 7 << QStringLiteral("before the meeting");
        QTest::newRow("note list: bad date") << QStringList{QStringLiteral("note"), QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("soon")}
                                             << 2 << QStringLiteral("--from must be a date");
        QTest::newRow("action add: no note") << QStringList{QStringLiteral("action"), QStringLiteral("add"), QStringLiteral("--text"), QStringLiteral("x")}
                                             << 2 << QStringLiteral("needs --note");
        QTest::newRow("action add: both owners") << QStringList{QStringLiteral("action"), QStringLiteral("add"), QStringLiteral("--note"), QStringLiteral("1"),
                                                                QStringLiteral("--text"), QStringLiteral("x"), QStringLiteral("--owner"), QStringLiteral("1"),
                                                                QStringLiteral("--owner-name"), QStringLiteral("y")}
                                                 << 2 << QStringLiteral("not both");
        QTest::newRow("action add: no such note") << QStringList{QStringLiteral("action"), QStringLiteral("add"), QStringLiteral("--note"), QStringLiteral("99"),
                                                                 QStringLiteral("--text"), QStringLiteral("x")}
                                                  << 5 << QStringLiteral("no note with id 99");
        QTest::newRow("action add: empty text") << QStringList{QStringLiteral("action"), QStringLiteral("add"), QStringLiteral("--note"), QStringLiteral("1"),
                                                               QStringLiteral("--text"), QStringLiteral(" ")}
                                                << 7 << QStringLiteral("needs some text");
        QTest::newRow("action done: no such") << QStringList{QStringLiteral("action"), QStringLiteral("done"), QStringLiteral("--id"), QStringLiteral("99")}
                                              << 5 << QStringLiteral("no action item with id 99");
        QTest::newRow("action reopen: bad id") << QStringList{QStringLiteral("action"), QStringLiteral("reopen"), QStringLiteral("--id"), QStringLiteral("x")}
                                               << 2 << QStringLiteral("--id must be an id");
        QTest::newRow("feedback list: no such grabber") << QStringList{QStringLiteral("feedback"), QStringLiteral("list"), QStringLiteral("--grabber"),
                                                                       QStringLiteral("9")}
                                                        << 5 << QStringLiteral("no grabber with id 9");
        QTest::newRow("feedback list: bad limit") << QStringList{QStringLiteral("feedback"), QStringLiteral("list"), QStringLiteral("--limit"),
                                                                 QStringLiteral("0")}
                                                  << 2 << QStringLiteral("--limit must be");
    }

    // Every failure: its exit code, one sentence on stderr, the same in --json, nothing changed.
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, says);
        const QByteArray before = signature();
        const Run r = run(args);
        QCOMPARE(r.code, code);
        QVERIFY2(QString::fromUtf8(r.err).contains(says, Qt::CaseInsensitive), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.out.isEmpty());
        const Run j = run(args + QStringList{QStringLiteral("--json")});
        QCOMPARE(j.code, code);
        const QJsonObject o = QJsonDocument::fromJson(j.out).object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("exitCode")).toInt(), code);
        QCOMPARE(signature(), before);
    }

    void help_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("option");
        QTest::newRow("training add") << QStringList{QStringLiteral("training"), QStringLiteral("add")} << QStringLiteral("--category");
        QTest::newRow("training list") << QStringList{QStringLiteral("training"), QStringLiteral("list")} << QStringLiteral("--overdue");
        QTest::newRow("training done") << QStringList{QStringLiteral("training"), QStringLiteral("done")} << QStringLiteral("--passed");
        QTest::newRow("note add") << QStringList{QStringLiteral("note"), QStringLiteral("add")} << QStringLiteral("--action-owner");
        QTest::newRow("note list") << QStringList{QStringLiteral("note"), QStringLiteral("list")} << QStringLiteral("--all-meetings");
        QTest::newRow("action add") << QStringList{QStringLiteral("action"), QStringLiteral("add")} << QStringLiteral("--owner-name");
        QTest::newRow("action done") << QStringList{QStringLiteral("action"), QStringLiteral("done")} << QStringLiteral("--id");
        QTest::newRow("action reopen") << QStringList{QStringLiteral("action"), QStringLiteral("reopen")} << QStringLiteral("--id");
        QTest::newRow("action list") << QStringList{QStringLiteral("action"), QStringLiteral("list")} << QStringLiteral("--all");
        QTest::newRow("feedback list") << QStringList{QStringLiteral("feedback"), QStringLiteral("list")} << QStringLiteral("--grabber");
        // The old command keeps its own options.
        QTest::newRow("feedback") << QStringList{QStringLiteral("feedback")} << QStringLiteral("--score");
    }

    void help()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, option);
        const Run r = grabctl(command + QStringList{QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("Usage: grabctl " + command.join(u' ').toUtf8()));
        QVERIFY2(r.out.contains(option.toUtf8()), r.out.constData());
        QVERIFY(r.out.contains("Exit codes:"));
        const Run general = grabctl({QStringLiteral("--help")});
        QVERIFY(general.out.contains("  " + command.join(u' ').toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestGrabctlTeam)
#include "tst_grabctl_team.moc"
