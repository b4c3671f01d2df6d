#pragma once

#include "base/error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <initializer_list>

namespace grab {

// Prepare, bind in order, execute. The error names what we were doing.
Result<QSqlQuery> runSql(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> binds = {},
                         const QString &doing = QString());
Result<QSqlQuery> runSql(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                         const QString &doing = QString());

// For statements that return no rows (INSERT, UPDATE, DELETE, UPSERT): the prepared statement
// is kept per connection and reused, which matters on the grab path (a dozen statements per
// grab). Returns the number of rows changed.
Result<int> execCached(const QSqlDatabase &db, const QString &sql, const QVariantList &binds, const QString &doing = QString());

// Runs a cached SELECT and calls `row` for each result row, then resets the statement.
// For the small look-ups of hot paths (an order, a grabber); `row` must not run queries.
Status forEachCached(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                     const std::function<void(const QSqlQuery &)> &row, const QString &doing = QString());

// The prepared statement kept for `sql` on this connection (prepared on first use), for
// callers that run it themselves, such as BEGIN IMMEDIATE and COMMIT; nullptr if it cannot
// be prepared.
QSqlQuery *keptStatement(const QSqlDatabase &db, const QString &sql);

// Drops the statements kept for a connection; Database calls it before closing.
void clearStatementCache(const QString &connectionName);

// The single value of a one-row, one-column query (e.g. COUNT(*)); the statement is cached
// like execCached's and finished (reset) before returning, so no read stays open.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> binds = {},
                        const QString &doing = QString());

// Inserts and returns the new row id: SQLite's last insert rowid, RETURNING id elsewhere.
Result<qint64> insertReturningId(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                                 const QString &doing);

// Call after every `while (q.next())` loop: next() returns false both at the end of the data and
// when reading failed (a damaged page, an I/O error, a server gone), so a loop alone cannot tell a
// short read from a whole one. Returns the error that ended the loop, if one did; `doing` names
// what was being read, as for runSql.
Status rowsEnded(const QSqlQuery &q, const QString &doing = QString());

// The select list of a hot read with each plain column ("o.amount") written as an expression
// ("+o.amount", SQLite's no-op); other items stay as they are. Qt's SQLite driver looks up the
// declared type of every plain column on every statement it runs (~1,000 instructions a column),
// and skips that for an expression. Nothing may read such columns by name. What another
// engine's dialect wants here belongs in this one place.
QString valueColumns(const QString &selectList);

QVariant nullable(const std::optional<qint64> &v);
QVariant nullable(const std::optional<int> &v);
QVariant nullableText(const QString &s);

} // namespace grab
