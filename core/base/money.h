#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace grab {

// Money is always qint64 minor units (fen for CNY): never floating point.

// Parses "1234", "1234.5", "1234.56" (major units, up to two decimals, no sign, no exponent)
// into minor units. Negative, malformed or overflowing input gives nullopt.
std::optional<qint64> parseMajorUnits(QStringView text);

// 123456 -> "1234.56" (always two decimals, '.' separator, no grouping: for files and CLI).
QString formatMajorUnits(qint64 minor);
// 23802544 -> "238,025.44": the same with "," every three digits, for sentences a person reads
// (the same in every language GrabDesk speaks, so a stored sentence does not depend on one).
QString formatMajorUnitsGrouped(qint64 minor);

} // namespace grab
