#pragma once

#include <QHash>
#include <QTimeZone>

namespace grab {

// The team-local hour (0..23) of instants, for the hour-of-day activity chart and its
// drill-down (both use this, so they count alike). The zone is asked once per UTC quarter-hour:
// every real offset is a multiple of 15 minutes, so the local hour is the same throughout one.
// In a zone with daylight saving time the skipped hour has nothing and the repeated hour has two.
class HourOfDay final
{
public:
    explicit HourOfDay(QTimeZone zone) : m_zone(std::move(zone)) {}

    int operator()(qint64 epochMs);

private:
    QTimeZone m_zone;
    QHash<qint64, int> m_hourOfSlot;
};

} // namespace grab
