// Drives the real grabctl executable on a small team it builds itself: every documented exit
// code with its one-sentence message, bad input that changes nothing, global options anywhere,
// list formats, help, and the manager's restrict and assign. The commands that work on a
// generated demo team (demo, simulate, dashboard) are in tst_grabctl_demo.cpp.
#include "../common/testbackend.h"
#include "grabctlrun.h"
#include "store/schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <optional>
#include <QTest>

using namespace grab::test;

class TestGrabctl : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<ServerDatabase> m_server; // the team's database on the test cluster (tst_grabctl_pg)
    QString m_db;

    // A snapshot of what a failed command must not change.
    QString contentSignature()
    {
        const Run r1 = grabctl({QStringLiteral("--db"), m_db, QStringLiteral("events"), QStringLiteral("--json"), QStringLiteral("--limit"),
                                QStringLiteral("100000")});
        const Run r2 = grabctl({QStringLiteral("--db"), m_db, QStringLiteral("orders"), QStringLiteral("--json")});
        const Run r3 = grabctl({QStringLiteral("--db"), m_db, QStringLiteral("grabber"), QStringLiteral("list"), QStringLiteral("--json")});
        return QString::fromLatin1(QCryptographicHash::hash(r1.out + r2.out + r3.out, QCryptographicHash::Sha256).toHex());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("GRABCTL"));
        m_db = onServer() ? m_server.emplace().address() : m_dir.filePath(QStringLiteral("team.sqlite"));
        QCOMPARE(grabctl({QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--time-zone"), QStringLiteral("UTC")}).code, 0);
        // Commands that create print the new id, alone on its line.
        const Run c = grabctl({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("上海恒达贸易"),
                               QStringLiteral("--tier"), QStringLiteral("regular"), QStringLiteral("--region"), QStringLiteral("华东"),
                               QStringLiteral("--db"), m_db});
        QCOMPARE(c.code, 0);
        QCOMPARE(c.out, QByteArray("1\n"));
        const Run g1 = grabctl({QStringLiteral("--db"), m_db, QStringLiteral("grabber"), QStringLiteral("add"), QStringLiteral("--name"),
                                QStringLiteral("张伟"), QStringLiteral("--level"), QStringLiteral("senior"), QStringLiteral("--skills"),
                                QStringLiteral("云服务,企业软件"), QStringLiteral("--regions"), QStringLiteral("华东")});
        QCOMPARE(g1.out, QByteArray("1\n"));
        const Run g2 = grabctl({QStringLiteral("--db"), m_db, QStringLiteral("grabber"), QStringLiteral("add"), QStringLiteral("--name"),
                                QStringLiteral("王芳")});
        QCOMPARE(g2.out, QByteArray("2\n"));
        for (int i = 1; i <= 3; ++i) {
            const Run o = grabctl({QStringLiteral("--db"), m_db, QStringLiteral("--now"), kWednesday, QStringLiteral("publish"),
                                   QStringLiteral("--customer"), QStringLiteral("1"), QStringLiteral("--amount"), QStringLiteral("1999.50"),
                                   QStringLiteral("--skill"), QStringLiteral("云服务"), QStringLiteral("--deadline-minutes"),
                                   QStringLiteral("20000")});
            QCOMPARE(o.code, 0);
            QCOMPARE(o.out, QByteArray::number(i) + '\n');
        }
        // Global options after the command work as well as before it.
        QCOMPARE(grabctl({QStringLiteral("grab"), QStringLiteral("--order"), QStringLiteral("1"), QStringLiteral("--grabber"),
                          QStringLiteral("1"), QStringLiteral("--db"), m_db, QStringLiteral("--now"), kWednesday})
                     .code,
                 0);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args"); // --db is added in front
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says"); // part of the one sentence on stderr
        const QString w = kWednesday;
        QTest::newRow("0 done") << QStringList{QStringLiteral("orders")} << 0 << QString();
        QTest::newRow("2 unknown option") << QStringList{QStringLiteral("orders"), QStringLiteral("--colour")} << 2
                                          << QStringLiteral("Unknown option");
        QTest::newRow("2 unknown command") << QStringList{QStringLiteral("fly")} << 2 << QStringLiteral("Unknown command");
        QTest::newRow("2 malformed amount") << QStringList{QStringLiteral("publish"), QStringLiteral("--customer"), QStringLiteral("1"),
                                                           QStringLiteral("--amount"), QStringLiteral("abc")}
                                            << 2 << QStringLiteral("--amount");
        QTest::newRow("2 negative amount") << QStringList{QStringLiteral("publish"), QStringLiteral("--customer"), QStringLiteral("1"),
                                                          QStringLiteral("--amount"), QStringLiteral("-5")}
                                           << 2 << QStringLiteral("0 or more");
        QTest::newRow("2 three decimals") << QStringList{QStringLiteral("publish"), QStringLiteral("--customer"), QStringLiteral("1"),
                                                         QStringLiteral("--amount"), QStringLiteral("1.005")}
                                          << 2 << QStringLiteral("2 decimals");
        QTest::newRow("2 malformed --now") << QStringList{QStringLiteral("--now"), QStringLiteral("yesterday"), QStringLiteral("orders")} << 2
                                           << QStringLiteral("ISO-8601");
        QTest::newRow("2 hour 25 in --now") << QStringList{QStringLiteral("--now"), QStringLiteral("2026-11-18T25:00:00+08:00"), QStringLiteral("orders")}
                                            << 2 << QStringLiteral("ISO-8601");
        QTest::newRow("2 offset +08:99 in --now") << QStringList{QStringLiteral("--now"), QStringLiteral("2026-11-18T09:00:00+08:99"),
                                                                 QStringLiteral("orders")}
                                                  << 2 << QStringLiteral("ISO-8601");
        QTest::newRow("2 impossible --now") << QStringList{QStringLiteral("--now"), QStringLiteral("2026-02-30T09:00:00"), QStringLiteral("orders")}
                                            << 2 << QStringLiteral("ISO-8601");
        QTest::newRow("2 --now in year 9999") << QStringList{QStringLiteral("--now"), QStringLiteral("9999-12-31T23:59:59Z"), QStringLiteral("orders")}
                                              << 2 << QStringLiteral("from 2000 to 2099");
        QTest::newRow("2 --now in 1900") << QStringList{QStringLiteral("--now"), QStringLiteral("1900-01-01"), QStringLiteral("orders")} << 2
                                         << QStringLiteral("from 2000 to 2099");
        QTest::newRow("7 rules set on a group") << QStringList{QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("dailyCap=5")} << 7
                                                << QStringLiteral("dailyCap.junior");
        QTest::newRow("2 missing --grabber") << QStringList{QStringLiteral("grab"), QStringLiteral("--order"), QStringLiteral("2")} << 2
                                             << QStringLiteral("--grabber");
        QTest::newRow("2 id not a number") << QStringList{QStringLiteral("grab"), QStringLiteral("--order"), QStringLiteral("two"),
                                                          QStringLiteral("--grabber"), QStringLiteral("1")}
                                           << 2 << QStringLiteral("--order");
        QTest::newRow("2 bad score") << QStringList{QStringLiteral("feedback"), QStringLiteral("--order"), QStringLiteral("1"),
                                                    QStringLiteral("--score"), QStringLiteral("6")}
                                     << 2 << QStringLiteral("1 to 5");
        QTest::newRow("2 bad outcome") << QStringList{QStringLiteral("close"), QStringLiteral("--order"), QStringLiteral("1"),
                                                      QStringLiteral("--outcome"), QStringLiteral("maybe")}
                                       << 2 << QStringLiteral("won|lost");
        QTest::newRow("3 already taken") << QStringList{QStringLiteral("--now"), w, QStringLiteral("grab"), QStringLiteral("--order"),
                                                        QStringLiteral("1"), QStringLiteral("--grabber"), QStringLiteral("2")}
                                         << 3 << QStringLiteral("already taken");
        QTest::newRow("3 close an open order") << QStringList{QStringLiteral("close"), QStringLiteral("--order"), QStringLiteral("2"),
                                                              QStringLiteral("--outcome"), QStringLiteral("won")}
                                               << 3 << QStringLiteral("is open");
        QTest::newRow("4 outside the window") << QStringList{QStringLiteral("--now"), kSunday, QStringLiteral("grab"), QStringLiteral("--order"),
                                                             QStringLiteral("2"), QStringLiteral("--grabber"), QStringLiteral("2")}
                                              << 4 << QStringLiteral("refused (outside_window)");
        QTest::newRow("5 unknown order") << QStringList{QStringLiteral("--now"), w, QStringLiteral("grab"), QStringLiteral("--order"),
                                                        QStringLiteral("999"), QStringLiteral("--grabber"), QStringLiteral("1")}
                                         << 5 << QStringLiteral("no order with id 999");
        QTest::newRow("5 unknown grabber") << QStringList{QStringLiteral("--now"), w, QStringLiteral("grab"), QStringLiteral("--order"),
                                                          QStringLiteral("2"), QStringLiteral("--grabber"), QStringLiteral("77")}
                                           << 5 << QStringLiteral("no grabber with id 77");
        QTest::newRow("5 unknown customer") << QStringList{QStringLiteral("publish"), QStringLiteral("--customer"), QStringLiteral("42"),
                                                           QStringLiteral("--amount"), QStringLiteral("10")}
                                            << 5 << QStringLiteral("no customer with id 42");
        QTest::newRow("2 assign without --grabber") << QStringList{QStringLiteral("assign"), QStringLiteral("--order"), QStringLiteral("2")} << 2
                                                    << QStringLiteral("--grabber");
        QTest::newRow("2 assign to a malformed id") << QStringList{QStringLiteral("assign"), QStringLiteral("--order"), QStringLiteral("2"),
                                                                   QStringLiteral("--grabber"), QStringLiteral("1x")}
                                                    << 2 << QStringLiteral("--grabber must be an id");
        QTest::newRow("3 assign a taken order") << QStringList{QStringLiteral("--now"), w, QStringLiteral("assign"), QStringLiteral("--order"),
                                                               QStringLiteral("1"), QStringLiteral("--grabber"), QStringLiteral("2")}
                                                << 3 << QStringLiteral("not open");
        QTest::newRow("5 assign to an unknown grabber") << QStringList{QStringLiteral("--now"), w, QStringLiteral("assign"), QStringLiteral("--order"),
                                                                       QStringLiteral("2"), QStringLiteral("--grabber"), QStringLiteral("77")}
                                                        << 5 << QStringLiteral("no grabber with id 77");
        QTest::newRow("5 assign an unknown order") << QStringList{QStringLiteral("--now"), w, QStringLiteral("assign"), QStringLiteral("--order"),
                                                                  QStringLiteral("999"), QStringLiteral("--grabber"), QStringLiteral("1")}
                                                   << 5 << QStringLiteral("no order with id 999");
        QTest::newRow("2 restrict with a malformed id") << QStringList{QStringLiteral("restrict"), QStringLiteral("--order"), QStringLiteral("2"),
                                                                      QStringLiteral("--only"), QStringLiteral("1,x")}
                                                        << 2 << QStringLiteral("--only");
        QTest::newRow("2 restrict with an empty list") << QStringList{QStringLiteral("restrict"), QStringLiteral("--order"), QStringLiteral("2"),
                                                                     QStringLiteral("--only"), QStringLiteral(",")}
                                                       << 2 << QStringLiteral("--only");
        QTest::newRow("2 restrict to a level that is none") << QStringList{QStringLiteral("restrict"), QStringLiteral("--order"),
                                                                           QStringLiteral("2"), QStringLiteral("--min-level"), QStringLiteral("boss")}
                                                            << 2 << QStringLiteral("junior, senior or lead");
        QTest::newRow("2 restrict and clear at once") << QStringList{QStringLiteral("restrict"), QStringLiteral("--order"), QStringLiteral("2"),
                                                                     QStringLiteral("--clear"), QStringLiteral("--only"), QStringLiteral("1")}
                                                      << 2 << QStringLiteral("--clear");
        QTest::newRow("2 restrict to nothing said") << QStringList{QStringLiteral("restrict"), QStringLiteral("--order"), QStringLiteral("2")} << 2
                                                    << QStringLiteral("--clear");
        QTest::newRow("5 restrict to an unknown grabber") << QStringList{QStringLiteral("restrict"), QStringLiteral("--order"), QStringLiteral("2"),
                                                                         QStringLiteral("--only"), QStringLiteral("1,77")}
                                                          << 5 << QStringLiteral("no grabber with id 77");
        QTest::newRow("5 restrict an unknown order") << QStringList{QStringLiteral("restrict"), QStringLiteral("--order"), QStringLiteral("999"),
                                                                    QStringLiteral("--clear")}
                                                     << 5 << QStringLiteral("no order with id 999");
        QTest::newRow("2 dashboard period that is none") << QStringList{QStringLiteral("dashboard"), QStringLiteral("--period"), QStringLiteral("yesterday")}
                                                         << 2 << QStringLiteral("--period");
        QTest::newRow("2 dashboard period backwards") << QStringList{QStringLiteral("dashboard"), QStringLiteral("--period"),
                                                                     QStringLiteral("2026-11-05..2026-11-01")}
                                                      << 2 << QStringLiteral("FROM before TO");
        QTest::newRow("5 dashboard of an unknown grabber") << QStringList{QStringLiteral("dashboard"), QStringLiteral("--grabber"), QStringLiteral("77")}
                                                           << 5 << QStringLiteral("no grabber with id 77");
        QTest::newRow("7 unknown rule setting") << QStringList{QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("dailyCaps.junior=3")}
                                                << 7 << QStringLiteral("no setting");
        QTest::newRow("7 invalid rule value") << QStringList{QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("dailyCap.junior=-3")}
                                              << 7 << QStringLiteral("dailyCap.junior");
        // A name that would recolour the terminal or reverse a line where it is printed.
        QTest::newRow("7 ESC sequence in a customer's name") << QStringList{QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                                                                            QStringLiteral("Acme\x1b[31mRed"), QStringLiteral("--tier"),
                                                                            QStringLiteral("regular"), QStringLiteral("--region"), QStringLiteral("华东")}
                                                             << 7 << QStringLiteral("customer's name contains a control character (U+001B at position 5)");
        QTest::newRow("7 RLO in a grabber's name") << QStringList{QStringLiteral("grabber"), QStringLiteral("add"), QStringLiteral("--name"),
                                                                  QStringLiteral("rtl") + QChar(0x202E) + QStringLiteral("gnp.exe")}
                                                   << 7 << QStringLiteral("grabber's name contains a control character (U+202E at position 4)");
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, says);
        const QString before = contentSignature();
        const Run r = grabctl(QStringList{QStringLiteral("--db"), m_db} + args);
        QCOMPARE(r.code, code);
        if (code == 0) {
            QVERIFY(r.err.isEmpty());
            return;
        }
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(says), qPrintable(err));
        QVERIFY2(err.startsWith(QStringLiteral("grabctl: ")) && err.count(u'\n') == 1, qPrintable(err)); // one sentence
        if (code == 2 || code == 5 || code == 7) {
            QCOMPARE(contentSignature(), before); // nothing written
        }
    }

    // A refused grab is itself recorded (the board shows it), but changes no order.
    void refusalIsRecordedAndExplainedInJson()
    {
        const Run r = grabctl({QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("--now"), kSunday, QStringLiteral("grab"),
                               QStringLiteral("--order"), QStringLiteral("3"), QStringLiteral("--grabber"), QStringLiteral("2")});
        QCOMPARE(r.code, 4);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("reason")).toString(), QStringLiteral("outside_window"));
        QCOMPARE(o.value(QStringLiteral("exitCode")).toInt(), 4);
        QVERIFY(o.value(QStringLiteral("message")).toString().contains(QStringLiteral("No grab window")));
        const Run events = grabctl({QStringLiteral("--db"), m_db, QStringLiteral("events"), QStringLiteral("--json")});
        const QJsonArray list = QJsonDocument::fromJson(events.out).array();
        bool rejected = false;
        bool violation = false;
        for (const QJsonValue &e : list) {
            const QJsonObject ev = e.toObject();
            rejected = rejected || (ev.value(QStringLiteral("type")).toString() == QStringLiteral("grab_rejected")
                                    && ev.value(QStringLiteral("order")).toInt() == 3);
            violation = violation || (ev.value(QStringLiteral("type")).toString() == QStringLiteral("violation")
                                      && ev.value(QStringLiteral("reason")).toString() == QStringLiteral("outside_window"));
        }
        QVERIFY(rejected);
        QVERIFY(violation); // attempts outside the window are logged as violations
        const Run orders = grabctl({QStringLiteral("--db"), m_db, QStringLiteral("orders"), QStringLiteral("--state"), QStringLiteral("open")});
        QVERIFY(orders.out.contains("\n3\topen") || orders.out.startsWith("3\topen") || orders.out.contains("3\topen"));
    }

    void unusableDatabases_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("missing folder") << QStringLiteral("folder") << QStringLiteral("does not exist");
        QTest::newRow("garbage file") << QStringLiteral("garbage") << QStringLiteral("corrupt or not a GrabDesk database");
        QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("newer GrabDesk");
        QTest::newRow("no database yet") << QStringLiteral("absent") << QStringLiteral("grabctl init");
        QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("empty file");
    }
    void unusableDatabases()
    {
        QFETCH(QString, kind);
        QFETCH(QString, says);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("x.sqlite"));
        if (kind == QLatin1String("folder")) {
            path = dir.filePath(QStringLiteral("no/such/folder/x.sqlite"));
        } else if (kind == QLatin1String("garbage")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, '\x7f'));
        } else if (kind == QLatin1String("empty")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        } else if (kind == QLatin1String("newer")) {
            QCOMPARE(grabctl({QStringLiteral("--db"), path, QStringLiteral("init")}).code, 0);
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(grab::schema::kVersion + 98)));
                QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
                q.finish();
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        }
        const QByteArray before = digest(path);
        for (const QStringList &args : {QStringList{QStringLiteral("orders")},
                                        QStringList{QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                                                    QStringLiteral("x"), QStringLiteral("--tier"), QStringLiteral("vip"),
                                                    QStringLiteral("--region"), QStringLiteral("r")}}) {
            const Run r = grabctl(QStringList{QStringLiteral("--db"), path} + args);
            QCOMPARE(r.code, 6);
            QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
            QCOMPARE(r.err.count('\n'), 1);
        }
        QCOMPARE(digest(path), before); // untouched (or still absent)
        if (kind == QLatin1String("absent") || kind == QLatin1String("folder")) {
            QVERIFY(!QFile::exists(path));
        }
    }

    void invalidRulesFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not JSON") << QByteArray("timeZone: UTC");
        QTest::newRow("a list") << QByteArray("[1, 2]");
        QTest::newRow("bad window") << QByteArray(R"({"timeZone":"UTC","grabWindows":[{"days":[9],"start":"08:00","end":"10:00"}]})");
        QTest::newRow("bad zone") << QByteArray(R"({"timeZone":"Mars/Base"})");
    }
    void invalidRulesFile()
    {
        QFETCH(QByteArray, content);
        const QString file = m_dir.filePath(QStringLiteral("rules.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        const QString before = contentSignature();
        const Run r = grabctl({QStringLiteral("--db"), m_db, QStringLiteral("rules"), QStringLiteral("import"), file});
        QCOMPARE(r.code, 7);
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(contentSignature(), before);
    }

    void rulesRoundTrip()
    {
        const QString file = m_dir.filePath(QStringLiteral("exported.json"));
        QCOMPARE(grabctl({QStringLiteral("--db"), m_db, QStringLiteral("rules"), QStringLiteral("export"), QStringLiteral("--out"), file}).code, 0);
        const Run same = grabctl({QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("rules"), QStringLiteral("import"), file});
        QCOMPARE(same.code, 0);
        const int version = QJsonDocument::fromJson(same.out).object().value(QStringLiteral("version")).toInt();
        const Run changed = grabctl({QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("rules"), QStringLiteral("set"),
                                     QStringLiteral("dailyCap.junior=7"), QStringLiteral("vipAlwaysOpen=true")});
        QCOMPARE(changed.code, 0);
        QCOMPARE(QJsonDocument::fromJson(changed.out).object().value(QStringLiteral("version")).toInt(), version + 1); // importing the same rules is no change
        const QJsonObject shown = QJsonDocument::fromJson(grabctl({QStringLiteral("--db"), m_db, QStringLiteral("rules"), QStringLiteral("show")}).out).object();
        QCOMPARE(shown.value(QStringLiteral("dailyCap")).toObject().value(QStringLiteral("junior")).toInt(), 7);
        QCOMPARE(shown.value(QStringLiteral("vipAlwaysOpen")).toBool(), true);
    }

    void listsAreOneRecordALineOrAJsonArray_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<int>("records");
        QTest::newRow("customers") << QStringList{QStringLiteral("customer"), QStringLiteral("list")} << 1;
        QTest::newRow("grabbers") << QStringList{QStringLiteral("grabber"), QStringLiteral("list")} << 2;
        QTest::newRow("orders") << QStringList{QStringLiteral("orders")} << 3;
    }
    void listsAreOneRecordALineOrAJsonArray()
    {
        QFETCH(QStringList, command);
        QFETCH(int, records);
        const Run text = grabctl(QStringList{QStringLiteral("--db"), m_db} + command);
        QCOMPARE(text.code, 0);
        QCOMPARE(text.out.count('\n'), records);
        const Run json = grabctl(QStringList{QStringLiteral("--db"), m_db} + command + QStringList{QStringLiteral("--json")});
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isArray());
        QCOMPARE(doc.array().size(), records);
    }

    void helpOnEveryCommand_data()
    {
        QTest::addColumn<QStringList>("command");
        for (const char *c : {"init", "demo", "grabber add", "grabber list", "grabber set", "customer add", "customer list", "publish", "grab",
                              "release", "follow-up", "close", "feedback", "cancel", "restrict", "expire", "orders", "events", "rules show",
                              "rules export", "rules import", "rules set", "dispatch", "assign", "reclaim", "violation add", "kpis", "month-best",
                              "target set", "target list", "pool-ageing", "cherry-pick", "dashboard", "simulate"}) {
            QTest::newRow(c) << QString::fromLatin1(c).split(u' ');
        }
    }
    void helpOnEveryCommand()
    {
        QFETCH(QStringList, command);
        const Run r = grabctl(command + QStringList{QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("Usage: grabctl " + command.join(u' ').toUtf8()));
        QVERIFY(r.out.contains("Exit codes:"));
        QVERIFY(r.out.contains("--db"));
    }

    void generalHelpAndVersion()
    {
        const Run help = grabctl({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("6  database unusable"));
        const Run nothing = grabctl({});
        QCOMPARE(nothing.code, 2);
        const Run version = grabctl({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith("grabctl "));
    }

    // The manager's hands through the command line: restrict, a refused and a granted assignment.
    // Runs last: it publishes an order of its own.
    void managerRestrictsAndAssigns()
    {
        const QStringList db{QStringLiteral("--db"), m_db, QStringLiteral("--now"), kWednesday};
        const Run published = grabctl(db + QStringList{QStringLiteral("publish"), QStringLiteral("--customer"), QStringLiteral("1"),
                                                       QStringLiteral("--amount"), QStringLiteral("800"), QStringLiteral("--skill"),
                                                       QStringLiteral("云服务")});
        QCOMPARE(published.code, 0);
        const QString order = QString::fromLatin1(published.out.trimmed());

        const Run restricted = grabctl(db + QStringList{QStringLiteral("--json"), QStringLiteral("restrict"), QStringLiteral("--order"), order,
                                                        QStringLiteral("--only"), QStringLiteral("1")});
        QCOMPARE(restricted.code, 0);
        const QJsonObject r = QJsonDocument::fromJson(restricted.out).object();
        QCOMPARE(r.value(QStringLiteral("onlyGrabbers")).toArray(), QJsonArray{1});
        QVERIFY(r.value(QStringLiteral("minLevel")).isNull());

        // Grabber 2 is not on the list: refused with the rule's code, the order stays open.
        const Run refused = grabctl(db + QStringList{QStringLiteral("--json"), QStringLiteral("assign"), QStringLiteral("--order"), order,
                                                     QStringLiteral("--grabber"), QStringLiteral("2"), QStringLiteral("--note"), QStringLiteral("试试")});
        QCOMPARE(refused.code, 4);
        QVERIFY2(refused.err.startsWith("grabctl: refused (restricted_order): "), refused.err.constData());
        QCOMPARE(QJsonDocument::fromJson(refused.out).object().value(QStringLiteral("reason")).toString(), QStringLiteral("restricted_order"));

        // A level restriction replaces the list; then lifted, the assignment goes through.
        QCOMPARE(grabctl(db + QStringList{QStringLiteral("restrict"), QStringLiteral("--order"), order, QStringLiteral("--min-level"),
                                          QStringLiteral("senior")})
                     .code,
                 0);
        const Run junior = grabctl(db + QStringList{QStringLiteral("assign"), QStringLiteral("--order"), order, QStringLiteral("--grabber"),
                                                    QStringLiteral("2")});
        QCOMPARE(junior.code, 4);
        QVERIFY2(junior.err.contains("level_restricted"), junior.err.constData());
        const Run cleared = grabctl(db + QStringList{QStringLiteral("restrict"), QStringLiteral("--order"), order, QStringLiteral("--clear")});
        QCOMPARE(cleared.code, 0);
        QCOMPARE(cleared.out, QStringLiteral("Order %1 is open to every grabber.\n").arg(order).toUtf8());
        const Run assigned = grabctl(db + QStringList{QStringLiteral("--json"), QStringLiteral("assign"), QStringLiteral("--order"), order,
                                                      QStringLiteral("--grabber"), QStringLiteral("2"), QStringLiteral("--note"),
                                                      QStringLiteral("她熟悉客户")});
        QCOMPARE(assigned.code, 0);
        const QJsonObject a = QJsonDocument::fromJson(assigned.out).object();
        QCOMPARE(a.value(QStringLiteral("chosen")).toObject().value(QStringLiteral("grabber")).toInt(), 2);
        QCOMPARE(a.value(QStringLiteral("note")).toString(), QStringLiteral("她熟悉客户"));
        QVERIFY(a.value(QStringLiteral("rank")).toInt() >= 1);

        // The log tells the story, each step by the manager.
        const QJsonArray events = QJsonDocument::fromJson(grabctl({QStringLiteral("--db"), m_db, QStringLiteral("events"), QStringLiteral("--json"),
                                                                   QStringLiteral("--limit"), QStringLiteral("100000")})
                                                              .out)
                                      .array();
        QStringList story;
        for (const QJsonValue &v : events) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("order")).toInt() == order.toInt() && e.value(QStringLiteral("type")).toString() != QStringLiteral("published")) {
                QCOMPARE(e.value(QStringLiteral("actor")).toString(), QStringLiteral("manager"));
                story << e.value(QStringLiteral("type")).toString() + u'/' + e.value(QStringLiteral("reason")).toString();
            }
        }
        QCOMPARE(story, (QStringList{QStringLiteral("restricted/"), QStringLiteral("assign_refused/restricted_order"), QStringLiteral("restricted/"),
                                     QStringLiteral("assign_refused/level_restricted"), QStringLiteral("restricted/"),
                                     QStringLiteral("dispatched/manager")}));

        // Taken now: a second assignment finds it not open; a closed order cannot be restricted.
        QCOMPARE(grabctl(db + QStringList{QStringLiteral("assign"), QStringLiteral("--order"), order, QStringLiteral("--grabber"), QStringLiteral("1")})
                     .code,
                 3);
        QCOMPARE(grabctl(db + QStringList{QStringLiteral("close"), QStringLiteral("--order"), order, QStringLiteral("--outcome"), QStringLiteral("won")})
                     .code,
                 0);
        const Run closed = grabctl(db + QStringList{QStringLiteral("restrict"), QStringLiteral("--order"), order, QStringLiteral("--clear")});
        QCOMPARE(closed.code, 3);
        QVERIFY2(closed.err.contains("it is won"), closed.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestGrabctl)
#include "tst_grabctl.moc"
