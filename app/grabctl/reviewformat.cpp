#include "reviewformat.h"

#include "base/money.h"

#include <QJsonArray>

#include <cmath>

namespace grab::cli {
namespace {

QJsonValue opt(const std::optional<double> &v, int places)
{
    if (!v || !std::isfinite(*v)) {
        return QJsonValue();
    }
    const double scale = std::pow(10.0, places);
    return std::round(*v * scale) / scale;
}

QJsonObject settingsJson(const ReviewSettings &s)
{
    return s.toJson();
}

} // namespace

QJsonObject progressJson(const ReviewProgress &p)
{
    QJsonArray missing;
    for (const auto &[id, name] : p.missing) {
        missing.append(QJsonObject{{QStringLiteral("grabberId"), id}, {QStringLiteral("grabberName"), name}});
    }
    QJsonObject grades;
    for (auto it = p.grades.cbegin(); it != p.grades.cend(); ++it) {
        grades.insert(it.key(), it.value());
    }
    return QJsonObject{{QStringLiteral("total"), p.total},     {QStringLiteral("scored"), p.scored},   {QStringLiteral("unscored"), p.unscored()},
                       {QStringLiteral("decisions"), p.decisions}, {QStringLiteral("missing"), missing}, {QStringLiteral("grades"), grades}};
}

QJsonObject cycleJson(const ReviewCycle &c)
{
    const auto ms = [](const std::optional<qint64> &v) { return v ? QJsonValue(*v) : QJsonValue(); };
    return QJsonObject{{QStringLiteral("quarter"), c.quarter},
                       {QStringLiteral("from"), c.period.from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), c.period.to.toString(Qt::ISODate)},
                       {QStringLiteral("state"), toString(c.state)},
                       {QStringLiteral("createdAt"), c.createdAt},
                       {QStringLiteral("openedAt"), ms(c.openedAt)},
                       {QStringLiteral("approvedBy"), c.approvedBy.isEmpty() ? QJsonValue() : QJsonValue(c.approvedBy)},
                       {QStringLiteral("approvedAt"), ms(c.approvedAt)},
                       {QStringLiteral("lockedAt"), ms(c.lockedAt)},
                       {QStringLiteral("settings"), settingsJson(c.settings)},
                       {QStringLiteral("progress"), progressJson(c.progress)}};
}

QJsonObject decisionJson(const ReviewDecision &d)
{
    return QJsonObject{{QStringLiteral("id"), d.id},
                       {QStringLiteral("kind"), toString(d.kind)},
                       {QStringLiteral("amount"), d.amountMinor ? QJsonValue(formatMajorUnits(*d.amountMinor)) : QJsonValue()},
                       {QStringLiteral("text"), d.text},
                       {QStringLiteral("dueOn"), d.dueOn.isValid() ? QJsonValue(d.dueOn.toString(Qt::ISODate)) : QJsonValue()},
                       {QStringLiteral("reason"), d.reason},
                       {QStringLiteral("category"), d.category.isEmpty() ? QJsonValue() : QJsonValue(d.category)},
                       {QStringLiteral("trainingId"), d.trainingId ? QJsonValue(*d.trainingId) : QJsonValue()},
                       {QStringLiteral("decidedBy"), d.decidedBy},
                       {QStringLiteral("decidedAt"), d.decidedAt ? QJsonValue(*d.decidedAt) : QJsonValue()}};
}

QJsonObject entryJson(const ReviewEntry &e)
{
    QJsonArray parts;
    for (const ReviewKpiPart &part : e.kpi.parts) {
        parts.append(QJsonObject{{QStringLiteral("kpi"), reviewKpiKey(part.kpi)},
                                 {QStringLiteral("value"), opt(part.value, 4)},
                                 {QStringLiteral("target"), part.target},
                                 {QStringLiteral("weight"), part.weight},
                                 {QStringLiteral("share"), opt(part.share, 4)},
                                 {QStringLiteral("achievement"), opt(part.achievement, 4)},
                                 {QStringLiteral("points"), opt(part.points, 2)},
                                 {QStringLiteral("why"), part.why}});
    }
    QJsonArray decisions;
    for (const ReviewDecision &d : e.decisions) {
        decisions.append(decisionJson(d));
    }
    return QJsonObject{{QStringLiteral("quarter"), e.quarter},
                       {QStringLiteral("cycleState"), toString(e.cycleState)},
                       {QStringLiteral("grabberId"), e.grabberId},
                       {QStringLiteral("grabberName"), e.grabberName},
                       {QStringLiteral("kpis"), e.snapshot.toJson()},
                       {QStringLiteral("kpiScore"), opt(e.kpi.score, 1)},
                       {QStringLiteral("kpiScoreWhy"), e.kpi.why},
                       {QStringLiteral("kpiParts"), parts},
                       {QStringLiteral("supervisorScore"), e.supervisorScore ? QJsonValue(*e.supervisorScore) : QJsonValue()},
                       {QStringLiteral("comment"), e.comment},
                       {QStringLiteral("finalScore"), opt(e.final.score, 1)},
                       {QStringLiteral("grade"), e.final.grade.isEmpty() ? QJsonValue() : QJsonValue(e.final.grade)},
                       {QStringLiteral("finalScoreWhy"), e.final.why},
                       {QStringLiteral("decisions"), decisions}};
}

} // namespace grab::cli
