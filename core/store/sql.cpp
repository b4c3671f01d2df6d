#include "sql.h"

#include "sqlerror.h"

#include <QSqlError>

namespace grab {

Result<QSqlQuery> runSql(const QSqlDatabase &db, const QString &sql, const QVariantList &binds, const QString &doing)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString what = doing.isEmpty() ? QStringLiteral("running a query") : doing;
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
    if (!q.exec()) {
        return errorFromSql(q.lastError(), what);
    }
    return q;
}

Result<QSqlQuery> runSql(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> binds,
                         const QString &doing)
{
    return runSql(db, sql, QVariantList(binds), doing);
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> binds,
                        const QString &doing)
{
    auto q = runSql(db, sql, binds, doing);
    if (!q) {
        return q.error();
    }
    QVariant v = q->next() ? q->value(0) : QVariant();
    q->finish();
    return v;
}

Result<qint64> insertReturningId(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                                 const QString &doing)
{
    auto q = runSql(db, sql + QStringLiteral(" RETURNING id"), binds, doing);
    if (!q) {
        return q.error();
    }
    // Until finish() the statement keeps the write lock (ARCHITECTURE.md).
    const qint64 id = q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    if (id <= 0) {
        return makeError(ErrorCode::Internal, QStringLiteral("No id came back while %1.").arg(doing));
    }
    return id;
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
