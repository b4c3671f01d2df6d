#include "ruleset.h"

#include <QDateTime>

#include <algorithm>
#include <QJsonArray>

namespace grab {

RuleSet RuleSet::defaults(const QString &timeZone)
{
    RuleSet r;
    r.timeZone = timeZone;
    const QList<int> monToSat{1, 2, 3, 4, 5, 6};
    r.windows = {GrabWindow{monToSat, 8 * 60, 10 * 60, QStringLiteral("Morning peak"), true},
                 GrabWindow{monToSat, 10 * 60, 20 * 60, QStringLiteral("Day"), false}};
    r.priority = PriorityPolicy::defaults();
    r.dailyCap = {{Level::Junior, 20}, {Level::Senior, 25}, {Level::Lead, 30}};
    // P1 (VIP with a large amount, or the largest orders) needs a senior or lead grabber.
    // A small order of a regular customer scores 0 -> P4 and is open to everyone.
    r.reservations = {Reservation{1, Level::Senior}};
    return r;
}

QTimeZone RuleSet::zone() const
{
    if (m_zoneName != timeZone || !m_zone.isValid()) {
        m_zone = QTimeZone(timeZone.toUtf8());
        m_zoneName = timeZone;
    }
    return m_zone;
}

int RuleSet::dailyCapFor(Level level, std::optional<int> override) const
{
    if (override) {
        return *override;
    }
    return dailyCap.value(level, 0);
}

const GrabWindow *RuleSet::windowAt(qint64 epochMs) const
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(epochMs, zone());
    const int weekday = local.date().dayOfWeek();
    const int minute = local.time().hour() * 60 + local.time().minute();
    for (const GrabWindow &w : windows) {
        if (w.contains(weekday, minute)) {
            return &w;
        }
    }
    return nullptr;
}

std::optional<qint64> RuleSet::nextWindowChange(qint64 epochMs) const
{
    // Windows change only at their own starts and ends: collect those instants around now,
    // then take the first one at which a different window (or none) is in force.
    const QTimeZone tz = zone();
    const QDate today = QDateTime::fromMSecsSinceEpoch(epochMs, tz).date();
    QList<qint64> edges;
    for (int d = -1; d <= 8; ++d) {
        const QDate day = today.addDays(d);
        for (const GrabWindow &w : windows) {
            for (const int minute : {w.startMinute, w.endMinute}) {
                const QDateTime at(minute >= 1440 ? day.addDays(1) : day, QTime((minute % 1440) / 60, minute % 60), tz);
                if (at.isValid() && at.toMSecsSinceEpoch() > epochMs) {
                    edges.append(at.toMSecsSinceEpoch());
                }
            }
        }
    }
    std::sort(edges.begin(), edges.end());
    const GrabWindow *now = windowAt(epochMs);
    for (const qint64 edge : edges) {
        if (windowAt(edge) != now) {
            return edge;
        }
    }
    return std::nullopt;
}

std::pair<qint64, qint64> RuleSet::dayBounds(qint64 epochMs) const
{
    const QTimeZone tz = zone();
    const QDate day = QDateTime::fromMSecsSinceEpoch(epochMs, tz).date();
    const qint64 start = QDateTime(day, QTime(0, 0), tz).toMSecsSinceEpoch();
    const qint64 end = QDateTime(day.addDays(1), QTime(0, 0), tz).toMSecsSinceEpoch();
    return {start, end};
}

bool RuleSet::operator==(const RuleSet &o) const
{
    return timeZone == o.timeZone && windows == o.windows && vipAlwaysOpen == o.vipAlwaysOpen && priority == o.priority
           && dailyCap == o.dailyCap && maxOpenWorkload == o.maxOpenWorkload && reservations == o.reservations
           && grabDeadlineMinutes == o.grabDeadlineMinutes && dispatch == o.dispatch && followUp == o.followUp
           && violations == o.violations && review == o.review;
}

QJsonObject RuleSet::toJson() const
{
    QJsonArray windowsJson;
    for (const GrabWindow &w : windows) {
        windowsJson.append(w.toJson());
    }
    QJsonObject caps;
    for (auto it = dailyCap.cbegin(); it != dailyCap.cend(); ++it) {
        caps.insert(toString(it.key()), it.value());
    }
    QJsonArray reserved;
    for (const Reservation &r : reservations) {
        reserved.append(QJsonObject{{QStringLiteral("priority"), QStringLiteral("P%1").arg(r.priority)},
                                    {QStringLiteral("minLevel"), toString(r.minLevel)}});
    }
    return QJsonObject{
        {QStringLiteral("timeZone"), timeZone},
        {QStringLiteral("grabWindows"), windowsJson},
        {QStringLiteral("vipAlwaysOpen"), vipAlwaysOpen},
        {QStringLiteral("priority"), priority.toJson()},
        {QStringLiteral("dailyCap"), caps},
        {QStringLiteral("maxOpenWorkload"), maxOpenWorkload},
        {QStringLiteral("reserved"), reserved},
        {QStringLiteral("grabDeadlineMinutes"), grabDeadlineMinutes},
        {QStringLiteral("dispatch"), dispatch.toJson()},
        {QStringLiteral("followUp"), followUp.toJson()},
        {QStringLiteral("violations"), violations.toJson()},
        {QStringLiteral("review"), review.toJson()},
    };
}

namespace {
Error invalid(const QString &why)
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("Invalid rule set: %1.").arg(why));
}

bool isWhole(const QJsonValue &v, int min, int max)
{
    return v.isDouble() && v.toDouble() == double(v.toInt()) && v.toInt() >= min && v.toInt() <= max;
}
} // namespace

