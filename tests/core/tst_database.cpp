#include "../common/rawsqlite.h"
#include "base/clock.h"
#include "services/audit/eventlog.h"
#include "services/audit/integritycheck.h"
#include "store/database.h"
#include "store/readsnapshot.h"
#include "store/schema.h"
#include "store/sql.h"
#include "store/sqlerror.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace grab;

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Database::Options create()
{
    Database::Options o;
    o.mode = Database::Mode::OpenOrCreate;
    return o;
}

// Runs SQL on a file through a plain connection, bypassing GrabDesk's checks.
void rawExec(const QString &path, const QString &sql)
{
    QCOMPARE(grab::test::rawExec(path, {sql}), QString());
}

// A file as a GrabDesk of schema `version` left it: every migration up to it, run raw.
void writeFileOfVersion(const QString &path, int version)
{
    for (int v = 1; v <= version; ++v) {
        for (const QString &statement : schema::migrationTo(v)) {
            rawExec(path, statement);
        }
    }
    rawExec(path, QStringLiteral("PRAGMA user_version = %1").arg(version));
    rawExec(path, QStringLiteral("PRAGMA application_id = %1").arg(schema::kApplicationId));
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    // A hot read's plain columns become expressions with the same values; the rest stays.
    void valueColumnsReadTheSameValues()
    {
        QCOMPARE(valueColumns(QStringLiteral("o.id, name, EXISTS (SELECT 1 FROM t WHERE a IN (1, 2)), COUNT(*), o.x + 1")),
                 QStringLiteral("+o.id, +name, EXISTS (SELECT 1 FROM t WHERE a IN (1, 2)), COUNT(*), o.x + 1"));
        QTemporaryDir dir;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("valueColumns"));
        {
            db.setDatabaseName(dir.filePath(QStringLiteral("v.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (i INTEGER, s TEXT, b BLOB, n INTEGER)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (42, '谢宇 \"x\"', x'00ff', NULL)")));
            QVERIFY(q.exec(QStringLiteral("SELECT %1 FROM t").arg(valueColumns(QStringLiteral("i, s, b, n, t.i")))));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), 42);
            QCOMPARE(q.value(1).toString(), QStringLiteral("谢宇 \"x\""));
            QCOMPARE(q.value(2).toByteArray(), QByteArray::fromHex("00ff"));
            QVERIFY(q.value(3).isNull());
            QCOMPARE(q.value(4).toLongLong(), 42);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("valueColumns"));
    }

    void freshDatabaseHasTheWholeSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        auto db = Database::open(path, create());
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QVERIFY((*db)->wasCreated());
        const QSqlDatabase c = (*db)->connection();
        QCOMPARE(scalar(c, QStringLiteral("PRAGMA user_version"))->toInt(), schema::kVersion);
        QCOMPARE(scalar(c, QStringLiteral("PRAGMA application_id"))->toInt(), schema::kApplicationId);
        QCOMPARE(scalar(c, QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(c, QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
        QCOMPARE(scalar(c, QStringLiteral("PRAGMA synchronous"))->toInt(), 2); // FULL
        // SQLite waits briefly; the rest of the 10 s is our finer retry loop (lockedDatabaseIsReported).
        QCOMPARE(scalar(c, QStringLiteral("PRAGMA busy_timeout"))->toInt(), kSqliteBusyMs);
        for (const char *table : {"grabbers", "customers", "orders", "events", "rule_sets", "assignments",
                                  "follow_ups", "feedback", "violations", "trainings", "targets", "notes", "note_actions",
                                  "review_cycles", "review_entries", "review_decisions"}) {
            QVERIFY2(scalar(c, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?"),
                            {QString::fromLatin1(table)})
                             ->toInt() == 1,
                     table);
        }
    }

    void reopeningKeepsTheData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        {
            auto db = Database::open(path, create());
            QVERIFY(db);
            QVERIFY(runSql((*db)->connection(), QStringLiteral("INSERT INTO customers (name, tier, region, created_at) VALUES ('A', 'vip', '', 0)")));
        }
        auto again = Database::open(path, Database::Options{});
        QVERIFY(again);
        QVERIFY(!(*again)->wasCreated());
        QCOMPARE(scalar((*again)->connection(), QStringLiteral("SELECT COUNT(*) FROM customers"))->toInt(), 1);
    }

    // A file written by a version-1 GrabDesk (which had no review lock) is backed up, migrated to
    // the current version in one transaction (2: the review lock; 3: the violations' note
    // phrase; 4: attempts kept once, as events; 5: what a grab writes, cut down), keeps its
    // data, and from then on its locked cycles are locked.
    void version1FileMigratesToTheCurrentVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        writeFileOfVersion(path, 1);
        rawExec(path, QStringLiteral("INSERT INTO grabbers (name, level, created_at) VALUES ('张伟', 'junior', 0)"));
        rawExec(path, QStringLiteral("INSERT INTO review_cycles (quarter, state, created_at) VALUES ('2026-Q1', 'locked', 0)"));
        rawExec(path, QStringLiteral("INSERT INTO review_entries (cycle_id, grabber_id, supervisor_score) VALUES (1, 1, 4)"));
        rawExec(path, QStringLiteral("INSERT INTO review_decisions (entry_id, kind, amount) VALUES (1, 'bonus', 100)"));
        // Version 1 let anything through: that is what version 2 stops.
        rawExec(path, QStringLiteral("UPDATE review_entries SET supervisor_score = 5"));
        // Two attempts kept twice (row and event), as GrabDesk wrote them until version 3, and one
        // a tool wrote without its event: version 4 keeps each once, as its event.
        rawExec(path, QStringLiteral("INSERT INTO grab_attempts (order_id, grabber_id, at, result, reason, rule_version) VALUES "
                                     "(7, 1, 1000, 'won', NULL, 1), (7, 1, 900, 'rejected', 'daily_cap_reached', 1), "
                                     "(8, 1, 2000, 'lost_race', NULL, 1)"));
        rawExec(path, QStringLiteral("INSERT INTO events (at, type, actor, order_id, grabber_id, rule_version, reason) VALUES "
                                     "(1000, 'grab_won', 'cli', 7, 1, 1, NULL), (900, 'grab_rejected', 'cli', 7, 1, 1, 'daily_cap_reached')"));

        auto db = Database::open(path, Database::Options{});
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        const QSqlDatabase c = (*db)->connection();
        QCOMPARE(scalar(c, QStringLiteral("PRAGMA user_version"))->toInt(), schema::kVersion);
        QVERIFY(scalar(c, QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('violations') WHERE name = 'note_phrase'"))->toInt() == 1);
        QVERIFY(!(*db)->backupPath().isEmpty());
        QVERIFY(QFile::exists((*db)->backupPath()));
        QCOMPARE(scalar(c, QStringLiteral("SELECT supervisor_score FROM review_entries"))->toInt(), 5);
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'review_%'"))->toInt(), 10);
        QVERIFY(runSql(c, QStringLiteral("SELECT decided_by, decided_at, training_id FROM review_decisions")));
        QCOMPARE(scalar(c, QStringLiteral("SELECT type FROM sqlite_master WHERE name = 'grab_attempts'"))->toString(), QStringLiteral("view"));
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name IN ('assignments_open', 'attempts_by_grabber')"))->toInt(), 0);
        QVERIFY(scalar(c, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'orders_in_hand'"))->toString().endsWith(
            QStringLiteral("WHERE state = 'assigned'")));
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM events WHERE type LIKE 'grab_%'"))->toInt(), 3);
        QCOMPARE(scalar(c, QStringLiteral("SELECT group_concat(result || ':' || COALESCE(reason, '-'), ' ') FROM "
                                          "(SELECT result, reason FROM grab_attempts ORDER BY at)"))
                     ->toString(),
                 QStringLiteral("rejected:daily_cap_reached won:- lost_race:-"));

        auto update = runSql(c, QStringLiteral("UPDATE review_entries SET supervisor_score = 1"));
        QVERIFY(!update);
        QVERIFY2(update.error().message.contains(QStringLiteral("review cycle is locked")), qPrintable(update.error().message));
        QVERIFY(!runSql(c, QStringLiteral("DELETE FROM review_decisions")));
        QVERIFY(!runSql(c, QStringLiteral("UPDATE review_cycles SET state = 'scoring'")));
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM review_decisions"))->toInt(), 1);
    }

    // Version 5 rebuilds orders and assignments with their CHECKs spelled with OR, indexes the
    // live orders only, and leaves the open workload to the orders in hand. Every row, id and
    // column survives; the constraints refuse what they refused; references still hold (a
    // dangling one a hand-edited file already had does not stop the migration); the statements
    // a grab runs build no temporary b-tree any more; and the pool and the orders in hand are
    // still read through an index, not by walking every order ever published.
    // A private database stays private: a new one, its -wal and -shm, and the copy a migration
    // keeps are the owner's alone whatever the umask (VACUUM INTO alone made the copy 0644).
    void newFilesAndBackupsArePrivateWhateverTheUmask()
    {
        QTemporaryDir dir;
        const mode_t before = ::umask(022);
        const auto modeOf = [](const QString &path) {
            struct stat st{};
            return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
        };
        const QString fresh = dir.filePath(QStringLiteral("new.sqlite"));
        {
            auto db = Database::open(fresh, create());
            QVERIFY(db);
            QCOMPARE(modeOf(fresh), 0600);
            QCOMPARE(modeOf(fresh + QStringLiteral("-wal")), 0600);
            QCOMPARE(modeOf(fresh + QStringLiteral("-shm")), 0600);
        }
        const QString old = dir.filePath(QStringLiteral("v4.sqlite"));
        writeFileOfVersion(old, 4);
        QVERIFY(QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner));
        auto db = Database::open(old, Database::Options{});
        ::umask(before);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        const QString backup = (*db)->backupPath();
        QVERIFY(!backup.isEmpty());
        QCOMPARE(modeOf(backup), 0600);
    }

    // An older file gets its chain built once, and says from which event on the chain was kept
    // as events were written; its locked reviews are sealed as they are.
    void version5FileGetsItsChainBuiltOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
        writeFileOfVersion(path, 5);
        rawExec(path, QStringLiteral("INSERT INTO events (at, type, actor, reason, payload) VALUES "
                                     "(1000, 'rules_changed', 'cli', NULL, '{}'), (2000, 'grabber_added', 'cli', NULL, '{\"name\":\"张伟\"}'), "
                                     "(3000, 'order_published', 'cli', NULL, '{}')"));
        auto db = Database::open(path, Database::Options{});
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        const QSqlDatabase c = (*db)->connection();
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM events WHERE length(chain_hash) = 32"))->toInt(), 3);
        QCOMPARE(scalar(c, QStringLiteral("SELECT guaranteed_from FROM event_chain"))->toInt(), 4);
        FixedClock clock(5000);
        QVERIFY(EventLog::record(c, 4000, "order_published", QStringLiteral("test"), std::nullopt, std::nullopt));
        auto report = IntegrityCheck(Context{**db, clock, QStringLiteral("test")}).run();
        QVERIFY(report);
        QVERIFY2(report->ok(), report->breaks.isEmpty() ? "" : qPrintable(report->breaks.first().message));
        QCOMPARE(report->events, 4);
        QCOMPARE(report->guaranteedFrom, 4);
        QCOMPARE(report->head.id, 4);
    }

    void version4FileMigratesToVersion5KeepingEveryOrder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
        writeFileOfVersion(path, 4);
        rawExec(path, QStringLiteral("INSERT INTO grabbers (id, name, level, created_at) VALUES (1, '张伟', 'senior', 0), (2, '李娜', 'lead', 0)"));
        rawExec(path, QStringLiteral("INSERT INTO customers (id, name, tier, region, created_at) VALUES (1, '华东贸易', 'vip', '华东', 0)"));
        rawExec(path, QStringLiteral("INSERT INTO rule_sets (version, body, created_at, created_by) VALUES (1, '{}', 0, 'test')"));
        rawExec(path, QStringLiteral(
                          "INSERT INTO orders (id, customer_id, amount, skill, region, priority, priority_score, rule_version, published_at, "
                          "pooled_at, grab_deadline, min_level, state, assignee_id, assigned_at, closed_at) VALUES "
                          "(10, 1, 123450, 'solar', '华东', 1, 95, 1, 1000, 1000, 5000, 'senior', 'open', NULL, NULL, NULL), "
                          "(11, 1, 500, '', '', 4, 10, 1, 1000, 1000, 5000, NULL, 'assigned', 1, 2000, NULL), "
                          "(12, 1, 800, '', '', 3, 20, 1, 1000, 1000, 5000, NULL, 'won', 2, 1500, 9000)"));
        rawExec(path, QStringLiteral("INSERT INTO assignments (id, order_id, grabber_id, via, assigned_at, response_ms, amount, skill, ended_at, "
                                     "end_reason) VALUES (7, 11, 1, 'grab', 2000, 1000, 500, '', NULL, NULL), "
                                     "(8, 12, 2, 'dispatch', 1500, 500, 800, '', 9000, 'won'), "
                                     "(9, 999, 2, 'manager', 1500, 500, 800, '', 9000, 'lost')")); // 999: dangling, written by hand
        rawExec(path, QStringLiteral("INSERT INTO order_restrictions (order_id, grabber_id) VALUES (10, 2)"));
        rawExec(path, QStringLiteral("INSERT INTO grabber_stats (grabber_id, open_workload, feedback_sum, feedback_count, last_assigned_at) "
                                     "VALUES (2, 0, 9, 2, 1500)"));
        rawExec(path, QStringLiteral("ANALYZE")); // planner statistics, which the rebuilt tables must keep

        auto db = Database::open(path, Database::Options{});
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        const QSqlDatabase c = (*db)->connection();
        QCOMPARE(scalar(c, QStringLiteral("PRAGMA user_version"))->toInt(), schema::kVersion);
        QCOMPARE(scalar(c, QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
        QVERIFY(QFile::exists((*db)->backupPath()));
        QCOMPARE(scalar(c, QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
        QCOMPARE(scalar(c, QStringLiteral("SELECT group_concat(DISTINCT tbl) FROM (SELECT tbl FROM sqlite_stat1 "
                                          "WHERE tbl IN ('orders', 'assignments', 'grabber_stats') ORDER BY tbl)"))
                     ->toString(),
                 QStringLiteral("assignments,grabber_stats,orders"));
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM sqlite_stat1 WHERE idx = 'orders_in_hand'"))->toInt(), 1);
        QCOMPARE(scalar(c, QStringLiteral("SELECT group_concat(id || ':' || customer_id || ':' || amount || ':' || skill || ':' || region || ':' || "
                                          "priority || ':' || priority_score || ':' || COALESCE(min_level, '-') || ':' || state || ':' || "
                                          "COALESCE(assignee_id, '-') || ':' || COALESCE(assigned_at, '-') || ':' || COALESCE(closed_at, '-'), ' ') "
                                          "FROM (SELECT * FROM orders ORDER BY id)"))
                     ->toString(),
                 QStringLiteral("10:1:123450:solar:华东:1:95:senior:open:-:-:- 11:1:500:::4:10:-:assigned:1:2000:- "
                                "12:1:800:::3:20:-:won:2:1500:9000"));
        QCOMPARE(scalar(c, QStringLiteral("SELECT group_concat(id || ':' || order_id || ':' || via || ':' || COALESCE(end_reason, '-'), ' ') "
                                          "FROM (SELECT * FROM assignments ORDER BY id)"))
                     ->toString(),
                 QStringLiteral("7:11:grab:- 8:12:dispatch:won 9:999:manager:lost"));
        for (const char *index : {"orders_pool", "orders_in_hand", "orders_closed", "orders_customer", "orders_published", "assignments_by_grabber_assigned",
                                  "assignments_by_order"}) {
            QVERIFY2(scalar(c, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = ?"), {QString::fromLatin1(index)})
                             ->toInt() == 1,
                     index);
        }
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE '%_v5' OR name IN ('orders_open_pool', 'orders_assignee')"))
                     ->toInt(),
                 0);
        // grabber_stats keeps the feedback sums; the open workload is counted from the orders in hand.
        QCOMPARE(scalar(c, QStringLiteral("SELECT group_concat(name, ',') FROM pragma_table_info('grabber_stats')"))->toString(),
                 QStringLiteral("grabber_id,feedback_sum,feedback_count"));
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM orders WHERE assignee_id = 1 AND state = 'assigned'"))->toInt(), 1);

        // The same constraints, now spelled with OR.
        for (const char *bad : {"UPDATE orders SET state = 'paused' WHERE id = 10", "UPDATE orders SET state = 'assigned' WHERE id = 10",
                                "UPDATE orders SET state = 'lost' WHERE id = 11", "UPDATE orders SET min_level = 'boss' WHERE id = 10",
                                "UPDATE assignments SET via = 'robot' WHERE id = 7",
                                "UPDATE assignments SET ended_at = 3000, end_reason = 'forgotten' WHERE id = 7",
                                "UPDATE assignments SET ended_at = 3000 WHERE id = 7", "DELETE FROM customers WHERE id = 1"}) {
            QVERIFY2(!runSql(c, QString::fromLatin1(bad)), bad);
        }
        QCOMPARE(scalar(c, QStringLiteral("SELECT feedback_sum || '/' || feedback_count FROM grabber_stats WHERE grabber_id = 2"))->toString(),
                 QStringLiteral("9/2"));
        QVERIFY(runSql(c, QStringLiteral("UPDATE orders SET state = 'assigned', assignee_id = 1, assigned_at = 3000 WHERE id = 10")));
        // References into the rebuilt table still hold, cascade included.
        QVERIFY(runSql(c, QStringLiteral("DELETE FROM order_restrictions")));
        QVERIFY(!runSql(c, QStringLiteral("INSERT INTO order_restrictions (order_id, grabber_id) VALUES (999, 1)")));

        // What a grab writes no longer builds a temporary b-tree for an IN list.
        for (const char *grabWrite : {"UPDATE orders SET state = 'assigned', assignee_id = 1, assigned_at = 1 WHERE id = 10 AND state = 'open'",
                                      "INSERT INTO assignments (order_id, grabber_id, via, assigned_at, response_ms, amount, skill) "
                                      "VALUES (10, 1, 'grab', 1, 0, 1, '')",
                                      "UPDATE assignments SET ended_at = 1, end_reason = 'won' WHERE order_id = 10 AND ended_at IS NULL"}) {
            auto plan = runSql(c, QStringLiteral("EXPLAIN ") + QString::fromLatin1(grabWrite));
            QVERIFY(plan);
            int ephemeral = 0;
            while (plan->next()) {
                ephemeral += plan->value(1).toString() == QLatin1String("OpenEphemeral") ? 1 : 0;
            }
            QVERIFY2(ephemeral == 0, grabWrite);
        }
        const auto plan = [&](const QString &sql) {
            QStringList steps;
            auto q = runSql(c, QStringLiteral("EXPLAIN QUERY PLAN ") + sql, {1});
            while (q && q->next()) {
                steps << q->value(3).toString();
            }
            return steps.join(QStringLiteral(" | "));
        };
        for (const auto &[sql, index] : std::initializer_list<std::pair<const char *, const char *>>{
                 {"SELECT id FROM orders WHERE state = 'open' ORDER BY priority, pooled_at, id LIMIT ?", "orders_pool"},
                 {"SELECT COUNT(*) FROM orders WHERE assignee_id = ? AND state = 'assigned'", "orders_in_hand"},
                 {"SELECT id FROM orders o WHERE o.assignee_id = ? AND (o.state = 'won' OR o.state = 'lost') ORDER BY o.closed_at DESC LIMIT 5",
                  "orders_closed"},
                 {"SELECT a.order_id FROM orders o CROSS JOIN assignments a ON a.order_id = o.id WHERE o.state = 'assigned' "
                  "AND a.ended_at IS NULL AND a.assigned_at <= ? ORDER BY a.order_id",
                  "orders_in_hand"}}) {
            const QString steps = plan(QString::fromLatin1(sql));
            QVERIFY2(steps.contains(QLatin1String(index)), qPrintable(steps));
        }
    }

    void newerSchemaIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            auto db = Database::open(path, create());
            QVERIFY(db);
        }
        rawExec(path, QStringLiteral("PRAGMA user_version = %1").arg(schema::kVersion + 1));
        rawExec(path, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const QByteArray before = digest(path);
        auto db = Database::open(path, Database::Options{});
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::DatabaseUnusable);
        QCOMPARE(db.error().reason, QStringLiteral("newer_schema"));
        QVERIFY2(db.error().message.contains(QStringLiteral("newer GrabDesk")), qPrintable(db.error().message));
        QCOMPARE(digest(path), before);
    }

    void garbageFileIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x') + "this is not a database");
        f.close();
        const QByteArray before = digest(path);
        auto db = Database::open(path, create());
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::DatabaseUnusable);
        QVERIFY2(db.error().message.contains(QStringLiteral("corrupt")), qPrintable(db.error().message));
        QCOMPARE(digest(path), before);
    }

    // A GrabDesk file whose pages were damaged: the query that meets the damage reports it as an
    // unusable database (exit 6 in grabctl), never a crash.
    void damagedPagesAreReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            auto db = Database::open(path, create());
            QVERIFY(db);
            const QSqlDatabase c = (*db)->connection();
            for (int i = 0; i < 400; ++i) {
                QVERIFY(runSql(c, QStringLiteral("INSERT INTO customers (name, tier, region, created_at) VALUES (?, 'vip', ?, 0)"),
                               {QStringLiteral("customer %1").arg(i), QString(200, u'x')}));
            }
            QVERIFY(runSql(c, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 16 * 4096);
        f.seek(size - 12 * 4096); // the customers' leaf pages come last
        f.write(QByteArray(8 * 4096, '\xA5'));
        f.close();
        auto db = Database::open(path, Database::Options{});
        if (!db) {
            QCOMPARE(db.error().code, ErrorCode::DatabaseUnusable);
            return;
        }
        auto q = runSql((*db)->connection(), QStringLiteral("SELECT COUNT(*), SUM(length(region)) FROM customers"));
        QVERIFY(!q);
        QCOMPARE(q.error().code, ErrorCode::DatabaseUnusable);
        QVERIFY2(q.error().message.contains(QStringLiteral("corrupt")), qPrintable(q.error().message));
    }

    void foreignSqliteFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        rawExec(path, QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY)"));
        const QByteArray before = digest(path);
        auto db = Database::open(path, create());
        QVERIFY(!db);
        QCOMPARE(db.error().reason, QStringLiteral("not_grabdesk"));
        QCOMPARE(digest(path), before);
    }

    void missingFolderAndMissingFile()
    {
        QTemporaryDir dir;
        auto noFolder = Database::open(dir.filePath(QStringLiteral("nope/db.sqlite")), create());
        QVERIFY(!noFolder);
        QCOMPARE(noFolder.error().code, ErrorCode::DatabaseUnusable);
        QVERIFY(noFolder.error().message.contains(QStringLiteral("does not exist")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("nope"))));

        const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
        auto absent = Database::open(path, Database::Options{}); // OpenExisting
        QVERIFY(!absent);
        QCOMPARE(absent.error().reason, QStringLiteral("no_database"));
        QVERIFY(!QFile::exists(path));
    }

    void eventsAreAppendOnly()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("db.sqlite")), create());
        QVERIFY(db);
        const QSqlDatabase c = (*db)->connection();
        QVERIFY(runSql(c, QStringLiteral("INSERT INTO events (at, type, actor) VALUES (1, 'published', 'test')")));
        auto update = runSql(c, QStringLiteral("UPDATE events SET actor = 'someone else'"));
        QVERIFY(!update);
        QVERIFY(update.error().message.contains(QStringLiteral("append-only")));
        QVERIFY(!runSql(c, QStringLiteral("DELETE FROM events")));
        QCOMPARE(scalar(c, QStringLiteral("SELECT actor FROM events"))->toString(), QStringLiteral("test"));
    }

    void checkConstraintsGuardTheDomain_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("unknown level") << QStringLiteral("INSERT INTO grabbers (name, level, created_at) VALUES ('x', 'boss', 0)");
        QTest::newRow("unknown status")
            << QStringLiteral("INSERT INTO grabbers (name, level, status, created_at) VALUES ('x', 'lead', 'fired', 0)");
        QTest::newRow("empty name") << QStringLiteral("INSERT INTO grabbers (name, level, created_at) VALUES ('  ', 'lead', 0)");
        QTest::newRow("unknown tier") << QStringLiteral("INSERT INTO customers (name, tier, created_at) VALUES ('x', 'gold', 0)");
        QTest::newRow("feedback score 6")
            << QStringLiteral("INSERT INTO feedback (order_id, grabber_id, score, at) VALUES (1, 1, 6, 0)");
        QTest::newRow("unknown grade")
            << QStringLiteral("INSERT INTO review_entries (cycle_id, grabber_id, grade) VALUES (1, 1, 'E')");
        QTest::newRow("quarter shape") << QStringLiteral("INSERT INTO review_cycles (quarter, created_at) VALUES ('2026Q3', 0)");
        QTest::newRow("penalty without reason")
            << QStringLiteral("INSERT INTO review_decisions (entry_id, kind, reason) VALUES (1, 'bonus_deduction', '')");
        QTest::newRow("order for a missing customer")
            << QStringLiteral("INSERT INTO orders (customer_id, amount, priority, priority_score, rule_version, published_at, "
                              "grab_deadline) VALUES (999, 1, 1, 1, 1, 0, 1)");
    }
    void checkConstraintsGuardTheDomain()
    {
        QFETCH(QString, sql);
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("db.sqlite")), create());
        QVERIFY(db);
        QVERIFY(!runSql((*db)->connection(), sql));
    }

    void transactionRollsBackWhenNotCommitted()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("db.sqlite")), create());
        QVERIFY(db);
        {
            auto tx = Transaction::begin(**db);
            QVERIFY(tx);
            QVERIFY(runSql((*db)->connection(), QStringLiteral("INSERT INTO customers (name, tier, created_at) VALUES ('x', 'key', 0)")));
        }
        QCOMPARE(scalar((*db)->connection(), QStringLiteral("SELECT COUNT(*) FROM customers"))->toInt(), 0);
    }

    // A read snapshot sees one commit until the outermost one ends; an inner one joins it.
    void readSnapshotsNestAndHoldOneCommit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        auto reader = Database::open(path, create());
        auto writer = Database::open(path, Database::Options{});
        QVERIFY(reader && writer);
        const QSqlDatabase r = (*reader)->connection();
        const auto customers = [&] { return scalar(r, QStringLiteral("SELECT COUNT(*) FROM customers"))->toInt(); };
        const auto insert = [&] {
            QVERIFY(runSql((*writer)->connection(), QStringLiteral("INSERT INTO customers (name, tier, created_at) VALUES ('x', 'key', 0)")));
        };
        {
            auto outer = ReadSnapshot::begin(r);
            QVERIFY(outer);
            QVERIFY(outer->isOutermost());
            QCOMPARE(customers(), 0);
            insert();
            QCOMPARE(customers(), 0);
            {
                auto inner = ReadSnapshot::begin(r);
                QVERIFY(inner);
                QVERIFY(!inner->isOutermost());
                QCOMPARE(customers(), 0);
            }
            QCOMPARE(customers(), 0); // the inner one ending did not end the read
        }
        QCOMPARE(customers(), 1);
        auto again = ReadSnapshot::begin(r);
        QVERIFY(again && again->isOutermost());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
