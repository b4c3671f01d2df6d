#include "sql.h"

#include "dialect.h"
#include "sqlerror.h"

#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlField>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <memory>
#include <optional>
#include <QSqlError>

namespace grab {
namespace {

// Prepared statements per connection. A connection lives in one thread, so the cache is
// per thread too and needs no lock. Only statements that are finished (reset) right after
// use are kept: an unreset SELECT would hold a read snapshot open.
thread_local QHash<QString, QHash<QString, std::shared_ptr<QSqlQuery>>> t_statements;

// Executes a prepared query, retrying while SQLite reports the database busy (rare outside
// BEGIN IMMEDIATE in WAL mode: recovery, a checkpoint resetting the log) for up to the default
// busy timeout.
bool execWithRetry(QSqlQuery &q)
{
    QElapsedTimer timer;
    timer.start();
    for (int attempt = 0;; ++attempt) {
        if (q.exec()) {
            return true;
        }
        if (!isBusy(q.lastError()) || timer.elapsed() >= kDefaultBusyTimeoutMs) {
            return false;
        }
        waitBeforeRetry(attempt);
    }
}

// The name of the i-th placeholder of a kept statement (":p0", ":p1", ...), made once.
const QString &placeholderName(int i)
{
    static const QList<QString> names = [] {
        QList<QString> n;
        for (int k = 0; k < 64; ++k) {
            n.append(QStringLiteral(":p%1").arg(k));
        }
        return n;
    }();
    if (i < names.size()) {
        return names[i];
    }
    thread_local QString more;
    more = QStringLiteral(":p%1").arg(i);
    return more;
}

// `sql` with each "?" outside quotes replaced by what `write` appends (nothing if it says no).
std::optional<QString> withPlaceholdersReplaced(const QString &sql, qsizetype extra, const std::function<bool(QString &)> &write)
{
    QString out;
    out.reserve(sql.size() + extra);
    QChar quote;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            }
            out += c;
        } else if (c == u'\'' || c == u'"') {
            quote = c;
            out += c;
        } else if (c == u'?') {
            if (!write(out)) {
                return std::nullopt;
            }
        } else {
            out += c;
        }
    }
    return out;
}

// A kept statement's "?" placeholders, outside quotes, become ":p0", ":p1", ... in order. Qt 6.4
// binds a value by position through a name it formats anew for every value (":N" with
// QString::arg, then a hash lookup): 60 % of binding's cost, and binding was 12 % of a grab's
// instructions (35 values). A value bound by a name that Qt memorised when preparing skips that
// (grab_bench under callgrind, docs/performance.md). The statement means the same.
QString withNamedPlaceholders(const QString &sql)
{
    int n = 0;
    return *withPlaceholdersReplaced(sql, 16, [&](QString &out) {
        out += placeholderName(n++);
        return true;
    });
}

Result<QSqlQuery *> cached(const QSqlDatabase &db, const QString &sql, const QVariantList &binds, const QString &doing)
{
    QHash<QString, std::shared_ptr<QSqlQuery>> &forConnection = t_statements[db.connectionName()];
    auto it = forConnection.find(sql);
    if (it == forConnection.end()) {
        auto q = std::make_shared<QSqlQuery>(db);
        q->setForwardOnly(true);
        if (!q->prepare(withNamedPlaceholders(sql))) {
            return errorFromSql(q->lastError(), doing.isEmpty() ? QStringLiteral("running a query") : doing);
        }
        it = forConnection.insert(sql, q);
    }
    QSqlQuery *q = it.value().get();
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds[i];
        if (v.metaType() == QMetaType::fromType<QString>() && v.toString().isNull()) {
            q->bindValue(placeholderName(i), QStringLiteral(""));
        } else {
            q->bindValue(placeholderName(i), v);
        }
    }
    if (!execWithRetry(*q)) {
        const QSqlError e = q->lastError();
        q->finish();
        return errorFromSql(e, doing.isEmpty() ? QStringLiteral("running a query") : doing);
    }
    return q;
}

} // namespace

