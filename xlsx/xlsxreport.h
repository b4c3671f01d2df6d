#pragma once

#include "services/context.h"
#include "services/export/exportsink.h"
#include "services/export/exportspec.h"

namespace grab::xlsx {

// Writes one report (ExportSpec) as an Excel workbook, beside the CSV that ReportExporter
// writes: the same rows, read in one snapshot, but typed so that a spreadsheet needs no import
// settings. Rates are percentages, money is ¥ #,##0.00, instants are date-times in the team's
// zone, counts are numbers. The header row is frozen and has an autofilter, and every column is
// as wide as its widest text (a CJK character counts double). The header is in the spec's
// language. A second sheet states the provenance: report, period, filters, time zone, rule
// version, time of generation and the event chain's head.
//
// How: the report is first written as CSV to a temporary folder by ReportExporter (so both
// formats hold the very same cells), then read back twice: once for the column widths and the
// row count, once to write the workbook in libxlsxwriter's constant-memory mode. The workbook
// reaches `path` through an AtomicFile: a cancel, a full disk or a report too big for a sheet
// (over 1,048,575 rows) leaves no file and an older one untouched.
//
// The spec's BOM has no meaning here; Provenance::Comment is refused (a workbook carries its
// provenance on its second sheet); Provenance::Sidecar also writes FILE.xlsx.json, as for CSV.
class XlsxReport final
{
public:
    explicit XlsxReport(Context ctx) : m_ctx(std::move(ctx)) {}

    Result<ExportResult> run(const ExportSpec &spec, const QString &path, const ExportSink::Progress &progress = {});

    // "orders-2026-03-01_2026-03-31.xlsx"
    static QString suggestedName(const ExportSpec &spec);

private:
    Context m_ctx;
};

} // namespace grab::xlsx
