#include "integrity.h"

#include "dialect.h"

#include <QHash>
#include <QRegularExpression>

#include "schema.h"
#include "sql.h"
#include "sqlerror.h"
#include "database.h"
#include "io/protectedfiles.h"
#include "domain/chaindigest.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <limits>
#include <vector>

namespace grab::integrity {
namespace {

// Every column of every row `sql` selects, in order, into one canonical stream.
Status addRows(const QSqlDatabase &db, const QString &sql, const QVariantList &binds, chain::Canonical &out, const QString &doing)
{
    auto q = runSql(db, sql, binds, doing);
    if (!q) {
        return q.error();
    }
    while (q->next()) {
        const int columns = q->record().count();
        out.integer(columns);
        for (int c = 0; c < columns; ++c) {
            const QVariant v = q->value(c);
            if (v.isNull()) {
                out.integer(std::nullopt);
            } else if (v.metaType().id() == QMetaType::Double) {
                out.text(QString::number(v.toDouble(), 'g', 17));
            } else if (v.metaType().id() == QMetaType::QByteArray) {
                out.bytes(v.toByteArray());
            } else if (const int type = v.metaType().id();
                       type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::ULongLong || type == QMetaType::UInt) {
                // Qt's PostgreSQL driver hands a BIGINT over as an unsigned qulonglong, SQLite's
                // as a qlonglong: both are the same number, so a seal made on one engine holds
                // on the other (a team copied between them keeps its locked reviews verified).
                // Taken as text, the seal would have depended on the engine that made it.
                out.integer(v.toLongLong());
            } else {
                out.text(v.toString());
            }
        }
    }
    if (auto end = rowsEnded(*q, doing); !end) {
        return end;
    }
    q->finish();
    return Done{};
}

} // namespace

chain::EventFields eventFields(const QSqlQuery &q)
{
    const auto optional = [&](int i) { return q.value(i).isNull() ? std::nullopt : std::optional<qint64>(q.value(i).toLongLong()); };
    chain::EventFields f;
    f.id = q.value(0).toLongLong();
    f.at = q.value(1).toLongLong();
    f.type = q.value(2).toString();
    f.actor = q.value(3).toString();
    f.orderId = optional(4);
    f.grabberId = optional(5);
    f.ruleVersion = optional(6);
    f.reason = q.value(7).toString();
    f.payload = q.value(8).toString();
    return f;
}

Result<Head> head(const QSqlDatabase &db)
{
    std::optional<Head> h;
    if (auto s = forEachCached(db, QStringLiteral("SELECT %1").arg(headColumns()), {}, [&](const QSqlQuery &q) { h = readHead(q, 0); },
                               QStringLiteral("reading the event chain's head"));
        !s) {
        return s.error();
    }
    return h.value_or(Head{0, chain::genesis()});
}

Result<Head> headForAppend(const QSqlDatabase &db, const std::optional<Head> &readEarlier)
{
    const dialect::Engine engine = dialect::engineOf(db);
    if (readEarlier && dialect::headReadEarlyHolds(engine)) {
        return *readEarlier;
    }
    if (const QString lock = dialect::lockEventChain(engine); !lock.isEmpty()) {
        if (auto n = execCached(db, lock, {}, QStringLiteral("waiting for the event log")); !n) {
            return n.error();
        }
    }
    return head(db);
}

QString headColumns()
{
    return QStringLiteral("(SELECT id FROM events ORDER BY id DESC LIMIT 1), (SELECT chain_hash FROM events ORDER BY id DESC LIMIT 1)");
}

Head readHead(const QSqlQuery &q, int first)
{
    // An empty log: id 0 and the genesis hash. A newest event without a hash: an empty one.
    if (q.value(first).isNull()) {
        return Head{0, chain::genesis()};
    }
    return Head{q.value(first).toLongLong(), q.value(first + 1).toByteArray()};
}

Result<Head> eventHash(const QSqlDatabase &db, qint64 id)
{
    auto q = runSql(db, QStringLiteral("SELECT id, chain_hash FROM events WHERE id = ?"), {id}, QStringLiteral("reading an event's hash"));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        if (auto end = rowsEnded(*q, QStringLiteral("reading an event's hash")); !end) {
            return end.error();
        }
        return makeError(ErrorCode::NotFound, QStringLiteral("There is no event #%1.").arg(id), QStringLiteral("no_event"));
    }
    return Head{q->value(0).toLongLong(), q->value(1).toByteArray()};
}

