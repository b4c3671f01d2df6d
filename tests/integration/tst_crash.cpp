// A writer killed with SIGKILL at random moments, 20 rounds: every grab it reported committed
// is in the store, the file passes integrity_check and still opens.
#include "testbed/contest.h"
#include "store/database.h"

#include "store/sql.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace grab;

class TestCrash : public QObject
{
    Q_OBJECT
private slots:
    void killedWriterLosesNothingReported()
    {
        constexpr int kRounds = 20;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
        QString why;
        QVERIFY2(contest::makeDatabase(path, kRounds, 12000, &why), qPrintable(why));
        QRandomGenerator rng(20261127);
        int totalReported = 0;
        for (int round = 1; round <= kRounds; ++round) {
            QProcess p;
            p.start(QStringLiteral(CRASH_WORKER), {path, QString::number(round), QString::number(contest::now())});
            QVERIFY(p.waitForStarted(10000));
            QElapsedTimer wait;
            wait.start();
            while (!p.canReadLine() && wait.elapsed() < 30000) {
                p.waitForReadyRead(50);
            }
            QVERIFY(p.readLine().startsWith("READY"));
            QThread::msleep(20 + rng.bounded(280));
            p.kill(); // SIGKILL: no destructor, no ROLLBACK, no flush beyond what was written
            QVERIFY(p.waitForFinished(10000));
            QCOMPARE(p.exitStatus(), QProcess::CrashExit);

            QList<qint64> reported;
            for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
                QVERIFY2(!line.startsWith("ERROR"), line.constData());
                if (line.startsWith("COMMITTED ")) {
                    reported.append(line.mid(10).toLongLong());
                }
            }
            QVERIFY2(!reported.contains(0), "garbled output");
            totalReported += int(reported.size());

            auto db = Database::open(path, Database::Options{});
            QVERIFY2(db, db ? "" : qPrintable(db.error().message));
            const QSqlDatabase c = (*db)->connection();
            QCOMPARE(scalar(c, QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
            for (qint64 order : reported) {
                QCOMPARE(scalar(c, QStringLiteral("SELECT assignee_id FROM orders WHERE id = ?"), {order})->toInt(), round);
            }
            // Nothing half-written: every assigned order has exactly its assignment, attempt and event.
            QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM orders WHERE state = 'assigned'"))->toInt(),
                     scalar(c, QStringLiteral("SELECT COUNT(*) FROM assignments"))->toInt());
            QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM grab_attempts WHERE result = 'won'"))->toInt(),
                     scalar(c, QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'grab_won'"))->toInt());
            QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM assignments"))->toInt(),
                     scalar(c, QStringLiteral("SELECT SUM(volume) FROM grabber_days"))->toInt());
        }
        qInfo("crash: %d rounds, %d grabs reported committed, all found", kRounds, totalReported);
        QVERIFY(totalReported > 0);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
