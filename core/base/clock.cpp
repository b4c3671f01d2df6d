#include "clock.h"

#include <QDateTime>

namespace grab {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace grab
