// 8 real processes grab the same 2,000 orders at once: every order has exactly one winner,
// the winner was told so, the store agrees, nobody saw "database is locked", the event chain
// holds, and the file passes integrity_check. And one grabber with a daily cap of 5 who grabs
// from 4 desks at once gets exactly 5. On SQLite (a file) and on the test cluster (tst_race_pg).
#include "../common/testbackend.h"
#include "base/clock.h"
#include "services/audit/integritycheck.h"
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
using namespace grab::test;

namespace {

// One racing process: the grabber it acts for, and the seed of its order of attempts.
struct Worker
{
    qint64 grabber = 0;
    quint32 seed = 0;
};

} // namespace

class TestRace : public QObject
{
    Q_OBJECT

    // Where a race runs: a file in `dir`, or a fresh database on the test cluster.
    QString where(QTemporaryDir &dir, std::optional<ServerDatabase> &server, const char *file)
    {
        if (onServer()) {
            return server.emplace().address();
        }
        return dir.filePath(QString::fromLatin1(file));
    }

    // Runs the workers against `path` from one start signal (each has opened its connection
    // first); fills `outputs` with each one's standard output, in order, after it exited
    // normally with code 0.
    void race(const QString &path, const QString &start, int orders, const QList<Worker> &team, QList<QByteArray> *outputs)
    {
        QList<QProcess *> workers;
        for (const Worker &w : team) {
            auto *p = new QProcess(this);
            p->setProcessChannelMode(QProcess::SeparateChannels);
            p->start(QStringLiteral(RACE_WORKER), {path, QString::number(w.grabber), QString::number(orders), QString::number(w.seed),
                                                   QString::number(contest::now()), start});
            QVERIFY(p->waitForStarted(10000));
            workers.append(p);
        }
        for (QProcess *p : workers) {
            QElapsedTimer wait;
            wait.start();
            while (!p->canReadLine() && wait.elapsed() < 30000) {
                p->waitForReadyRead(100);
            }
            QCOMPARE(p->readLine().trimmed(), QByteArray("READY"));
        }
        QFile go(start);
        QVERIFY(go.open(QIODevice::WriteOnly));
        go.close();
        for (QProcess *p : workers) {
            QVERIFY2(p->waitForFinished(240000), "a worker did not finish in 4 minutes");
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            outputs->append(p->readAllStandardOutput());
            QVERIFY2(p->exitCode() == 0, outputs->last().right(400).constData());
            delete p;
        }
    }

private slots:
    // A grabber with a daily cap of 5 grabs 40 open orders from 4 desks at once: exactly 5 are
    // won, every other attempt is refused or lost, and nothing errs.
    void dailyCapHoldsAcrossFourDesks()
    {
        constexpr int kOrders = 40;
        QTemporaryDir dir;
        std::optional<ServerDatabase> server;
        const QString path = where(dir, server, "cap.sqlite");
        QString why;
        QVERIFY2(contest::makeDatabase(path, 1, kOrders, &why), qPrintable(why));
        {
            auto db = Database::open(path, Database::Options{});
            QVERIFY(db);
            QVERIFY(runSql((*db)->connection(), QStringLiteral("UPDATE grabbers SET daily_cap_override = 5 WHERE id = 1")));
        }
        QList<QByteArray> outputs;
        race(path, dir.filePath(QStringLiteral("go")), kOrders, {{1, 11}, {1, 12}, {1, 13}, {1, 14}}, &outputs);
        QCOMPARE(outputs.size(), 4);
        int won = 0;
        for (const QByteArray &out : outputs) {
            QVERIFY2(!out.contains("ERROR"), out.constData());
            won += int(out.count("\nWON ")) + (out.startsWith("WON ") ? 1 : 0);
        }
        QCOMPARE(won, 5);
        auto db = Database::open(path, Database::Options{});
        QVERIFY(db);
        const QSqlDatabase c = (*db)->connection();
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM orders WHERE state = 'assigned' AND assignee_id = 1"))->toInt(), 5);
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM grab_attempts WHERE result = 'won'"))->toInt(), 5);
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM grab_attempts"))->toInt(), 4 * kOrders);
        QCOMPARE(scalar(c, QStringLiteral("SELECT SUM(volume) FROM grabber_days"))->toInt(), 5);
    }

    void eightProcessesOneWinnerPerOrder()
    {
        constexpr int kProcesses = 8;
        constexpr int kOrders = 2000;
        QTemporaryDir dir;
        std::optional<ServerDatabase> server;
        const QString path = where(dir, server, "race.sqlite");
        QString why;
        QVERIFY2(contest::makeDatabase(path, kProcesses, kOrders, &why), qPrintable(why));
        const QString start = dir.filePath(QStringLiteral("go"));

        QList<Worker> team;
        for (int i = 0; i < kProcesses; ++i) {
            team.append({i + 1, quint32(1000 + i)});
        }
        QElapsedTimer race;
        race.start();
        QList<QByteArray> outputs;
        this->race(path, start, kOrders, team, &outputs);
        QCOMPARE(outputs.size(), kProcesses);

        QHash<qint64, int> toldWon; // order -> grabber told it won
        int doubleTold = 0;
        for (int i = 0; i < kProcesses; ++i) {
            bool done = false;
            for (const QByteArray &line : outputs[i].split('\n')) {
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
        if (!onServer()) {
            QCOMPARE(scalar(c, QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
        }
        // Every event links to the one committed before it, though 8 desks wrote at once.
        FixedClock clock(contest::now());
        auto report = IntegrityCheck(Context{**db, clock, QStringLiteral("test")}).run();
        QVERIFY(report);
        QVERIFY2(report->ok(), report->ok() ? "" : qPrintable(report->breaks.first().message));
        QCOMPARE(report->events, qint64(kOrders * kProcesses) + scalar(c, QStringLiteral("SELECT COUNT(*) FROM events WHERE type NOT IN ('grab_won', 'grab_lost_race', 'grab_rejected')"))->toLongLong());
        // The day rollup agrees with the facts.
        QCOMPARE(scalar(c, QStringLiteral("SELECT SUM(attempts) FROM grabber_days"))->toInt(), kOrders * kProcesses);
        QCOMPARE(scalar(c, QStringLiteral("SELECT SUM(volume) FROM grabber_days"))->toInt(), kOrders);
    }
};

QTEST_GUILESS_MAIN(TestRace)
#include "tst_race.moc"
