#include "periodpreset.h"

#include <QCoreApplication>

#include <algorithm>

#include <QDateTime>
#include <QLocale>

namespace grab::periods {
namespace {

QDate quarterStart(const QDate &d)
{
    return QDate(d.year(), (d.month() - 1) / 3 * 3 + 1, 1);
}

bool isWholeMonth(const Period &p)
{
    return p.isValid() && p.from.day() == 1 && p.to == p.from.addMonths(1);
}

bool isWholeQuarter(const Period &p)
{
    return p.isValid() && p.from == quarterStart(p.from) && p.to == p.from.addMonths(3);
}

QString shortDay(const QDate &d)
{
    static const QLocale english(QLocale::English);
    return QStringLiteral("%1 %2").arg(d.day()).arg(english.standaloneMonthName(d.month(), QLocale::ShortFormat));
}

} // namespace

QDate dayOf(const QTimeZone &zone, qint64 nowMs)
{
    return QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
}

Period forPreset(PeriodPreset preset, const QTimeZone &zone, qint64 nowMs, const Period &custom)
{
    return on(preset, dayOf(zone, nowMs), custom);
}

Period on(PeriodPreset preset, const QDate &today, const Period &custom)
{
    switch (preset) {
    case PeriodPreset::Today:
        return Period{today, today.addDays(1)};
    case PeriodPreset::ThisWeek: {
        const QDate monday = today.addDays(1 - today.dayOfWeek()); // Qt: Monday is 1
        return Period{monday, monday.addDays(7)};
    }
    case PeriodPreset::ThisMonth: {
        const QDate first(today.year(), today.month(), 1);
        return Period{first, first.addMonths(1)};
    }
    case PeriodPreset::ThisQuarter: {
        const QDate first = quarterStart(today);
        return Period{first, first.addMonths(3)};
    }
    case PeriodPreset::Custom:
        break;
    }
    return custom;
}

Resolved resolve(PeriodPreset preset, const QDate &today, const QDate &customFirst, const QDate &customLast)
{
    Resolved r;
    r.preset = preset;
    if (preset == PeriodPreset::Custom) {
        QDate a = customFirst.isValid() ? customFirst : today;
        QDate b = customLast.isValid() ? customLast : a;
        if (b < a) {
            std::swap(a, b);
        }
        r.current = fromDays(a, b);
    } else {
        r.current = on(preset, today);
    }
    r.previous = comparison(r.current, today);
    r.partial = isPartialComparison(r.current, today);
    return r;
}

int daysToGo(const Period &period, const QDate &today)
{
    const QDate tomorrow = today.addDays(1);
    if (!period.isValid() || period.to <= tomorrow) {
        return 0;
    }
    return int(std::max(tomorrow, period.from).daysTo(period.to));
}

Period chartDays(const Period &period, const QDate &today, int minimumDays)
{
    QDate to = std::min(period.to, today.addDays(1));
    if (to <= period.from) {
        to = period.to; // a period wholly in the future: show its (empty) days
    }
    QDate from = period.from;
    if (from.daysTo(to) < minimumDays) {
        from = to.addDays(-minimumDays);
    }
    return Period{from, to};
}

Period fromDays(const QDate &first, const QDate &last)
{
    return Period{first, last.isValid() ? last.addDays(1) : QDate()};
}

Period previous(const Period &period)
{
    if (!period.isValid()) {
        return Period{};
    }
    if (isWholeQuarter(period)) {
        return Period{period.from.addMonths(-3), period.from};
    }
    if (isWholeMonth(period)) {
        return Period{period.from.addMonths(-1), period.from};
    }
    return Period{period.from.addDays(-period.from.daysTo(period.to)), period.from};
}

Period comparison(const Period &period, const QDate &today)
{
    const Period whole = previous(period);
    if (!isPartialComparison(period, today)) {
        return whole;
    }
    const qint64 elapsed = period.from.daysTo(today) + 1; // today included: it has begun
    return Period{whole.from, std::min(whole.to, whole.from.addDays(elapsed))};
}

bool isPartialComparison(const Period &period, const QDate &today)
{
    // In progress: today is inside the period and is not its last day.
    return period.isValid() && today.isValid() && period.from <= today && today.addDays(1) < period.to;
}

PeriodPreset shapeOf(const Period &period)
{
    if (!period.isValid()) {
        return PeriodPreset::Custom;
    }
    const qint64 days = period.from.daysTo(period.to);
    if (days == 1) {
        return PeriodPreset::Today;
    }
    if (days == 7 && period.from.dayOfWeek() == Qt::Monday) {
        return PeriodPreset::ThisWeek;
    }
    if (isWholeQuarter(period)) {
        return PeriodPreset::ThisQuarter;
    }
    if (isWholeMonth(period)) {
        return PeriodPreset::ThisMonth;
    }
    return PeriodPreset::Custom;
}

QString label(const Period &period)
{
    if (!period.isValid()) {
        return QString();
    }
    static const QLocale english(QLocale::English);
    switch (shapeOf(period)) {
    case PeriodPreset::Today:
        return shortDay(period.from);
    case PeriodPreset::ThisWeek:
        return QStringLiteral("Week of %1").arg(shortDay(period.from));
    case PeriodPreset::ThisMonth:
        return QStringLiteral("%1 %2")
            .arg(english.standaloneMonthName(period.from.month(), QLocale::LongFormat))
            .arg(period.from.year());
    case PeriodPreset::ThisQuarter:
        return QStringLiteral("%1-Q%2").arg(period.from.year()).arg((period.from.month() - 1) / 3 + 1);
    case PeriodPreset::Custom:
        break;
    }
    const QDate last = period.to.addDays(-1);
    if (last.year() == period.from.year()) {
        return QStringLiteral("%1 – %2 %3").arg(shortDay(period.from), shortDay(last)).arg(last.year());
    }
    return QStringLiteral("%1 %2 – %3 %4")
        .arg(shortDay(period.from))
        .arg(period.from.year())
        .arg(shortDay(last))
        .arg(last.year());
}

QString shownLabel(const Period &period)
{
    if (!period.isValid()) {
        return QString();
    }
    const QLocale locale;
    const auto day = [&](const QDate &d) {
        return locale.toString(d, QCoreApplication::translate("grab::Period", "d MMM", "date format: a day in a period label"));
    };
    switch (shapeOf(period)) {
    case PeriodPreset::Today:
        return day(period.from);
    case PeriodPreset::ThisWeek:
        return QCoreApplication::translate("grab::Period", "Week of %1").arg(day(period.from));
    case PeriodPreset::ThisMonth:
        return locale.toString(period.from, QCoreApplication::translate("grab::Period", "MMMM yyyy", "date format: a month"));
    case PeriodPreset::ThisQuarter:
        return label(period); // "2026-Q4": the review cycles' spelling, the same in every language
    case PeriodPreset::Custom:
        break;
    }
    const QDate last = period.to.addDays(-1);
    if (last.year() == period.from.year()) {
        return QCoreApplication::translate("grab::Period", "%1 – %2 %3", "first day, last day, year")
            .arg(day(period.from), day(last))
            .arg(last.year());
    }
    return QCoreApplication::translate("grab::Period", "%1 %2 – %3 %4", "first day, its year, last day, its year")
        .arg(day(period.from))
        .arg(period.from.year())
        .arg(day(last))
        .arg(last.year());
}

std::pair<qint64, qint64> instants(const Period &period, const QTimeZone &zone)
{
    return {QDateTime(period.from, QTime(0, 0), zone).toMSecsSinceEpoch(),
            QDateTime(period.to, QTime(0, 0), zone).toMSecsSinceEpoch()};
}

} // namespace grab::periods
