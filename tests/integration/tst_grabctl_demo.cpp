// Drives the real grabctl executable on generated demo teams: the demo is deterministic, the
// live simulator keeps its pace and refuses bad values without writing, and the dashboard's
// figures are the kpis command's.
#include "grabctlrun.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace grab::test;

class TestGrabctlDemo : public QObject
{
    Q_OBJECT

private slots:
    // The live simulator through the real executable, on a demo team whose history ends at --now
    // (a Wednesday morning in Shanghai, inside a grab window).
    void simulate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sim.sqlite"));
        const QStringList base{QStringLiteral("--db"), path, QStringLiteral("--now"), QStringLiteral("2026-11-25T09:00:00+08:00")};
        QCOMPARE(grabctl(base + QStringList{QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--grabbers"),
                                            QStringLiteral("6"), QStringLiteral("--days"), QStringLiteral("2"), QStringLiteral("--time-zone"),
                                            QStringLiteral("Asia/Shanghai")})
                     .code,
                 0);
        const auto eventCount = [&] {
            const Run r = grabctl({QStringLiteral("--db"), path, QStringLiteral("events"), QStringLiteral("--json"), QStringLiteral("--limit"),
                                   QStringLiteral("1000000")});
            return QJsonDocument::fromJson(r.out).array().size();
        };
        const qsizetype before = eventCount();
        const QByteArray fileBefore = digest(path);

        // Malformed or impossible values: exit 2 (7 for more grabbers than the team has), one
        // sentence, nothing written.
        const QList<std::tuple<QStringList, int, QByteArray>> bad{
            {{QStringLiteral("--rate"), QStringLiteral("abc"), QStringLiteral("--duration"), QStringLiteral("2")}, 2, "--rate"},
            {{QStringLiteral("--rate"), QStringLiteral("0"), QStringLiteral("--duration"), QStringLiteral("2")}, 2, "--rate"},
            {{QStringLiteral("--rate"), QStringLiteral("5001"), QStringLiteral("--duration"), QStringLiteral("2")}, 2, "at most 5000"},
            {{QStringLiteral("--rate"), QStringLiteral("10"), QStringLiteral("--duration"), QStringLiteral("0")}, 2, "--duration"},
            {{QStringLiteral("--rate"), QStringLiteral("10"), QStringLiteral("--duration"), QStringLiteral("1.5")}, 2, "--duration"},
            {{QStringLiteral("--duration"), QStringLiteral("1"), QStringLiteral("--grabbers"), QStringLiteral("0")}, 2, "--grabbers"},
            {{QStringLiteral("--duration"), QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("-1")}, 2, "--seed"},
            {{QStringLiteral("--duration"), QStringLiteral("1"), QStringLiteral("--grabbers"), QStringLiteral("99")}, 7, "Only 5 grabbers are active"},
        };
        for (const auto &[args, code, says] : bad) {
            const Run r = grabctl(base + QStringList{QStringLiteral("simulate")} + args);
            QVERIFY2(r.code == code, qPrintable(args.join(u' ') + QStringLiteral(" -> %1").arg(r.code)));
            QVERIFY2(r.err.contains(says), r.err.constData());
            QCOMPARE(r.err.count('\n'), 1);
        }
        QCOMPARE(digest(path), fileBefore);
        QCOMPARE(eventCount(), before);

        // 50 events a second for 2 s.
        const Run r = grabctl(base + QStringList{QStringLiteral("simulate"), QStringLiteral("--rate"), QStringLiteral("50"),
                                                 QStringLiteral("--duration"), QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("9"),
                                                 QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData()); // no progress lines with --json
        const QJsonObject s = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(s.value(QStringLiteral("ok")).toBool(), true);
        const int events = s.value(QStringLiteral("events")).toInt();
        QVERIFY2(events >= 80 && events <= 120, r.out.constData());
        QCOMPARE(s.value(QStringLiteral("grabbers")).toInt(), 5);
        QCOMPARE(s.value(QStringLiteral("seed")).toInt(), 9);
        QVERIFY(s.value(QStringLiteral("won")).toInt() > 0);
        QCOMPARE(s.value(QStringLiteral("attempts")).toInt(), s.value(QStringLiteral("won")).toInt()
                                                                   + s.value(QStringLiteral("lostRaces")).toInt()
                                                                   + s.value(QStringLiteral("refused")).toInt());
        QVERIFY(s.value(QStringLiteral("achievedRate")).toDouble() > 40 && s.value(QStringLiteral("achievedRate")).toDouble() < 60);
        QVERIFY(s.value(QStringLiteral("notes")).toArray().isEmpty());
        QCOMPARE(eventCount(), before + s.value(QStringLiteral("eventRows")).toInt());
        QVERIFY(s.value(QStringLiteral("eventRows")).toInt() >= events);

        // Without a duration it runs until SIGTERM (or Ctrl+C), with a progress line every 2 s on
        // stderr, then prints the summary so far and exits 0.
        QProcess p;
        p.start(qEnvironmentVariable("GRABCTL"), base + QStringList{QStringLiteral("simulate"), QStringLiteral("--rate"), QStringLiteral("20")});
        QVERIFY(p.waitForStarted());
        QTest::qWait(2600);
        QElapsedTimer stopping;
        stopping.start();
        p.terminate();
        QVERIFY(p.waitForFinished(5000));
        QVERIFY2(stopping.elapsed() < 1000, qPrintable(QString::number(stopping.elapsed())));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(out.startsWith("Simulated 5 grabbers for ") && out.contains("stopped early"), out.constData());
        QVERIFY2(err.startsWith("simulate: 2.0 s, "), err.constData());
    }

