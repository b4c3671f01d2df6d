#pragma once

#include <QJsonObject>

#include <optional>

namespace grab {

// How orders that nobody grabs reach a grabber (PRODUCT.md "Grab first, then dispatch").
struct DispatchPolicy
{
    enum class Mode {
        Off,      // pure grabbing: an order waits in the pool until grabbed or expired
        Fallback, // grab first; after widenAfter the level reservation is lifted, after dispatchAfter it is dispatched
        Always,   // no grabbing: every order is dispatched by the scorer
    };

    Mode mode = Mode::Fallback;
    int widenAfterMinutes = 15;
    int dispatchAfterMinutes = 30;
    int vipWidenAfterMinutes = 5; // VIP orders escalate sooner
    int vipDispatchAfterMinutes = 10;

    // Score weights: each factor is 0..1, times its weight; the total ranks the candidates.
    double skillWeight = 30;
    double regionWeight = 15;
    double workloadWeight = 25;
    double winRateWeight = 20;
    double satisfactionWeight = 10;
    // Beta prior of the smoothed win rate (wins + a) / (closed + a + b).
    double priorWins = 2;
    double priorLosses = 2;

    QJsonObject toJson() const;
    static std::optional<DispatchPolicy> fromJson(const QJsonObject &json, QString *why);
    bool operator==(const DispatchPolicy &) const = default;
};

QString toString(DispatchPolicy::Mode mode);

// Follow-up and reclaim (PRODUCT.md "Reclaim with accountability").
struct FollowUpPolicy
{
    int hours = 24;          // an assigned order with no follow-up for this long returns to the pool
    int warnBeforeHours = 4; // a warning event this long before the reclaim
    int cooldownHours = 24;  // the grabber it was reclaimed from cannot re-grab it for this long

    QJsonObject toJson() const;
    static std::optional<FollowUpPolicy> fromJson(const QJsonObject &json, QString *why);
    bool operator==(const FollowUpPolicy &) const = default;
};

// Automatic violation detection and escalation thresholds.
struct ViolationPolicy
{
    int burstAttempts = 8; // more than this many grab attempts ...
    int burstSeconds = 10; // ... within this many seconds is "inhumanly fast"
    int escalateCount = 5; // this many violations ...
    int escalateDays = 30; // ... within this many days raises the escalation flag

    QJsonObject toJson() const;
    static std::optional<ViolationPolicy> fromJson(const QJsonObject &json, QString *why);
    bool operator==(const ViolationPolicy &) const = default;
};

} // namespace grab
