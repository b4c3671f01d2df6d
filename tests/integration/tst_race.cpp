// 8 real processes grab the same 2,000 orders at once: every order has exactly one winner,
// the winner was told so, the store agrees, nobody saw "database is locked", and the file
// passes integrity_check.
#include "testbed/contest.h"
#include "store/database.h"

#include "store/sql.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace grab;

class TestRace : public QObject
{
    Q_OBJECT
private slots:
    void eightProcessesOneWinnerPerOrder()
    {
        constexpr int kProcesses = 8;
        constexpr int kOrders = 2000;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("race.sqlite"));
        QString why;
        QVERIFY2(contest::makeDatabase(path, kProcesses, kOrders, &why), qPrintable(why));
        const QString start = dir.filePath(QStringLiteral("go"));

        QList<QProcess *> workers;
        for (int i = 0; i < kProcesses; ++i) {
            auto *p = new QProcess(this);
            p->setProcessChannelMode(QProcess::SeparateChannels);
            p->start(QStringLiteral(RACE_WORKER),
                     {path, QString::number(i + 1), QString::number(kOrders), QString::number(1000 + i), QString::number(contest::now()), start});
            QVERIFY(p->waitForStarted(10000));
            workers.append(p);
        }
        for (QProcess *p : workers) {
            // Every worker has opened its connection before the race starts.
            QElapsedTimer wait;
            wait.start();
            while (!p->canReadLine() && wait.elapsed() < 30000) {
                p->waitForReadyRead(100);
            }
            QCOMPARE(p->readLine().trimmed(), QByteArray("READY"));
        }
        QElapsedTimer race;
        race.start();
        QFile go(start);
        QVERIFY(go.open(QIODevice::WriteOnly));
        go.close();

        QHash<qint64, int> toldWon; // order -> grabber told it won
        int doubleTold = 0;
        for (int i = 0; i < kProcesses; ++i) {
            QProcess *p = workers[i];
            QVERIFY2(p->waitForFinished(240000), "a worker did not finish in 4 minutes");
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            const QList<QByteArray> lines = p->readAllStandardOutput().split('\n');
            bool done = false;
            for (const QByteArray &line : lines) {
                QVERIFY2(!line.startsWith("ERROR"), line.constData()); // no "database is locked", no other failure
                if (line.startsWith("WON ")) {
                    const qint64 order = line.mid(4).toLongLong();
                    if (toldWon.contains(order)) {
                        ++doubleTold;
                    }
                    toldWon.insert(order, i + 1);
                }
                if (line.startsWith("DONE")) {
                    done = true;
                    QVERIFY2(line.contains("errors=0"), line.constData());
                }
            }
            QVERIFY(done);
            QCOMPARE(p->exitCode(), 0);
        }
        const qint64 ms = race.elapsed();
        qInfo("race: %d processes, %d orders, %lld ms, %.0f attempts/s", kProcesses, kOrders, static_cast<long long>(ms),
              double(kProcesses * kOrders) * 1000.0 / double(std::max<qint64>(ms, 1)));
        QCOMPARE(doubleTold, 0);
        QCOMPARE(toldWon.size(), kOrders); // every order won by someone who was told so

        auto db = Database::open(path, Database::Options{});
        QVERIFY(db);
        const QSqlDatabase c = (*db)->connection();
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM orders WHERE state = 'assigned'"))->toInt(), kOrders);
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM assignments"))->toInt(), kOrders);
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM grab_attempts WHERE result = 'won'"))->toInt(), kOrders);
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM grab_attempts"))->toInt(), kOrders * kProcesses);
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'grab_won'"))->toInt(), kOrders);
        // The store's winner is the process that was told it won.
        auto q = runSql(c, QStringLiteral("SELECT id, assignee_id FROM orders"));
        int mismatches = 0;
        while (q->next()) {
            if (toldWon.value(q->value(0).toLongLong()) != q->value(1).toInt()) {
                ++mismatches;
            }
        }
        QCOMPARE(mismatches, 0);
        QCOMPARE(scalar(c, QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
        // The day rollup agrees with the facts.
        QCOMPARE(scalar(c, QStringLiteral("SELECT SUM(attempts) FROM grabber_days"))->toInt(), kOrders * kProcesses);
        QCOMPARE(scalar(c, QStringLiteral("SELECT SUM(volume) FROM grabber_days"))->toInt(), kOrders);
    }
};

QTEST_GUILESS_MAIN(TestRace)
#include "tst_race.moc"