    // The same seed and --now give the same demo, through the command line.
    void demoIsDeterministic()
    {
        QTemporaryDir dir;
        QByteArray dumps[2];
        for (int i = 0; i < 2; ++i) {
            const QString path = dir.filePath(QStringLiteral("demo%1.sqlite").arg(i));
            const QStringList base{QStringLiteral("--db"), path, QStringLiteral("--now"), QStringLiteral("2026-11-20T12:00:00Z")};
            QCOMPARE(grabctl(base + QStringList{QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--grabbers"),
                                               QStringLiteral("6"), QStringLiteral("--days"), QStringLiteral("3"), QStringLiteral("--time-zone"),
                                               QStringLiteral("Asia/Shanghai")})
                         .code,
                     0);
            dumps[i] = grabctl(base + QStringList{QStringLiteral("orders"), QStringLiteral("--json")}).out
                       + grabctl(base + QStringList{QStringLiteral("events"), QStringLiteral("--json"), QStringLiteral("--limit"),
                                                    QStringLiteral("100000")})
                             .out;
            QVERIFY(dumps[i].size() > 1000);
        }
        QCOMPARE(dumps[0], dumps[1]);
        // A demo into a database that already has a team is refused, and changes nothing.
        const QString path = dir.filePath(QStringLiteral("demo0.sqlite"));
        const Run again = grabctl({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("5")});
        QCOMPARE(again.code, 7);
    }

    // The dashboard's figures are the kpis command's, for the team's leaderboard and for one grabber.
    void dashboardAgreesWithKpis()
    {
        QTemporaryDir dir;
        const QStringList base{QStringLiteral("--db"), dir.filePath(QStringLiteral("demo.sqlite")), QStringLiteral("--now"),
                               QStringLiteral("2026-11-20T12:00:00Z")};
        QCOMPARE(grabctl(base + QStringList{QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--grabbers"),
                                           QStringLiteral("6"), QStringLiteral("--days"), QStringLiteral("5"), QStringLiteral("--time-zone"),
                                           QStringLiteral("Asia/Shanghai")})
                     .code,
                 0);
        const QStringList days{QStringLiteral("--from"), QStringLiteral("2026-11-16"), QStringLiteral("--to"), QStringLiteral("2026-11-21")};
        const Run kpis = grabctl(base + QStringList{QStringLiteral("kpis"), QStringLiteral("--json")} + days);
        QCOMPARE(kpis.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(kpis.out).array();
        QVERIFY(rows.size() >= 6);

        const Run team = grabctl(base + QStringList{QStringLiteral("dashboard"), QStringLiteral("--period"), QStringLiteral("2026-11-16..2026-11-21"),
                                                    QStringLiteral("--json")});
        QCOMPARE(team.code, 0);
        const QJsonObject t = QJsonDocument::fromJson(team.out).object();
        QCOMPARE(t.value(QStringLiteral("grabbers")).toArray(), rows);
        qint64 volume = 0;
        for (const QJsonValue &r : rows) {
            volume += r.toObject().value(QStringLiteral("volume")).toInteger();
        }
        QVERIFY(volume > 0);
        QCOMPARE(t.value(QStringLiteral("team")).toObject().value(QStringLiteral("volume")).toInteger(), volume);
        QCOMPARE(t.value(QStringLiteral("previousPeriod")).toObject().value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-11"));

        const Run one = grabctl(base + QStringList{QStringLiteral("dashboard"), QStringLiteral("--grabber"), QStringLiteral("1"), QStringLiteral("--period"),
                                                   QStringLiteral("2026-11-16..2026-11-21"), QStringLiteral("--json")});
        QCOMPARE(one.code, 0);
        const Run own = grabctl(base + QStringList{QStringLiteral("kpis"), QStringLiteral("--json"), QStringLiteral("--grabber"), QStringLiteral("1")} + days);
        QCOMPARE(QJsonDocument::fromJson(one.out).object().value(QStringLiteral("kpis")).toObject(),
                 QJsonDocument::fromJson(own.out).array().first().toObject());

        // The presets follow --now in the team's time zone: 20:00 UTC on Friday is Saturday in Shanghai.
        const Run week = grabctl({QStringLiteral("--db"), dir.filePath(QStringLiteral("demo.sqlite")), QStringLiteral("--now"),
                                  QStringLiteral("2026-11-20T20:00:00Z"), QStringLiteral("dashboard"), QStringLiteral("--period"), QStringLiteral("today"),
                                  QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(week.out).object().value(QStringLiteral("period")).toObject().value(QStringLiteral("from")).toString(),
                 QStringLiteral("2026-11-21"));
        const Run text = grabctl(base + QStringList{QStringLiteral("dashboard"), QStringLiteral("--period"), QStringLiteral("week")});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.startsWith("Team dashboard: Week of 16 Nov [2026-11-16, 2026-11-23)"), text.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestGrabctlDemo)
#include "tst_grabctl_demo.moc"