Result<RuleSet> RuleSet::fromJson(const QJsonObject &json)
{
    static const QStringList known{QStringLiteral("timeZone"),       QStringLiteral("grabWindows"),
                                   QStringLiteral("vipAlwaysOpen"),  QStringLiteral("priority"),
                                   QStringLiteral("dailyCap"),       QStringLiteral("maxOpenWorkload"),
                                   QStringLiteral("reserved"),       QStringLiteral("grabDeadlineMinutes"),
                                   QStringLiteral("dispatch"),       QStringLiteral("followUp"),
                                   QStringLiteral("violations"),     QStringLiteral("review"),
                                   QStringLiteral("version")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key())) {
            // A typo must not silently leave a rule at its default.
            return invalid(QStringLiteral("unknown key \"%1\"").arg(it.key()));
        }
    }

    RuleSet r = defaults(json.value(QStringLiteral("timeZone")).toString());
    if (r.timeZone.isEmpty() || !QTimeZone(r.timeZone.toUtf8()).isValid()) {
        return invalid(QStringLiteral("\"timeZone\" must be an IANA time zone name such as \"Asia/Shanghai\""));
    }
    QString why;
    if (json.contains(QStringLiteral("grabWindows"))) {
        const QJsonValue v = json.value(QStringLiteral("grabWindows"));
        if (!v.isArray()) {
            return invalid(QStringLiteral("\"grabWindows\" must be a list"));
        }
        r.windows.clear();
        for (const QJsonValue &w : v.toArray()) {
            const auto window = GrabWindow::fromJson(w.toObject(), &why);
            if (!window) {
                return invalid(why);
            }
            r.windows.append(*window);
        }
    }
    if (json.contains(QStringLiteral("vipAlwaysOpen"))) {
        if (!json.value(QStringLiteral("vipAlwaysOpen")).isBool()) {
            return invalid(QStringLiteral("\"vipAlwaysOpen\" must be true or false"));
        }
        r.vipAlwaysOpen = json.value(QStringLiteral("vipAlwaysOpen")).toBool();
    }
    if (json.contains(QStringLiteral("priority"))) {
        const auto policy = PriorityPolicy::fromJson(json.value(QStringLiteral("priority")).toObject(), &why);
        if (!policy) {
            return invalid(why);
        }
        r.priority = *policy;
    }
    if (json.contains(QStringLiteral("dailyCap"))) {
        const QJsonObject caps = json.value(QStringLiteral("dailyCap")).toObject();
        for (auto it = caps.begin(); it != caps.end(); ++it) {
            const auto level = levelFromString(it.key());
            if (!level) {
                return invalid(QStringLiteral("dailyCap has an unknown level \"%1\" (junior, senior, lead)").arg(it.key()));
            }
            if (!isWhole(it.value(), 0, 10000)) {
                return invalid(QStringLiteral("dailyCap.%1 must be a whole number from 0 to 10000").arg(it.key()));
            }
            r.dailyCap[*level] = it.value().toInt();
        }
    }
    if (json.contains(QStringLiteral("maxOpenWorkload"))) {
        if (!isWhole(json.value(QStringLiteral("maxOpenWorkload")), 0, 10000)) {
            return invalid(QStringLiteral("\"maxOpenWorkload\" must be a whole number from 0 to 10000"));
        }
        r.maxOpenWorkload = json.value(QStringLiteral("maxOpenWorkload")).toInt();
    }
    if (json.contains(QStringLiteral("reserved"))) {
        r.reservations.clear();
        for (const QJsonValue &v : json.value(QStringLiteral("reserved")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString p = o.value(QStringLiteral("priority")).toString();
            const auto level = levelFromString(o.value(QStringLiteral("minLevel")).toString());
            const int prio = p.size() == 2 && p[0].toUpper() == u'P' ? p.mid(1).toInt() : 0;
            if (prio < kHighestPriority || prio > kLowestPriority || !level) {
                return invalid(QStringLiteral("each \"reserved\" entry needs \"priority\" (P1..P4) and \"minLevel\" (junior, senior, lead)"));
            }
            r.reservations.append(Reservation{prio, *level});
        }
    }
    if (json.contains(QStringLiteral("grabDeadlineMinutes"))) {
        if (!isWhole(json.value(QStringLiteral("grabDeadlineMinutes")), 1, 60 * 24 * 90)) {
            return invalid(QStringLiteral("\"grabDeadlineMinutes\" must be a whole number from 1 to 129600"));
        }
        r.grabDeadlineMinutes = json.value(QStringLiteral("grabDeadlineMinutes")).toInt();
    }
    if (json.contains(QStringLiteral("dispatch"))) {
        const auto p = DispatchPolicy::fromJson(json.value(QStringLiteral("dispatch")).toObject(), &why);
        if (!p) {
            return invalid(why);
        }
        r.dispatch = *p;
    }
    if (json.contains(QStringLiteral("followUp"))) {
        const auto p = FollowUpPolicy::fromJson(json.value(QStringLiteral("followUp")).toObject(), &why);
        if (!p) {
            return invalid(why);
        }
        r.followUp = *p;
    }
    if (json.contains(QStringLiteral("violations"))) {
        const auto p = ViolationPolicy::fromJson(json.value(QStringLiteral("violations")).toObject(), &why);
        if (!p) {
            return invalid(why);
        }
        r.violations = *p;
    }
    if (json.contains(QStringLiteral("review"))) {
        auto p = ReviewSettings::fromJson(json.value(QStringLiteral("review")).toObject());
        if (!p) {
            return invalid(p.error().message.section(QStringLiteral(": "), 1).chopped(1));
        }
        r.review = *p;
        r.review.ruleVersion = 0; // the store's business, like the rule set's own version
    }
    return r;
}

} // namespace grab
