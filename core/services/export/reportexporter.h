#pragma once

#include "exportsink.h"
#include "exportspec.h"
#include "services/context.h"

namespace grab {

// Writes one report (ExportSpec) to a CSV file for Excel and says what it wrote (ExportResult:
// rows, bytes, SHA-256 of the file's bytes).
//
// The file is written to a temporary file beside it and renamed over it only when complete: a
// cancel (the progress callback returning false) or a failure leaves no file and no side-car,
// and an older file of the same name untouched. All rows are read in one read snapshot, so the
// row count of the progress bar and of the provenance match the rows, and a million-row export
// stays consistent while grabs are committed; it never takes the write lock.
//
// Provenance: with Comment, `# key: value` lines before the header (Excel shows them as rows;
// scripts skip lines starting with #); with Sidecar, FILE.csv.json beside the file with the
// report, filters, period, time zone, rule version, time of generation, row count, bytes and the
// CSV's SHA-256. The time of generation is the context's clock (grabctl --now).
class ReportExporter final
{
public:
    explicit ReportExporter(Context ctx) : m_ctx(std::move(ctx)) {}

    Result<ExportResult> run(const ExportSpec &spec, const QString &path, const ExportSink::Progress &progress = {});

    // "orders-2026-03-01_2026-03-31.csv" (the period's last day, inclusive, as people say it)
    static QString suggestedName(const ExportSpec &spec);
    static QString sidecarPath(const QString &csvPath) { return csvPath + QStringLiteral(".json"); }

private:
    Context m_ctx;
};

} // namespace grab
