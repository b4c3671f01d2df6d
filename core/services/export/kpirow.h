#pragma once

#include "domain/kpis.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace grab::kpirow {

// The KPI table's row, defined once: its 15 columns in order, each with its key and the form
// of its value. `grabctl kpis --format csv`, the "kpis" report (export kpis, the Reports page)
// and the dashboard's "Export figures…" all write it through here, so their bytes agree.
//   grabber_id, grabber_name, volume, won, lost, reclaimed, closed, success_rate (4 places),
//   failure_rate (4), hit_rate (4), median_response_s (1), revenue (yuan), satisfaction (2),
//   feedback_count, violations
// Rates are decimals (base/decimal): an undefined one is an empty cell.

enum class Kind { Integer, Text, Decimal, Yuan };

struct Cell
{
    Kind kind = Kind::Integer;
    qint64 integer = 0;              // Integer; Yuan in minor units (fen)
    QString text;                    // Text
    std::optional<double> decimal;   // Decimal
    int places = 0;                  // Decimal
};

// The column keys, in order (the English header; a report may show another language's).
QStringList keys();
// One grabber's row.
QList<Cell> cells(const GrabberKpis &k);
// The same row as CSV values for CsvWriter: numbers, the name, decimals as text or null.
QVariantList values(const GrabberKpis &k);

} // namespace grab::kpirow
