#include "teamcopy.h"

#include "rowdigest.h"

#include "base/clock.h"
#include "services/audit/integritycheck.h"
#include "store/database.h"
#include "store/databaselocation.h"
#include "store/dialect.h"
#include "store/eventinbox.h"
#include "store/integrity.h"
#include "store/readsnapshot.h"
#include "store/serverconnection.h"
#include "store/sql.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace grab {
namespace {

// The guards that refuse what a copy must write: a review cycle that is not a draft, the entries
// and decisions of a locked cycle, and replacing the chain record every new database is given.
// A copy writes what those guards once let through, as it was; they are set aside for it and
// restored, as GrabDesk wrote them, before it commits.
const QStringList kGuardsSetAside = {QStringLiteral("review_cycles_insert_state"), QStringLiteral("review_entries_locked_insert"),
                                     QStringLiteral("review_decisions_locked_insert"), QStringLiteral("event_chain_no_delete")};

// What an empty GrabDesk database already holds: its chain record, which every new one gets
// (integrity::build) and the source's replaces. A row in any other table is data already there
// (even `init` writes its rules and an event), which a copy never mixes with another team's.
const QString kChainRecord = QStringLiteral("event_chain");

// Values per INSERT: many rows in one statement, so one round trip to a server carries them (a
// demo team's events one by one took tens of seconds), and well below SQLite's limit of 32,766
// bound values.
constexpr int kValuesPerInsert = 2000;

Error unusable(const QString &message, const QString &reason)
{
    return makeError(ErrorCode::DatabaseUnusable, message, reason);
}

// What names one database, however it was written: a file's real path (or the absolute path it
// will have), a server's host, port and database (a different login reaches the same data).
QString databaseKey(const DatabaseLocation &location)
{
    if (!location.isServer()) {
        const QFileInfo info(location.path);
        const QString real = info.canonicalFilePath();
        return QStringLiteral("file:") + (real.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : real);
    }
    return QStringLiteral("server:%1:%2/%3").arg(location.host).arg(location.port == -1 ? 5432 : location.port).arg(location.database);
}

// A file the copy created, with SQLite's companions, removed after a failed copy so that the
// target is as it was: absent. Returns the files that could not be removed.
QStringList removeNewFile(const QString &path)
{
    QStringList left;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        const QString file = path + suffix;
        if (QFileInfo::exists(file) && !QFile::remove(file)) {
            left << file;
        }
    }
    return left;
}

} // namespace

qint64 CopyReport::rows() const
{
    qint64 n = 0;
    for (const TableCopied &t : tables) {
        n += t.rows;
    }
    return n;
}

Status TeamCopy::checkAddresses(const QString &from, const QString &to)
{
    auto source = DatabaseLocation::parse(from);
    if (!source) {
        return source.error();
    }
    auto target = DatabaseLocation::parse(to);
    if (!target) {
        return target.error();
    }
    if (databaseKey(*source) == databaseKey(*target)) {
        return makeError(ErrorCode::Usage, QStringLiteral("--from and --to name the same database (%1): a copy needs two.").arg(source->display()));
    }
    return Done{};
}

Result<CopyReport> TeamCopy::copy(const QString &from, const QString &to, const Progress &progress)
{
    if (auto s = checkAddresses(from, to); !s) {
        return s.error();
    }
    auto target = DatabaseLocation::parse(to);
    if (!target) {
        return target.error();
    }
    Database::Options reading;
    reading.mode = Database::Mode::OpenExisting;
    reading.readOnly = true; // nothing is written to the source, not even an upgrade
    auto source = Database::open(from, reading);
    if (!source) {
        return source.error();
    }

    // A database that does not exist yet is created as `init` and `server init` would; its
    // tables come with opening it.
    bool created = false;
    if (target->isServer()) {
        auto made = ensureServerDatabase(*target);
        if (!made) {
            return made.error();
        }
        created = *made;
    } else {
        created = !QFileInfo::exists(target->path);
    }
    Database::Options writing;
    writing.mode = Database::Mode::OpenOrCreate;
    auto opened = Database::open(to, writing);
    if (!opened) {
        if (created && !target->isServer()) {
            removeNewFile(target->path);
        }
        return opened.error();
    }
    std::unique_ptr<Database> targetDb = std::move(*opened);
    const bool schemaCreated = targetDb->wasCreated();
    Result<CopyReport> report = TeamCopy(**source, *targetDb, progress).run();
    targetDb.reset(); // closed, before a new file can be removed
    if (!report) {
        if (created && !target->isServer()) {
            if (const QStringList left = removeNewFile(target->path); !left.isEmpty()) {
                Error e = report.error();
                e.message += QStringLiteral(" The new file %1 could not be removed.").arg(left.join(QStringLiteral(", ")));
                return e;
            }
        }
        return report;
    }
    report->databaseCreated = created;
    report->schemaCreated = schemaCreated;
    return report;
}

