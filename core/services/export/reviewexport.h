#pragma once

#include "services/review/reviewdata.h"
#include "exportspec.h"

#include <QIODevice>
#include <QStringList>

namespace grab {

// A review cycle as CSV for Excel (UTF-8 with BOM, formula-injection safe, via CsvWriter): a
// first row stating the quarter, its period, state, approver, rule version and time zone, an
// empty row, the header (columns()), then one row per grabber: the frozen KPIs, the scores with
// their reasons, the grade and the decisions. Undefined figures are empty cells, never 0.
//
// The Reports page and `grabctl export review` write the same rows as a report like the others:
// their own BOM and provenance (comment block or side-car) around it, headers in the chosen
// language, and no statement row, so the header is the first line Excel sees (Options).
class ReviewExport final
{
public:
    struct Options
    {
        bool bom = true;
        bool statementRow = true;
        HeaderLanguage headers = HeaderLanguage::English;
    };

    static QStringList columns();
    // False when the device refused a write.
    static bool write(QIODevice *out, const ReviewCycleView &view, const QString &timeZone, qint64 exportedAtMs,
                      const Options &options);
    static bool write(QIODevice *out, const ReviewCycleView &view, const QString &timeZone, qint64 exportedAtMs)
    {
        return write(out, view, timeZone, exportedAtMs, Options{});
    }
    // "review-2026-Q3.csv"
    static QString suggestedName(const QString &quarter);
};

} // namespace grab