Result<QByteArray> reviewDigest(const QSqlDatabase &db, qint64 cycleId, const Head &h)
{
    chain::Canonical c;
    c.text(u"grabdesk-review-seal-v1");
    const QString doing = QStringLiteral("sealing a review");
    // Named columns, not *: a later schema may add a column without changing an old seal. The
    // cycle's own facts; its state, lock time and seal change as it is locked, so they are not part.
    if (auto s = addRows(db, QStringLiteral("SELECT id, quarter, settings, created_at, opened_at, approved_by, approved_at "
                                            "FROM review_cycles WHERE id = ?"),
                         {cycleId}, c, doing);
        !s) {
        return s.error();
    }
    if (auto s = addRows(db, QStringLiteral("SELECT id, cycle_id, grabber_id, kpi_snapshot, kpi_score, supervisor_score, supervisor_comment, "
                                                           "final_score, grade FROM review_entries WHERE cycle_id = ? ORDER BY id"), {cycleId}, c, doing); !s) {
        return s.error();
    }
    if (auto s = addRows(db,
                         QStringLiteral("SELECT d.id, d.entry_id, d.kind, d.amount, d.text, d.due_on, d.reason, d.decided_by, d.decided_at, "
                                        "d.training_id FROM review_decisions d JOIN review_entries e ON e.id = d.entry_id "
                                        "WHERE e.cycle_id = ? ORDER BY d.id"),
                         {cycleId}, c, doing);
        !s) {
        return s.error();
    }
    c.integer(h.id).bytes(h.hash);
    return chain::sha256(c.data());
}

Result<Head> hashEvents(const QSqlDatabase &db)
{
    // 1. Every event, oldest first: its hash links it to the one before.
    std::vector<std::pair<qint64, QByteArray>> hashes;
    QByteArray previous = chain::genesis();
    {
        auto q = runSql(db, QStringLiteral("SELECT %1 FROM events ORDER BY id").arg(kEventColumns),
                        {}, QStringLiteral("building the event chain"));
        if (!q) {
            return q.error();
        }
        while (q->next()) {
            const chain::EventFields f = eventFields(*q);
            previous = chain::link(previous, f);
            hashes.emplace_back(f.id, previous);
        }
        if (auto end = rowsEnded(*q, QStringLiteral("building the event chain")); !end) {
            return end.error();
        }
        q->finish();
    }
    if (hashes.empty()) {
        return Head{0, previous};
    }
    // The log is append-only: its guard steps aside for this one write, inside the migration.
    if (auto s = setTriggerAside(db, QStringLiteral("events_no_update")); !s) {
        return s.error();
    }
    for (const auto &[id, hash] : hashes) {
        if (auto n = execCached(db, QStringLiteral("UPDATE events SET chain_hash = ? WHERE id = ?"), {hash, id},
                                QStringLiteral("building the event chain"));
            !n) {
            return n.error();
        }
    }
    if (auto s = restoreTrigger(db, QStringLiteral("events_no_update")); !s) {
        return s.error();
    }
    return Head{hashes.empty() ? 0 : hashes.back().first, previous};
}

Status build(const QSqlDatabase &db, qint64 nowMs)
{
    auto hashed = hashEvents(db);
    if (!hashed) {
        return hashed.error();
    }
    const Head now = *hashed;

    // 2. Reviews locked before there was a chain: sealed now, as they are.
    QList<qint64> locked;
    if (auto s = forEachCached(db, QStringLiteral("SELECT id FROM review_cycles WHERE state = 'locked' AND seal_digest IS NULL ORDER BY id"), {},
                               [&](const QSqlQuery &q) { locked << q.value(0).toLongLong(); }, QStringLiteral("sealing locked reviews"));
        !s) {
        return s;
    }
    if (!locked.isEmpty()) {
        if (auto s = setTriggerAside(db, QStringLiteral("review_cycles_locked_update")); !s) {
            return s;
        }
        for (qint64 cycle : locked) {
            auto digest = reviewDigest(db, cycle, now);
            if (!digest) {
                return digest.error();
            }
            if (auto n = execCached(db, QStringLiteral("UPDATE review_cycles SET seal_digest = ?, seal_head_id = ?, seal_head_hash = ? WHERE id = ?"),
                                    {*digest, now.id, now.hash, cycle}, QStringLiteral("sealing locked reviews"));
                !n) {
                return n.error();
            }
        }
        if (auto s = restoreTrigger(db, QStringLiteral("review_cycles_locked_update")); !s) {
            return s;
        }
    }

    // 3. From which event on the chain was kept as each event was written.
    if (auto n = execCached(db, QStringLiteral("INSERT INTO event_chain (id, guaranteed_from, built_at) VALUES (1, ?, ?)"),
                            {now.id + 1, nowMs}, QStringLiteral("recording the event chain"));
        !n) {
        return n.error();
    }
    return Done{};
}

