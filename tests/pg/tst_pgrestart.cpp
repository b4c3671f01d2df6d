// A team server restarted while another process writes: the writer stops with exit 6 and one
// sentence, having committed whole changes only (the chain verifies); the window's live feed
// notices, reconnects once the server is back, and ends with every committed event, each once.
// The test runs on a cluster of its own (tests/pg/cluster.sh), so that restarting it disturbs
// no other suite.
#include "../common/testbackend.h"

#include "base/clock.h"
#include "live/boardfeed.h"
#include "live/livehub.h"
#include "store/database.h"
#include "store/sql.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace grab;
using namespace grab::test;

namespace {

QString script()
{
    return QStringLiteral(GRABDESK_SOURCE_DIR "/tests/pg/cluster.sh");
}

int run(const QString &program, const QStringList &args, QByteArray *err = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        return -1;
    }
    if (err) {
        *err = p.readAllStandardError();
    }
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
}

} // namespace

class TestPgRestart : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_state;
    QString m_folder;
    QString m_address;

    // pg_ctl on the private cluster, as the user that owns it.
    int pgctl(const QStringList &args)
    {
        QStringList full{QStringLiteral("/usr/lib/postgresql/15/bin/pg_ctl"), QStringLiteral("-D"), m_folder + QStringLiteral("/data")};
        full += args;
        if (geteuid() == 0) {
            return run(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} + full);
        }
        return run(full.takeFirst(), full);
    }

