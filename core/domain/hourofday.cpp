#include "hourofday.h"

#include <QDateTime>

namespace grab {

int HourOfDay::operator()(qint64 epochMs)
{
    constexpr qint64 slotMs = 15 * 60 * 1000;
    const qint64 slot = epochMs >= 0 ? epochMs / slotMs : (epochMs - slotMs + 1) / slotMs;
    auto it = m_hourOfSlot.constFind(slot);
    if (it == m_hourOfSlot.cend()) {
        it = m_hourOfSlot.insert(slot, QDateTime::fromMSecsSinceEpoch(slot * slotMs, m_zone).time().hour());
    }
    return *it;
}

} // namespace grab
