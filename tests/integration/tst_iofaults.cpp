// The fault matrix's I/O-error column: a disk that fails one write, one sync or one read, under
// each operation a team runs (publish, grab, close, import, export, review open, demo, migrate).
//
// The real grabctl runs with a failing SQLite VFS preloaded (failingvfs.cpp). For each operation
// the test first counts the writes, syncs and reads a clean run makes, then fails each of them in
// turn (or an even sample of them), each time on a fresh copy of the same file, and checks what a
// manager would rely on:
//   - exit 0 only when the change was made, exactly as a clean run makes it;
//   - otherwise exit 6 and one sentence naming the disk error, and the file as it was before;
//   - never a change half made: the file's content is either the one before or the one after;
//   - integrity_check ok afterwards, and the same command succeeds once the disk behaves;
//   - an export leaves no file behind; a migration leaves no half-written backup.
// The content is compared through the sqlite3 shell's .dump (plus user_version), a witness
// outside GrabDesk.
#include "../common/rawsqlite.h"
#include "grabctlrun.h"
#include "store/schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace grab;
using namespace grab::test;

namespace {

const QString kNow = QStringLiteral("2026-11-20T10:00:00+08:00");

Run grabctlFailing(const QStringList &args, const QString &failAt, const QString &countsFile = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(FAILING_VFS));
    if (!failAt.isEmpty()) {
        env.insert(QStringLiteral("GRABDESK_FAIL_AT"), failAt);
    }
    if (!countsFile.isEmpty()) {
        env.insert(QStringLiteral("GRABDESK_FAIL_COUNTS"), countsFile);
    }
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("GRABCTL"), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(), p.readAllStandardError()};
}

QByteArray shell(const QString &path, const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {path, sql});
    p.waitForFinished(60000);
    return p.readAllStandardOutput() + p.readAllStandardError();
}

// The file's logical content, as a witness outside GrabDesk sees it; empty when there is no file.
QByteArray contentOf(const QString &path)
{
    if (!QFile::exists(path)) {
        return {};
    }
    QByteArray dump = shell(path, QStringLiteral(".dump")) + shell(path, QStringLiteral("PRAGMA user_version"));
    // The chain records when it was started on the wall clock (not --now): that one time differs
    // between two runs of the same command.
    static const QRegularExpression chainStart(QStringLiteral("(INSERT INTO event_chain VALUES\\(\\d+,\\d+),\\d+\\)"));
    dump = QString::fromUtf8(dump).replace(chainStart, QStringLiteral("\\1,TIME)")).toUtf8();
    // A backup made by VACUUM INTO lists the schema in another order: compare the lines as a set.
    QList<QByteArray> lines = dump.split('\n');
    std::sort(lines.begin(), lines.end());
    dump = lines.join('\n');
    return QCryptographicHash::hash(dump, QCryptographicHash::Sha256).toHex();
}

// Rows a half-made demo would leave.
int teamRows(const QString &path)
{
    if (!QFile::exists(path)) {
        return 0;
    }
    return shell(path, QStringLiteral("SELECT (SELECT COUNT(*) FROM grabbers) + (SELECT COUNT(*) FROM orders) + "
                                      "(SELECT COUNT(*) FROM customers) + (SELECT COUNT(*) FROM events)"))
        .trimmed()
        .toInt();
}

struct Counts
{
    long writes = 0;
    long syncs = 0;
    long reads = 0;
};

Counts readCounts(const QString &file)
{
    QFile f(file);
    Counts c;
    if (f.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> w = f.readAll().simplified().split(' ');
        if (w.size() == 6) {
            c = Counts{w.at(1).toLong(), w.at(3).toLong(), w.at(5).toLong()};
        }
    }
    return c;
}

// All of 1..count when there are few; otherwise `most` points spread evenly, first and last included.
QList<long> sample(long count, int most)
{
    QList<long> points;
    if (count <= most) {
        for (long n = 1; n <= count; ++n) {
            points << n;
        }
        return points;
    }
    for (int i = 0; i < most; ++i) {
        const long n = 1 + (count - 1) * i / (most - 1);
        if (points.isEmpty() || points.last() != n) {
            points << n;
        }
    }
    return points;
}

bool copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    return from.isEmpty() || QFile::copy(from, to);
}

