#include "reviewsnapshot.h"

#include "base/money.h"
#include "base/phrase.h"

#include <QJsonArray>

namespace grab {

QString ReviewViolation::shownNote() const
{
    const Phrase phrase = notePhrase.isEmpty() ? Phrase() : Phrase::fromJson(notePhrase);
    return phrase.isEmpty() ? note : phrase.shown();
}

namespace {

QJsonValue opt(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

std::optional<double> optFrom(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

qint64 count(const QJsonObject &o, const char *key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

} // namespace

QJsonObject ReviewSnapshot::toJson() const
{
    const GrabberKpis &k = kpis;
    QJsonObject byType;
    for (auto it = k.violationsByType.cbegin(); it != k.violationsByType.cend(); ++it) {
        byType.insert(it.key(), it.value());
    }
    QJsonArray list;
    for (const ReviewViolation &v : violations) {
        QJsonObject o{{QStringLiteral("id"), v.id},
                      {QStringLiteral("at"), v.at},
                      {QStringLiteral("type"), v.type},
                      {QStringLiteral("severity"), v.severity},
                      {QStringLiteral("source"), v.source},
                      {QStringLiteral("orderId"), v.orderId ? QJsonValue(*v.orderId) : QJsonValue()},
                      {QStringLiteral("note"), v.note}};
        if (!v.notePhrase.isEmpty()) {
            o.insert(QStringLiteral("notePhrase"), v.notePhrase);
        }
        list.append(o);
    }
    return QJsonObject{{QStringLiteral("grabberId"), k.grabberId},
                       {QStringLiteral("grabberName"), k.name},
                       {QStringLiteral("level"), level},
                       {QStringLiteral("team"), team},
                       {QStringLiteral("from"), period.from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), period.to.toString(Qt::ISODate)},
                       {QStringLiteral("takenAt"), takenAt},
                       {QStringLiteral("ruleVersion"), ruleVersion},
                       {QStringLiteral("volume"), k.volume},
                       {QStringLiteral("won"), k.won},
                       {QStringLiteral("lost"), k.lost},
                       {QStringLiteral("reclaimed"), k.reclaimed},
                       {QStringLiteral("closed"), k.closed()},
                       {QStringLiteral("successRate"), opt(k.successRate)},
                       {QStringLiteral("failureRate"), opt(k.failureRate)},
                       {QStringLiteral("attempts"), k.attempts},
                       {QStringLiteral("attemptsWon"), k.attemptsWon},
                       {QStringLiteral("hitRate"), opt(k.hitRate)},
                       {QStringLiteral("medianResponseS"), opt(k.medianResponseS)},
                       {QStringLiteral("revenue"), formatMajorUnits(k.revenueMinor)},
                       {QStringLiteral("revenueMinor"), k.revenueMinor},
                       {QStringLiteral("satisfaction"), opt(k.satisfaction)},
                       {QStringLiteral("feedbackCount"), k.feedbackCount},
                       {QStringLiteral("feedbackSum"), k.feedbackSum},
                       {QStringLiteral("violations"), k.violations},
                       {QStringLiteral("violationsByType"), byType},
                       {QStringLiteral("violationList"), list},
                       {QStringLiteral("workload"), k.workload}};
}

ReviewSnapshot ReviewSnapshot::fromJson(const QJsonObject &o)
{
    ReviewSnapshot s;
    GrabberKpis &k = s.kpis;
    k.grabberId = count(o, "grabberId");
    k.name = o.value(QStringLiteral("grabberName")).toString();
    s.level = o.value(QStringLiteral("level")).toString();
    s.team = o.value(QStringLiteral("team")).toString();
    s.period = Period{QDate::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODate),
                      QDate::fromString(o.value(QStringLiteral("to")).toString(), Qt::ISODate)};
    s.takenAt = count(o, "takenAt");
    s.ruleVersion = int(count(o, "ruleVersion"));
    k.volume = count(o, "volume");
    k.won = count(o, "won");
    k.lost = count(o, "lost");
    k.reclaimed = count(o, "reclaimed");
    k.successRate = optFrom(o.value(QStringLiteral("successRate")));
    k.failureRate = optFrom(o.value(QStringLiteral("failureRate")));
    k.attempts = count(o, "attempts");
    k.attemptsWon = count(o, "attemptsWon");
    k.hitRate = optFrom(o.value(QStringLiteral("hitRate")));
    k.medianResponseS = optFrom(o.value(QStringLiteral("medianResponseS")));
    k.revenueMinor = count(o, "revenueMinor");
    k.satisfaction = optFrom(o.value(QStringLiteral("satisfaction")));
    k.feedbackCount = count(o, "feedbackCount");
    k.feedbackSum = count(o, "feedbackSum");
    k.violations = count(o, "violations");
    k.workload = count(o, "workload");
    const QJsonObject byType = o.value(QStringLiteral("violationsByType")).toObject();
    for (auto it = byType.begin(); it != byType.end(); ++it) {
        k.violationsByType.insert(it.key(), qint64(it.value().toDouble()));
    }
    for (const QJsonValue &v : o.value(QStringLiteral("violationList")).toArray()) {
        const QJsonObject x = v.toObject();
        s.violations.append(ReviewViolation{count(x, "id"), count(x, "at"), x.value(QStringLiteral("type")).toString(),
                                            x.value(QStringLiteral("severity")).toString(), x.value(QStringLiteral("source")).toString(),
                                            x.value(QStringLiteral("orderId")).isDouble() ? std::optional<qint64>(count(x, "orderId")) : std::nullopt,
                                            x.value(QStringLiteral("note")).toString(), x.value(QStringLiteral("notePhrase")).toObject()});
    }
    return s;
}

} // namespace grab
