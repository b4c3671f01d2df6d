#include "periodtext.h"

namespace grab::ui {

QString PeriodText::presetName(PeriodPreset preset)
{
    switch (preset) {
    case PeriodPreset::Today:
        return tr("Today");
    case PeriodPreset::ThisWeek:
        return tr("This week");
    case PeriodPreset::ThisMonth:
        return tr("This month");
    case PeriodPreset::ThisQuarter:
        return tr("This quarter");
    case PeriodPreset::Custom:
        return tr("Custom…", "a period of the user's own choosing");
    }
    return {};
}

QString PeriodText::rangeText(const Period &period)
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

QString PeriodText::versus(const periods::Resolved &period)
{
    if (period.partial) {
        switch (period.preset) {
        case PeriodPreset::ThisWeek:
            return tr("vs last week so far");
        case PeriodPreset::ThisMonth:
            return tr("vs last month so far");
        case PeriodPreset::ThisQuarter:
            return tr("vs last quarter so far");
        case PeriodPreset::Today:
        case PeriodPreset::Custom:
            break;
        }
        const qint64 days = period.previous.from.daysTo(period.previous.to);
        return days == 1 ? tr("vs the first day before") : tr("vs the first %1 days before").arg(days);
    }
    switch (period.preset) {
    case PeriodPreset::Today:
        return tr("vs yesterday");
    case PeriodPreset::ThisWeek:
        return tr("vs last week");
    case PeriodPreset::ThisMonth:
        return tr("vs last month");
    case PeriodPreset::ThisQuarter:
        return tr("vs last quarter");
    case PeriodPreset::Custom:
        break;
    }
    const qint64 days = period.previous.from.daysTo(period.previous.to);
    return days == 1 ? tr("vs the day before") : tr("vs the %1 days before").arg(days);
}

} // namespace grab::ui
