#pragma once

#include "types.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace grab {

struct Grabber
{
    qint64 id = 0;
    QString name;
    QString team;
    Level level = Level::Junior;
    QStringList skills;  // product lines
    QStringList regions;
    GrabberStatus status = GrabberStatus::Active;
    std::optional<int> dailyCapOverride;
    QDate hiredOn;
};

} // namespace grab
