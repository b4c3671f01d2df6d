#pragma once

#include "types.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace grab {

// Customer tier, order amount and region give a score; thresholds turn it into P1..P4.
// Integer points keep the score exact and explainable ("VIP 50 + amount 25 = 75 >= 70: P1").
struct PriorityPolicy
{
    struct AmountBand
    {
        qint64 fromMinor = 0; // the band applies to amounts >= fromMinor
        int points = 0;
        bool operator==(const AmountBand &) const = default;
    };

    int vipPoints = 50;
    int keyPoints = 25;
    int regularPoints = 0;
    QList<AmountBand> amountBands; // sorted by fromMinor
    QMap<QString, int> regionPoints;
    int p1From = 70; // score >= p1From -> P1
    int p2From = 45;
    int p3From = 20; // below p3From -> P4

    struct Assessment
    {
        int score = 0;
        int priority = kLowestPriority;
        QString explanation; // e.g. "tier vip +50, amount >= 20000.00 +25, region 华东 +5 = 80 -> P1"
        Phrase why;          // the same as a phrase: kept beside it in the published event
    };
    Assessment assess(Tier tier, qint64 amountMinor, const QString &region) const;
    // The lower bound (fen) of the amount band an amount falls in (0 below every band): with
    // the skill, the segment in which a grabber's win rate is measured.
    qint64 bandFrom(qint64 amountMinor) const;

    QJsonObject toJson() const;
    static std::optional<PriorityPolicy> fromJson(const QJsonObject &json, QString *why);
    static PriorityPolicy defaults();

    bool operator==(const PriorityPolicy &) const = default;
};

} // namespace grab
