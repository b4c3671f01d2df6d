// Faults made on purpose, through the real grabctl: a damaged page of the orders table, a full
// disk under an export and under a write, a file whose schema was altered. Each must end with
// the documented exit code (6) and one sentence naming the cause, never "done" for what was not
// done, and never a good file replaced by a broken one.
//
// A full disk is a real one: a 1 MiB tmpfs mounted in a private mount namespace (unshare, from
// util-linux; as root, or as a user through a user namespace), so nothing outside the test sees it.
#include "../common/rawsqlite.h"
#include "grabctlrun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace grab::test;

namespace {

const QString kNow = QStringLiteral("2026-11-20T12:00:00Z");

// Runs `script` with sh in a private mount namespace, with $GRABCTL set; returns stdout and
// the exit code of the shell (its last command's).
struct Shell
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Shell runUnshare(const QStringList &options, const QString &script)
{
    QProcess p;
    QStringList args = options;
    args << QStringLiteral("--") << QStringLiteral("sh") << QStringLiteral("-c") << script;
    p.start(QStringLiteral("unshare"), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
    }
    return Shell{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(), p.readAllStandardError()};
}

Shell inMountNamespace(const QString &script)
{
    QStringList options{QStringLiteral("--mount")};
    if (::geteuid() != 0) {
        options << QStringLiteral("--map-root-user"); // a user namespace makes mounting a tmpfs allowed
    }
    Shell sh = runUnshare(options, script);
    if (sh.code != 0 && sh.err.contains("cannot change root filesystem propagation")) {
        // In a chroot (a bare Debian root built for testing the set-up) "/" is no mount point,
        // so unshare cannot make the new namespace's mounts private. The scripts unmount what
        // they mount when they end (a trap), so nothing outlives them where mounts propagate.
        sh = runUnshare(options << QStringLiteral("--propagation") << QStringLiteral("unchanged"), script);
    }
    return sh;
}

QString quoted(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

// The page numbers of the orders table's leaves, read through SQLite's dbstat table.
QList<qint64> leafPagesOf(const QString &path, const QString &table, int *pageSize)
{
    QList<qint64> pages;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (!db.open()) {
            return {};
        }
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA page_size"));
        *pageSize = q.next() ? q.value(0).toInt() : 0;
        q.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = '%1' AND pagetype = 'leaf' ORDER BY pageno").arg(table));
        while (q.next()) {
            pages << q.value(0).toLongLong();
        }
        q.finish();
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return pages;
}

// One value read on its own connection, as the sqlite3 shell would (closing it folds the WAL back in).
QVariant peek(const QString &path, const QString &sql)
{
    return rawValue(path, sql);
}

} // namespace

class TestDataSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

