#include "event.h"

#include <QDateTime>

namespace grab {

QJsonObject Event::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("at"), QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODateWithMs)},
                  {QStringLiteral("type"), type},
                  {QStringLiteral("actor"), actor}};
    if (orderId) {
        o.insert(QStringLiteral("order"), *orderId);
    }
    if (grabberId) {
        o.insert(QStringLiteral("grabber"), *grabberId);
    }
    if (ruleVersion) {
        o.insert(QStringLiteral("ruleVersion"), *ruleVersion);
    }
    if (!reason.isEmpty()) {
        o.insert(QStringLiteral("reason"), reason);
    }
    if (!payload.isEmpty()) {
        o.insert(QStringLiteral("payload"), payload);
    }
    return o;
}

} // namespace grab
