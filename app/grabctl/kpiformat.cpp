#include "kpiformat.h"

#include "domain/money.h"

#include <QJsonObject>

namespace grab::cli {

// Rates as decimals with 4 places; undefined as an empty cell (CSV) or null (JSON): never 0, never NaN.
QVariant fixed(const std::optional<double> &v, int places)
{
    return v ? QVariant(QString::number(*v, 'f', places)) : QVariant();
}

QJsonValue jsonFixed(const std::optional<double> &v, int places)
{
    return v ? QJsonValue(QString::number(*v, 'f', places).toDouble()) : QJsonValue();
}

QString shown(const std::optional<double> &v, int places, bool percent)
{
    if (!v) {
        return QStringLiteral("—");
    }
    return percent ? QString::number(*v * 100.0, 'f', places) + u'%' : QString::number(*v, 'f', places);
}

QJsonObject toJson(const GrabberKpis &k)
{
    QJsonObject byType;
    for (auto it = k.violationsByType.cbegin(); it != k.violationsByType.cend(); ++it) {
        byType.insert(it.key(), it.value());
    }
    return QJsonObject{{QStringLiteral("grabberId"), k.grabberId},
                       {QStringLiteral("grabberName"), k.name},
                       {QStringLiteral("volume"), k.volume},
                       {QStringLiteral("won"), k.won},
                       {QStringLiteral("lost"), k.lost},
                       {QStringLiteral("reclaimed"), k.reclaimed},
                       {QStringLiteral("closed"), k.closed()},
                       {QStringLiteral("successRate"), jsonFixed(k.successRate, 4)},
                       {QStringLiteral("failureRate"), jsonFixed(k.failureRate, 4)},
                       {QStringLiteral("hitRate"), jsonFixed(k.hitRate, 4)},
                       {QStringLiteral("medianResponseS"), jsonFixed(k.medianResponseS, 1)},
                       {QStringLiteral("revenue"), formatMajorUnits(k.revenueMinor)},
                       {QStringLiteral("satisfaction"), jsonFixed(k.satisfaction, 2)},
                       {QStringLiteral("feedbackCount"), k.feedbackCount},
                       {QStringLiteral("violations"), k.violations},
                       {QStringLiteral("violationsByType"), byType},
                       {QStringLiteral("workload"), k.workload}};
}

} // namespace grab::cli
