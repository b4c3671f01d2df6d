#include "kpiformat.h"

#include "base/decimal.h"
#include "base/money.h"

#include <QJsonObject>

namespace grab::cli {

QJsonValue jsonFixed(const std::optional<double> &v, int places)
{
    const std::optional<QByteArray> text = decimal::ascii(v, places);
    return text ? QJsonValue(text->toDouble()) : QJsonValue();
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
