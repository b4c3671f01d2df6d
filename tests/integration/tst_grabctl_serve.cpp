// grabctl serve: the rules run with no window open, on either engine. Two services at once
// sweep each due order exactly once; each logs what it did; SIGTERM stops it cleanly and its
// heartbeat goes; grabctl services says who is alive.
#include "../common/testbackend.h"
#include "grabctlrun.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <optional>

using namespace grab::test;

namespace {

// An hour after the orders were published: past the dispatch escalation (30 min), well inside
// their grab deadline (8 h).
const QString kAnHourLater = QStringLiteral("2026-11-25T10:00:00Z");

} // namespace

class TestGrabctlServe : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<ServerDatabase> m_server;
    QString m_db;

    Run run(const QString &now, const QStringList &args) { return grabctl(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--now"), now} + args); }
    QJsonArray jsonArray(const QString &now, const QStringList &args)
    {
        return QJsonDocument::fromJson(run(now, args + QStringList{QStringLiteral("--json")}).out).array();
    }
    void startService(QProcess &p)
    {
        p.start(qEnvironmentVariable("GRABCTL"), {QStringLiteral("--db"), m_db, QStringLiteral("--now"), kAnHourLater, QStringLiteral("serve"),
                                                  QStringLiteral("--interval"), QStringLiteral("1")});
        QVERIFY(p.waitForStarted());
    }
    static void stop(QProcess &p)
    {
        ::kill(pid_t(p.processId()), SIGTERM);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("GRABCTL"));
        m_db = onServer() ? m_server.emplace().address() : m_dir.filePath(QStringLiteral("team.sqlite"));
        QCOMPARE(run(kWednesday, {QStringLiteral("init"), QStringLiteral("--time-zone"), QStringLiteral("UTC")}).code, 0);
        for (const char *name : {"张伟", "王芳", "李娜"}) {
            QCOMPARE(run(kWednesday, {QStringLiteral("grabber"), QStringLiteral("add"), QStringLiteral("--name"), QString::fromUtf8(name)}).code, 0);
        }
        QCOMPARE(run(kWednesday, {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("上海恒达贸易"),
                                  QStringLiteral("--tier"), QStringLiteral("key"), QStringLiteral("--region"), QStringLiteral("华东")})
                     .code,
                 0);
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(run(kWednesday, {QStringLiteral("publish"), QStringLiteral("--customer"), QStringLiteral("1"), QStringLiteral("--amount"),
                                      QString::number(1000 + i)})
                         .code,
                     0);
        }
    }

    void aBadIntervalIsAUsageError()
    {
        const Run r = run(kAnHourLater, {QStringLiteral("serve"), QStringLiteral("--interval"), QStringLiteral("0")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--interval"), r.err.constData());
    }

    void twoServicesSweepEachDueOrderOnce()
    {
        QCOMPARE(run(kAnHourLater, {QStringLiteral("services")}).out.startsWith("No service is running"), true);
        QProcess a;
        QProcess b;
        startService(a);
        startService(b);
        // Both announce themselves in the database.
        QTRY_COMPARE_WITH_TIMEOUT(jsonArray(kAnHourLater, {QStringLiteral("services")}).size(), 2, 20000);
        // Every order is dispatched by one of them, and the one that did it says so.
        QTRY_COMPARE_WITH_TIMEOUT(jsonArray(kAnHourLater, {QStringLiteral("orders"), QStringLiteral("--state"), QStringLiteral("open")}).size(), 0,
                                  20000);
        QTest::qWait(2500); // two more rounds each: nothing is left to do twice
        stop(a);
        stop(b);
        QVERIFY(a.waitForFinished(5000));
        QVERIFY(b.waitForFinished(5000));
        QCOMPARE(a.exitCode(), 0);
        QCOMPARE(b.exitCode(), 0);
        const QByteArray logs = a.readAllStandardError() + b.readAllStandardError();
        QVERIFY2(logs.contains("swept: ") && logs.contains(" dispatched (#"), logs.constData());
        QVERIFY2(logs.count("stopped.") == 2, logs.constData());
        QCOMPARE(logs.count("swept: "), 1); // one line per sweep that did something: the one that dispatched

        QMap<qint64, int> dispatches;
        for (const QJsonValue &e : jsonArray(kAnHourLater, {QStringLiteral("events"), QStringLiteral("--limit"), QStringLiteral("1000")})) {
            if (e[QStringLiteral("type")].toString() == QLatin1String("dispatched")) {
                ++dispatches[e[QStringLiteral("order")].toInteger()];
            }
        }
        QCOMPARE(dispatches.size(), 6);
        for (int n : std::as_const(dispatches)) {
            QCOMPARE(n, 1);
        }
        // Stopped cleanly: their heartbeats are gone.
        QCOMPARE(jsonArray(kAnHourLater, {QStringLiteral("services")}).size(), 0);
    }

    // A day later nobody has followed the six orders up: with no window open, two services
    // reclaim each of them once, in their first sweep.
    void twoServicesReclaimEachOverdueOrderOnce()
    {
        const QString dayLater = QStringLiteral("2026-11-26T10:30:00Z"); // 24.5 h after the dispatch
        QCOMPARE(jsonArray(dayLater, {QStringLiteral("orders"), QStringLiteral("--state"), QStringLiteral("assigned")}).size(), 6);
        QProcess a;
        QProcess b;
        const QStringList args{QStringLiteral("--db"), m_db, QStringLiteral("--now"), dayLater, QStringLiteral("serve"), QStringLiteral("--interval"),
                               QStringLiteral("60")};
        QElapsedTimer t;
        t.start();
        a.start(qEnvironmentVariable("GRABCTL"), args);
        b.start(qEnvironmentVariable("GRABCTL"), args);
        QVERIFY(a.waitForStarted() && b.waitForStarted());
        // Within the first sweep, well before the second (60 s).
        QTRY_COMPARE_WITH_TIMEOUT(jsonArray(dayLater, {QStringLiteral("orders"), QStringLiteral("--state"), QStringLiteral("assigned")}).size(), 0,
                                  20000);
        qInfo("reclaimed %lld ms after the services started", t.elapsed());
        stop(a);
        stop(b);
        QVERIFY(a.waitForFinished(5000) && b.waitForFinished(5000));
        QCOMPARE(a.exitCode(), 0);
        QCOMPARE(b.exitCode(), 0);
        const QByteArray logs = a.readAllStandardError() + b.readAllStandardError();
        QVERIFY2(logs.contains(" reclaimed (#"), logs.constData());
        QMap<qint64, int> reclaims;
        for (const QJsonValue &e : jsonArray(dayLater, {QStringLiteral("events"), QStringLiteral("--limit"), QStringLiteral("1000")})) {
            if (e[QStringLiteral("type")].toString() == QLatin1String("reclaimed")) {
                ++reclaims[e[QStringLiteral("order")].toInteger()];
            }
        }
        QCOMPARE(reclaims.size(), 6);
        for (int n : std::as_const(reclaims)) {
            QCOMPARE(n, 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestGrabctlServe)
#include "tst_grabctl_serve.moc"
