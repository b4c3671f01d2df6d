#include "dashboardperiod.h"

#include "domain/periodpreset.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace grab::ui {
namespace {

QDate quarterStart(const QDate &d)
{
    return QDate(d.year(), ((d.month() - 1) / 3) * 3 + 1, 1);
}

} // namespace

DashboardPeriod::Resolved DashboardPeriod::resolve(Preset preset, const QDate &today, const QDate &customFirst,
                                                   const QDate &customLast)
{
    Resolved r;
    r.preset = preset;
    switch (preset) {
    case Preset::Today:
        r.current = Period{today, today.addDays(1)};
        break;
    case Preset::ThisWeek: {
        const QDate monday = today.addDays(1 - today.dayOfWeek()); // Qt: Monday is 1
        r.current = Period{monday, monday.addDays(7)};
        break;
    }
    case Preset::ThisMonth: {
        const QDate first(today.year(), today.month(), 1);
        r.current = Period{first, first.addMonths(1)};
        break;
    }
    case Preset::ThisQuarter: {
        const QDate first = quarterStart(today);
        r.current = Period{first, first.addMonths(3)};
        break;
    }
    case Preset::Custom: {
        QDate a = customFirst.isValid() ? customFirst : today;
        QDate b = customLast.isValid() ? customLast : a;
        if (b < a) {
            std::swap(a, b);
        }
        r.current = Period{a, b.addDays(1)};
        break;
    }
    }
    r.previous = periods::comparison(r.current, today);
    r.partial = periods::isPartialComparison(r.current, today);
    return r;
}

QDate DashboardPeriod::teamDay(qint64 epochMs, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, zone).date();
}

QString DashboardPeriod::presetName(Preset preset)
{
    switch (preset) {
    case Preset::Today:
        return tr("Today");
    case Preset::ThisWeek:
        return tr("This week");
    case Preset::ThisMonth:
        return tr("This month");
    case Preset::ThisQuarter:
        return tr("This quarter");
    case Preset::Custom:
        return tr("Custom…", "a period of the user's own choosing");
    }
    return {};
}

QString DashboardPeriod::rangeText(const Period &period)
{
    if (!period.isValid()) {
        return QString();
    }
    const QDate last = period.to.addDays(-1);
    if (last == period.from) {
        return period.from.toString(Qt::ISODate);
    }
    return tr("%1 – %2", "first and last day of a period")
        .arg(period.from.toString(Qt::ISODate), last.toString(Qt::ISODate));
}

QString DashboardPeriod::versus(const Resolved &period)
{
    if (period.partial) {
        switch (period.preset) {
        case Preset::ThisWeek:
            return tr("vs last week so far");
        case Preset::ThisMonth:
            return tr("vs last month so far");
        case Preset::ThisQuarter:
            return tr("vs last quarter so far");
        case Preset::Today:
        case Preset::Custom:
            break;
        }
        const qint64 days = period.previous.from.daysTo(period.previous.to);
        return days == 1 ? tr("vs the first day before") : tr("vs the first %1 days before").arg(days);
    }
    switch (period.preset) {
    case Preset::Today:
        return tr("vs yesterday");
    case Preset::ThisWeek:
        return tr("vs last week");
    case Preset::ThisMonth:
        return tr("vs last month");
    case Preset::ThisQuarter:
        return tr("vs last quarter");
    case Preset::Custom:
        break;
    }
    const qint64 days = period.previous.from.daysTo(period.previous.to);
    return days == 1 ? tr("vs the day before") : tr("vs the %1 days before").arg(days);
}

int DashboardPeriod::daysToGo(const Period &period, const QDate &today)
{
    const QDate tomorrow = today.addDays(1);
    if (!period.isValid() || period.to <= tomorrow) {
        return 0;
    }
    return int(std::max(tomorrow, period.from).daysTo(period.to));
}

Period DashboardPeriod::chartDays(const Period &period, const QDate &today, int minimumDays)
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

} // namespace grab::ui
