#pragma once

#include "domain/error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace grab {

// Prepare, bind in order, execute. The error names what we were doing.
Result<QSqlQuery> runSql(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> binds = {},
                         const QString &doing = QString());
Result<QSqlQuery> runSql(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                         const QString &doing = QString());

// The single value of a one-row, one-column query (e.g. COUNT(*)); the statement is finished.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> binds = {},
                        const QString &doing = QString());

// Inserts and returns the new row id (uses RETURNING id: portable to PostgreSQL).
Result<qint64> insertReturningId(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                                 const QString &doing);

QVariant nullable(const std::optional<qint64> &v);
QVariant nullable(const std::optional<int> &v);
QVariant nullableText(const QString &s);

} // namespace grab