    QString copyOfDemo(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        return QFile::copy(m_demo, path) ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("GRABCTL"));
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Run r = grabctl({QStringLiteral("--db"), m_demo, QStringLiteral("--now"), kNow, QStringLiteral("demo"), QStringLiteral("--seed"),
                               QStringLiteral("7"), QStringLiteral("--grabbers"), QStringLiteral("8"), QStringLiteral("--days"),
                               QStringLiteral("10"), QStringLiteral("--time-zone"), QStringLiteral("Asia/Shanghai")});
        QVERIFY2(r.code == 0, r.err.constData());
    }

    // Defect 1: one damaged leaf of orders used to export a third of the orders as "Wrote 456
    // rows", exit 0, and print a third of the events.
    void aDamagedPageFailsTheReadInsteadOfCuttingItShort()
    {
        const QString path = copyOfDemo(QStringLiteral("damaged.sqlite"));
        QVERIFY(!path.isEmpty());
        int pageSize = 0;
        const QList<qint64> orderLeaves = leafPagesOf(path, QStringLiteral("orders"), &pageSize);
        const QList<qint64> eventLeaves = leafPagesOf(path, QStringLiteral("events"), &pageSize);
        QVERIFY2(orderLeaves.size() > 4 && eventLeaves.size() > 4, "the demo is too small to damage a middle page");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            for (qint64 page : {orderLeaves.at(orderLeaves.size() / 2), eventLeaves.at(eventLeaves.size() / 2)}) {
                QVERIFY(f.seek((page - 1) * pageSize));
                QCOMPARE(f.write(QByteArray(pageSize, '\xA5')), qint64(pageSize));
            }
        }
        const QString out = m_dir.filePath(QStringLiteral("orders.csv"));
        const Run exported = grabctl({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("orders"), QStringLiteral("--out"), out});
        QCOMPARE(exported.code, 6);
        QVERIFY2(exported.err.contains("corrupt") || exported.err.contains("damaged"), exported.err.constData());
        QVERIFY(!exported.out.contains("Wrote"));
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(out + QStringLiteral(".json")));

        const Run events = grabctl({QStringLiteral("--db"), path, QStringLiteral("events"), QStringLiteral("--limit"), QStringLiteral("1000000")});
        QCOMPARE(events.code, 6);
        QVERIFY2(events.err.contains("is damaged (a page is corrupt"), events.err.constData());
        const Run orders = grabctl({QStringLiteral("--db"), path, QStringLiteral("orders"), QStringLiteral("--json")});
        QCOMPARE(orders.code, 6);
    }

    // Defect 2: an export on a full disk reported success, wrote 0 bytes and replaced the good
    // file and its side-car.
    void aFullDiskLeavesTheOldExportAndSaysSo_data()
    {
        QTest::addColumn<QString>("room"); // what the filler leaves free on the 1 MiB tmpfs
        QTest::newRow("no room at all") << QStringLiteral("0");
        QTest::newRow("room for part of it") << QStringLiteral("20");
    }
    void aFullDiskLeavesTheOldExportAndSaysSo()
    {
        QFETCH(QString, room);
        const QString mnt = m_dir.filePath(QStringLiteral("full-") + room);
        QVERIFY(QDir().mkpath(mnt));
        // Mount, write a good export and its side-car, fill the disk up to `room` KiB, export again.
        const QString script =
            QStringLiteral("set -u; D=%1; trap 'umount \"$D\" 2>/dev/null' EXIT; mount -t tmpfs -o size=1m tmpfs \"$D\" || exit 90; "
                           "\"$GRABCTL\" --db %2 export kpis --from 2026-11-10 --to 2026-11-20 --provenance sidecar --out \"$D/k.csv\" >/dev/null || exit 91; "
                           "sha256sum \"$D/k.csv\" \"$D/k.csv.json\" > /tmp/.gd-before.$$; "
                           "avail=$(df -k --output=avail \"$D\" | tail -n 1); "
                           "fill=$((avail - %3)); [ $fill -gt 0 ] && head -c \"${fill}k\" /dev/zero > \"$D/filler\" 2>/dev/null; "
                           "\"$GRABCTL\" --db %2 export orders --provenance sidecar --out \"$D/k.csv\" 2>&1; rc=$?; "
                           "echo \"rc=$rc\"; sha256sum -c --quiet /tmp/.gd-before.$$ && echo unchanged; rm -f /tmp/.gd-before.$$; "
                           "ls -A \"$D\" | tr '\\n' ' '; echo")
                .arg(quoted(mnt), quoted(m_demo), room);
        const Shell sh = inMountNamespace(script);
        QVERIFY2(sh.code != 90, "mounting a tmpfs in a private mount namespace failed: " + sh.err);
        QVERIFY2(sh.code != 91, "the first export failed: " + sh.out + sh.err);
        QVERIFY2(sh.out.contains("rc=6\n"), (sh.out + sh.err).constData());
        QVERIFY2(sh.out.contains("The disk is full:"), (sh.out + sh.err).constData());
        QVERIFY2(sh.out.contains("left as it was"), (sh.out + sh.err).constData());
        QVERIFY2(sh.out.contains("unchanged\n"), (sh.out + sh.err).constData());  // the good file and its side-car
        QVERIFY2(sh.out.contains("filler k.csv k.csv.json \n") || sh.out.contains("k.csv k.csv.json \n"), (sh.out + sh.err).constData()); // no temporary file
    }

    // Defect 4: a write on a full disk ended as exit 1, "internal".
    void aWriteOnAFullDiskIsExit6()
    {
        const QString mnt = m_dir.filePath(QStringLiteral("fulldb"));
        QVERIFY(QDir().mkpath(mnt));
        const QString script =
            QStringLiteral("set -u; D=%1; trap 'umount \"$D\" 2>/dev/null' EXIT; mount -t tmpfs -o size=4m tmpfs \"$D\" || exit 90; cp %2 \"$D/team.sqlite\" || exit 91; "
                           "head -c 8m /dev/zero > \"$D/filler\" 2>/dev/null; "
                           "\"$GRABCTL\" --db \"$D/team.sqlite\" --now 2026-11-20T12:00:00Z publish --customer 1 --amount 100 2>&1; echo \"rc=$?\"; "
                           "rm \"$D/filler\"; sqlite3 \"$D/team.sqlite\" 'PRAGMA integrity_check' 2>&1")
                .arg(quoted(mnt), quoted(m_demo));
        const Shell sh = inMountNamespace(script);
        QVERIFY2(sh.code != 90 && sh.code != 91, sh.err.constData());
        QVERIFY2(sh.out.contains("rc=6\n"), (sh.out + sh.err).constData());
        QVERIFY2(sh.out.contains("The disk is full"), (sh.out + sh.err).constData());
        QVERIFY2(!sh.out.contains("internal"), (sh.out + sh.err).constData());
        QVERIFY2(sh.out.endsWith("\nok\n"), (sh.out + sh.err).constData()); // once there is room again, the file is whole
    }

    // The fault matrix's disk-full column for the writes a team makes all day: each one on a
    // full disk is exit 6 with the cause, loses no committed row, and leaves a whole file once
    // there is room again.
    void everyWriteOnAFullDiskIsRefusedWhole_data()
    {
        QTest::addColumn<QString>("before"); // run before the disk is filled ($G is grabctl on the copy)
        QTest::addColumn<QString>("write");  // the write, on the full disk
        const QString open = QStringLiteral("$(sqlite3 \"$D/team.sqlite\" \"SELECT id FROM orders WHERE state = 'open' ORDER BY id LIMIT 1\")");
        const QString held = QStringLiteral("$(sqlite3 \"$D/team.sqlite\" \"SELECT id FROM orders WHERE state = 'assigned' ORDER BY id LIMIT 1\")");
        QTest::newRow("publish") << QString() << QStringLiteral("$G publish --customer 1 --amount 100");
        // The ids are read before the disk fills: the sqlite3 shell cannot open the file after.
        QTest::newRow("grab") << QStringLiteral("O=%1").arg(open) << QStringLiteral("$G grab --order $O --grabber 1");
        QTest::newRow("close") << QStringLiteral("O=%1").arg(held) << QStringLiteral("$G close --order $O --outcome won");
        QTest::newRow("import") << QStringLiteral("{ echo name,tier,region; for i in 1 2 3; do echo 新客户$i,regular,华东; done; } > \"$D/new.csv\"")
                                << QStringLiteral("$G import customers \"$D/new.csv\"");
        QTest::newRow("review open") << QStringLiteral("$G review create --quarter 2026-Q4 >/dev/null")
                                     << QStringLiteral("$G review open --quarter 2026-Q4");
    }
    void everyWriteOnAFullDiskIsRefusedWhole()
    {
        QFETCH(QString, before);
        QFETCH(QString, write);
        const QString mnt = m_dir.filePath(QStringLiteral("write-") + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        QVERIFY(QDir().mkpath(mnt));
        const QString count = QStringLiteral("sqlite3 \"$D/team.sqlite\" 'SELECT (SELECT COUNT(*) FROM orders) || \" \" || "
                                             "(SELECT COUNT(*) FROM events) || \" \" || (SELECT COUNT(*) FROM customers)'");
        const QString script =
            QStringLiteral("set -u; D=%1; trap 'umount \"$D\" 2>/dev/null' EXIT; mount -t tmpfs -o size=8m tmpfs \"$D\" || exit 90; "
                           "cp %2 \"$D/team.sqlite\" || exit 91; G=\"$GRABCTL --db $D/team.sqlite --now 2026-11-20T10:00:00+08:00\"; "
                           "%3; echo \"before=$(%5)\"; "
                           // Another reader keeps the file open, so that its -shm and -wal exist: the
                           // write opens the file and fails in its transaction, not at the open.
                           "mkfifo \"$D/hold\"; sqlite3 \"$D/team.sqlite\" < \"$D/hold\" >/dev/null 2>&1 & holder=$!; exec 3>\"$D/hold\"; "
                           "echo 'SELECT COUNT(*) FROM orders;' >&3; sleep 0.5; "
                           "head -c 16m /dev/zero > \"$D/filler\" 2>/dev/null; "
                           "%4 2>&1; echo \"rc=$?\"; exec 3>&-; wait $holder; rm \"$D/hold\"; "
                           "rm \"$D/filler\"; echo \"after=$(%5)\"; "
                           "sqlite3 \"$D/team.sqlite\" 'PRAGMA integrity_check'")
                .arg(quoted(mnt), quoted(m_demo), before.isEmpty() ? QStringLiteral("true") : before, write, count);
        const Shell sh = inMountNamespace(script);
        QVERIFY2(sh.code != 90 && sh.code != 91, (sh.out + sh.err).constData());
        QVERIFY2(sh.out.contains("rc=6\n"), (sh.out + sh.err).constData());
        QVERIFY2(sh.out.contains("The disk is full"), (sh.out + sh.err).constData());
        const QByteArray beforeCounts = sh.out.mid(sh.out.indexOf("before=") + 7).split('\n').constFirst();
        const QByteArray afterCounts = sh.out.mid(sh.out.indexOf("after=") + 6).split('\n').constFirst();
        QVERIFY2(!beforeCounts.isEmpty() && beforeCounts == afterCounts, (sh.out + sh.err).constData()); // nothing lost, nothing half-written
        // The file was open and its -shm there: the write failed in its transaction, not at the open.
        QVERIFY2(!sh.out.contains("cannot open"), (sh.out + sh.err).constData());
        QVERIFY2(sh.out.endsWith("\nok\n"), (sh.out + sh.err).constData());
    }

    // The fault matrix's damaged-page column for the writes: the root page of the table a write
    // must read or write (orders; customers for an import; review_entries for a review's
    // opening) is overwritten. Each write is exit 6
    // with "damaged", and the file is byte for byte what it was: nothing written into a damaged
    // file, where it would spread the damage.
    void aWriteThatMeetsADamagedPageChangesNothing_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("before"); // a grabctl command run before the damage ("" for none)
        QTest::addColumn<QStringList>("write");
        QTest::newRow("publish") << QStringLiteral("orders") << QString()
                                 << QStringList{QStringLiteral("publish"), QStringLiteral("--customer"), QStringLiteral("1"), QStringLiteral("--amount"),
                                                QStringLiteral("100")};
        QTest::newRow("grab") << QStringLiteral("orders") << QString()
                              << QStringList{QStringLiteral("grab"), QStringLiteral("--order"), QStringLiteral("OPEN"), QStringLiteral("--grabber"),
                                             QStringLiteral("1")};
        QTest::newRow("close") << QStringLiteral("orders") << QString()
                               << QStringList{QStringLiteral("close"), QStringLiteral("--order"), QStringLiteral("HELD"), QStringLiteral("--outcome"),
                                              QStringLiteral("won")};
        QTest::newRow("import") << QStringLiteral("customers") << QString()
                                << QStringList{QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral("CSV")};
        // Opening reads the day roll-ups, not orders: the table it writes is the one damaged.
        QTest::newRow("review open") << QStringLiteral("review_entries") << QStringLiteral("review create --quarter 2026-Q4")
                                     << QStringList{QStringLiteral("review"), QStringLiteral("open"), QStringLiteral("--quarter"), QStringLiteral("2026-Q4")};
    }
    void aWriteThatMeetsADamagedPageChangesNothing()
    {
        QFETCH(QString, table);
        QFETCH(QString, before);
        QFETCH(QStringList, write);
        const QString path = copyOfDemo(QStringLiteral("damaged-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        QVERIFY(!path.isEmpty());
        const QStringList db{QStringLiteral("--db"), path, QStringLiteral("--now"), QStringLiteral("2026-11-20T10:00:00+08:00")};
        if (!before.isEmpty()) {
            const Run r = grabctl(db + before.split(u' '));
            QVERIFY2(r.code == 0, r.err.constData());
        }
        const QString csv = m_dir.filePath(QStringLiteral("damaged-customers.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("name,tier,region\n新客户1,regular,华东\n新客户2,key,华南\n");
        }
        write.replaceInStrings(QStringLiteral("OPEN"), peek(path, QStringLiteral("SELECT id FROM orders WHERE state = 'open' ORDER BY id LIMIT 1")).toString());
        write.replaceInStrings(QStringLiteral("HELD"), peek(path, QStringLiteral("SELECT id FROM orders WHERE state = 'assigned' ORDER BY id LIMIT 1")).toString());
        write.replaceInStrings(QStringLiteral("CSV"), csv);
        const int pageSize = peek(path, QStringLiteral("PRAGMA page_size")).toInt();
        const qint64 root = peek(path, QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = '%1'").arg(table)).toLongLong();
        QVERIFY(pageSize > 0 && root > 1);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek((root - 1) * pageSize));
            QCOMPARE(f.write(QByteArray(pageSize, '\xA5')), qint64(pageSize));
        }
        const QByteArray damaged = digest(path);

        const Run r = grabctl(db + write);
        QCOMPARE(r.code, 6);
        QVERIFY2(r.err.contains("damaged"), r.err.constData());
        QVERIFY2(!r.err.contains("internal"), r.err.constData());
        QVERIFY2(r.out.isEmpty(), r.out.constData()); // no id, no "done"
        QCOMPARE(digest(path), damaged);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    }

    // Defect 5: a demo that failed half-way left half a team, and a second "demo" refused it.
    void aDemoIsAllOrNothing()
    {
        const QString mnt = m_dir.filePath(QStringLiteral("demodisk"));
        QVERIFY(QDir().mkpath(mnt));
        const QString script =
            QStringLiteral("set -u; D=%1; trap 'umount \"$D\" 2>/dev/null' EXIT; mount -t tmpfs -o size=2m tmpfs \"$D\" || exit 90; "
                           "\"$GRABCTL\" --db \"$D/team.sqlite\" --now 2026-11-20T12:00:00Z demo --seed 3 --grabbers 30 --days 90 2>&1; "
                           "echo \"first=$?\"; "
                           "echo \"rows=$(sqlite3 \"$D/team.sqlite\" 'SELECT (SELECT COUNT(*) FROM grabbers) + (SELECT COUNT(*) FROM orders) "
                           "+ (SELECT COUNT(*) FROM customers) + (SELECT COUNT(*) FROM events)')\"; "
                           "mount -o remount,size=256m \"$D\" || exit 91; "
                           "\"$GRABCTL\" --db \"$D/team.sqlite\" --now 2026-11-20T12:00:00Z demo --seed 3 --grabbers 4 --days 2 >/dev/null 2>&1; "
                           "echo \"second=$?\"")
                .arg(quoted(mnt));
        const Shell sh = inMountNamespace(script);
        QVERIFY2(sh.code != 90 && sh.code != 91, sh.err.constData());
        QVERIFY2(sh.out.contains("first=6\n"), (sh.out + sh.err).constData());
        QVERIFY2(sh.out.contains("The disk is full"), (sh.out + sh.err).constData());
        QVERIFY2(sh.out.contains("rows=0\n"), (sh.out + sh.err).constData()); // not half a team
        QVERIFY2(sh.out.contains("second=0\n"), (sh.out + sh.err).constData());
    }

    // Defect 9: on a read-only disk every command was refused, reads included.
    void aReadOnlyArchiveCanBeRead()
    {
        const QString mnt = m_dir.filePath(QStringLiteral("archive"));
        QVERIFY(QDir().mkpath(mnt));
        const QString out = m_dir.filePath(QStringLiteral("from-archive.csv"));
        const QString script =
            QStringLiteral("set -u; D=%1; trap 'umount \"$D\" 2>/dev/null' EXIT; mount -t tmpfs -o size=64m tmpfs \"$D\" || exit 90; cp %2 \"$D/team.sqlite\" || exit 91; "
                           "mount -o remount,ro \"$D\" || exit 92; "
                           "\"$GRABCTL\" --db \"$D/team.sqlite\" orders --json > /dev/null 2>&1; echo \"orders=$?\"; "
                           "\"$GRABCTL\" --db \"$D/team.sqlite\" export orders --out %3 2>&1; echo \"export=$?\"; "
                           "\"$GRABCTL\" --db \"$D/team.sqlite\" publish --customer 1 --amount 100 2>&1; echo \"publish=$?\"; "
                           "ls -A \"$D\" | tr '\\n' ' '; echo")
                .arg(quoted(mnt), quoted(m_demo), quoted(out));
        const Shell sh = inMountNamespace(script);
        QVERIFY2(sh.code < 90, sh.err.constData());
        QVERIFY2(sh.out.contains("orders=0\n"), (sh.out + sh.err).constData());
        QVERIFY2(sh.out.contains("export=0\n"), (sh.out + sh.err).constData());
        QVERIFY2(sh.out.contains("publish=6\n"), (sh.out + sh.err).constData());
        QVERIFY2(sh.out.contains("is read-only: GrabDesk needs to write to it"), (sh.out + sh.err).constData());
        QVERIFY2(sh.out.endsWith("team.sqlite \n"), (sh.out + sh.err).constData()); // read as immutable: no -wal or -shm made
        QVERIFY(QFile::exists(out));
    }

    // Defect 4: a file whose schema was altered by hand is exit 6 with the missing table named.
    void anAlteredSchemaNamesWhatIsMissing()
    {
        const QString path = copyOfDemo(QStringLiteral("altered.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("alter"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("DROP TABLE trainings")), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("alter"));
        const Run r = grabctl({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("trainings"), QStringLiteral("--from"),
                               QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-20"), QStringLiteral("--out"),
                               m_dir.filePath(QStringLiteral("t.csv"))});
        QCOMPARE(r.code, 6);
        QVERIFY2(r.err.contains("the table trainings is missing"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestDataSafety)
#include "tst_datasafety.moc"
