// The pool and the orders of a period: the two reports that can reach a million rows, so they
// stream from forward-only queries straight into the sink's buffer.
#include "reportjob.h"
#include "store/sql.h"


namespace grab::reportwriters {
namespace {

void priority(ExportSink &sink, int p)
{
    const char text[2] = {'P', char('0' + (p >= 1 && p <= 9 ? p : 0))};
    sink.ascii(text, 2);
}

} // namespace

Status pool(ReportJob &job, ExportSink &sink)
{
    job.filters << QStringLiteral("state = open (the pool now)");
    // The board's order: priority, then the longest waiting first.
    auto q = countedRows(
        job, sink, QStringLiteral("SELECT COUNT(*) FROM orders WHERE state = 'open'"),
        QStringLiteral(
            "SELECT o.id, c.name, c.tier, o.amount, o.skill, o.region, o.priority, o.published_at, "
            "o.grab_deadline, o.min_level, o.rule_version FROM orders o JOIN customers c ON c.id = o.customer_id "
            "WHERE o.state = 'open' ORDER BY o.priority, o.pooled_at, o.id"),
        {}, QStringLiteral("exporting the pool"));
    if (!q) {
        return q.error();
    }
    InstantFormat times(job.zone);
    while (q->next()) {
        sink.number(q->value(0).toLongLong());
        sink.text(q->value(1).toString());
        sink.text(q->value(2).toString());
        cells::yuan(sink, q->value(3).toLongLong());
        sink.text(q->value(4).toString());
        sink.text(q->value(5).toString());
        priority(sink, q->value(6).toInt());
        cells::instant(sink, times, q->value(7));
        cells::instant(sink, times, q->value(8));
        sink.text(q->value(9).toString());
        sink.number(q->value(10).toLongLong());
        if (!sink.endRow()) {
            break;
        }
    }
    if (auto end = rowsEnded(*q, QStringLiteral("reading the report's rows")); !end) {
        return end.error();
    }
    return Done{};
}

Status orders(ReportJob &job, ExportSink &sink)
{
    QString where;
    QVariantList binds;
    if (job.spec.period) {
        where = QStringLiteral(" WHERE o.published_at >= ? AND o.published_at < ?");
        binds = {job.fromMs, job.toMs};
        job.filters << QStringLiteral("published_at in the period");
    } else {
        job.filters << QStringLiteral("every order");
    }
    const QString count = QStringLiteral("SELECT COUNT(*) FROM orders o") + where;
    auto q = countedRows(
        job, sink, count,
        QStringLiteral(
            "SELECT o.id, o.customer_id, c.name, c.tier, o.amount, o.currency, o.skill, o.region, o.priority, "
            "o.priority_score, o.rule_version, o.state, o.assignee_id, g.name, o.published_at, o.grab_deadline, "
            "o.assigned_at, o.closed_at, o.min_level FROM orders o JOIN customers c ON c.id = o.customer_id "
            "LEFT JOIN grabbers g ON g.id = o.assignee_id") +
            where + QStringLiteral(" ORDER BY o.id"),
        binds, QStringLiteral("exporting orders"));
    if (!q) {
        return q.error();
    }
    InstantFormat times(job.zone);
    while (q->next()) {
        sink.number(q->value(0).toLongLong());
        sink.number(q->value(1).toLongLong());
        sink.text(q->value(2).toString());
        sink.text(q->value(3).toString());
        cells::yuan(sink, q->value(4).toLongLong());
        sink.text(q->value(5).toString());
        sink.text(q->value(6).toString());
        sink.text(q->value(7).toString());
        priority(sink, q->value(8).toInt());
        sink.number(q->value(9).toLongLong());
        sink.number(q->value(10).toLongLong());
        const QString state = q->value(11).toString();
        sink.text(state);
        sink.text(state == u"won" || state == u"lost" ? QStringView(state) : QStringView());
        cells::optionalNumber(sink, q->value(12));
        sink.text(q->value(13).toString());
        cells::instant(sink, times, q->value(14));
        cells::instant(sink, times, q->value(15));
        cells::instant(sink, times, q->value(16));
        cells::instant(sink, times, q->value(17));
        sink.text(q->value(18).toString());
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
