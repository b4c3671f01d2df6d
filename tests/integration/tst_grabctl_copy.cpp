// grabctl copy --from SRC --to DST through the real executable: a demo team with a locked review
// copied file to file (label sqlite) and SQLite -> PostgreSQL -> PostgreSQL -> SQLite (label pg,
// on the throwaway cluster), with what must hold after it: everything there, values byte for byte
// (the reports and the event export read the same), verify passes, the next id does not collide;
// and what must not happen: a target with a team overwritten, a failed or mismatching copy
// leaving anything behind.
#include "../common/rawsqlite.h"
#include "../common/testbackend.h"
#include "grabctlrun.h"

#include "services/transfer/rowdigest.h"
#include "store/database.h"
#include "store/databaselocation.h"
#include "store/dialect.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace grab::test;

namespace {

const QString kNow = QStringLiteral("2026-11-20T12:00:00Z");
const QString kQuarter = QStringLiteral("2026-Q4");

// Everything a database holds, as text: every table's rows (each value as the copy's digest
// renders it, named by its column, rows sorted), and with `withTriggers` its triggers. Read with
// the Qt drivers alone, none of GrabDesk's code: what "as it was" and "the same" are checked by.
QByteArray dump(const QString &address, bool withTriggers)
{
    const bool server = address.contains(QLatin1String("://"));
    if (!server && !QFileInfo::exists(address)) {
        return "(no file)";
    }
    const QString name = QStringLiteral("copy-test-dump");
    QByteArray out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(server ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        if (server) {
            auto location = grab::DatabaseLocation::parse(address);
            if (!location) {
                return "(bad address)";
            }
            location->configure(db);
        } else {
            db.setDatabaseName(address);
        }
        if (!db.open()) {
            return "(cannot open: " + db.lastError().text().toUtf8() + ")";
        }
        QStringList statements;
        for (const QString &table : grab::dialect::teamTables()) {
            statements << QStringLiteral("SELECT * FROM %1").arg(table);
        }
        if (withTriggers) {
            statements << (server ? QStringLiteral("SELECT tgname, tgenabled::text, tgfoid::regproc::text FROM pg_trigger WHERE NOT tgisinternal")
                                  : QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"));
        }
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(sql)) {
                out += "(" + sql.toUtf8() + " failed: " + q.lastError().text().toUtf8() + ")\n";
                continue;
            }
            QList<QByteArray> rows;
            while (q.next()) {
                const QSqlRecord r = q.record();
                QList<QByteArray> fields;
                for (int i = 0; i < r.count(); ++i) {
                    fields << r.fieldName(i).toUtf8() + '=' + grab::RowDigest::canonical(q.value(i));
                }
                std::sort(fields.begin(), fields.end());
                rows << fields.join(' ');
            }
            if (q.lastError().isValid()) {
                out += "(" + sql.toUtf8() + " stopped: " + q.lastError().text().toUtf8() + ")\n";
            }
            std::sort(rows.begin(), rows.end());
            out += "## " + sql.toUtf8() + " (" + QByteArray::number(rows.size()) + " rows)\n" + rows.join('\n') + '\n';
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

// An empty GrabDesk database at `address`: its tables and its chain record, no data (what
// opening makes of a new file or an empty server database; `init` would add its rules).
bool makeEmpty(const QString &address)
{
    grab::Database::Options o;
    o.mode = grab::Database::Mode::OpenOrCreate;
    auto db = grab::Database::open(address, o);
    if (!db) {
        qWarning("%s", qPrintable(db.error().message));
    }
    return bool(db);
}

// A database name on the test cluster that does not exist yet; dropped when this goes.
class NewServerDatabase
{
public:
    explicit NewServerDatabase(const QString &suffix)
    {
        m_name = QStringLiteral("grabdesk_copy%1_%2").arg(QCoreApplication::applicationPid()).arg(suffix);
        QString address = clusterAddress();
        address.chop(QStringLiteral("/postgres").size());
        m_address = address + QLatin1Char('/') + m_name;
        ServerDatabase::admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
    ~NewServerDatabase() { ServerDatabase::admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name)); }
    const QString &address() const { return m_address; }

private:
    QString m_name;
    QString m_address;
};

} // namespace

class TestGrabctlCopy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_team; // the demo team every case copies (a file)

