#pragma once

#include "kpis.h"

#include <QDate>
#include <QString>
#include <QTimeZone>

#include <utility>

namespace grab {

// The periods a dashboard offers, as whole days in the team's time zone (RuleSet::zone()).
// Every preset is the whole calendar unit that holds "today", days still to come included
// (they hold no data yet): ThisMonth on 20 November is [1 Nov, 1 Dec), not [1 Nov, 21 Nov).
// So "this month" and "last month" are the same kind of thing, and a month's figures do not
// change meaning as it goes by.
enum class PeriodPreset {
    Today,       // [today, tomorrow)
    ThisWeek,    // Monday to Sunday: [Monday, next Monday)
    ThisMonth,   // [the 1st, the 1st of next month)
    ThisQuarter, // [1 Jan | 1 Apr | 1 Jul | 1 Oct, three months later)
    Custom,      // whatever the caller gives
};

// Pure functions: the time zone and "now" are arguments, nothing reads a clock.
namespace periods {

// The team-local calendar date of an instant (UTC epoch ms).
QDate dayOf(const QTimeZone &zone, qint64 nowMs);

// The preset's period containing now. For Custom, `custom` is returned as it is (check
// isValid()); the other presets ignore it.
Period forPreset(PeriodPreset preset, const QTimeZone &zone, qint64 nowMs, const Period &custom = {});

// The preset's period containing `today` (a team-local date); Custom gives `custom` as it is.
Period on(PeriodPreset preset, const QDate &today, const Period &custom = {});

// A dashboard's period and what it is compared with, resolved against `today`.
struct Resolved
{
    PeriodPreset preset = PeriodPreset::ThisMonth;
    Period current;
    Period previous;      // comparison(current, today)
    bool partial = false; // previous is the elapsed part of the period before
};
// For Custom, `customFirst` and `customLast` are the first and the last day shown to the user
// (inclusive), swapped when given the wrong way round; the other presets ignore them.
Resolved resolve(PeriodPreset preset, const QDate &today, const QDate &customFirst = QDate(), const QDate &customLast = QDate());

// Days of the period after `today` (0 when the period is over).
int daysToGo(const Period &period, const QDate &today);
// The days a chart shows for the period: up to today (no empty future), but at least the last
// `minimumDays` days, so that "today" still draws a trend. Never after the period.
Period chartDays(const Period &period, const QDate &today, int minimumDays = 7);

// [first, last] as a period [first, last + 1): how a person types a custom range.
Period fromDays(const QDate &first, const QDate &last);

// The period just before, for comparisons:
//   - a whole calendar quarter (e.g. [1 Oct, 1 Jan)) -> the previous calendar quarter;
//   - a whole calendar month (e.g. [1 Mar, 1 Apr))   -> the previous calendar month
//     ([1 Feb, 1 Mar): 28 days against 31 — rates compare, counts need that in mind);
//   - anything else (a day, a week, a custom range)  -> the same number of days right before.
// An invalid period gives an invalid period.
Period previous(const Period &period);

// What a period in progress is fairly compared with: while the period runs past `today`, the
// same number of days from the start of previous(period) — Monday to Thursday of this week
// against Monday to Thursday of last week, 1–27 November against 1–27 October (clamped to the
// previous period's end: 31 March against the 28 days of February) — so counts are not read as
// a slump just because the period is not over. A period that is over, or has not begun, is
// compared with the whole previous(period). Figures are kept per team-local day, so today
// counts whole on both sides: at 10:00 the comparison still holds yesterday's evening.
Period comparison(const Period &period, const QDate &today);
// True when comparison() is a part of previous(period), not all of it.
bool isPartialComparison(const Period &period, const QDate &today);

// What kind of period it is, by shape: a single day is Today's shape, Monday + 7 days a week,
// a whole calendar month or quarter likewise; anything else is Custom. (A single day in the
// past is "Today-shaped": the name is about the shape, not the date.)
PeriodPreset shapeOf(const Period &period);

// A short English label for a period, by its shape:
//   quarter "2026-Q4" (the review cycles' spelling), month "November 2026",
//   week "Week of 23 Nov", day "27 Nov", other "23 Nov – 2 Dec 2026" or
//   "28 Dec 2026 – 3 Jan 2027" (the last day shown is the last day inside the period).
// The core has no translations: a translated UI builds its own from shapeOf() and the dates.
QString label(const Period &period);
// The same label for a screen, in the user's language and locale ("2026年11月"); English when no
// translator is installed. Never for files or events: they keep label().
QString shownLabel(const Period &period);

// [start, end) of the period as UTC epoch ms: the team-local midnights that open its first day
// and the day after its last. In a zone with daylight saving time a day may be 23 or 25 hours.
std::pair<qint64, qint64> instants(const Period &period, const QTimeZone &zone);

} // namespace periods
} // namespace grab
