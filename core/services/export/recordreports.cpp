// Violations, trainings, feedback and the raw event log: one row per record, oldest first,
// optionally within a period.
#include "reportjob.h"
#include "store/sql.h"

namespace grab::reportwriters {
namespace {

// " WHERE column >= ? AND column < ?" and its binds when the job has a period.
QString periodWhere(ReportJob &job, const QString &column, QVariantList &binds)
{
    if (!job.spec.period) {
        job.filters << QStringLiteral("the whole history");
        return {};
    }
    binds = {job.fromMs, job.toMs};
    job.filters << QStringLiteral("%1 in the period").arg(column);
    return QStringLiteral(" WHERE %1 >= ? AND %1 < ?").arg(column);
}

} // namespace

Status violations(ReportJob &job, ExportSink &sink)
{
    QVariantList binds;
    const QString where = periodWhere(job, QStringLiteral("v.at"), binds);
    auto q = countedRows(
        job, sink, QStringLiteral("SELECT COUNT(*) FROM violations v") + where,
        QStringLiteral("SELECT v.id, v.at, v.grabber_id, g.name, v.order_id, v.type, v.severity, v.source, v.note "
                       "FROM violations v JOIN grabbers g ON g.id = v.grabber_id") +
            where + QStringLiteral(" ORDER BY v.at, v.id"),
        binds, QStringLiteral("exporting violations"));
    if (!q) {
        return q.error();
    }
    InstantFormat times(job.zone);
    while (q->next()) {
        sink.number(q->value(0).toLongLong());
        cells::instant(sink, times, q->value(1));
        sink.number(q->value(2).toLongLong());
        sink.text(q->value(3).toString());
        cells::optionalNumber(sink, q->value(4));
        for (int c = 5; c <= 8; ++c) {
            sink.text(q->value(c).toString());
        }
        if (!sink.endRow()) {
            break;
        }
    }
    if (auto end = rowsEnded(*q, QStringLiteral("reading the report's rows")); !end) {
        return end.error();
    }
    return Done{};
}

Status trainings(ReportJob &job, ExportSink &sink)
{
    // Trainings are dated by day (taken, or due when not taken yet): the period compares days.
    QString where;
    QVariantList binds;
    if (job.spec.period) {
        where = QStringLiteral(" WHERE COALESCE(t.taken_on, t.due_on) >= ? AND COALESCE(t.taken_on, t.due_on) < ?");
        binds = {job.spec.period->from.toString(Qt::ISODate), job.spec.period->to.toString(Qt::ISODate)};
        job.filters << QStringLiteral("taken_on (or due_on when not taken) in the period");
    } else {
        job.filters << QStringLiteral("every training");
    }
    auto q = countedRows(
        job, sink, QStringLiteral("SELECT COUNT(*) FROM trainings t") + where,
        QStringLiteral(
            "SELECT t.id, t.grabber_id, g.name, t.course, t.category, t.taken_on, t.due_on, t.hours, t.passed, "
            "t.review_entry_id FROM trainings t JOIN grabbers g ON g.id = t.grabber_id") +
            where + QStringLiteral(" ORDER BY COALESCE(t.taken_on, t.due_on), t.id"),
        binds, QStringLiteral("exporting trainings"));
    if (!q) {
        return q.error();
    }
    while (q->next()) {
        sink.number(q->value(0).toLongLong());
        sink.number(q->value(1).toLongLong());
        for (int c = 2; c <= 6; ++c) {
            sink.text(q->value(c).toString());
        }
        if (q->value(7).isNull()) {
            sink.empty();
        } else {
            // Hours are kept as REAL (1.5 h); written the way CsvWriter writes a double.
            const QByteArray h = QByteArray::number(q->value(7).toDouble(), 'g', 15);
            sink.ascii(h.constData(), h.size());
        }
        cells::optionalNumber(sink, q->value(8));
        cells::optionalNumber(sink, q->value(9));
        if (!sink.endRow()) {
            break;
        }
    }
    if (auto end = rowsEnded(*q, QStringLiteral("reading the report's rows")); !end) {
        return end.error();
    }
    return Done{};
}

Status feedback(ReportJob &job, ExportSink &sink)
{
    QVariantList binds;
    const QString where = periodWhere(job, QStringLiteral("f.at"), binds);
    auto q = countedRows(
        job, sink, QStringLiteral("SELECT COUNT(*) FROM feedback f") + where,
        QStringLiteral("SELECT f.id, f.at, f.order_id, c.name, o.amount, f.grabber_id, g.name, f.score, f.comment "
                       "FROM feedback f JOIN orders o ON o.id = f.order_id JOIN customers c ON c.id = o.customer_id "
                       "JOIN grabbers g ON g.id = f.grabber_id") +
            where + QStringLiteral(" ORDER BY f.at, f.id"),
        binds, QStringLiteral("exporting feedback"));
    if (!q) {
        return q.error();
    }
    InstantFormat times(job.zone);
    while (q->next()) {
        sink.number(q->value(0).toLongLong());
        cells::instant(sink, times, q->value(1));
        sink.number(q->value(2).toLongLong());
        sink.text(q->value(3).toString());
        cells::yuan(sink, q->value(4).toLongLong());
        sink.number(q->value(5).toLongLong());
        sink.text(q->value(6).toString());
        sink.number(q->value(7).toLongLong());
        sink.text(q->value(8).toString());
        if (!sink.endRow()) {
            break;
        }
    }
    if (auto end = rowsEnded(*q, QStringLiteral("reading the report's rows")); !end) {
        return end.error();
    }
    return Done{};
}

Status events(ReportJob &job, ExportSink &sink)
{
    QVariantList binds;
    const QString where = periodWhere(job, QStringLiteral("at"), binds);
    // By id: the order they were committed in (the log's own order, which `at` may not be
    // when several processes write).
    auto q = countedRows(
        job, sink, QStringLiteral("SELECT COUNT(*) FROM events") + where,
        QStringLiteral("SELECT id, at, type, actor, order_id, grabber_id, rule_version, reason, payload FROM events") +
            where + QStringLiteral(" ORDER BY id"),
        binds, QStringLiteral("exporting the event log"));
    if (!q) {
        return q.error();
    }
    InstantFormat times(job.zone);
    while (q->next()) {
        sink.number(q->value(0).toLongLong());
        cells::instant(sink, times, q->value(1));
        sink.text(q->value(2).toString());
        sink.text(q->value(3).toString());
        cells::optionalNumber(sink, q->value(4));
        cells::optionalNumber(sink, q->value(5));
        cells::optionalNumber(sink, q->value(6));
        sink.text(q->value(7).toString());
        sink.text(q->value(8).toString());
        if (!sink.endRow()) {
            break;
        }
    }
    if (auto end = rowsEnded(*q, QStringLiteral("reading the report's rows")); !end) {
        return end.error();
    }
    return Done{};
}

} // namespace grab::reportwriters