Result<QStringList> quickCheck(const QSqlDatabase &db)
{
    QStringList problems;
    if (dialect::engineOf(db) != dialect::Engine::SQLite) {
        return problems; // a server checks its pages itself as it reads them, and has no file here
    }
    auto q = runSql(db, QStringLiteral("PRAGMA quick_check(20)"), {}, QStringLiteral("checking the file's structure"));
    if (!q) {
        if (q.error().reason == QLatin1String("database_corrupt")) {
            return QStringList{q.error().message};
        }
        return q.error();
    }
    while (q->next()) {
        const QString line = q->value(0).toString();
        if (line != QLatin1String("ok")) {
            problems << line;
        }
    }
    if (auto end = rowsEnded(*q, QStringLiteral("checking the file's structure")); !end) {
        if (end.error().reason == QLatin1String("database_corrupt")) {
            problems << end.error().message;
            return problems;
        }
        return end.error();
    }
    q->finish();
    return problems;
}

namespace {

// A connection of our own to a file, closed and removed with this object.
class RawConnection
{
public:
    RawConnection(const QString &path, bool readOnly)
        : m_name(QStringLiteral("grabdesk-recover-%1").arg(quintptr(this)))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        if (readOnly) {
            m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        m_open = m_db.open();
    }
    ~RawConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
    bool m_open = false;
};

bool isDamage(const QSqlError &e)
{
    const int code = sqlitePrimaryCode(e);
    return code == int(SqliteCode::Corrupt) || code == int(SqliteCode::NotADb) || code == int(SqliteCode::IoErr);
}

} // namespace

