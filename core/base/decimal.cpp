#include "decimal.h"

#include <cmath>

namespace grab::decimal {

std::optional<QByteArray> ascii(const std::optional<double> &value, int places)
{
    if (!value || !std::isfinite(*value)) {
        return std::nullopt;
    }
    return QByteArray::number(*value, 'f', places);
}

QVariant cell(const std::optional<double> &value, int places)
{
    const std::optional<QByteArray> text = ascii(value, places);
    return text ? QVariant(QString::fromLatin1(*text)) : QVariant();
}

} // namespace grab::decimal
