#pragma once

#include <QString>
#include <QStringView>

namespace grab::xlsx {

// How a report's column is typed in a workbook, decided by its stable English key (ReportColumns):
// one key means one thing in every report, so the kind follows from the name. A cell that does not
// parse as its column's kind (an empty cell, a value a later report adds) is written as text, so
// nothing is ever lost or invented.
enum class ColumnKind {
    Text,
    Number,   // counts, ids, scores: the number as the CSV has it
    Percent,  // rates: the CSV's fraction (0.6111), shown as 61.1 %
    Money,    // yuan: shown as ¥12,000.00
    DateTime, // an instant in the team's zone (the CSV's ISO 8601 with offset): the local time
    Date,     // a calendar day
};

ColumnKind columnKind(QStringView key);

// Excel's column width unit is about one Latin digit; a CJK character takes two. A column is as
// wide as its widest shown text (header included), with room for the filter button.
double displayWidth(QStringView text);

} // namespace grab::xlsx
