// A team server that stops answering in the middle of a command while its machine still does
// (its processes frozen with SIGSTOP, as a paused virtual machine or a hung server would be):
// grabctl gives up within five seconds with exit 6 and one sentence, a window's live feed says
// the server is away and comes back when it answers again, and a long command on a server that
// does answer is left to finish (store/serverwatch.h). Over TCP, on a cluster of the suite's
// own, so that freezing it disturbs no other suite.
#include "../common/testbackend.h"

#include "base/clock.h"
#include "live/boardfeed.h"
#include "live/livehub.h"
#include "store/database.h"
#include "store/serverwatch.h"
#include "store/sql.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

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

class TestPgFreeze : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_state;
    QString m_folder;
    QString m_address; // over TCP: a Unix socket's connection is to this machine and not watched

    // The server's processes: the postmaster (first line of postmaster.pid) and its children.
    QList<pid_t> serverProcesses() const
    {
        QFile pidFile(m_folder + QStringLiteral("/data/postmaster.pid"));
        if (!pidFile.open(QIODevice::ReadOnly)) {
            return {};
        }
        const pid_t postmaster = pid_t(pidFile.readLine().trimmed().toLongLong());
        QList<pid_t> out{postmaster};
        const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &entry : entries) {
            bool ok = false;
            const pid_t pid = pid_t(entry.toLongLong(&ok));
            QFile status(QStringLiteral("/proc/%1/status").arg(entry));
            if (!ok || !status.open(QIODevice::ReadOnly)) {
                continue;
            }
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("PPid:") && line.mid(5).trimmed().toLongLong() == postmaster) {
                    out << pid;
                }
            }
        }
        return out;
    }

    // Freezes (SIGSTOP) or thaws (SIGCONT) the whole server; thawing also on the way out of a
    // failed test (cleanup()).
    void freeze(bool frozen)
    {
        for (const pid_t pid : serverProcesses()) {
            kill(pid, frozen ? SIGSTOP : SIGCONT);
        }
    }

    qint64 eventCount()
    {
        auto db = Database::open(m_address, Database::Options{});
        if (!db) {
            return -1;
        }
        auto n = scalar((*db)->connection(), QStringLiteral("SELECT COUNT(*) FROM events"));
        return n ? n->toLongLong() : -1;
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
        m_address = QString::fromUtf8(lines.value(2));
        QVERIFY2(m_address.contains(QLatin1String("@127.0.0.1:")), qPrintable(m_address));
        m_address.chop(QStringLiteral("/postgres").size());
        m_address += QStringLiteral("/team");
        const QString grabctl = qEnvironmentVariable("GRABCTL");
        QByteArray err;
        QCOMPARE(run(grabctl, {QStringLiteral("server"), QStringLiteral("init"), m_address, QStringLiteral("--time-zone"), QStringLiteral("UTC")}, &err), 0);
        QVERIFY2(run(grabctl, {QStringLiteral("--db"), m_address, QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("5"),
                               QStringLiteral("--grabbers"), QStringLiteral("8"), QStringLiteral("--days"), QStringLiteral("2")},
                     &err) == 0,
                 err.constData());
    }

    void cleanup() { freeze(false); }

    void aFrozenServerEndsACommandWithinFiveSeconds()
    {
        const qint64 before = eventCount();
        QVERIFY(before > 0);
        QProcess writer;
        writer.start(qEnvironmentVariable("GRABCTL"), {QStringLiteral("--db"), m_address, QStringLiteral("--json"), QStringLiteral("simulate"),
                                                       QStringLiteral("--rate"), QStringLiteral("50"), QStringLiteral("--duration"), QStringLiteral("60")});
        QVERIFY(writer.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(eventCount() >= before + 50, 20000); // it writes

        QElapsedTimer frozenFor;
        freeze(true);
        frozenFor.start();
        const bool ended = writer.waitForFinished(10000);
        const qint64 tookMs = frozenFor.elapsed();
        freeze(false);
        if (!ended) {
            writer.kill();
            writer.waitForFinished();
        }
        qInfo("the writer ended %lld ms after the server froze", tookMs);
        QVERIFY2(ended, "the writer waited for the frozen server for 10 s");
        QVERIFY2(tookMs <= 5000, qPrintable(QStringLiteral("%1 ms").arg(tookMs)));
        QCOMPARE(writer.exitCode(), 6);

        // One sentence that says what happened, and nothing from Qt's driver around it.
        const QString said = QString::fromUtf8(writer.readAllStandardError()).trimmed();
        QVERIFY2(!said.contains(u'\n'), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("The server stopped answering while")), qPrintable(said));
        const QJsonObject report = QJsonDocument::fromJson(writer.readAllStandardOutput()).object();
        QCOMPARE(report.value(QStringLiteral("failure")).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("server_gone"));

        // Whole changes only: once the server answers again, the chain and every seal verify.
        QByteArray err;
        QVERIFY2(run(qEnvironmentVariable("GRABCTL"), {QStringLiteral("--db"), m_address, QStringLiteral("verify")}, &err) == 0, err.constData());
    }

    void aWindowsFeedSaysTheServerIsAwayAndComesBack()
    {
        SystemClock clock;
        LiveHub hub(std::make_unique<BoardFeed>(m_address, clock));
        QSignalSpy snapshots(&hub, &LiveHub::snapshotReady);
        QSignalSpy deltas(&hub, &LiveHub::deltaReady);
        QSignalSpy reach(&hub, &LiveHub::reachability);
        hub.start();
        QTRY_COMPARE_WITH_TIMEOUT(snapshots.size(), 1, 10000);

        QElapsedTimer frozenFor;
        freeze(true);
        frozenFor.start();
        QTRY_VERIFY_WITH_TIMEOUT(!reach.isEmpty(), 6000);
        qInfo("the feed said the server was away %lld ms after it froze", frozenFor.elapsed());
        QVERIFY(!reach.first().at(0).toBool());
        QVERIFY(frozenFor.elapsed() <= 5000);
        freeze(false);

        // Back by itself, and it follows new writes again.
        QTRY_VERIFY_WITH_TIMEOUT(reach.last().at(0).toBool(), 20000);
        const int seen = int(deltas.size());
        QByteArray err;
        QVERIFY2(run(qEnvironmentVariable("GRABCTL"), {QStringLiteral("--db"), m_address, QStringLiteral("publish"), QStringLiteral("--customer"),
                                                       QStringLiteral("1"), QStringLiteral("--amount"), QStringLiteral("100")},
                     &err) == 0,
                 err.constData());
        QTRY_VERIFY_WITH_TIMEOUT(deltas.size() > seen, 10000);
    }

    void aLongCommandOnAServerThatAnswersIsLeftToFinish()
    {
        const auto cutBefore = serverwatch::lastCut();
        auto db = Database::open(m_address, Database::Options{});
        QVERIFY(db);
        QElapsedTimer t;
        t.start();
        auto slept = scalar((*db)->connection(), QStringLiteral("SELECT pg_sleep(4.5) IS NULL"));
        QVERIFY2(slept, slept ? "" : qPrintable(slept.error().message));
        QVERIFY(t.elapsed() >= 4500);
        const auto cutAfter = serverwatch::lastCut();
        QCOMPARE(cutAfter.has_value(), cutBefore.has_value());
        // And the connection, idle a while, still serves.
        QTest::qWait(2500);
        auto one = scalar((*db)->connection(), QStringLiteral("SELECT 1"));
        QVERIFY(one);
        QCOMPARE(one->toInt(), 1);
    }

    void cleanupTestCase()
    {
        freeze(false);
        run(QStringLiteral("sh"), {script(), QStringLiteral("stop"), m_state});
    }
};

QTEST_GUILESS_MAIN(TestPgFreeze)
#include "tst_pgfreeze.moc"
