#pragma once

#include "domain/kpis.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QVariant>

#include <optional>

namespace grab::cli {

// How grabctl writes KPI figures, shared by `kpis` and `dashboard` so that both print the same
// figure the same way. Undefined figures: an empty CSV cell, JSON null, "—" in a table; never
// 0 and never NaN.

// A decimal with `places` places (base/decimal) as a JSON number, or null.
QJsonValue jsonFixed(const std::optional<double> &v, int places);
// For a table: the number (as a percentage when `percent`), or "—".
QString shown(const std::optional<double> &v, int places, bool percent);
// Every figure of a KPI row, with the field names `kpis --json` documents.
QJsonObject toJson(const GrabberKpis &k);

} // namespace grab::cli
