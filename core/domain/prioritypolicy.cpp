#include "prioritypolicy.h"

#include "base/money.h"

#include <QJsonArray>

#include <algorithm>

namespace grab {

PriorityPolicy::Assessment PriorityPolicy::assess(Tier tier, qint64 amountMinor, const QString &region) const
{
    Assessment a;
    const int tierPts = tier == Tier::Vip ? vipPoints : tier == Tier::Key ? keyPoints : regularPoints;
    // Kept in English (the published event, grabctl) and as a phrase (a screen in another language).
    const auto say = [](const char *source) { return Phrase("grab::PriorityPolicy", source); };
    const auto signedPoints = [](int points) { return QStringLiteral("%1%2").arg(points < 0 ? QString() : QStringLiteral("+")).arg(points); };
    Phrase why = say(QT_TRANSLATE_NOOP("grab::PriorityPolicy", "tier %1 %2")).arg(phraseOf(tier)).arg(signedPoints(tierPts));
    const auto add = [&](const Phrase &part) { why = say(QT_TRANSLATE_NOOP("grab::PriorityPolicy", "%1, %2")).arg(why).arg(part); };
    a.score = tierPts;
    const AmountBand *band = nullptr;
    for (const AmountBand &b : amountBands) {
        if (amountMinor >= b.fromMinor) {
            band = &b;
        }
    }
    if (band && band->points != 0) {
        a.score += band->points;
        add(say(QT_TRANSLATE_NOOP("grab::PriorityPolicy", "amount >= %1 %2")).arg(formatMajorUnits(band->fromMinor)).arg(signedPoints(band->points)));
    }
    if (const auto it = regionPoints.constFind(region); it != regionPoints.cend() && it.value() != 0) {
        a.score += it.value();
        add(say(QT_TRANSLATE_NOOP("grab::PriorityPolicy", "region %1 %2")).arg(region).arg(signedPoints(it.value())));
    }
    a.priority = a.score >= p1From ? 1 : a.score >= p2From ? 2 : a.score >= p3From ? 3 : 4;
    a.why = say(QT_TRANSLATE_NOOP("grab::PriorityPolicy", "%1 = %2 -> P%3")).arg(why).arg(a.score).arg(a.priority);
    a.explanation = a.why.english();
    return a;
}

qint64 PriorityPolicy::bandFrom(qint64 amountMinor) const
{
    qint64 from = 0;
    for (const AmountBand &b : amountBands) {
        if (amountMinor >= b.fromMinor) {
            from = b.fromMinor;
        }
    }
    return from;
}

PriorityPolicy PriorityPolicy::defaults()
{
    PriorityPolicy p;
    // Bands in fen: < 5,000 yuan nothing; >= 5,000 +10; >= 20,000 +25; >= 100,000 +40.
    p.amountBands = {{0, 0}, {500000, 10}, {2000000, 25}, {10000000, 40}};
    return p;
}

QJsonObject PriorityPolicy::toJson() const
{
    QJsonArray bands;
    for (const AmountBand &b : amountBands) {
        bands.append(QJsonObject{{QStringLiteral("from"), formatMajorUnits(b.fromMinor)}, {QStringLiteral("points"), b.points}});
    }
    QJsonObject regions;
    for (auto it = regionPoints.cbegin(); it != regionPoints.cend(); ++it) {
        regions.insert(it.key(), it.value());
    }
    return QJsonObject{
        {QStringLiteral("tierPoints"),
         QJsonObject{{QStringLiteral("vip"), vipPoints}, {QStringLiteral("key"), keyPoints}, {QStringLiteral("regular"), regularPoints}}},
        {QStringLiteral("amountBands"), bands},
        {QStringLiteral("regionPoints"), regions},
        {QStringLiteral("levels"),
         QJsonObject{{QStringLiteral("p1From"), p1From}, {QStringLiteral("p2From"), p2From}, {QStringLiteral("p3From"), p3From}}},
    };
}

namespace {
bool readInt(const QJsonObject &o, const QString &key, int *out, QString *why, const QString &where)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        return true; // keep the default
    }
    if (!v.isDouble() || v.toDouble() != double(v.toInt()) || std::abs(v.toInt()) > 1000000) {
        *why = QStringLiteral("%1.%2 must be a whole number").arg(where, key);
        return false;
    }
    *out = v.toInt();
    return true;
}
} // namespace

std::optional<PriorityPolicy> PriorityPolicy::fromJson(const QJsonObject &json, QString *why)
{
    PriorityPolicy p = defaults();
    const QJsonObject tiers = json.value(QStringLiteral("tierPoints")).toObject();
    const QString tp = QStringLiteral("priority.tierPoints");
    if (!readInt(tiers, QStringLiteral("vip"), &p.vipPoints, why, tp) || !readInt(tiers, QStringLiteral("key"), &p.keyPoints, why, tp)
        || !readInt(tiers, QStringLiteral("regular"), &p.regularPoints, why, tp)) {
        return std::nullopt;
    }
    if (json.contains(QStringLiteral("amountBands"))) {
        p.amountBands.clear();
        for (const QJsonValue &v : json.value(QStringLiteral("amountBands")).toArray()) {
            const QJsonObject b = v.toObject();
            const QJsonValue from = b.value(QStringLiteral("from"));
            const auto minor = parseMajorUnits(from.isDouble() ? QString::number(from.toDouble(), 'f', 2) : from.toString());
            AmountBand band;
            if (!minor || from.toDouble(0) < 0) {
                *why = QStringLiteral("priority.amountBands[].from must be an amount in yuan, 0 or more, e.g. \"5000.00\"");
                return std::nullopt;
            }
            band.fromMinor = *minor;
            if (!readInt(b, QStringLiteral("points"), &band.points, why, QStringLiteral("priority.amountBands[]"))) {
                return std::nullopt;
            }
            p.amountBands.append(band);
        }
        std::sort(p.amountBands.begin(), p.amountBands.end(),
                  [](const AmountBand &a, const AmountBand &b) { return a.fromMinor < b.fromMinor; });
    }
    if (json.contains(QStringLiteral("regionPoints"))) {
        p.regionPoints.clear();
        const QJsonObject regions = json.value(QStringLiteral("regionPoints")).toObject();
        for (auto it = regions.begin(); it != regions.end(); ++it) {
            int pts = 0;
            if (!readInt(regions, it.key(), &pts, why, QStringLiteral("priority.regionPoints"))) {
                return std::nullopt;
            }
            p.regionPoints.insert(it.key(), pts);
        }
    }
    const QJsonObject levels = json.value(QStringLiteral("levels")).toObject();
    const QString lv = QStringLiteral("priority.levels");
    if (!readInt(levels, QStringLiteral("p1From"), &p.p1From, why, lv) || !readInt(levels, QStringLiteral("p2From"), &p.p2From, why, lv)
        || !readInt(levels, QStringLiteral("p3From"), &p.p3From, why, lv)) {
        return std::nullopt;
    }
    if (!(p.p1From > p.p2From && p.p2From > p.p3From)) {
        *why = QStringLiteral("priority.levels must satisfy p1From > p2From > p3From");
        return std::nullopt;
    }
    return p;
}

} // namespace grab