private slots:
    void initTestCase()
    {
        m_state = m_dir.filePath(QStringLiteral("state"));
        QCOMPARE(run(QStringLiteral("sh"), {script(), QStringLiteral("start"), m_state}), 0);
        QFile f(m_state);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        m_folder = QString::fromUtf8(lines.value(0));
        m_address = QString::fromUtf8(lines.value(1));
        m_address.chop(QStringLiteral("/postgres").size());
        m_address += QStringLiteral("/team");
        const QString grabctl = qEnvironmentVariable("GRABCTL");
        QByteArray err;
        QCOMPARE(run(grabctl, {QStringLiteral("server"), QStringLiteral("init"), m_address, QStringLiteral("--time-zone"), QStringLiteral("UTC")}, &err), 0);
        QVERIFY2(run(grabctl, {QStringLiteral("--db"), m_address, QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("3"),
                               QStringLiteral("--grabbers"), QStringLiteral("8"), QStringLiteral("--days"), QStringLiteral("2")},
                     &err) == 0,
                 err.constData());
    }

    void aRestartWhileWritingLosesNothingAndHalvesNothing()
    {
        SystemClock clock;
        LiveHub hub(std::make_unique<BoardFeed>(m_address, clock));
        QSignalSpy snapshots(&hub, &LiveHub::snapshotReady);
        QSignalSpy deltas(&hub, &LiveHub::deltaReady);
        QSignalSpy reach(&hub, &LiveHub::reachability);
        hub.start();
        QTRY_COMPARE_WITH_TIMEOUT(snapshots.size(), 1, 10000);
        const qint64 start = snapshots.at(0).at(0).value<BoardSnapshot>().lastEventId;

        QProcess writer;
        writer.start(qEnvironmentVariable("GRABCTL"), {QStringLiteral("--db"), m_address, QStringLiteral("--json"), QStringLiteral("simulate"), QStringLiteral("--rate"),
                                                       QStringLiteral("50"), QStringLiteral("--duration"), QStringLiteral("60")});
        QVERIFY(writer.waitForStarted());
        const auto delivered = [&] {
            QList<qint64> ids;
            for (const auto &args : deltas) {
                for (const Event &e : args.at(0).value<BoardDelta>().events) {
                    ids << e.id;
                }
            }
            return ids;
        };
        QTRY_VERIFY_WITH_TIMEOUT(delivered().size() >= 100, 20000); // it writes, and the board follows

        // The server restarts (fast: connections are ended, the server comes back).
        QElapsedTimer restart;
        restart.start();
        QCOMPARE(pgctl({QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("restart"), QStringLiteral("-l"),
                        m_folder + QStringLiteral("/server.log")}),
                 0);
        qInfo("the server was back after %lld ms", restart.elapsed());

        // The writer's connection went with it: it stops with exit 6 and one sentence.
        QVERIFY(writer.waitForFinished(20000));
        const QByteArray said = writer.readAllStandardError();
        const QByteArray summary = writer.readAllStandardOutput();
        qInfo("writer: %s", summary.constData());
        QCOMPARE(writer.exitCode(), 6);
        // (Lost before its write, lost while its COMMIT was on the way, or not made again.)
        QVERIFY2(said.contains("connection to the server was lost") || said.contains("broke while it was saving") || said.contains("Cannot connect"),
                 said.constData());

        // The feed noticed, came back, and has every committed event once, in order.
        QTRY_VERIFY_WITH_TIMEOUT(reach.size() >= 2, 20000);
        QVERIFY(!reach.at(0).at(0).toBool());
        QVERIFY(reach.last().at(0).toBool());
        auto check = Database::open(m_address, Database::Options{});
        QVERIFY(check);
        QList<qint64> committed;
        auto q = runSql((*check)->connection(), QStringLiteral("SELECT id FROM events WHERE id > ? ORDER BY id"), {start});
        QVERIFY(q);
        while (q->next()) {
            committed << q->value(0).toLongLong();
        }
        QVERIFY(committed.size() >= 3);
        QTRY_COMPARE_WITH_TIMEOUT(delivered(), committed, 10000);

        // None lost silently: what the writer counts as written is committed; the one write the
        // restart cut off was reported (and may have committed just before the cut).
        const QJsonObject report = QJsonDocument::fromJson(summary).object();
        QVERIFY2(report.contains(QStringLiteral("failure")), summary.constData());
        // Each kind of action the writer counts against the events of that kind committed (an
        // action may add more rows, such as an automatic violation, which are not compared).
        const QList<std::pair<const char *, const char *>> kinds{{"published", "published"}, {"grab_won", "won"},
                                                                 {"grab_lost_race", "lostRaces"}, {"grab_rejected", "refused"},
                                                                 {"followed_up", "followUps"}, {"released", "released"}, {"feedback", "feedback"}};
        qint64 beyond = 0; // committed but not counted: at most the one write the cut reported
        for (const auto &[type, key] : kinds) {
            const qint64 inDatabase =
                scalar((*check)->connection(), QStringLiteral("SELECT COUNT(*) FROM events WHERE id > ? AND type = ?"), {start, QString::fromLatin1(type)})
                    ->toLongLong();
            const qint64 counted = report.value(QLatin1String(key)).toInteger();
            QVERIFY2(inDatabase >= counted, qPrintable(QStringLiteral("%1: %2 counted, %3 committed").arg(QLatin1String(type)).arg(counted).arg(inDatabase)));
            beyond += inDatabase - counted;
        }
        QVERIFY2(beyond <= 1, qPrintable(QStringLiteral("%1 committed writes the writer did not count").arg(beyond)));

        // The board's state after the deltas is what a fresh load reads.
        BoardFeed fresh(m_address, clock);
        QSignalSpy freshSnapshots(&fresh, &BoardFeed::snapshotReady);
        fresh.start();
        QCOMPARE(freshSnapshots.size(), 1);
        const auto signature = [](QList<Order> orders) {
            std::sort(orders.begin(), orders.end(), [](const Order &a, const Order &b) { return a.id < b.id; });
            QStringList out;
            for (const Order &o : orders) {
                out << QStringLiteral("%1 %2 %3 %4 %5").arg(o.id).arg(int(o.state)).arg(o.assigneeId.value_or(0)).arg(o.priority).arg(o.amountMinor);
            }
            return out;
        };
        QCOMPARE(signature(hub.inPlay()), signature(freshSnapshots.at(0).at(0).value<BoardSnapshot>().inPlay));
        QCOMPARE(hub.quotas().size(), freshSnapshots.at(0).at(0).value<BoardSnapshot>().quotas.size());
        fresh.stop();

        // Only whole changes were committed: the chain and every seal verify.
        QByteArray err;
        QVERIFY2(run(qEnvironmentVariable("GRABCTL"), {QStringLiteral("--db"), m_address, QStringLiteral("verify")}, &err) == 0, err.constData());
    }

    void cleanupTestCase() { run(QStringLiteral("sh"), {script(), QStringLiteral("stop"), m_state}); }
};

QTEST_GUILESS_MAIN(TestPgRestart)
#include "tst_pgrestart.moc"
