#include "reportjob.h"

#include "base/decimal.h"

#include "store/sql.h"
#include "store/sqlerror.h"

namespace grab {

Result<QSqlQuery> forwardQuery(const ReportJob &job, const QString &sql, const QVariantList &binds, const QString &doing)
{
    QSqlQuery q(job.ctx.db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        return errorFromSql(q.lastError(), doing);
    }
    for (const QVariant &b : binds) {
        q.addBindValue(b);
    }
    if (!q.exec()) {
        return errorFromSql(q.lastError(), doing);
    }
    return q;
}

Status expectRows(const ReportJob &job, ExportSink &sink, const QString &countSql, const QVariantList &binds)
{
    auto q = forwardQuery(job, countSql, binds, QStringLiteral("counting the report's rows"));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        if (auto end = rowsEnded(*q, QStringLiteral("counting the report's rows")); !end) {
            return end.error();
        }
        return makeError(ErrorCode::Internal, QStringLiteral("Counting the report's rows returned nothing."));
    }
    sink.setExpectedRows(q->value(0).toLongLong());
    return Done{};
}

Result<QSqlQuery> countedRows(const ReportJob &job, ExportSink &sink, const QString &countSql, const QString &sql,
                              const QVariantList &binds, const QString &doing)
{
    if (auto s = expectRows(job, sink, countSql, binds); !s) {
        return s.error();
    }
    return forwardQuery(job, sql, binds, doing);
}

namespace cells {

void instant(ExportSink &sink, InstantFormat &format, const QVariant &ms)
{
    if (ms.isNull()) {
        sink.empty();
        return;
    }
    char buf[InstantFormat::kMaxSize];
    sink.ascii(buf, format.write(ms.toLongLong(), buf));
}

void yuan(ExportSink &sink, qint64 minor)
{
    // formatMajorUnits without the QString: integer arithmetic only, never floating point.
    char buf[32];
    char *end = buf + sizeof buf;
    char *p = end;
    const bool negative = minor < 0;
    quint64 v = negative ? quint64(0) - quint64(minor) : quint64(minor);
    const quint64 cents = v % 100;
    v /= 100;
    *--p = char('0' + cents % 10);
    *--p = char('0' + cents / 10);
    *--p = '.';
    do {
        *--p = char('0' + v % 10);
        v /= 10;
    } while (v);
    if (negative) {
        *--p = '-';
    }
    sink.ascii(p, end - p);
}

void fixed(ExportSink &sink, const std::optional<double> &v, int places)
{
    const std::optional<QByteArray> text = decimal::ascii(v, places);
    if (!text) {
        sink.empty();
        return;
    }
    sink.ascii(text->constData(), text->size());
}

void optionalNumber(ExportSink &sink, const QVariant &v)
{
    if (v.isNull()) {
        sink.empty();
    } else {
        sink.number(v.toLongLong());
    }
}

} // namespace cells
} // namespace grab
