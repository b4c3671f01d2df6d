#pragma once

#include "base/error.h"
#include "store/database.h"

#include <QList>
#include <QString>

namespace grab {

// A handful of figures about the team and the pool right now: open and assigned orders,
// grabbers, the grab window in force and the rule version.
struct TeamSnapshot
{
    int openOrders = 0;
    int assignedOrders = 0;
    int activeGrabbers = 0;
    int grabbers = 0;
    QString windowNow; // the grab window in force, or empty when grabbing is closed
    QString timeZone;
    int ruleVersion = 0;

    struct Activity
    {
        qint64 at = 0;
        QString type; // grab_won, grab_rejected, dispatched, closed, reclaimed
        QString grabberName;
        qint64 orderId = 0;
        QString reason;
    };
    QList<Activity> recent; // newest first
};

Result<TeamSnapshot> readSnapshot(Database &db, qint64 nowMs);

} // namespace grab
