#pragma once

#include "exportsink.h"
#include "exportspec.h"
#include "instantformat.h"
#include "services/context.h"
#include "store/integrity.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace grab {

// What one report writer needs: the spec, the store, the team's zone and rule version, the
// period's bounds as epoch ms, and the sink to write rows to (its header is written already).
struct ReportJob
{
    Context ctx;
    ExportSpec spec;
    QTimeZone zone;
    int ruleVersion = 0;
    qint64 fromMs = 0; // the period's [fromMs, toMs); the whole history when spec.period is empty
    qint64 toMs = 0;
    QStringList filters; // what the rows were selected by, for the provenance
    integrity::Head chainHead{}; // the event chain's head in the export's snapshot, for the provenance
};

// A forward-only query (the driver keeps no row it has passed: constant memory over a million
// rows), prepared, bound in order and executed.
Result<QSqlQuery> forwardQuery(const ReportJob &job, const QString &sql, const QVariantList &binds, const QString &doing);

// Tells the sink how many rows to expect (for the progress bar) from a COUNT(*) query.
Status expectRows(const ReportJob &job, ExportSink &sink, const QString &countSql, const QVariantList &binds);
// Both at once, the way every row report starts: the number of rows (countSql) for the
// progress, then the rows (sql); the two statements take the same binds.
Result<QSqlQuery> countedRows(const ReportJob &job, ExportSink &sink, const QString &countSql, const QString &sql,
                              const QVariantList &binds, const QString &doing);

// Cells shared by the writers.
namespace cells {
void instant(ExportSink &sink, InstantFormat &format, const QVariant &ms); // empty when NULL
void yuan(ExportSink &sink, qint64 minor);                                  // "1234.56"
void fixed(ExportSink &sink, const std::optional<double> &v, int places);   // empty when undefined
void optionalNumber(ExportSink &sink, const QVariant &v);                   // empty when NULL
} // namespace cells

// One writer per report; each writes the rows (not the header) and returns the rows expected.
namespace reportwriters {
Status pool(ReportJob &job, ExportSink &sink);
Status orders(ReportJob &job, ExportSink &sink);
Status kpis(ReportJob &job, ExportSink &sink);
Status leaderboard(ReportJob &job, ExportSink &sink);
Status violations(ReportJob &job, ExportSink &sink);
Status trainings(ReportJob &job, ExportSink &sink);
Status feedback(ReportJob &job, ExportSink &sink);
Status events(ReportJob &job, ExportSink &sink);
} // namespace reportwriters

} // namespace grab
