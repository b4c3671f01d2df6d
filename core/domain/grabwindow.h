#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace grab {

// A period of the week in which grabbing is allowed, in the team's time zone.
// Minutes of the day: [startMinute, endMinute). endMinute may be 1440 (midnight).
// A window whose end is not after its start runs past midnight: it belongs to the
// weekday it starts on (a Friday 22:00-02:00 window covers Saturday 00:00-02:00).
struct GrabWindow
{
    QList<int> weekdays; // 1 = Monday ... 7 = Sunday (Qt's numbering)
    int startMinute = 0;
    int endMinute = 0;
    QString label;
    bool peak = false;

    // Is a local weekday/minute inside this window?
    bool contains(int weekday, int minuteOfDay) const;

    QJsonObject toJson() const;
    // Parses and validates; on failure returns nullopt and sets *why to one sentence.
    static std::optional<GrabWindow> fromJson(const QJsonObject &json, QString *why);

    bool operator==(const GrabWindow &) const = default;
};

// "08:00" <-> 480; "24:00" is accepted as an end of day.
std::optional<int> parseMinuteOfDay(const QString &text);
QString formatMinuteOfDay(int minute);

} // namespace grab