Result<CopyReport> TeamCopy::run()
{
    QElapsedTimer timer;
    timer.start();
    CopyReport report;
    report.from = m_source.path();
    report.to = m_target.path();

    // The source as of one commit, the target in one transaction that holds off every other
    // writer; if anything below fails, the transaction rolls back as it goes out of scope.
    auto snapshot = ReadSnapshot::begin(m_source.connection());
    if (!snapshot) {
        return snapshot.error();
    }
    // Events a server holds committed but not yet in the log would be left behind: say so
    // rather than copy a team without them (the next change anyone makes links them).
    auto waiting = eventinbox::waiting(m_source.connection());
    if (!waiting) {
        return waiting.error();
    }
    if (*waiting > 0) {
        return makeError(ErrorCode::DatabaseUnusable,
                         QStringLiteral("%1 holds %2 events that were committed but are not in the log yet (a desk stopped between saving a "
                                        "change and linking its event): run `grabctl serve` or make any change there, then copy again.")
                             .arg(m_source.path())
                             .arg(*waiting),
                         QStringLiteral("events_waiting"));
    }
    auto tx = Transaction::begin(m_target);
    if (!tx) {
        return tx.error();
    }
    auto tables = this->tables();
    if (!tables) {
        return tables.error();
    }
    if (auto s = refuseDataInTarget(*tables); !s) {
        return s.error();
    }

    const QSqlDatabase target = m_target.connection();
    for (const QString &guard : kGuardsSetAside) {
        if (auto s = integrity::setTriggerAside(target, guard); !s) {
            return s.error();
        }
    }
    if (auto q = runSql(target, QStringLiteral("DELETE FROM %1").arg(kChainRecord), {}, QStringLiteral("replacing the chain record")); !q) {
        return q.error();
    }
    for (const Table &table : *tables) {
        auto copied = copyTable(table);
        if (!copied) {
            return copied.error();
        }
        report.tables << *copied;
    }
    for (const QString &guard : kGuardsSetAside) {
        if (auto s = integrity::restoreTrigger(target, guard); !s) {
            return s.error();
        }
    }
    for (const Table &table : *tables) {
        const QString sql = dialect::afterIdsGiven(m_target.engine(), table.name);
        if (sql.isEmpty()) {
            continue;
        }
        auto q = runSql(target, sql, {}, QStringLiteral("moving the ids of %1 past the copied ones").arg(table.name));
        if (!q) {
            return q.error();
        }
        if (auto end = rowsEnded(*q, QStringLiteral("moving the ids of %1 past the copied ones").arg(table.name)); !end) {
            return end.error();
        }
    }
    if (auto s = verifyCopy(report.tables, *tables); !s) {
        return s.error();
    }
    if (auto s = tx->commit(); !s) {
        return s.error();
    }
    report.elapsedMs = timer.elapsed();
    return report;
}

Result<QList<TeamCopy::Column>> TeamCopy::columnsOf(Database &db, const QString &table)
{
    const QString doing = QStringLiteral("reading the columns of %1 in %2").arg(table, db.path());
    auto q = runSql(db.connection(), dialect::listColumns(db.engine(), table), {}, doing);
    if (!q) {
        return q.error();
    }
    QList<Column> columns;
    while (q->next()) {
        columns << Column{q->value(0).toString(), q->value(1).toInt()};
    }
    if (auto end = rowsEnded(*q, doing); !end) {
        return end.error();
    }
    return columns;
}

