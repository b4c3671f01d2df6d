#pragma once

#include "dashboardfigures.h"

#include <QCoreApplication>

class QIODevice;

namespace grab {
class CsvWriter;
}

namespace grab::ui {

// "Export figures…": the cards and the leaderboard as CSV for Excel, through core's CsvWriter
// (UTF-8 with BOM, formula guard). The first line states what the figures are: the view, the
// period (whole days in the team's time zone), the period compared with, the time zone and the
// rule version. Then the cards (value, previous, change, team average); then for the team the
// leaderboard with grabctl's kpis columns, for a grabber the charts' figures (the days with
// their rolling rates, the response-time buckets, the hours of the day) and the month's target.
// Rates are decimals, money is yuan, an undefined figure is an empty cell — never 0, never NaN.
class DashboardExport final
{
    Q_DECLARE_TR_FUNCTIONS(DashboardExport)

public:
    static bool write(QIODevice *out, const DashboardFigures &data, qint64 exportedAtMs);
    // The file name the save dialog suggests.
    static QString suggestedName(const DashboardFigures &data);

private:
    static void writeGrabber(CsvWriter &csv, const DashboardFigures &data);
};

} // namespace grab::ui
