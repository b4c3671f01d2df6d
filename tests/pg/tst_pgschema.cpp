// The schema on a server: the same tables, columns, constraints, indexes, triggers and view as a
// SQLite file; the guards enforced by the server itself; and every database GrabDesk must not
// use refused with one sentence and exit 6, untouched.
#include "../common/testbackend.h"
#include "../integration/grabctlrun.h"
#include "base/clock.h"
#include "services/audit/integritycheck.h"
#include "services/rules/ruleservice.h"
#include "services/team/erasureservice.h"
#include "services/team/teamservice.h"
#include "store/database.h"
#include "store/schema.h"
#include "store/sql.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace grab;
using namespace grab::test;

namespace {

// One engine's schema in a form both can be compared in: per table, its columns in order as
// "name type notnull default?"; the indexes as "table: name"; the trigger and view names.
struct Shape
{
    QMap<QString, QStringList> columns;
    QStringList indexes;
    QStringList triggers;
    QStringList views;
};

QString commonType(QString t)
{
    t = t.toLower();
    if (t == QLatin1String("bigint") || t == QLatin1String("integer")) {
        return QStringLiteral("integer");
    }
    if (t == QLatin1String("double precision") || t == QLatin1String("real")) {
        return QStringLiteral("real");
    }
    if (t == QLatin1String("bytea") || t == QLatin1String("blob")) {
        return QStringLiteral("blob");
    }
    return t;
}

QStringList strings(const QSqlDatabase &db, const QString &sql)
{
    QStringList out;
    auto q = runSql(db, sql);
    if (!q) {
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.error().message));
    }
    while (q->next()) {
        out << q->value(0).toString();
    }
    std::sort(out.begin(), out.end()); // byte order, on both
    return out;
}