Result<QList<TeamCopy::Table>> TeamCopy::tables()
{
    const QStringList expected = dialect::teamTables();
    const QSet<QString> known(expected.cbegin(), expected.cend());
    for (Database *db : {&m_source, &m_target}) {
        const QString doing = QStringLiteral("reading the tables of %1").arg(db->path());
        auto q = runSql(db->connection(), dialect::listTables(db->engine()), {}, doing);
        if (!q) {
            return q.error();
        }
        QSet<QString> found;
        while (q->next()) {
            found << q->value(0).toString();
        }
        if (auto end = rowsEnded(*q, doing); !end) {
            return end.error();
        }
        if (found != known) {
            QStringList odd = QStringList(found.cbegin(), found.cend());
            odd.removeIf([&](const QString &t) { return known.contains(t); });
            for (const QString &t : expected) {
                if (!found.contains(t)) {
                    odd << t + QStringLiteral(" (missing)");
                }
            }
            std::sort(odd.begin(), odd.end());
            return unusable(QStringLiteral("%1 does not hold GrabDesk's tables as this version knows them (%2); nothing was copied.")
                                .arg(db->path(), odd.join(QStringLiteral(", "))),
                            QStringLiteral("unknown_tables"));
        }
    }

    QList<Table> tables;
    for (const QString &name : expected) {
        auto source = columnsOf(m_source, name);
        if (!source) {
            return source.error();
        }
        auto target = columnsOf(m_target, name);
        if (!target) {
            return target.error();
        }
        Table t{name, {}, {}};
        QList<Column> key;
        for (const Column &c : *source) {
            t.columns << c.name;
            if (c.keyPosition > 0) {
                key << c;
            }
        }
        QStringList targetColumns;
        for (const Column &c : *target) {
            targetColumns << c.name;
        }
        QStringList a = t.columns, b = targetColumns;
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        if (a != b || key.isEmpty()) {
            return unusable(QStringLiteral("The table %1 has other columns in %2 than in %3; nothing was copied.").arg(name, m_source.path(), m_target.path()),
                            QStringLiteral("unknown_tables"));
        }
        std::sort(key.begin(), key.end(), [](const Column &x, const Column &y) { return x.keyPosition < y.keyPosition; });
        for (const Column &c : key) {
            t.key << c.name;
        }
        tables << t;
    }
    return tables;
}

Status TeamCopy::refuseDataInTarget(const QList<Table> &tables)
{
    const QSqlDatabase target = m_target.connection();
    for (const Table &t : tables) {
        if (t.name == kChainRecord) {
            continue;
        }
        auto any = scalar(target, QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(t.name), {}, QStringLiteral("looking into %1 of %2").arg(t.name, m_target.path()));
        if (!any) {
            return any.error();
        }
        if (!any->isNull()) {
            return unusable(QStringLiteral("%1 already holds GrabDesk data (the table %2 has rows), and was left as it was: a copy goes into an empty "
                                           "database, or one that does not exist yet.")
                                .arg(m_target.path(), t.name),
                            QStringLiteral("target_not_empty"));
        }
    }
    return Done{};
}

Result<TableCopied> TeamCopy::copyTable(const Table &table)
{
    const QString doing = QStringLiteral("reading %1 from %2").arg(table.name, m_source.path());
    const QString select = QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                               .arg(table.columns.join(QStringLiteral(", ")), table.name, table.key.join(QStringLiteral(", ")));
    auto q = runSql(m_source.connection(), select, {}, doing);
    if (!q) {
        return q.error();
    }
    const int columns = int(table.columns.size());
    const int perInsert = std::max(1, kValuesPerInsert / columns);
    RowDigest digest;
    QVariantList batch;
    batch.reserve(perInsert * columns);
    int inBatch = 0;
    while (q->next()) {
        for (int c = 0; c < columns; ++c) {
            const QVariant v = q->value(c);
            digest.addValue(v);
            // A NULL goes on as NULL (an invalid QVariant): runSql takes a null text for ''.
            batch << (v.isNull() ? QVariant() : v);
        }
        digest.endRow();
        if (++inBatch == perInsert) {
            if (auto s = insertRows(table, batch, inBatch); !s) {
                return s.error();
            }
            batch.clear();
            inBatch = 0;
        }
        if (m_progress && digest.rows() % kProgressEvery == 0) {
            m_progress(table.name, digest.rows(), false);
        }
    }
    if (auto end = rowsEnded(*q, doing); !end) {
        return end.error();
    }
    q->finish();
    if (inBatch > 0) {
        if (auto s = insertRows(table, batch, inBatch); !s) {
            return s.error();
        }
    }
    if (m_progress) {
        m_progress(table.name, digest.rows(), true);
    }
    return TableCopied{table.name, digest.rows(), digest.hex()};
}

