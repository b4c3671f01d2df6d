#include "displaytext.h"

#include "domain/eligibility.h"

#include <QLocale>

namespace grab::ui {

QString DisplayText::amount(qint64 minor)
{
    QLocale locale;
    // The C locale omits grouping by default; a grabber reads 25,000.00 faster than 25000.00.
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    const bool negative = minor < 0;
    const quint64 abs = negative ? quint64(0) - quint64(minor) : quint64(minor);
    const QString text = locale.toString(abs / 100) + locale.decimalPoint() +
                         QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
    return negative ? locale.negativeSign() + text : text;
}

QString DisplayText::tier(Tier tier)
{
    switch (tier) {
    case Tier::Vip:
        return tr("VIP", "customer tier");
    case Tier::Key:
        return tr("Key", "customer tier");
    case Tier::Regular:
        return tr("Regular", "customer tier");
    }
    return {};
}

QString DisplayText::level(Level level)
{
    switch (level) {
    case Level::Junior:
        return tr("junior", "grabber level");
    case Level::Senior:
        return tr("senior", "grabber level");
    case Level::Lead:
        return tr("lead", "grabber level");
    }
    return {};
}

QString DisplayText::status(GrabberStatus status)
{
    switch (status) {
    case GrabberStatus::Active:
        return tr("Active", "grabber status");
    case GrabberStatus::OnLeave:
        return tr("On leave", "grabber status");
    case GrabberStatus::Suspended:
        return tr("Suspended", "grabber status");
    }
    return {};
}

QString DisplayText::duration(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    if (s < 60) {
        return tr("%1 s", "seconds").arg(s);
    }
    if (s < 3600) {
        return tr("%1 min", "minutes").arg(s / 60);
    }
    if (s < 86400) {
        // English pads the minutes ("2 h 05 min"); Chinese says "2小时5分钟".
        const int width = QLocale().language() == QLocale::Chinese ? 0 : 2;
        return tr("%1 h %2 min", "hours and minutes").arg(s / 3600).arg((s % 3600) / 60, width, 10, QLatin1Char('0'));
    }
    return tr("%1 d %2 h", "days and hours").arg(s / 86400).arg((s % 86400) / 3600);
}

QString DisplayText::countdown(qint64 ms)
{
    if (ms <= 0) {
        return tr("passed", "a deadline");
    }
    const qint64 s = (ms + 999) / 1000; // 0.4 s left still shows 0:00:01
    if (s >= 86400) {
        return tr("%1 d %2 h", "days and hours").arg(s / 86400).arg((s % 86400) / 3600);
    }
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s % 3600) / 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString DisplayText::reasonLabel(const QString &code, std::optional<Level> neededLevel)
{
    const QString needed = neededLevel ? level(*neededLevel) : tr("senior", "grabber level");
    if (code == QLatin1String(reason::GrabberOnLeave)) {
        return tr("You are on leave");
    }
    if (code == QLatin1String(reason::GrabberSuspended)) {
        return tr("You are suspended");
    }
    if (code == QLatin1String(reason::Restricted)) {
        return tr("Only for named grabbers");
    }
    if (code == QLatin1String(reason::LevelRestricted)) {
        return tr("Only for %1 and above").arg(needed);
    }
    if (code == QLatin1String(reason::LevelReserved)) {
        return tr("Reserved for %1 and above").arg(needed);
    }
    if (code == QLatin1String(reason::Cooldown)) {
        return tr("Reclaimed from you: cool-down");
    }
    if (code == QLatin1String(reason::DispatchOnly)) {
        return tr("Dispatch only");
    }
    if (code == QLatin1String(reason::DeadlinePassed)) {
        return tr("Grab deadline passed");
    }
    if (code == QLatin1String(reason::OutsideWindow)) {
        return tr("Outside the grab window");
    }
    if (code == QLatin1String(reason::DailyCap)) {
        return tr("Daily cap reached");
    }
    if (code == QLatin1String(reason::WorkloadCap)) {
        return tr("Workload cap reached");
    }
    return code;
}

} // namespace grab::ui