QSqlQuery *keptStatement(const QSqlDatabase &db, const QString &sql)
{
    // A server cannot prepare BEGIN or COMMIT, and a failed PREPARE would abort the transaction
    // it was tried in: those run directly.
    if (!dialect::preparable(dialect::engineOf(db), sql)) {
        return nullptr;
    }
    QHash<QString, std::shared_ptr<QSqlQuery>> &forConnection = t_statements[db.connectionName()];
    auto it = forConnection.find(sql);
    if (it == forConnection.end()) {
        auto q = std::make_shared<QSqlQuery>(db);
        if (!q->prepare(sql)) {
            return nullptr;
        }
        it = forConnection.insert(sql, q);
    }
    return it.value().get();
}

void clearStatementCache(const QString &connectionName)
{
    t_statements.remove(connectionName);
}

Status forEachCached(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                     const std::function<void(const QSqlQuery &)> &row, const QString &doing)
{
    auto q = cached(db, sql, binds, doing);
    if (!q) {
        return q.error();
    }
    while ((*q)->next()) {
        row(**q);
    }
    const Status ended = rowsEnded(**q, doing);
    (*q)->finish();
    return ended;
}

Result<int> execCached(const QSqlDatabase &db, const QString &sql, const QVariantList &binds, const QString &doing)
{
    auto q = cached(db, sql, binds, doing);
    if (!q) {
        return q.error();
    }
    const int rows = (*q)->numRowsAffected();
    (*q)->finish();
    return rows;
}

namespace {

// One value as a PostgreSQL literal, quoted even when it is a number: a quoted literal takes its
// type from where it stands, as a bound parameter does ('5' is a number beside a number and a
// text beside a text). The driver's own formatting escapes text and bytes.
QString serverLiteral(const QSqlDriver *driver, const QVariant &v)
{
    if (!v.isValid()) {
        return QStringLiteral("NULL"); // nullable()'s NULL
    }
    if (v.metaType() == QMetaType::fromType<QString>()) {
        QSqlField f(QString(), v.metaType());
        f.setValue(v.toString().isNull() ? QStringLiteral("") : v); // a null text is '' for us (runSql below)
        return driver->formatValue(f);
    }
    if (v.metaType() == QMetaType::fromType<QByteArray>()) {
        QSqlField f(QString(), v.metaType());
        f.setValue(v);
        return driver->formatValue(f);
    }
    if (v.metaType() == QMetaType::fromType<bool>()) {
        return v.toBool() ? QStringLiteral("'1'") : QStringLiteral("'0'"); // stored as 0 and 1, as on SQLite
    }
    if (v.isNull()) {
        return QStringLiteral("NULL");
    }
    return u'\'' + v.toString() + u'\'';
}

// The statement with its "?" placeholders (outside quotes) replaced by the values as literals,
// or nothing if they do not match. On a server this runs a one-off statement in one round trip;
// preparing it would take three (PREPARE, EXECUTE, DEALLOCATE): a demo team took 241,000 round
// trips and 37 s that way.
std::optional<QString> withValuesInline(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    qsizetype n = 0;
    auto out = withPlaceholdersReplaced(sql, 16 * binds.size(), [&](QString &text) {
        if (n >= binds.size()) {
            return false;
        }
        text += serverLiteral(db.driver(), binds[n++]);
        return true;
    });
    if (!out || n != binds.size()) {
        return std::nullopt;
    }
    return out;
}

} // namespace

Result<QSqlQuery> runSql(const QSqlDatabase &db, const QString &sql, const QVariantList &binds, const QString &doing)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString what = doing.isEmpty() ? QStringLiteral("running a query") : doing;
    if (dialect::engineOf(db) == dialect::Engine::PostgreSQL) {
        // On a server a one-off statement runs directly, its values written in (BEGIN, SET, SHOW
        // and DDL cannot be prepared there at all).
        if (auto text = withValuesInline(db, sql, binds)) {
            if (!q.exec(*text)) {
                return errorFromSql(q.lastError(), what);
            }
            return q;
        }
    }
    if (!q.prepare(sql)) {
        return errorFromSql(q.lastError(), what);
    }
    for (const QVariant &v : binds) {
        // The driver binds a null QString as SQL NULL; an empty text is '' for us. Real NULLs
        // come from nullable() as an invalid QVariant.
        if (v.metaType() == QMetaType::fromType<QString>() && v.toString().isNull()) {
            q.addBindValue(QStringLiteral(""));
        } else {
            q.addBindValue(v);
        }
    }
    if (!execWithRetry(q)) {
        return errorFromSql(q.lastError(), what);
    }
    return q;
}