Shape sqliteShape(const QSqlDatabase &db)
{
    Shape s;
    for (const QString &table : strings(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
        auto q = runSql(db, QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
        while (q->next()) {
            // An INTEGER PRIMARY KEY is never NULL on SQLite (it is the row id), though it is not declared so.
            const bool notNull = q->value(3).toBool() || q->value(5).toInt() > 0;
            s.columns[table] << QStringLiteral("%1 %2 %3 %4").arg(q->value(1).toString(), commonType(q->value(2).toString()),
                                                                 notNull ? QStringLiteral("not-null") : QStringLiteral("null"),
                                                                 q->value(4).isNull() ? QString() : QStringLiteral("default"));
        }
    }
    s.indexes = strings(db, QStringLiteral("SELECT tbl_name || ': ' || name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"));
    s.triggers = strings(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"));
    s.views = strings(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name"));
    return s;
}

Shape serverShape(const QSqlDatabase &db)
{
    Shape s;
    for (const QString &table : strings(db, QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                                                           "AND tablename NOT LIKE 'grabdesk\\_%' ORDER BY tablename COLLATE \"C\""))) {
        auto q = runSql(db, QStringLiteral("SELECT column_name, data_type, is_nullable, column_default IS NOT NULL AND is_identity = 'NO' "
                                           "FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? "
                                           "ORDER BY ordinal_position"),
                        {table});
        while (q->next()) {
            s.columns[table] << QStringLiteral("%1 %2 %3 %4").arg(q->value(0).toString(), commonType(q->value(1).toString()),
                                                                 q->value(2).toString() == QLatin1String("NO") ? QStringLiteral("not-null")
                                                                                                               : QStringLiteral("null"),
                                                                 q->value(3).toBool() ? QStringLiteral("default") : QString());
        }
    }
    // Not the indexes behind a primary key or a UNIQUE constraint: SQLite keeps those unnamed.
    s.indexes = strings(db, QStringLiteral("SELECT tablename || ': ' || indexname FROM pg_indexes i WHERE schemaname = current_schema() "
                                           "AND tablename NOT LIKE 'grabdesk\\_%' AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)"));
    s.triggers = strings(db, QStringLiteral("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"));
    s.views = strings(db, QStringLiteral("SELECT viewname FROM pg_views WHERE schemaname = current_schema()"));
    return s;
}

std::unique_ptr<Database> open(const QString &where, Database::Mode mode = Database::Mode::OpenOrCreate)
{
    Database::Options o;
    o.mode = mode;
    auto db = Database::open(where, o);
    if (!db) {
        qFatal("open %s: %s", qPrintable(where), qPrintable(db.error().message));
    }
    return std::move(*db);
}

} // namespace

class TestPgSchema : public QObject
{
    Q_OBJECT
private slots:
    void sameSchemaOnBothEngines()
    {
        QTemporaryDir dir;
        ServerDatabase server;
        auto file = open(dir.filePath(QStringLiteral("shape.sqlite")));
        auto pg = open(server.address());
        QCOMPARE(pg->connection().driverName(), QStringLiteral("QPSQL"));
        QVERIFY(pg->isServer());
        const Shape a = sqliteShape(file->connection());
        const Shape b = serverShape(pg->connection());
        QCOMPARE(b.columns.keys(), a.columns.keys());
        for (auto it = a.columns.cbegin(); it != a.columns.cend(); ++it) {
            QCOMPARE(b.columns.value(it.key()).join(u'|'), it.value().join(u'|'));
        }
        QCOMPARE(b.indexes, a.indexes);
        QCOMPARE(b.views, a.views);
        // The server has the same triggers, refuses TRUNCATE of the append-only tables too, and
        // tells the live feeds of every commit that adds events.
        QStringList serverTriggers = b.triggers;
        QVERIFY(serverTriggers.removeOne(QStringLiteral("events_notify")));
        QVERIFY(serverTriggers.removeOne(QStringLiteral("events_no_truncate")));
        QVERIFY(serverTriggers.removeOne(QStringLiteral("event_chain_no_truncate")));
        QStringList fileTriggers = a.triggers;
        std::sort(fileTriggers.begin(), fileTriggers.end());
        QCOMPARE(serverTriggers, fileTriggers);
        QCOMPARE(a.columns.size(), 24);
        QCOMPARE(a.indexes.size(), 19);
        QCOMPARE(a.triggers.size(), 14);
        // A chain record from the start, as on a new file.
        QCOMPARE(scalar(pg->connection(), QStringLiteral("SELECT guaranteed_from FROM event_chain"))->toLongLong(), 1);
    }

    // The guards hold against any client of the server, not only GrabDesk.
    void theServerEnforcesTheGuards()
    {
        ServerDatabase server;
        auto db = open(server.address());
        FixedClock clock(1'800'000'000'000);
        QVERIFY(runSql(db->connection(), QStringLiteral("INSERT INTO events (id, at, type, actor) VALUES (1, 1, 'x', 'me')")));
        for (const QString &sql : {QStringLiteral("UPDATE events SET actor = 'someone else'"), QStringLiteral("DELETE FROM events"),
                                   QStringLiteral("TRUNCATE events"), QStringLiteral("UPDATE event_chain SET guaranteed_from = 9"),
                                   QStringLiteral("TRUNCATE event_chain")}) {
            const QString error = ServerDatabase::rawExec(server.address(), {sql});
            QVERIFY2(error.contains(QLatin1String("append-only")) || error.contains(QLatin1String("is fixed")), qPrintable(sql + u' ' + error));
        }
        QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT actor FROM events"))->toString(), QStringLiteral("me"));
        QCOMPARE(ServerDatabase::rawExec(server.address(), {QStringLiteral("INSERT INTO review_cycles (quarter, state, created_at) VALUES ('2025-Q1', 'locked', 0)")})
                     .contains(QLatin1String("starts as a draft")),
                 true);
    }

    // A dropped or disabled guard on the server is found by the integrity check.
    void integrityCheckFindsATamperedGuard()
    {
        ServerDatabase server;
        auto db = open(server.address());
        FixedClock clock(1'800'000'000'000);
        auto clean = IntegrityCheck(Context{*db, clock, QStringLiteral("test")}).run();
        QVERIFY(clean);
        QVERIFY2(clean->ok(), clean->ok() ? "" : qPrintable(clean->breaks.first().message));
        QCOMPARE(ServerDatabase::rawExec(server.address(), {QStringLiteral("ALTER TABLE events DISABLE TRIGGER events_no_update"),
                                                            QStringLiteral("DROP TRIGGER review_cycles_locked_delete ON review_cycles"),
                                                            QStringLiteral("CREATE OR REPLACE FUNCTION grabdesk_review_entry_guard() RETURNS trigger "
                                                                           "LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$")}),
                 QString());
        auto report = IntegrityCheck(Context{*db, clock, QStringLiteral("test")}).run();
        QVERIFY(report);
        QStringList found;
        for (const IntegrityBreak &b : report->breaks) {
            found << b.place;
        }
        QVERIFY2(found.contains(QStringLiteral("trigger events_no_update")), qPrintable(found.join(u',')));
        QVERIFY2(found.contains(QStringLiteral("trigger review_cycles_locked_delete")), qPrintable(found.join(u',')));
        QVERIFY2(found.contains(QStringLiteral("trigger review_entries_locked_update")), qPrintable(found.join(u',')));
    }

    // A customer's personal text erased on request on a server: the name and the event's payload
    // go, the append-only guard steps aside for that update only and is back as written, and the
    // chain still verifies, with the event counted as erased.
    void erasureOnTheServer()
    {
        ServerDatabase server;
        auto db = open(server.address());
        FixedClock clock(1'800'000'000'000);
        const Context ctx{*db, clock, QStringLiteral("test")};
        QVERIFY(RuleService(ctx).ensureDefaults(QStringLiteral("Asia/Shanghai")));
        auto id = TeamService(ctx).addCustomer(Customer{0, QStringLiteral("王先生的公司"), Tier::Regular, QStringLiteral("华北")});
        QVERIFY(id);
        auto erased = ErasureService(ctx).eraseCustomer(*id);
        QVERIFY2(erased, erased ? "" : qPrintable(erased.error().message));
        QCOMPARE(erased->events, 1);
        QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT name FROM customers WHERE id = ?"), {*id})->toString(), ErasureService::erasedName(*id));
        QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM events WHERE payload LIKE '%王先生%'"))->toInt(), 0);
        auto again = ErasureService(ctx).eraseCustomer(*id);
        QVERIFY(!again);
        QCOMPARE(again.error().reason, QStringLiteral("already_erased"));
        auto report = IntegrityCheck(ctx).run();
        QVERIFY(report);
        QVERIFY2(report->ok(), report->ok() ? "" : qPrintable(report->breaks.first().message));
        QCOMPARE(report->erased, qint64(1));
        QVERIFY(ServerDatabase::rawExec(server.address(), {QStringLiteral("UPDATE events SET actor = 'x'")}).contains(QLatin1String("append-only")));
    }

    // Databases GrabDesk must not use: one sentence, exit 6, within 5 s, and left as they were.
    void refusesWhatIsNotItsOwn_data()
    {
        QTest::addColumn<QStringList>("setup");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("says");
        QTest::newRow("another application's") << QStringList{QStringLiteral("CREATE TABLE invoices (id int)")} << QStringLiteral("not_grabdesk")
                                               << QStringLiteral("not a GrabDesk database");
        QTest::newRow("a newer schema") << QStringList{QStringLiteral("UPDATE grabdesk_schema SET version = %1").arg(schema::kVersion + 1)}
                                        << QStringLiteral("newer_schema") << QStringLiteral("Update GrabDesk");
        QTest::newRow("an empty database") << QStringList{} << QStringLiteral("no_database") << QStringLiteral("init");
    }
    // A server made by an older GrabDesk (schema 6, before services' heartbeats) is brought to
    // this version's schema by the first desk that opens it, once.
    void anOlderServerSchemaIsMigrated()
    {
        ServerDatabase server;
        {
            auto db = open(server.address());
            QVERIFY(db);
        }
        // Schema 6 had neither the heartbeats nor the event inbox, and its grab_attempts read the
        // log alone.
        QCOMPARE(ServerDatabase::rawExec(server.address(),
                                         {QStringLiteral("DROP TABLE services"), QStringLiteral("DROP VIEW grab_attempts"),
                                          QStringLiteral("DROP FUNCTION grabdesk_link_events"), QStringLiteral("DROP TABLE grabdesk_event_inbox"),
                                          QStringLiteral("CREATE VIEW grab_attempts AS SELECT id, order_id, grabber_id, at, CASE type WHEN 'grab_won' "
                                                         "THEN 'won' WHEN 'grab_lost_race' THEN 'lost_race' ELSE 'rejected' END AS result, CASE WHEN "
                                                         "type = 'grab_rejected' THEN reason END AS reason, rule_version FROM events WHERE type = "
                                                         "'grab_won' OR type = 'grab_lost_race' OR type = 'grab_rejected'"),
                                          QStringLiteral("UPDATE grabdesk_schema SET version = 6")}),
                 QString());
        auto db = open(server.address());
        QVERIFY(db);
        QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT version FROM grabdesk_schema"))->toInt(), schema::kVersion);
        QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM services"))->toInt(), 0);
        QCOMPARE(grabctl({QStringLiteral("--db"), server.address(), QStringLiteral("services")}).code, 0);
        // Events go through the inbox now, and the log still verifies.
        QCOMPARE(grabctl({QStringLiteral("--db"), server.address(), QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("3")}).code, 0);
        QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM grabdesk_event_inbox WHERE event_id IS NULL"))->toInt(), 0);
        QCOMPARE(grabctl({QStringLiteral("--db"), server.address(), QStringLiteral("verify")}).code, 0);
    }

    // The README's nightly backup: pg_dump's custom format, restored with pg_restore into a new
    // database, is the same team: it verifies (chain, seals, protective triggers) and reports alike.
    void aNightlyDumpRestoresAndVerifies()
    {
        ServerDatabase original;
        ServerDatabase restored;
        QCOMPARE(grabctl({QStringLiteral("--db"), original.address(), QStringLiteral("--now"), QStringLiteral("2026-11-25T09:00:00Z"), QStringLiteral("demo"),
                          QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--grabbers"), QStringLiteral("6"), QStringLiteral("--days"),
                          QStringLiteral("5")})
                     .code,
                 0);
        auto location = DatabaseLocation::parse(original.address());
        QVERIFY(location);
        const QStringList where{QStringLiteral("-h"), location->host, QStringLiteral("-p"), QString::number(location->port),
                                QStringLiteral("-U"), QStringLiteral("postgres")};
        QTemporaryDir dir;
        const QString dump = dir.filePath(QStringLiteral("team.dump"));
        QProcess p;
        p.start(QStringLiteral("/usr/lib/postgresql/15/bin/pg_dump"), where + QStringList{QStringLiteral("-Fc"), QStringLiteral("-f"), dump, original.name()});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        p.start(QStringLiteral("/usr/lib/postgresql/15/bin/pg_restore"), where + QStringList{QStringLiteral("-d"), restored.name(), dump});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const Run verified = grabctl({QStringLiteral("--db"), restored.address(), QStringLiteral("verify")});
        QVERIFY2(verified.code == 0, verified.err.constData());
        for (const QStringList &report : {QStringList{QStringLiteral("kpis"), QStringLiteral("--from"), QStringLiteral("2026-11-20"), QStringLiteral("--to"), QStringLiteral("2026-11-25"), QStringLiteral("--json")}, QStringList{QStringLiteral("events"), QStringLiteral("--json")}}) {
            const Run a = grabctl(QStringList{QStringLiteral("--db"), original.address(), QStringLiteral("--now"), QStringLiteral("2026-11-25T09:00:00Z")} + report);
            const Run b = grabctl(QStringList{QStringLiteral("--db"), restored.address(), QStringLiteral("--now"), QStringLiteral("2026-11-25T09:00:00Z")} + report);
            QCOMPARE(a.code, 0);
            QVERIFY(a.out.size() > 100);
            QCOMPARE(b.out, a.out);
        }
    }

    void refusesWhatIsNotItsOwn()
    {
        QFETCH(QStringList, setup);
        QFETCH(QString, reason);
        QFETCH(QString, says);
        ServerDatabase server;
        if (reason == QLatin1String("newer_schema")) {
            open(server.address()); // a GrabDesk database, then made newer
        }
        QCOMPARE(ServerDatabase::rawExec(server.address(), setup), QString());
        Database::Options o;
        auto db = Database::open(server.address(), o);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::DatabaseUnusable);
        QCOMPARE(db.error().reason, reason);
        QVERIFY2(db.error().message.contains(says), qPrintable(db.error().message));
        QElapsedTimer t;
        t.start();
        const Run run = grabctl({QStringLiteral("--db"), server.address(), QStringLiteral("orders")});
        QVERIFY(t.elapsed() < 5000);
        QCOMPARE(run.code, 6);
        QVERIFY2(run.err.trimmed().count('\n') == 0 && run.err.contains(says.toUtf8()), run.err.constData());
        if (reason == QLatin1String("not_grabdesk")) {
            QCOMPARE(ServerDatabase::rawExec(server.address(), {QStringLiteral("SELECT 1/(CASE WHEN to_regclass('orders') IS NULL THEN 1 ELSE 0 END)")}),
                     QString()); // nothing of ours was created in it
        }
    }

    // grabctl server init: the database, its tables and the default rules, from nothing; again,
    // nothing changes; a login that may not create databases is told what to ask for.
    void serverInitFromNothing()
    {
        const QString name = QStringLiteral("grabdesk_init_%1").arg(QCoreApplication::applicationPid());
        ServerDatabase::admin(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
        QString address = clusterAddress();
        address.chop(QStringLiteral("/postgres").size());
        address += QLatin1Char('/') + name;
        const Run made = grabctl({QStringLiteral("server"), QStringLiteral("init"), address, QStringLiteral("--time-zone"), QStringLiteral("Asia/Shanghai")});
        QVERIFY2(made.code == 0, made.err.constData());
        QVERIFY2(made.out.startsWith("Created the database "), made.out.constData());
        const Run again = grabctl({QStringLiteral("server"), QStringLiteral("init"), address});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.startsWith("Already a GrabDesk database"), again.out.constData());
        const Run rules = grabctl({QStringLiteral("--db"), address, QStringLiteral("rules"), QStringLiteral("show"), QStringLiteral("--json")});
        QVERIFY2(rules.code == 0 && rules.out.contains("Asia/Shanghai"), rules.err.constData());
        const Run migrate = grabctl({QStringLiteral("server"), QStringLiteral("migrate"), address});
        QVERIFY2(migrate.code == 0 && migrate.out.contains("this version's"), migrate.err.constData());
        {
            auto db = open(address, Database::Mode::OpenExisting);
            QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database()"))
                         ->toString(),
                     QStringLiteral("UTF8"));
        }
        ServerDatabase::admin(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name));

        // A file is not a server.
        QCOMPARE(grabctl({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("team.sqlite")}).code, 2);
    }
    void serverInitWithoutTheRightToCreate()
    {
        QFile f(qEnvironmentVariable("GRABDESK_TEST_PG_STATE"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString address = QString::fromUtf8(f.readAll().split('\n').value(2)); // through TCP
        address.replace(QStringLiteral("postgresql://postgres@"), QStringLiteral("postgresql://grabdesk_password@"));
        address.chop(QStringLiteral("/postgres").size());
        address += QStringLiteral("/grabdesk_not_allowed");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("right horse battery"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("GRABCTL"), {QStringLiteral("server"), QStringLiteral("init"), address});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 6);
        const QByteArray err = p.readAllStandardError().trimmed();
        QVERIFY2(err.count('\n') == 0 && err.contains("may not create databases") && err.contains("createdb -O grabdesk_password grabdesk_not_allowed"),
                 err.constData());
    }

    // Writers of the whole database wait for each other, and one kept waiting past the busy
    // timeout is told so in one sentence: as BEGIN IMMEDIATE on SQLite.
    void aWriterWaitsThenGivesUp()
    {
        ServerDatabase server;
        auto first = open(server.address());
        Database::Options o;
        o.busyTimeoutMs = 300;
        auto second = Database::open(server.address(), o);
        QVERIFY(second);
        auto held = Transaction::begin(*first);
        QVERIFY(held);
        QElapsedTimer t;
        t.start();
        auto waited = Transaction::begin(**second);
        QVERIFY(!waited);
        QVERIFY(t.elapsed() >= 250 && t.elapsed() < 3000);
        QCOMPARE(waited.error().reason, QStringLiteral("database_locked"));
        held->rollback();
        QVERIFY(Transaction::begin(**second));
    }
};

QTEST_GUILESS_MAIN(TestPgSchema)
#include "tst_pgschema.moc"
