#pragma once

#include "domain/kpis.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QTimeZone;

namespace grab::ui {

// The dashboards' periods: whole days in the team's time zone, [from, to), as MetricsService
// counts them. A preset is resolved against "today" (the team-local date now), so the same
// preset means another period after midnight. Weeks start on Monday.
//
// The period to compare with is core's periods::comparison(): the same number of days just
// before, or the previous calendar month or quarter for those presets (October has 31 days,
// November 30: both are "the month") — and while the period is still running, only the same
// elapsed days of it, so that a week on Thursday is not read as a slump against a whole week.
class DashboardPeriod final
{
    Q_DECLARE_TR_FUNCTIONS(DashboardPeriod)

public:
    enum class Preset { Today, ThisWeek, ThisMonth, ThisQuarter, Custom };

    struct Resolved
    {
        Preset preset = Preset::ThisMonth;
        Period current;
        Period previous;
        bool partial = false; // previous is the elapsed part of the period before (periods::comparison)
    };

    // `customFirst` and `customLast` are the first and the last day shown to the user
    // (inclusive); swapped when given the wrong way round. Only Custom reads them.
    static Resolved resolve(Preset preset, const QDate &today, const QDate &customFirst = QDate(),
                            const QDate &customLast = QDate());

    // The team-local calendar date of an instant.
    static QDate teamDay(qint64 epochMs, const QTimeZone &zone);

    static QString presetName(Preset preset);
    // "2026-11-01 – 2026-11-30": the days of [from, to), inclusive of both shown ends.
    static QString rangeText(const Period &period);
    // What a change is against, for the cards: "vs last month", "vs the 10 days before".
    static QString versus(const Resolved &period);
    // Days of the period after `today` (0 when the period is over).
    static int daysToGo(const Period &period, const QDate &today);
    // The days a chart shows for the period: up to today (no empty future), but at least the
    // last `minimumDays` days, so that "today" still draws a trend. Never after the period.
    static Period chartDays(const Period &period, const QDate &today, int minimumDays = 7);
};

} // namespace grab::ui