Result<QSqlQuery> runSql(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> binds,
                         const QString &doing)
{
    return runSql(db, sql, QVariantList(binds), doing);
}

namespace {

// Reads a query to its end. finish() does not: on a server, Qt's driver reads a forward-only
// result a row at a time, and until its end is read, the connection holds it unread; a
// notification (LISTEN) that arrives meanwhile waits behind it, unseen, until the next statement.
void drain(QSqlQuery &q)
{
    while (q.isActive() && q.isSelect() && q.next()) {
    }
}

} // namespace

Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> binds,
                        const QString &doing)
{
    // PRAGMAs are not cached: some (user_version, journal_mode) must be read afresh. Nor is
    // what a server cannot prepare (SHOW).
    if (sql.startsWith(QLatin1String("PRAGMA")) || !dialect::preparable(dialect::engineOf(db), sql)) {
        auto q = runSql(db, sql, binds, doing);
        if (!q) {
            return q.error();
        }
        QVariant v = q->next() ? q->value(0) : QVariant();
        drain(*q);
        if (auto s = rowsEnded(*q, doing); !s) {
            return s.error();
        }
        q->finish();
        return v;
    }
    auto q = cached(db, sql, QVariantList(binds), doing);
    if (!q) {
        return q.error();
    }
    QVariant v = (*q)->next() ? (*q)->value(0) : QVariant();
    drain(**q);
    const Status ended = rowsEnded(**q, doing);
    (*q)->finish();
    if (!ended) {
        return ended.error();
    }
    return v;
}

Status rowsEnded(const QSqlQuery &q, const QString &doing)
{
    // QSqlQuery::next() returns false both at the end of the data and when stepping failed; only
    // the second leaves an error behind. Without this check a damaged page reads as the end of
    // the table, and a report of 1,342 orders says "Wrote 456 rows".
    if (q.lastError().isValid()) {
        return errorFromSql(q.lastError(), doing.isEmpty() ? QStringLiteral("reading rows") : doing);
    }
    return Done{};
}

Result<qint64> insertReturningId(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                                 const QString &doing)
{
    // SQLite runs RETURNING through a temporary b-tree that it builds and drops for every row
    // (its own page cache included: ~3 us of a grab's CPU, grab_bench). Its last insert rowid is
    // the same number for free. PostgreSQL (later) has no rowid: RETURNING id there.
    const bool sqlite = db.driverName() == QLatin1String("QSQLITE");
    auto q = cached(db, sqlite ? sql : sql + QStringLiteral(" RETURNING id"), binds, doing);
    if (!q) {
        return q.error();
    }
    // Until finish() the statement keeps the write lock (ARCHITECTURE.md).
    const qint64 id = sqlite ? (*q)->lastInsertId().toLongLong() : (*q)->next() ? (*q)->value(0).toLongLong() : 0;
    (*q)->finish();
    if (id <= 0) {
        return makeError(ErrorCode::Internal, QStringLiteral("No id came back while %1.").arg(doing));
    }
    return id;
}

QString valueColumns(const QString &selectList)
{
    QStringList items;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= selectList.size(); ++i) {
        const QChar c = i < selectList.size() ? selectList.at(i) : QChar(u',');
        if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            --depth;
        } else if (c == u',' && depth == 0) {
            items << selectList.mid(start, i - start).trimmed();
            start = i + 1;
        }
    }
    static const QRegularExpression plainColumn(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?$"));
    for (QString &item : items) {
        if (plainColumn.match(item).hasMatch()) {
            item.prepend(u'+');
        }
    }
    return items.join(QStringLiteral(", "));
}

QVariant nullable(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant nullable(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace grab
