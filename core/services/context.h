#pragma once

#include "base/clock.h"
#include "store/database.h"

#include <QString>

namespace grab {

// What every service needs: the store, the clock, and who is acting (recorded on events).
struct Context
{
    Database &db;
    const Clock &clock;
    QString actor = QStringLiteral("system");
};

} // namespace grab
