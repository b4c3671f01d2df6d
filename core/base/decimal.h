#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <optional>

namespace grab::decimal {

// The one way a figure with decimals is written into a file: `places` places after the point,
// the C locale's point, no thousands separator ("0.5833", "53.4"). An undefined figure, and a
// non-finite one (which no formula should give, but a division somewhere might), has no text:
// an empty cell, never "nan", "inf" or 0. Used by every report, the dashboard's export and
// grabctl's KPI output, so that they cannot drift apart.
std::optional<QByteArray> ascii(const std::optional<double> &value, int places);
// The same as a CSV value: the text, or a null QVariant (an empty cell).
QVariant cell(const std::optional<double> &value, int places);

} // namespace grab::decimal