    static Run at(const QString &db, const QStringList &args)
    {
        return grabctl(QStringList{QStringLiteral("--db"), db, QStringLiteral("--now"), kNow} + args);
    }
    static Run copy(const QString &from, const QString &to, const QStringList &more = {})
    {
        return grabctl(QStringList{QStringLiteral("copy"), QStringLiteral("--from"), from, QStringLiteral("--to"), to} + more);
    }
    QString file(const QString &name) const { return m_dir.filePath(name); }

    // What grabctl shows of a team: the reports tst_golden checks, the review, verify, and the
    // event log exported whole; with the database's own name taken out.
    QByteArray reports(const QString &db)
    {
        const QStringList period{QStringLiteral("--from"), QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-11-21")};
        const QString csv = file(QStringLiteral("events-export.csv"));
        QFile::remove(csv);
        QFile::remove(csv + QStringLiteral(".json"));
        const QList<QStringList> commands{
            QStringList{QStringLiteral("kpis"), QStringLiteral("--json")} + period,
            QStringList{QStringLiteral("kpis"), QStringLiteral("--format"), QStringLiteral("csv")} + period,
            {QStringLiteral("dashboard"), QStringLiteral("--period"), QStringLiteral("quarter"), QStringLiteral("--json")},
            {QStringLiteral("orders"), QStringLiteral("--json")},
            {QStringLiteral("grabber"), QStringLiteral("list")},
            {QStringLiteral("customer"), QStringLiteral("list")},
            {QStringLiteral("feedback"), QStringLiteral("list")},
            {QStringLiteral("training"), QStringLiteral("list")},
            {QStringLiteral("note"), QStringLiteral("list")},
            {QStringLiteral("action"), QStringLiteral("list"), QStringLiteral("--all")},
            {QStringLiteral("target"), QStringLiteral("list"), QStringLiteral("--month"), QStringLiteral("2026-11")},
            {QStringLiteral("rules"), QStringLiteral("show")},
            {QStringLiteral("events"), QStringLiteral("--limit"), QStringLiteral("300")},
            {QStringLiteral("review"), QStringLiteral("show"), QStringLiteral("--quarter"), kQuarter, QStringLiteral("--json")},
            {QStringLiteral("review"), QStringLiteral("history"), QStringLiteral("--grabber"), QStringLiteral("2")},
            {QStringLiteral("verify"), QStringLiteral("--json")},
            QStringList{QStringLiteral("export"), QStringLiteral("events"), QStringLiteral("--out"), csv} + period,
        };
        QByteArray all;
        for (const QStringList &c : commands) {
            const Run r = at(db, c);
            all += "$ " + c.join(u' ').toUtf8() + "\nexit " + QByteArray::number(r.code) + "\n" + r.out + "--- stderr\n" + r.err;
        }
        for (const QString &f : {csv, csv + QStringLiteral(".json")}) {
            QFile in(f);
            all += "--- " + QFileInfo(f).fileName().toUtf8() + "\n" + (in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray("(none)\n"));
        }
        return all.replace(db.toUtf8(), "$DB").replace(m_dir.path().toUtf8(), "$DIR");
    }

    // The demo team, copied raw, with a note action whose note is gone: a row the target's
    // foreign key refuses, late in the copy (note_actions comes after most tables).
    QString brokenTeam()
    {
        const QString path = file(QStringLiteral("broken.sqlite"));
        if (!QFileInfo::exists(path)) {
            const QString e = rawExec(m_team, {QStringLiteral("VACUUM INTO '%1'").arg(path)});
            if (!e.isEmpty()) {
                qWarning("%s", qPrintable(e));
            }
            const QString e2 = rawExec(path, {QStringLiteral("PRAGMA foreign_keys = OFF"),
                                              QStringLiteral("INSERT INTO note_actions (note_id, owner_name, text) VALUES (999999, 'x', 'dangling')")});
            if (!e2.isEmpty()) {
                qWarning("%s", qPrintable(e2));
            }
        }
        return path;
    }

    // Creates, opens, scores, decides (a bonus and a training), approves and locks `quarter`.
    void lockReview(const QString &db, const QString &quarter)
    {
        const auto ok = [](const Run &r, const char *what) {
            if (r.code != 0) {
                qWarning("%s: exit %d: %s", what, r.code, r.err.constData());
            }
            return r.code == 0;
        };
        const QStringList by{QStringLiteral("--quarter"), quarter, QStringLiteral("--by"), QStringLiteral("孙经理")};
        QVERIFY(ok(at(db, QStringList{QStringLiteral("review"), QStringLiteral("create")} + by), "review create"));
        QVERIFY(ok(at(db, QStringList{QStringLiteral("review"), QStringLiteral("open")} + by), "review open"));
        const Run shown = at(db, {QStringLiteral("review"), QStringLiteral("show"), QStringLiteral("--quarter"), quarter, QStringLiteral("--json")});
        QVERIFY(ok(shown, "review show"));
        const QJsonArray entries = QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("entries")).toArray();
        QVERIFY(entries.size() >= 2);
        for (const QJsonValue &e : entries) {
            const QString grabber = QString::number(e.toObject().value(QStringLiteral("grabberId")).toInteger());
            QVERIFY(ok(at(db, QStringList{QStringLiteral("review"), QStringLiteral("score"), QStringLiteral("--grabber"), grabber, QStringLiteral("--score"),
                                          QStringLiteral("4"), QStringLiteral("--comment"), QStringLiteral("稳定 \"ok\"")} + by),
                       "review score"));
        }
        const QString first = QString::number(entries.first().toObject().value(QStringLiteral("grabberId")).toInteger());
        QVERIFY(ok(at(db, QStringList{QStringLiteral("review"), QStringLiteral("decide"), QStringLiteral("--grabber"), first, QStringLiteral("--kind"),
                                      QStringLiteral("bonus"), QStringLiteral("--amount"), QStringLiteral("800")} + by),
                   "review decide bonus"));
        QVERIFY(ok(at(db, QStringList{QStringLiteral("review"), QStringLiteral("decide"), QStringLiteral("--grabber"), first, QStringLiteral("--kind"),
                                      QStringLiteral("training"), QStringLiteral("--text"), QStringLiteral("谈判技巧"), QStringLiteral("--due"),
                                      QStringLiteral("2026-12-15"), QStringLiteral("--category"), QStringLiteral("sales_skills")} + by),
                   "review decide training"));
        QVERIFY(ok(at(db, QStringList{QStringLiteral("review"), QStringLiteral("approve")} + by), "review approve"));
        QVERIFY(ok(at(db, QStringList{QStringLiteral("review"), QStringLiteral("lock")} + by), "review lock"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("GRABCTL"));
        m_team = file(QStringLiteral("team.sqlite"));
        const auto ok = [](const Run &r, const char *what) {
            if (r.code != 0) {
                qWarning("%s: exit %d: %s", what, r.code, r.err.constData());
            }
            return r.code == 0;
        };
        QVERIFY(ok(at(m_team, {QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--grabbers"), QStringLiteral("8"),
                               QStringLiteral("--days"), QStringLiteral("30"), QStringLiteral("--time-zone"), QStringLiteral("Asia/Shanghai")}),
                   "demo"));
        QVERIFY(ok(at(m_team, {QStringLiteral("target"), QStringLiteral("set"), QStringLiteral("--grabber"), QStringLiteral("1"), QStringLiteral("--month"),
                               QStringLiteral("2026-11"), QStringLiteral("--won"), QStringLiteral("30"), QStringLiteral("--revenue"), QStringLiteral("500000")}),
                   "target"));
        // A locked review with a bonus and a training decision (which makes a trainings row that
        // points at its entry): the guards that refuse rows of a locked cycle are what the copy
        // must step around, and its seal what must still verify afterwards.
        lockReview(m_team, kQuarter);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(ok(at(m_team, {QStringLiteral("verify")}), "verify"));
    }

    // How the copy's digest renders values: NULL apart from an empty text, a double as the
    // shortest text that reads back to it, bytes in hex, whatever the driver's type for a number.
    void canonicalValues()
    {
        using grab::RowDigest;
        QCOMPARE(RowDigest::canonical(QVariant()), QByteArray("n;"));
        QCOMPARE(RowDigest::canonical(QVariant(QMetaType::fromType<QString>())), QByteArray("n;")); // a driver's NULL text
        QCOMPARE(RowDigest::canonical(QVariant(QStringLiteral(""))), QByteArray("t0:;"));
        QCOMPARE(RowDigest::canonical(QVariant(QStringLiteral("张伟"))), QByteArray("t6:\xe5\xbc\xa0\xe4\xbc\x9f;"));
        QCOMPARE(RowDigest::canonical(QVariant(qlonglong(42))), RowDigest::canonical(QVariant(42)));
        QCOMPARE(RowDigest::canonical(QVariant(0.1)), QByteArray("r0.1;"));
        QCOMPARE(RowDigest::canonical(QVariant(1.0 / 3.0)).mid(1).chopped(1).toDouble(), 1.0 / 3.0);
        QVERIFY(RowDigest::canonical(QVariant(0.1)) != RowDigest::canonical(QVariant(std::nextafter(0.1, 1.0)))); // one bit apart
        QCOMPARE(RowDigest::canonical(QVariant(QByteArray("\x00\xff", 2))), QByteArray("x4:00ff;"));
        QVERIFY(RowDigest::canonical(QVariant(QByteArray("1"))) != RowDigest::canonical(QVariant(QStringLiteral("1"))));
        RowDigest a, b;
        a.addValue(QVariant(QStringLiteral("ab")));
        a.addValue(QVariant(QStringLiteral("")));
        a.endRow();
        b.addValue(QVariant(QStringLiteral("a")));
        b.addValue(QVariant(QStringLiteral("b")));
        b.endRow();
        QVERIFY(a.hex() != b.hex());
        QCOMPARE(a.rows(), qint64(1));
        QCOMPARE(a.hex().size(), 64);
    }

    // File to file: every table, every value, the same reports; verify passes; progress on
    // stderr, the summary on stdout, and --json's summary names every table.
    void fileToFile()
    {
        if (onServer()) {
            QSKIP("the file-to-file cases run in the sqlite run");
        }
        const QString copied = file(QStringLiteral("copied.sqlite"));
        const Run r = copy(m_team, copied, {QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(summary.value(QStringLiteral("databaseCreated")).toBool(), true);
        QStringList tables;
        qint64 rows = 0;
        for (const QJsonValue &t : summary.value(QStringLiteral("tables")).toArray()) {
            const QJsonObject o = t.toObject();
            tables << o.value(QStringLiteral("table")).toString();
            rows += o.value(QStringLiteral("rows")).toInteger();
            QCOMPARE(o.value(QStringLiteral("sha256")).toString().size(), 64);
            // One progress line per table on stderr, with its rows.
            QVERIFY2(r.err.contains(QStringLiteral("copy: %1: %2 row").arg(tables.last()).arg(o.value(QStringLiteral("rows")).toInteger()).toUtf8()),
                     r.err.constData());
        }
        // Every table the file holds (sqlite_master, not GrabDesk's own list) was copied.
        QStringList inFile;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tables"));
            db.setDatabaseName(m_team);
            QVERIFY(db.open());
            QSqlQuery q(db);
            // Every table but the services' heartbeats, which stay with the machines that beat.
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name <> 'services'")));
            while (q.next()) {
                inFile << q.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tables"));
        std::sort(inFile.begin(), inFile.end());
        QStringList sortedTables = tables;
        std::sort(sortedTables.begin(), sortedTables.end());
        QCOMPARE(sortedTables, inFile);
        QCOMPARE(summary.value(QStringLiteral("rows")).toInteger(), rows);
        QVERIFY(rows > 1000);

        QCOMPARE(at(copied, {QStringLiteral("verify")}).code, 0);
        QCOMPARE(dump(copied, true), dump(m_team, true));
        QCOMPARE(reports(copied), reports(m_team));

        // Without --json: the summary on stdout, nothing else there.
        const QString second = file(QStringLiteral("second.sqlite"));
        const Run plain = copy(copied, second);
        QVERIFY2(plain.code == 0, plain.err.constData());
        QVERIFY(plain.out.startsWith("Copied " + QByteArray::number(rows) + " rows in " + QByteArray::number(tables.size()) + " tables"));
        QVERIFY(!plain.out.contains("copy: "));
        QVERIFY(plain.err.contains("copy: events: "));
        QCOMPARE(dump(second, true), dump(m_team, true));
    }

    void usageAndRefusals()
    {
        if (onServer()) {
            QSKIP("the file-to-file cases run in the sqlite run");
        }
        const QString target = file(QStringLiteral("refusals.sqlite"));
        QCOMPARE(grabctl({QStringLiteral("copy"), QStringLiteral("--to"), target}).code, 2);
        QCOMPARE(grabctl({QStringLiteral("copy"), QStringLiteral("--from"), m_team}).code, 2);
        const Run same = copy(m_team, m_dir.path() + QStringLiteral("/./team.sqlite"));
        QCOMPARE(same.code, 2);
        QVERIFY(same.err.contains("the same database"));
        QCOMPARE(grabctl({QStringLiteral("--db"), target, QStringLiteral("copy"), QStringLiteral("--from"), m_team, QStringLiteral("--to"), target}).code, 2);
        QVERIFY(!QFileInfo::exists(target)); // a usage error creates nothing

        const Run missing = copy(file(QStringLiteral("nothing-here.sqlite")), target);
        QCOMPARE(missing.code, 6);
        QVERIFY(!QFileInfo::exists(target));

        // A target that holds a team: refused in one sentence, left as it was.
        QCOMPARE(copy(m_team, target).code, 0);
        const QByteArray before = dump(target, true);
        const Run again = copy(m_team, target, {});
        QCOMPARE(again.code, 6);
        QVERIFY2(again.err.contains("already holds GrabDesk data"), again.err.constData());
        QCOMPARE(again.err.count('\n'), 1);
        QVERIFY(again.out.isEmpty());
        QCOMPARE(dump(target, true), before);
        const Run json = copy(m_team, target, {QStringLiteral("--json")});
        QCOMPARE(json.code, 6);
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("reason")).toString(), QStringLiteral("target_not_empty"));

        // The source is only read: its file is byte for byte what it was.
        const QByteArray source = digest(m_team);
        QCOMPARE(copy(m_team, file(QStringLiteral("third.sqlite"))).code, 0);
        QCOMPARE(digest(m_team), source);
    }

    // A row the target refuses, part-way through: exit 6 naming the table, and the target as it
    // was: an existing empty database keeps its chain record and guards; a new file is gone again.
    void failurePartWayLeavesTargetAsItWas()
    {
        if (onServer()) {
            QSKIP("the file-to-file cases run in the sqlite run");
        }
        const QString source = brokenTeam();
        const QString empty = file(QStringLiteral("empty.sqlite"));
        QVERIFY(makeEmpty(empty));
        const QByteArray before = dump(empty, true);
        QVERIFY(before.contains("event_chain (1 rows)"));
        QVERIFY(before.contains("review_entries_locked_insert"));
        const Run r = copy(source, empty);
        QCOMPARE(r.code, 6);
        // Progress lines for the tables copied so far, then the one sentence that says why not.
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        QVERIFY2(lines.last().startsWith("grabctl: Copying the table note_actions failed"), r.err.constData());
        QCOMPARE(r.err.count("grabctl: "), 1);
        QVERIFY(lines.first().startsWith("copy: grabbers: "));
        QCOMPARE(dump(empty, true), before);
        QCOMPARE(at(empty, {QStringLiteral("verify")}).code, 0);

        const QString fresh = file(QStringLiteral("fresh.sqlite"));
        QCOMPARE(copy(source, fresh).code, 6);
        QVERIFY(!QFileInfo::exists(fresh));
        QVERIFY(!QFileInfo::exists(fresh + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(fresh + QStringLiteral("-shm")));

        // The same empty database then takes a whole team.
        const Run good = copy(m_team, empty);
        QVERIFY2(good.code == 0, good.err.constData());
        QCOMPARE(dump(empty, true), dump(m_team, true));

        // A database made by init holds its rules and an event: data, so refused.
        const QString inited = file(QStringLiteral("inited.sqlite"));
        QCOMPARE(grabctl({QStringLiteral("--db"), inited, QStringLiteral("init")}).code, 0);
        const QByteArray initedBefore = dump(inited, true);
        const Run refused = copy(m_team, inited);
        QCOMPARE(refused.code, 6);
        QVERIFY2(refused.err.contains("already holds GrabDesk data"), refused.err.constData());
        QCOMPARE(dump(inited, true), initedBefore);
    }

    // A copy that reads back otherwise than it was read (a trigger of someone else's on the
    // target changes rows as they go in): exit 6 naming the table; nothing committed.
    void mismatchRollsBack()
    {
        if (onServer()) {
            QSKIP("the file-to-file cases run in the sqlite run");
        }
        const QString target = file(QStringLiteral("rogue.sqlite"));
        QVERIFY(makeEmpty(target));
        QCOMPARE(rawExec(target, {QStringLiteral("CREATE TRIGGER rogue AFTER INSERT ON notes BEGIN UPDATE notes SET title = title || '!' WHERE id = NEW.id; END")}),
                 QString());
        const QByteArray before = dump(target, true);
        const Run r = copy(m_team, target);
        QCOMPARE(r.code, 6);
        QVERIFY2(r.err.contains("The copy of the table notes does not match its source"), r.err.constData());
        QCOMPARE(dump(target, true), before);
    }

    // SQLite -> server (a database that does not exist yet) -> another server database (one that
    // exists, without tables) -> SQLite: every value and report the same at each step, verify passes, and
    // the server takes new rows afterwards with ids past the copied ones.
    void roundTripThroughServer()
    {
        if (!onServer()) {
            QSKIP("needs the test cluster (the pg run)");
        }
        NewServerDatabase first(QStringLiteral("a")); // not there yet: created
        ServerDatabase second;                        // there, empty: GrabDesk's tables made in it
        const QString back = file(QStringLiteral("back.sqlite"));

        const Run toServer = copy(m_team, first.address(), {QStringLiteral("--json")});
        QVERIFY2(toServer.code == 0, toServer.err.constData());
        QCOMPARE(QJsonDocument::fromJson(toServer.out).object().value(QStringLiteral("databaseCreated")).toBool(), true);
        QCOMPARE(at(first.address(), {QStringLiteral("verify")}).code, 0);
        QCOMPARE(dump(first.address(), false), dump(m_team, false));

        const Run across = copy(first.address(), second.address());
        QVERIFY2(across.code == 0, across.err.constData());
        QVERIFY(across.out.contains("(GrabDesk's tables made in it)"));
        QCOMPARE(dump(second.address(), true), dump(first.address(), true));

        const Run toFile = copy(second.address(), back);
        QVERIFY2(toFile.code == 0, toFile.err.constData());
        QCOMPARE(at(back, {QStringLiteral("verify")}).code, 0);
        QCOMPARE(dump(back, true), dump(m_team, true));
        const QByteArray original = reports(m_team);
        QCOMPARE(reports(back), original);
        QCOMPARE(reports(second.address()), original);

        // New rows on the copy: ids follow the copied ones, and the chain still verifies.
        const qint64 orders = rawValue(m_team, QStringLiteral("SELECT MAX(id) FROM orders")).toLongLong();
        const QString wednesday = QStringLiteral("2026-11-25T02:00:00Z"); // 10:00 in Shanghai
        const Run published = grabctl({QStringLiteral("--db"), second.address(), QStringLiteral("--now"), wednesday, QStringLiteral("publish"),
                                       QStringLiteral("--customer"), QStringLiteral("1"), QStringLiteral("--amount"), QStringLiteral("1200"),
                                       QStringLiteral("--deadline-minutes"), QStringLiteral("600")});
        QVERIFY2(published.code == 0, published.err.constData());
        QCOMPARE(published.out.trimmed().toLongLong(), orders + 1);
        int grabbed = 0;
        QByteArray refusals;
        for (int g = 1; g <= 8 && grabbed == 0; ++g) {
            const Run r = grabctl({QStringLiteral("--db"), second.address(), QStringLiteral("--now"), wednesday, QStringLiteral("grab"), QStringLiteral("--order"),
                                   QString::number(orders + 1), QStringLiteral("--grabber"), QString::number(g)});
            if (r.code == 0) {
                grabbed = g;
            } else {
                QCOMPARE(r.code, 4); // refused by a rule (recorded as an event): never a clash of ids
                refusals += r.err;
            }
        }
        QVERIFY2(grabbed > 0, refusals.constData());
        const Run note = grabctl({QStringLiteral("--db"), second.address(), QStringLiteral("--now"), wednesday, QStringLiteral("note"), QStringLiteral("add"),
                                  QStringLiteral("--kind"), QStringLiteral("weekly_meeting"), QStringLiteral("--date"), QStringLiteral("2026-11-25"),
                                  QStringLiteral("--title"), QStringLiteral("after the copy"), QStringLiteral("--author"), QStringLiteral("孙经理")});
        QVERIFY2(note.code == 0, note.err.constData());
        QCOMPARE(at(second.address(), {QStringLiteral("verify")}).code, 0);

        // A review locked on the server (its seal made there) verifies in a file copied from it.
        lockReview(second.address(), QStringLiteral("2026-Q3"));
        QVERIFY(!QTest::currentTestFailed());
        const QString again = file(QStringLiteral("back-again.sqlite"));
        const Run copiedBack = copy(second.address(), again);
        QVERIFY2(copiedBack.code == 0, copiedBack.err.constData());
        const Run verified = at(again, {QStringLiteral("verify")});
        QVERIFY2(verified.code == 0, verified.err.constData());
        QVERIFY(verified.out.contains("Review 2026-Q3: locked, verified."));
        QVERIFY(verified.out.contains("Review 2026-Q4: locked, verified."));
        QCOMPARE(dump(again, false), dump(second.address(), false));
    }

    // On a server: a copy that fails part-way leaves an empty database as it was (its chain
    // record, its guards); a database with data is refused.
    void serverTargetRefusedOrLeftAsItWas()
    {
        if (!onServer()) {
            QSKIP("needs the test cluster (the pg run)");
        }
        ServerDatabase target;
        QVERIFY(makeEmpty(target.address()));
        const QByteArray before = dump(target.address(), true);
        QVERIFY(before.contains("event_chain (1 rows)"));
        QVERIFY(before.contains("review_entries_locked_insert"));
        const Run broken = copy(brokenTeam(), target.address());
        QCOMPARE(broken.code, 6);
        QVERIFY2(broken.err.contains("note_actions"), broken.err.constData());
        QCOMPARE(dump(target.address(), true), before);
        QCOMPARE(at(target.address(), {QStringLiteral("verify")}).code, 0);

        QCOMPARE(copy(m_team, target.address()).code, 0);
        const QByteArray full = dump(target.address(), true);
        const Run again = copy(m_team, target.address());
        QCOMPARE(again.code, 6);
        QVERIFY2(again.err.contains("already holds GrabDesk data"), again.err.constData());
        QCOMPARE(dump(target.address(), true), full);

        // server init writes the default rules and an event: a database so made is refused too.
        ServerDatabase inited;
        QCOMPARE(grabctl({QStringLiteral("server"), QStringLiteral("init"), inited.address()}).code, 0);
        const Run refused = copy(m_team, inited.address());
        QCOMPARE(refused.code, 6);
        QVERIFY2(refused.err.contains("already holds GrabDesk data"), refused.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestGrabctlCopy)
#include "tst_grabctl_copy.moc"
