#pragma once

#include "types.h"

#include <QString>

namespace grab {

struct Customer
{
    qint64 id = 0;
    QString name;
    Tier tier = Tier::Regular;
    QString region;
};

} // namespace grab