Status TeamCopy::insertRows(const Table &table, const QVariantList &values, int rows)
{
    const QString row = u'(' + QStringList(table.columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")) + u')';
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table.name, table.columns.join(QStringLiteral(", ")))
                        + QStringList(rows, row).join(QStringLiteral(", "));
    auto q = runSql(m_target.connection(), sql, values, QStringLiteral("writing %1 into %2").arg(table.name, m_target.path()));
    if (!q) {
        // Said as the copy's failure, naming the table: the target refused the source's rows (a
        // constraint, a value it cannot hold) or went away. The rollback leaves it as it was.
        const Error &e = q.error();
        return unusable(QStringLiteral("Copying the table %1 failed, and %2 was left as it was: %3").arg(table.name, m_target.path(), e.message),
                        e.code == ErrorCode::DatabaseUnusable && !e.reason.isEmpty() ? e.reason : QStringLiteral("copy_refused"));
    }
    if (q->numRowsAffected() != rows) {
        return unusable(QStringLiteral("Copying the table %1 wrote %2 of %3 rows; %4 was left as it was.")
                            .arg(table.name)
                            .arg(q->numRowsAffected())
                            .arg(rows)
                            .arg(m_target.path()),
                        QStringLiteral("copy_mismatch"));
    }
    return Done{};
}

Result<TableCopied> TeamCopy::digestOf(Database &db, const Table &table)
{
    const QString doing = QStringLiteral("checking the copy of %1 in %2").arg(table.name, db.path());
    auto q = runSql(db.connection(),
                    QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(table.columns.join(QStringLiteral(", ")), table.name, table.key.join(QStringLiteral(", "))),
                    {}, doing);
    if (!q) {
        return q.error();
    }
    const int columns = int(table.columns.size());
    RowDigest digest;
    while (q->next()) {
        for (int c = 0; c < columns; ++c) {
            digest.addValue(q->value(c));
        }
        digest.endRow();
    }
    if (auto end = rowsEnded(*q, doing); !end) {
        return end.error();
    }
    q->finish();
    return TableCopied{table.name, digest.rows(), digest.hex()};
}

Status TeamCopy::verifyCopy(const QList<TableCopied> &copied, const QList<Table> &tables)
{
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const Table &table = tables[i];
        // The source's own count, beside the rows read: a read cut short is not a whole table.
        auto counted = scalar(m_source.connection(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(table.name), {},
                              QStringLiteral("counting %1 in %2").arg(table.name, m_source.path()));
        if (!counted) {
            return counted.error();
        }
        auto inTarget = digestOf(m_target, table);
        if (!inTarget) {
            return inTarget.error();
        }
        const TableCopied &read = copied[i];
        if (counted->toLongLong() != read.rows || inTarget->rows != read.rows || inTarget->sha256 != read.sha256) {
            return unusable(QStringLiteral("The copy of the table %1 does not match its source (%2 rows, sha256 %3; the copy: %4 rows, sha256 %5), "
                                           "so nothing was written to %6.")
                                .arg(table.name)
                                .arg(counted->toLongLong())
                                .arg(QString::fromLatin1(read.sha256.left(16)))
                                .arg(inTarget->rows)
                                .arg(QString::fromLatin1(inTarget->sha256.left(16)))
                                .arg(m_target.path()),
                            QStringLiteral("copy_mismatch"));
        }
    }
    // What `grabctl verify` will say of the copy, asked before it is committed: the chain, the
    // seals of the locked reviews and the guards, restored as GrabDesk wrote them.
    SystemClock clock;
    auto check = IntegrityCheck(Context{m_target, clock, QStringLiteral("copy")}).run();
    if (!check) {
        return check.error();
    }
    if (!check->ok()) {
        return unusable(QStringLiteral("The copy would not pass verify (%1: %2), so nothing was written to %3; does the source pass \"grabctl verify\"?")
                            .arg(check->breaks.constFirst().place, check->breaks.constFirst().message, m_target.path()),
                        QStringLiteral("copy_unverified"));
    }
    return Done{};
}

} // namespace grab
