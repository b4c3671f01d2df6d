#include "reviewsettings.h"

#include "base/money.h"

#include <QJsonValue>
#include <QStringList>

#include <cmath>

namespace grab {
namespace {

const std::array<const char *, kReviewKpiCount> kKeys{"success_rate", "failure_rate",    "won",       "revenue",
                                                      "satisfaction", "median_response", "violations"};

Error invalid(const QString &why)
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("Invalid review settings: %1.").arg(why));
}

// Revenue travels as yuan text ("300000.00"); everything else as a number.
QJsonValue targetJson(ReviewKpi kpi, double v)
{
    if (kpi == ReviewKpi::Revenue) {
        return formatMajorUnits(qint64(std::llround(v)));
    }
    return v;
}

std::optional<double> targetFrom(ReviewKpi kpi, const QJsonValue &v)
{
    if (kpi == ReviewKpi::Revenue) {
        const auto minor = v.isString() ? parseMajorUnits(v.toString()) : v.isDouble() ? parseMajorUnits(QString::number(v.toDouble(), 'f', 2))
                                                                                         : std::nullopt;
        return minor ? std::optional<double>(double(*minor)) : std::nullopt;
    }
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

QString allKeys()
{
    QStringList keys;
    for (const char *k : kKeys) {
        keys << QString::fromLatin1(k);
    }
    return keys.join(QStringLiteral(", "));
}

Status applyPairs(ReviewSettings &s, const QString &text, bool weights)
{
    const QString what = weights ? QStringLiteral("weights") : QStringLiteral("targets");
    ReviewSettings changed = s;
    const QStringList pairs = text.split(u',', Qt::SkipEmptyParts);
    if (pairs.isEmpty()) {
        return invalid(QStringLiteral("no %1 given (write KPI=VALUE,KPI=VALUE)").arg(what));
    }
    for (const QString &pair : pairs) {
        const QStringList kv = pair.split(u'=');
        const auto kpi = kv.size() == 2 ? reviewKpiFromKey(kv[0].trimmed()) : std::nullopt;
        if (!kpi) {
            return invalid(QStringLiteral("\"%1\" is not KPI=VALUE with a KPI among %2").arg(pair, allKeys()));
        }
        const QString value = kv[1].trimmed();
        std::optional<double> v;
        if (!weights && *kpi == ReviewKpi::Revenue) {
            const auto minor = parseMajorUnits(value);
            v = minor ? std::optional<double>(double(*minor)) : std::nullopt;
        } else {
            bool ok = false;
            const double d = value.toDouble(&ok);
            v = ok && std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
        }
        if (!v) {
            return invalid(QStringLiteral("\"%1\" is not a number for %2").arg(value, kv[0].trimmed()));
        }
        (weights ? changed.weights : changed.targets)[size_t(*kpi)] = *v;
    }
    if (auto ok = changed.validate(); !ok) {
        return ok;
    }
    s = changed;
    return Done{};
}

} // namespace

QString reviewKpiKey(ReviewKpi kpi)
{
    return QString::fromLatin1(kKeys[size_t(kpi)]);
}

std::optional<ReviewKpi> reviewKpiFromKey(const QString &key)
{
    for (size_t i = 0; i < kKeys.size(); ++i) {
        if (key == QLatin1String(kKeys[i])) {
            return ReviewKpi(i);
        }
    }
    return std::nullopt;
}

bool lowerIsBetter(ReviewKpi kpi)
{
    return kpi == ReviewKpi::FailureRate || kpi == ReviewKpi::MedianResponse || kpi == ReviewKpi::Violations;
}

ReviewSettings ReviewSettings::defaults()
{
    ReviewSettings s;
    auto set = [&s](ReviewKpi k, double weight, double target) {
        s.weights[size_t(k)] = weight;
        s.targets[size_t(k)] = target;
    };
    set(ReviewKpi::SuccessRate, 25, 0.60);
    set(ReviewKpi::FailureRate, 10, 0.40);
    set(ReviewKpi::Won, 15, 120);
    set(ReviewKpi::Revenue, 20, 60000000); // ¥600,000 a quarter
    set(ReviewKpi::Satisfaction, 20, 4.5);
    set(ReviewKpi::MedianResponse, 0, 300); // 5 minutes; not weighted unless a cycle says so
    set(ReviewKpi::Violations, 10, 2);
    return s;
}