Result<RecoveryReport> saveRecoveredCopy(const QString &damaged, const QString &target)
{
    if (auto s = protectedfiles::check(target); !s) {
        return s.error();
    }
    QFile::remove(target); // the save dialog asked before replacing it
    if (auto s = createPrivateFile(target); !s) {
        return s.error();
    }
    const auto failed = [&](const QString &why) {
        QFile::remove(target);
        return makeError(ErrorCode::DatabaseUnusable, QStringLiteral("No recovered copy was saved: %1").arg(why), QStringLiteral("recover_failed"));
    };
    RecoveryReport report;
    {
        // SQLite's own connections: a second one to the damaged file shares this process's locks
        // on it (SQLite tracks them per file), unlike any other open.
        RawConnection src(damaged, true);
        RawConnection dst(target, false);
        if (!src.isOpen() || !dst.isOpen()) {
            return failed(QStringLiteral("the files could not be opened."));
        }
        QSqlQuery in(src.db());
        QSqlQuery out(dst.db());
        struct Object
        {
            QString type, name, table, sql;
        };
        QList<Object> objects;
        if (!in.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"))) {
            return failed(QStringLiteral("the list of tables itself is damaged (%1).").arg(in.lastError().text()));
        }
        while (in.next()) {
            objects.append({in.value(0).toString(), in.value(1).toString(), in.value(2).toString(), in.value(3).toString()});
        }
        if (in.lastError().isValid()) {
            return failed(QStringLiteral("the list of tables itself is damaged (%1).").arg(in.lastError().text()));
        }
        for (const char *pragma : {"page_size", "user_version", "application_id"}) {
            if (in.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma))) && in.next()) {
                out.exec(QStringLiteral("PRAGMA %1 = %2").arg(QLatin1String(pragma)).arg(in.value(0).toLongLong()));
            }
        }
        if (!out.exec(QStringLiteral("BEGIN"))) {
            return failed(out.lastError().text());
        }
        // Tables first, then their rows, then indexes, views and triggers (a trigger would refuse
        // the rows a locked review holds).
        for (const Object &o : objects) {
            if (o.type == QLatin1String("table") && !o.name.startsWith(QLatin1String("sqlite_")) && !out.exec(o.sql)) {
                return failed(QStringLiteral("the table %1 could not be made (%2).").arg(o.name, out.lastError().text()));
            }
        }
        for (const Object &o : objects) {
            if (o.type != QLatin1String("table") || o.name.startsWith(QLatin1String("sqlite_"))) {
                continue;
            }
            QStringList columns;
            if (in.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(o.name))) {
                while (in.next()) {
                    columns << QStringLiteral("\"%1\"").arg(in.value(1).toString());
                }
            }
            if (columns.isEmpty()) {
                return failed(QStringLiteral("the columns of %1 could not be read.").arg(o.name));
            }
            QStringList marks;
            for (int i = 0; i <= columns.size(); ++i) {
                marks << QStringLiteral("?");
            }
            QSqlQuery insert(dst.db());
            insert.prepare(QStringLiteral("INSERT INTO \"%1\" (rowid, %2) VALUES (%3)").arg(o.name, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
            // Rows in rowid order, a batch at a time. A damaged page ends a batch with an error:
            // the copy then probes for the next readable rowid, further and further on, and
            // counts what it stepped over.
            qint64 last = std::numeric_limits<qint64>::min();
            bool done = false;
            while (!done) {
                QSqlQuery rows(src.db());
                rows.setForwardOnly(true);
                rows.prepare(QStringLiteral("SELECT rowid, %1 FROM \"%2\" WHERE rowid > ? ORDER BY rowid LIMIT 5000").arg(columns.join(QStringLiteral(", ")), o.name));
                rows.addBindValue(last);
                int n = 0;
                if (rows.exec()) {
                    while (rows.next()) {
                        for (int i = 0; i <= columns.size(); ++i) {
                            insert.bindValue(i, rows.value(i));
                        }
                        if (!insert.exec()) {
                            return failed(QStringLiteral("a row of %1 could not be written (%2).").arg(o.name, insert.lastError().text()));
                        }
                        last = rows.value(0).toLongLong();
                        ++n;
                        ++report.rows;
                    }
                }
                if (!rows.lastError().isValid()) {
                    done = n < 5000;
                    continue;
                }
                if (!isDamage(rows.lastError())) {
                    return failed(rows.lastError().text());
                }
                // Step over the damage: the first rowid beyond `last` that can be read again.
                ++report.damagedPlaces;
                bool found = false;
                for (qint64 step = 1; step > 0 && step < (qint64(1) << 40) && !found; step *= 2) {
                    const qint64 from = last == std::numeric_limits<qint64>::min() ? step : last + step;
                    QSqlQuery probe(src.db());
                    probe.prepare(QStringLiteral("SELECT rowid FROM \"%1\" WHERE rowid >= ? ORDER BY rowid LIMIT 1").arg(o.name));
                    probe.addBindValue(from);
                    if (probe.exec() && !probe.lastError().isValid()) {
                        found = true;
                        const bool any = probe.next();
                        if (probe.lastError().isValid()) {
                            found = false;
                            continue;
                        }
                        if (!any) {
                            done = true;
                        } else {
                            last = probe.value(0).toLongLong() - 1;
                        }
                    }
                }
                if (!found) {
                    done = true;
                }
                report.tablesWithLoss << o.name;
            }
        }
        for (const Object &o : objects) {
            if (o.type != QLatin1String("table") && !o.name.startsWith(QLatin1String("sqlite_")) && !out.exec(o.sql)) {
                report.notRestored << o.name; // an index over rows that are gone may not hold
            }
        }
        if (!out.exec(QStringLiteral("COMMIT"))) {
            return failed(out.lastError().text());
        }
        if (!out.exec(QStringLiteral("PRAGMA integrity_check")) || !out.next() || out.value(0).toString() != QLatin1String("ok")) {
            return failed(QStringLiteral("the copy did not pass SQLite's integrity check."));
        }
        out.finish();
    }
    report.tablesWithLoss.removeDuplicates();
    return report;
}

Result<int> erasePayloads(const QSqlDatabase &db, const QList<StoredPayload> &events)
{
    const QString doing = QStringLiteral("erasing personal text from the event log");
    std::vector<std::pair<qint64, QString>> markers;
    for (const StoredPayload &e : events) {
        if (!chain::payloadReference(e.text).erased) {
            markers.emplace_back(e.eventId, chain::erasureMarker(e.text));
        }
    }
    if (markers.empty()) {
        return 0;
    }
    // The guard steps aside for these updates only, inside the caller's transaction: a failure
    // anywhere rolls the guard's absence back with the rest.
    if (auto s = setTriggerAside(db, QStringLiteral("events_no_update")); !s) {
        return s.error();
    }
    for (const auto &[id, marker] : markers) {
        if (auto n = execCached(db, QStringLiteral("UPDATE events SET payload = ? WHERE id = ?"), {marker, id}, doing); !n) {
            return n.error();
        }
    }
    if (auto s = restoreTrigger(db, QStringLiteral("events_no_update")); !s) {
        return s.error();
    }
    return static_cast<int>(markers.size());
}

} // namespace grab::integrity