// Runs SQL on a file through a plain connection, bypassing GrabDesk.
bool rawExec(const QString &path, const QString &sql)
{
    return grab::test::rawExec(path, {sql}).isEmpty();
}

} // namespace

class TestIoFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The file GrabDesk 0.1 of schema 5 left: a small team, with events to chain when it migrates.
    bool writeVersion5File(const QString &file)
    {
        const QString rules = QString::fromUtf8(shell(m_demo, QStringLiteral("SELECT body FROM rule_sets WHERE version = 1")).trimmed());
        for (int v = 1; v <= 5; ++v) {
            for (const QString &statement : schema::migrationTo(v)) {
                if (!rawExec(file, statement)) {
                    return false;
                }
            }
        }
        QStringList events;
        for (int i = 1; i <= 300; ++i) {
            events << QStringLiteral("(%1, 'published', 'cli', NULL, '{\"customer\":1,\"amount\":%2}')").arg(1000 * i).arg(100 * i);
        }
        return rawExec(file, QStringLiteral("INSERT INTO grabbers (id, name, level, created_at) VALUES (1, '张伟', 'senior', 0), (2, '李娜', 'lead', 0)"))
            && rawExec(file, QStringLiteral("INSERT INTO customers (id, name, tier, region, created_at) VALUES (1, '华东贸易', 'vip', '华东', 0)"))
            && rawExec(file, QStringLiteral("INSERT INTO rule_sets (version, body, created_at, created_by) VALUES (1, ?, 0, 'test')").replace(u'?', u'\'' + rules + u'\''))
            && rawExec(file, QStringLiteral("INSERT INTO events (at, type, actor, reason, payload) VALUES ") + events.join(u','))
            && rawExec(file, QStringLiteral("PRAGMA user_version = 5")) && rawExec(file, QStringLiteral("PRAGMA application_id = %1").arg(schema::kApplicationId));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("GRABCTL"));
        QVERIFY(QFile::exists(QStringLiteral(FAILING_VFS)));
        if (qEnvironmentVariableIsSet("GRABDESK_KEEP_FILES")) { // to look at what a failing case left
            m_dir.setAutoRemove(false);
            qInfo("files kept in %s", qPrintable(m_dir.path()));
        }
        m_demo = path(QStringLiteral("demo.sqlite"));
        const Run r = grabctl({QStringLiteral("--db"), m_demo, QStringLiteral("--now"), QStringLiteral("2026-11-20T12:00:00Z"), QStringLiteral("demo"),
                               QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--grabbers"), QStringLiteral("4"),
                               QStringLiteral("--days"), QStringLiteral("3"), QStringLiteral("--time-zone"), QStringLiteral("Asia/Shanghai")});
        QVERIFY2(r.code == 0, r.err.constData());
        // The failing VFS is really under grabctl: a read that fails at the first read is exit 6.
        const Run probe = grabctlFailing({QStringLiteral("--db"), m_demo, QStringLiteral("orders")}, QStringLiteral("read:1"));
        QVERIFY2(probe.code == 6, probe.err.constData());
    }

    void aFailingDiskNeverHalfWritesAndNeverSaysDone_data()
    {
        QTest::addColumn<QString>("base");      // the file the operation starts from ("" = none)
        QTest::addColumn<QStringList>("args");  // grabctl's arguments after --db FILE --now
        QTest::addColumn<QString>("output");    // a file the operation writes, which must not be left half-made
        QTest::addColumn<QByteArray>("saying"); // what a clean run prints on stdout

        const QString open = QString::fromUtf8(shell(m_demo, QStringLiteral("SELECT id FROM orders WHERE state = 'open' ORDER BY id LIMIT 1")).trimmed());
        const QString held = QString::fromUtf8(shell(m_demo, QStringLiteral("SELECT id FROM orders WHERE state = 'assigned' ORDER BY id LIMIT 1")).trimmed());
        QVERIFY(!open.isEmpty() && !held.isEmpty());

        const QString csv = path(QStringLiteral("new-customers.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,tier,region\n新客户1,regular,华东\n新客户2,key,华南\n新客户3,vip,华北\n");
        f.close();

        const QString reviewBase = path(QStringLiteral("review-base.sqlite"));
        QVERIFY(copyFile(m_demo, reviewBase));
        QCOMPARE(grabctl({QStringLiteral("--db"), reviewBase, QStringLiteral("--now"), kNow, QStringLiteral("review"), QStringLiteral("create"),
                          QStringLiteral("--quarter"), QStringLiteral("2026-Q4")})
                     .code,
                 0);
        const QString v5 = path(QStringLiteral("v5-base.sqlite"));
        QVERIFY(writeVersion5File(v5));

        QTest::newRow("publish") << m_demo << QStringList{QStringLiteral("publish"), QStringLiteral("--customer"), QStringLiteral("1"), QStringLiteral("--amount"), QStringLiteral("100")}
                                 << QString() << QByteArray();
        QTest::newRow("grab") << m_demo << QStringList{QStringLiteral("grab"), QStringLiteral("--order"), open, QStringLiteral("--grabber"), QStringLiteral("1")} << QString()
                              << QByteArray();
        QTest::newRow("close") << m_demo << QStringList{QStringLiteral("close"), QStringLiteral("--order"), held, QStringLiteral("--outcome"), QStringLiteral("won")}
                               << QString() << QByteArray();
        QTest::newRow("import") << m_demo << QStringList{QStringLiteral("import"), QStringLiteral("customers"), csv} << QString() << QByteArray();
        QTest::newRow("export") << m_demo << QStringList{QStringLiteral("export"), QStringLiteral("orders"), QStringLiteral("--provenance"), QStringLiteral("sidecar"), QStringLiteral("--out"), QStringLiteral("OUT")}
                                << QStringLiteral("OUT") << QByteArray("Wrote");
        QTest::newRow("review open") << reviewBase << QStringList{QStringLiteral("review"), QStringLiteral("open"), QStringLiteral("--quarter"), QStringLiteral("2026-Q4")}
                                     << QString() << QByteArray();
        QTest::newRow("demo") << QString() << QStringList{QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--grabbers"), QStringLiteral("3"), QStringLiteral("--days"), QStringLiteral("2")}
                              << QString() << QByteArray();
        QTest::newRow("migrate") << v5 << QStringList{QStringLiteral("rules"), QStringLiteral("show")} << QString() << QByteArray();
    }

    void aFailingDiskNeverHalfWritesAndNeverSaysDone()
    {
        QFETCH(QString, base);
        QFETCH(QStringList, args);
        QFETCH(QString, output);
        QFETCH(QByteArray, saying);

        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        QDir work(path(QStringLiteral("work-") + tag));
        QVERIFY(work.mkpath(QStringLiteral(".")));
        const QString db = work.filePath(QStringLiteral("team.sqlite"));
        const QString out = work.filePath(QStringLiteral("out.csv"));
        auto argsFor = [&](const QString &file) {
            QStringList a{QStringLiteral("--db"), file, QStringLiteral("--now"), kNow};
            for (const QString &s : args) {
                a << (s == QStringLiteral("OUT") ? out : s);
            }
            return a;
        };
        auto leftovers = [&] {
            QStringList names = work.entryList(QDir::Files | QDir::Hidden);
            names.removeAll(QStringLiteral("team.sqlite"));
            names.removeAll(QStringLiteral("team.sqlite-wal"));
            names.removeAll(QStringLiteral("team.sqlite-shm"));
            names.removeAll(QStringLiteral("counts"));
            return names;
        };
        auto clean = [&] {
            for (const QString &name : work.entryList(QDir::Files | QDir::Hidden)) {
                work.remove(name);
            }
        };

        // A clean run: what "done" looks like, and how many calls the disk sees.
        clean();
        QVERIFY(copyFile(base, db));
        const QByteArray before = contentOf(db);
        const QString countsFile = work.filePath(QStringLiteral("counts"));
        const Run good = grabctlFailing(argsFor(db), QString(), countsFile);
        QVERIFY2(good.code == 0, (good.out + good.err).constData());
        const QByteArray after = contentOf(db);
        const QByteArray goodOutput = output.isEmpty() ? QByteArray() : digest(out);
        const Counts counts = readCounts(countsFile);
        QVERIFY2(counts.reads > 0, "the failing VFS counted no reads: it is not under grabctl");
        qInfo("%s: a clean run makes %ld writes, %ld syncs, %ld reads", QTest::currentDataTag(), counts.writes, counts.syncs, counts.reads);

        int failed = 0;
        int succeeded = 0;
        QStringList tally;
        const QList<std::pair<QString, QList<long>>> plan{{QStringLiteral("write"), sample(counts.writes, 14)},
                                                          {QStringLiteral("sync"), sample(counts.syncs, 8)},
                                                          {QStringLiteral("read"), sample(counts.reads, 8)}};
        for (const auto &[kind, points] : plan) {
            const int failedBefore = failed;
            const int succeededBefore = succeeded;
            for (long n : points) {
                const QString at = QStringLiteral("%1:%2").arg(kind).arg(n);
                const QByteArray where = QStringLiteral("%1 failing at %2").arg(QString::fromLatin1(QTest::currentDataTag()), at).toUtf8();
                clean();
                QVERIFY(copyFile(base, db));
                const Run r = grabctlFailing(argsFor(db), at);
                const QByteArray said = where + "\nexit " + QByteArray::number(r.code) + "\n" + r.out + r.err;
                const QByteArray now = contentOf(db);
                if (r.code == 0) {
                    // "Done" only for what was done, as a clean run does it.
                    ++succeeded;
                    QVERIFY2(now == after, said.constData());
                    if (!output.isEmpty()) {
                        QVERIFY2(digest(out) == goodOutput, said.constData());
                    }
                } else {
                    ++failed;
                    QVERIFY2(r.code == 6, said.constData());
                    QVERIFY2(r.err.contains("disk") || r.err.contains("could not be read"), said.constData());
                    QVERIFY2(!r.err.contains("internal") && !r.err.contains("Unknown error"), said.constData());
                    if (!saying.isEmpty()) {
                        QVERIFY2(!r.out.contains(saying), said.constData());
                    }
                    if (base.isEmpty()) {
                        QVERIFY2(teamRows(db) == 0, said.constData()); // a demo is all or nothing
                    } else {
                        QVERIFY2(now == before, said.constData()); // nothing half-made, nothing lost
                    }
                    if (!output.isEmpty()) {
                        QVERIFY2(!QFile::exists(out) && !QFile::exists(out + QStringLiteral(".json")), said.constData());
                    }
                }
                if (QFile::exists(db)) {
                    QVERIFY2(shell(db, QStringLiteral("PRAGMA integrity_check")) == "ok\n", said.constData());
                }
                // A backup a migration left must be whole, private, and of the old version.
                for (const QString &name : leftovers()) {
                    if (name.endsWith(QStringLiteral(".bak"))) {
                        const QString bak = work.filePath(name);
                        QVERIFY2(shell(bak, QStringLiteral("PRAGMA integrity_check")) == "ok\n", (said + name.toUtf8()).constData());
                        QVERIFY2(contentOf(bak) == before, (said + name.toUtf8()).constData());
                        QVERIFY2((QFile::permissions(bak) & (QFile::ReadGroup | QFile::ReadOther)) == 0, (said + name.toUtf8()).constData());
                    } else if (name != QStringLiteral("out.csv") && name != QStringLiteral("out.csv.json")) {
                        QFAIL((said + "\nleft behind: " + name.toUtf8()).constData());
                    }
                }
                // The disk behaves again: the same command succeeds, or says it was already done.
                if (r.code != 0) {
                    const Run again = grabctl(argsFor(db));
                    QVERIFY2(again.code == 0, (said + "\nagain: " + again.out + again.err).constData());
                    QVERIFY2(contentOf(db) == after, (said + "\nagain").constData());
                }
            }
            tally << QStringLiteral("%1 %2 of %3 refused, %4 absorbed").arg(kind).arg(failed - failedBefore).arg(points.size()).arg(succeeded - succeededBefore);
        }
        // "Refused": exit 6, the file as before. "Absorbed": exit 0 with the change made, as when
        // the failing write was a checkpoint after the commit, which SQLite retries later.
        qInfo("%s: %s", QTest::currentDataTag(), qPrintable(tally.join(QStringLiteral("; "))));
        QVERIFY(failed > 0);
    }
};

QTEST_GUILESS_MAIN(TestIoFaults)
#include "tst_iofaults.moc"
