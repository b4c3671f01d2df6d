#pragma once

#include "reviewdata.h"

#include <QIODevice>
#include <QStringList>

namespace grab {

// A review cycle as CSV for Excel (UTF-8 with BOM, formula-injection safe, via CsvWriter): a
// first row stating the quarter, its period, state, approver, rule version and time zone, an
// empty row, the header (columns()), then one row per grabber: the frozen KPIs, the scores with
// their reasons, the grade and the decisions. Undefined figures are empty cells, never 0.
class ReviewExport final
{
public:
    static QStringList columns();
    // False when the device refused a write.
    static bool write(QIODevice *out, const ReviewCycleView &view, const QString &timeZone, qint64 exportedAtMs);
    // "review-2026-Q3.csv"
    static QString suggestedName(const QString &quarter);
};

} // namespace grab
