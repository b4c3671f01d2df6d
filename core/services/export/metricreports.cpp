// Grabber KPIs and the leaderboard for a period, from MetricsService: the same figures as
// `grabctl kpis` and the dashboard. Undefined rates are empty cells, never 0.
#include "kpirow.h"
#include "reportjob.h"

#include "services/metrics/metricsservice.h"

#include <algorithm>

namespace grab::reportwriters {
namespace {

void kpiRow(ExportSink &sink, const GrabberKpis &k)
{
    for (const kpirow::Cell &c : kpirow::cells(k)) {
        switch (c.kind) {
        case kpirow::Kind::Integer:
            sink.number(c.integer);
            break;
        case kpirow::Kind::Text:
            sink.text(c.text);
            break;
        case kpirow::Kind::Decimal:
            cells::fixed(sink, c.decimal, c.places);
            break;
        case kpirow::Kind::Yuan:
            cells::yuan(sink, c.integer);
            break;
        }
    }
}

} // namespace

Status kpis(ReportJob &job, ExportSink &sink)
{
    job.filters << QStringLiteral("active grabbers, and others with activity in the period");
    auto rows = MetricsService(job.ctx).kpis(*job.spec.period);
    if (!rows) {
        return rows.error();
    }
    sink.setExpectedRows(rows->size());
    for (const GrabberKpis &k : *rows) {
        kpiRow(sink, k);
        if (!sink.endRow()) {
            break;
        }
    }
    return Done{};
}

Status leaderboard(ReportJob &job, ExportSink &sink)
{
    job.filters << QStringLiteral("sorted by revenue, highest first, then by name (the dashboard's order)");
    auto board = MetricsService(job.ctx).leaderboard(*job.spec.period);
    if (!board) {
        return board.error();
    }
    QList<GrabberKpis> rows = board->rows;
    // The dashboard's leaderboard opens sorted by revenue, highest first; equal revenue by name.
    std::stable_sort(rows.begin(), rows.end(), [](const GrabberKpis &a, const GrabberKpis &b) {
        if (a.revenueMinor != b.revenueMinor) {
            return a.revenueMinor > b.revenueMinor;
        }
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    sink.setExpectedRows(rows.size());
    qint64 rank = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const GrabberKpis &k = rows.at(i);
        // Equal revenue, equal rank (1, 2, 2, 4): the name only orders the lines.
        if (i == 0 || rows.at(i - 1).revenueMinor != k.revenueMinor) {
            rank = i + 1;
        }
        sink.number(rank);
        sink.number(k.grabberId);
        sink.text(k.name);
        cells::yuan(sink, k.revenueMinor);
        sink.number(k.won);
        sink.number(k.closed());
        cells::fixed(sink, k.successRate, 4);
        cells::fixed(sink, k.failureRate, 4);
        sink.number(k.volume);
        cells::fixed(sink, k.satisfaction, 2);
        sink.number(k.feedbackCount);
        sink.number(k.violations);
        if (!sink.endRow()) {
            break;
        }
    }
    return Done{};
}

} // namespace grab::reportwriters
