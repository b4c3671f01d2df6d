#include "dispatchpolicy.h"

#include <QStringList>

#include <cmath>

namespace grab {
namespace {

// Reads an optional number within [min, max]; whole numbers only when `whole`.
bool readNumber(const QJsonObject &o, const char *key, double min, double max, bool whole, const QString &where, double *out,
                QString *why)
{
    const QString k = QString::fromLatin1(key);
    const QJsonValue v = o.value(k);
    if (v.isUndefined()) {
        return true;
    }
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || d < min || d > max || (whole && d != std::floor(d))) {
        *why = QStringLiteral("%1.%2 must be %3 from %4 to %5")
                   .arg(where, k, whole ? QStringLiteral("a whole number") : QStringLiteral("a number"))
                   .arg(min)
                   .arg(max);
        return false;
    }
    *out = d;
    return true;
}

bool readInt(const QJsonObject &o, const char *key, int min, int max, const QString &where, int *out, QString *why)
{
    double d = *out;
    if (!readNumber(o, key, min, max, true, where, &d, why)) {
        return false;
    }
    *out = int(d);
    return true;
}

bool onlyKnownKeys(const QJsonObject &o, const QStringList &known, const QString &where, QString *why)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key())) {
            *why = QStringLiteral("unknown key \"%1.%2\"").arg(where, it.key());
            return false;
        }
    }
    return true;
}

constexpr int kMaxMinutes = 60 * 24 * 30;

} // namespace

QString toString(DispatchPolicy::Mode mode)
{
    switch (mode) {
    case DispatchPolicy::Mode::Off:
        return QStringLiteral("off");
    case DispatchPolicy::Mode::Always:
        return QStringLiteral("always");
    case DispatchPolicy::Mode::Fallback:
        break;
    }
    return QStringLiteral("fallback");
}

QJsonObject DispatchPolicy::toJson() const
{
    return QJsonObject{{QStringLiteral("mode"), toString(mode)},
                       {QStringLiteral("widenAfterMinutes"), widenAfterMinutes},
                       {QStringLiteral("dispatchAfterMinutes"), dispatchAfterMinutes},
                       {QStringLiteral("vipWidenAfterMinutes"), vipWidenAfterMinutes},
                       {QStringLiteral("vipDispatchAfterMinutes"), vipDispatchAfterMinutes},
                       {QStringLiteral("weights"), QJsonObject{{QStringLiteral("skill"), skillWeight},
                                                               {QStringLiteral("region"), regionWeight},
                                                               {QStringLiteral("workload"), workloadWeight},
                                                               {QStringLiteral("winRate"), winRateWeight},
                                                               {QStringLiteral("satisfaction"), satisfactionWeight}}},
                       {QStringLiteral("prior"), QJsonObject{{QStringLiteral("wins"), priorWins}, {QStringLiteral("losses"), priorLosses}}}};
}

