#pragma once

#include "domain/kpis.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace grab {

// The reports of the Reports page and `grabctl export`.
enum class Report { Pool, Orders, Kpis, Leaderboard, Violations, Trainings, Feedback, Review, Events };

// Header row: stable English snake_case keys (scripts, grabctl's default) or natural Chinese
// (what the GUI writes in zh_CN, for people reading the file in Excel).
enum class HeaderLanguage { English, Chinese };

// Where the export states what it is: nowhere, `#` lines before the header (Excel shows them as
// rows, so the GUI defaults to the side-car), or a side-car FILE.csv.json.
enum class Provenance { None, Comment, Sidecar };

QString toString(Report report);
std::optional<Report> reportFromString(QStringView text);
QList<Report> allReports();
// Whether a report reads a period: required (kpis, leaderboard), optional (the records), none (pool, review).
enum class PeriodUse { None, Optional, Required };
PeriodUse periodUse(Report report);

QString toString(Provenance provenance);
std::optional<Provenance> provenanceFromString(QStringView text);
QString toString(HeaderLanguage language); // "en", "zh_CN"
std::optional<HeaderLanguage> headerLanguageFromString(QStringView text);

// What to export and how.
struct ExportSpec
{
    Report report = Report::Pool;
    std::optional<Period> period; // team-local days [from, to); nullopt: everything
    QString quarter;              // Review only: "2026-Q3"
    HeaderLanguage headers = HeaderLanguage::English;
    bool bom = true;
    Provenance provenance = Provenance::None;
    // Pool and feedback only: exactly the columns `import` reads (for export -> import round trips).
    bool forImport = false;
};

// What was written.
struct ExportResult
{
    qint64 rows = 0;  // data rows (not the header, not comment lines)
    qint64 bytes = 0; // of the CSV file, BOM included
    QString sha256;   // hex, over every byte of the CSV file
    QString path;
    QString sidecarPath; // empty unless Provenance::Sidecar
};

} // namespace grab
