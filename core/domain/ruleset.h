#pragma once

#include "dispatchpolicy.h"
#include "base/error.h"
#include "grabwindow.h"
#include "prioritypolicy.h"
#include "reviewsettings.h"
#include "types.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace grab {

// The team's rules. Versioned in the store: every change is a new version and a
// rule_changed event holding the old and the new JSON. Pure data plus pure helpers.
struct RuleSet
{
    // Orders of priority P1..P`priority` (the highest ones) are only for grabbers of `minLevel` or above.
    struct Reservation
    {
        int priority = kHighestPriority;
        Level minLevel = Level::Senior;
        bool operator==(const Reservation &) const = default;
    };

    int version = 0; // 0 until stored
    QString timeZone; // IANA name, e.g. "Asia/Shanghai"
    QList<GrabWindow> windows;
    bool vipAlwaysOpen = false; // VIP orders may be grabbed outside every window
    PriorityPolicy priority;
    QMap<Level, int> dailyCap; // successful grabs per calendar day in the team time zone
    int maxOpenWorkload = 15;  // assigned orders a grabber may hold open at once
    QList<Reservation> reservations;
    int grabDeadlineMinutes = 480; // default deadline of a new order, from publication
    DispatchPolicy dispatch;
    FollowUpPolicy followUp;
    ViolationPolicy violations;
    ReviewSettings review = ReviewSettings::defaults(); // what a new review cycle starts from

    static RuleSet defaults(const QString &timeZone);

    QJsonObject toJson() const; // without the version: it is the store's business
    // Parses and validates a whole rule set; missing keys keep their defaults.
    static Result<RuleSet> fromJson(const QJsonObject &json);

    QTimeZone zone() const;
    int dailyCapFor(Level level, std::optional<int> override) const;
    // The window that contains this instant, or nullptr when grabbing is closed.
    const GrabWindow *windowAt(qint64 epochMs) const;
    // The first instant after epochMs at which the window in force changes (one opens, closes
    // or hands over to another), within the coming eight days; nullopt when it never changes.
    std::optional<qint64> nextWindowChange(qint64 epochMs) const;
    // [start, end) of the team-time-zone calendar day holding epochMs, as epoch ms.
    std::pair<qint64, qint64> dayBounds(qint64 epochMs) const;

    bool operator==(const RuleSet &other) const; // compares the rules, not the version

private:
    // zone() is asked several times a grab (window, day, caps) and building a QTimeZone from
    // its name each time was ~3 % of a grab's CPU: kept for the name it was built from.
    mutable QString m_zoneName;
    mutable QTimeZone m_zone;
};

} // namespace grab