std::optional<DispatchPolicy> DispatchPolicy::fromJson(const QJsonObject &json, QString *why)
{
    const QString where = QStringLiteral("dispatch");
    if (!onlyKnownKeys(json,
                       {QStringLiteral("mode"), QStringLiteral("widenAfterMinutes"), QStringLiteral("dispatchAfterMinutes"),
                        QStringLiteral("vipWidenAfterMinutes"), QStringLiteral("vipDispatchAfterMinutes"), QStringLiteral("weights"),
                        QStringLiteral("prior")},
                       where, why)) {
        return std::nullopt;
    }
    DispatchPolicy p;
    if (json.contains(QStringLiteral("mode"))) {
        const QString m = json.value(QStringLiteral("mode")).toString();
        if (m == QLatin1String("off")) {
            p.mode = Mode::Off;
        } else if (m == QLatin1String("fallback")) {
            p.mode = Mode::Fallback;
        } else if (m == QLatin1String("always")) {
            p.mode = Mode::Always;
        } else {
            *why = QStringLiteral("dispatch.mode must be off, fallback or always");
            return std::nullopt;
        }
    }
    if (!readInt(json, "widenAfterMinutes", 0, kMaxMinutes, where, &p.widenAfterMinutes, why)
        || !readInt(json, "dispatchAfterMinutes", 0, kMaxMinutes, where, &p.dispatchAfterMinutes, why)
        || !readInt(json, "vipWidenAfterMinutes", 0, kMaxMinutes, where, &p.vipWidenAfterMinutes, why)
        || !readInt(json, "vipDispatchAfterMinutes", 0, kMaxMinutes, where, &p.vipDispatchAfterMinutes, why)) {
        return std::nullopt;
    }
    if (p.widenAfterMinutes > p.dispatchAfterMinutes || p.vipWidenAfterMinutes > p.vipDispatchAfterMinutes) {
        *why = QStringLiteral("dispatch: an order must be widened before (or when) it is dispatched");
        return std::nullopt;
    }
    const QJsonObject w = json.value(QStringLiteral("weights")).toObject();
    const QString ww = QStringLiteral("dispatch.weights");
    if (!onlyKnownKeys(w,
                       {QStringLiteral("skill"), QStringLiteral("region"), QStringLiteral("workload"), QStringLiteral("winRate"),
                        QStringLiteral("satisfaction")},
                       ww, why)
        || !readNumber(w, "skill", 0, 1000, false, ww, &p.skillWeight, why)
        || !readNumber(w, "region", 0, 1000, false, ww, &p.regionWeight, why)
        || !readNumber(w, "workload", 0, 1000, false, ww, &p.workloadWeight, why)
        || !readNumber(w, "winRate", 0, 1000, false, ww, &p.winRateWeight, why)
        || !readNumber(w, "satisfaction", 0, 1000, false, ww, &p.satisfactionWeight, why)) {
        return std::nullopt;
    }
    const QJsonObject prior = json.value(QStringLiteral("prior")).toObject();
    const QString pw = QStringLiteral("dispatch.prior");
    if (!onlyKnownKeys(prior, {QStringLiteral("wins"), QStringLiteral("losses")}, pw, why)
        || !readNumber(prior, "wins", 0.01, 1000, false, pw, &p.priorWins, why)
        || !readNumber(prior, "losses", 0.01, 1000, false, pw, &p.priorLosses, why)) {
        return std::nullopt;
    }
    return p;
}

QJsonObject FollowUpPolicy::toJson() const
{
    return QJsonObject{{QStringLiteral("hours"), hours},
                       {QStringLiteral("warnBeforeHours"), warnBeforeHours},
                       {QStringLiteral("cooldownHours"), cooldownHours}};
}

std::optional<FollowUpPolicy> FollowUpPolicy::fromJson(const QJsonObject &json, QString *why)
{
    const QString where = QStringLiteral("followUp");
    FollowUpPolicy p;
    if (!onlyKnownKeys(json, {QStringLiteral("hours"), QStringLiteral("warnBeforeHours"), QStringLiteral("cooldownHours")}, where, why)
        || !readInt(json, "hours", 1, 24 * 90, where, &p.hours, why)
        || !readInt(json, "warnBeforeHours", 0, 24 * 90, where, &p.warnBeforeHours, why)
        || !readInt(json, "cooldownHours", 0, 24 * 90, where, &p.cooldownHours, why)) {
        return std::nullopt;
    }
    if (p.warnBeforeHours >= p.hours) {
        *why = QStringLiteral("followUp.warnBeforeHours must be less than followUp.hours");
        return std::nullopt;
    }
    return p;
}

QJsonObject ViolationPolicy::toJson() const
{
    return QJsonObject{{QStringLiteral("burstAttempts"), burstAttempts},
                       {QStringLiteral("burstSeconds"), burstSeconds},
                       {QStringLiteral("escalateCount"), escalateCount},
                       {QStringLiteral("escalateDays"), escalateDays}};
}

std::optional<ViolationPolicy> ViolationPolicy::fromJson(const QJsonObject &json, QString *why)
{
    const QString where = QStringLiteral("violations");
    ViolationPolicy p;
    if (!onlyKnownKeys(json,
                       {QStringLiteral("burstAttempts"), QStringLiteral("burstSeconds"), QStringLiteral("escalateCount"),
                        QStringLiteral("escalateDays")},
                       where, why)
        || !readInt(json, "burstAttempts", 1, 100000, where, &p.burstAttempts, why)
        || !readInt(json, "burstSeconds", 1, 86400, where, &p.burstSeconds, why)
        || !readInt(json, "escalateCount", 1, 10000, where, &p.escalateCount, why)
        || !readInt(json, "escalateDays", 1, 3660, where, &p.escalateDays, why)) {
        return std::nullopt;
    }
    return p;
}

} // namespace grab