Status ReviewSettings::validate() const
{
    double sum = 0;
    for (const ReviewKpi k : kReviewKpis) {
        const double w = weight(k);
        if (!std::isfinite(w) || w < 0) {
            return invalid(QStringLiteral("the weight of %1 must be 0 or more").arg(reviewKpiKey(k)));
        }
        sum += w;
        const double t = target(k);
        if (!std::isfinite(t) || t < 0 || (t == 0 && k != ReviewKpi::Violations)) {
            return invalid(QStringLiteral("the target of %1 must be above 0").arg(reviewKpiKey(k)));
        }
        if ((k == ReviewKpi::SuccessRate || k == ReviewKpi::FailureRate) && t > 1) {
            return invalid(QStringLiteral("the target of %1 is a fraction, at most 1 (0.6 for 60 %)").arg(reviewKpiKey(k)));
        }
        if (k == ReviewKpi::Satisfaction && (t < 1 || t > 5)) {
            return invalid(QStringLiteral("the target of satisfaction is a score from 1 to 5"));
        }
    }
    if (sum <= 0) {
        return invalid(QStringLiteral("at least one KPI needs a weight above 0"));
    }
    if (!(achievementCap >= 1 && achievementCap <= 3)) {
        return invalid(QStringLiteral("the achievement cap must be between 1 and 3"));
    }
    if (!(kpiShare >= 0 && kpiShare <= 1)) {
        return invalid(QStringLiteral("the KPI share must be between 0 and 1"));
    }
    if (!(gradeA > gradeB && gradeB > gradeC && gradeC > 0)) {
        return invalid(QStringLiteral("the grade thresholds must fall: A above B above C above 0"));
    }
    return Done{};
}

QJsonObject ReviewSettings::toJson() const
{
    QJsonObject w;
    QJsonObject t;
    for (const ReviewKpi k : kReviewKpis) {
        w.insert(reviewKpiKey(k), weight(k));
        t.insert(reviewKpiKey(k), targetJson(k, target(k)));
    }
    QJsonObject o{{QStringLiteral("weights"), w},
                  {QStringLiteral("targets"), t},
                  {QStringLiteral("achievementCap"), achievementCap},
                  {QStringLiteral("kpiShare"), kpiShare},
                  {QStringLiteral("grades"), QJsonObject{{QStringLiteral("A"), gradeA}, {QStringLiteral("B"), gradeB}, {QStringLiteral("C"), gradeC}}}};
    if (ruleVersion > 0) {
        o.insert(QStringLiteral("ruleVersion"), ruleVersion);
    }
    return o;
}

Result<ReviewSettings> ReviewSettings::fromJson(const QJsonObject &json)
{
    static const QStringList known{QStringLiteral("weights"), QStringLiteral("targets"), QStringLiteral("achievementCap"),
                                   QStringLiteral("kpiShare"), QStringLiteral("grades"), QStringLiteral("ruleVersion")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key())) {
            return invalid(QStringLiteral("unknown key \"%1\"").arg(it.key()));
        }
    }
    ReviewSettings s = defaults();
    for (const bool isWeights : {true, false}) {
        const QString name = isWeights ? QStringLiteral("weights") : QStringLiteral("targets");
        const QJsonObject part = json.value(name).toObject();
        for (auto it = part.begin(); it != part.end(); ++it) {
            const auto kpi = reviewKpiFromKey(it.key());
            if (!kpi) {
                return invalid(QStringLiteral("unknown KPI \"%1\" in %2").arg(it.key(), name));
            }
            const auto v = isWeights ? (it.value().isDouble() ? std::optional<double>(it.value().toDouble()) : std::nullopt)
                                     : targetFrom(*kpi, it.value());
            if (!v) {
                return invalid(QStringLiteral("%1 of %2 must be a number").arg(name, it.key()));
            }
            (isWeights ? s.weights : s.targets)[size_t(*kpi)] = *v;
        }
    }
    const auto number = [&json](const QString &key, double &into) {
        if (json.contains(key)) {
            if (!json.value(key).isDouble()) {
                return false;
            }
            into = json.value(key).toDouble();
        }
        return true;
    };
    if (!number(QStringLiteral("achievementCap"), s.achievementCap) || !number(QStringLiteral("kpiShare"), s.kpiShare)) {
        return invalid(QStringLiteral("achievementCap and kpiShare must be numbers"));
    }
    const QJsonObject grades = json.value(QStringLiteral("grades")).toObject();
    for (auto it = grades.begin(); it != grades.end(); ++it) {
        double *into = it.key() == QLatin1String("A") ? &s.gradeA : it.key() == QLatin1String("B") ? &s.gradeB : it.key() == QLatin1String("C") ? &s.gradeC : nullptr;
        if (!into || !it.value().isDouble()) {
            return invalid(QStringLiteral("grades holds numbers for A, B and C"));
        }
        *into = it.value().toDouble();
    }
    s.ruleVersion = json.value(QStringLiteral("ruleVersion")).toInt(0);
    if (auto ok = s.validate(); !ok) {
        return ok.error();
    }
    return s;
}

Status ReviewSettings::applyWeights(const QString &text)
{
    return applyPairs(*this, text, true);
}

Status ReviewSettings::applyTargets(const QString &text)
{
    return applyPairs(*this, text, false);
}

} // namespace grab
