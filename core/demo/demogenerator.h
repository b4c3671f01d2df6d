#pragma once

#include "base/error.h"
#include "store/database.h"

namespace grab {

// Builds a believable team and its history through the real services (never raw SQL):
// grabbers of three levels with skills, regions and personal traits (reaction speed,
// closing skill, diligence), customers with a VIP / key / regular mix, and `days` days of
// orders with the 08:00-10:00 peak and an afternoon bump, racing grabbers, follow-ups,
// outcomes, feedback and a few violations; and the manager's side: trainings, weekly meetings
// and one-to-ones with action items (democoaching). The same seed and end time give the same data.
class DemoGenerator final
{
public:
    struct Options
    {
        quint32 seed = 1;
        int grabbers = 24;
        int days = 30;
        qint64 endMs = 0; // the history runs up to this instant ("now")
        QString timeZone; // for a store without rules; default: the system's
    };
    struct Summary
    {
        int grabbers = 0;
        int customers = 0;
        int orders = 0;
        int attempts = 0;
        int won = 0;
        int lost = 0;
        int feedback = 0;
        int violations = 0;
    };

    // The store must be empty of grabbers, customers and orders.
    static Result<Summary> generate(Database &db, const Options &options);
};

} // namespace grab
