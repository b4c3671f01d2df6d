#include "format.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

#include <cmath>

namespace grab::ui {

QString Format::money(qint64 amountMinor)
{
    const QLocale locale;
    const bool negative = amountMinor < 0;
    const qint64 abs = negative ? -amountMinor : amountMinor;
    const QString cents = QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1¥%2%3%4")
        .arg(negative ? QStringLiteral("-") : QString(), locale.toString(abs / 100), locale.decimalPoint(), cents);
}

QString Format::number(qint64 n)
{
    return QLocale().toString(n);
}

QString Format::percent(std::optional<double> ratio, int decimals)
{
    if (!ratio || !std::isfinite(*ratio)) {
        return undefined();
    }
    return tr("%1 %", "a percentage").arg(QLocale().toString(*ratio * 100.0, 'f', decimals));
}

QString Format::counted(qint64 n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(QLocale().toString(n));
}

QString Format::duration(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms) / 1000;
    if (s < 60) {
        return tr("%1 s").arg(s);
    }
    if (s < 3600) {
        return tr("%1 min").arg(s / 60);
    }
    if (s < 86400) {
        // English pads the minutes like a clock ("3 h 05"); Chinese says "3小时5分".
        const int width = QLocale().language() == QLocale::Chinese ? 0 : 2;
        return tr("%1 h %2", "hours and minutes").arg(s / 3600).arg((s % 3600) / 60, width, 10, QLatin1Char('0'));
    }
    if ((s % 86400) / 3600 == 0) {
        return tr("%1 d", "whole days").arg(s / 86400);
    }
    return tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

QString Format::countdown(qint64 msLeft)
{
    return msLeft >= 0 ? tr("in %1").arg(duration(msLeft)) : tr("overdue %1").arg(duration(-msLeft));
}

QString Format::priority(int priority)
{
    return QStringLiteral("P%1").arg(priority);
}

QString Format::tier(Tier tier)
{
    switch (tier) {
    case Tier::Vip: return tr("VIP");
    case Tier::Key: return tr("Key", "customer tier");
    case Tier::Regular: return tr("Regular", "customer tier");
    }
    return {};
}

QString Format::actor(const QString &actor)
{
    if (actor == QLatin1String("manager")) {
        return tr("Manager", "who did it: the manager at this desktop");
    }
    if (actor == QLatin1String("grabctl")) {
        return tr("grabctl (command line)");
    }
    if (actor == QLatin1String("system")) {
        return tr("Rules service", "who did it: the rules' timers");
    }
    if (actor == QLatin1String("demo")) {
        return tr("Demo");
    }
    return actor;
}

QString Format::level(Level level)
{
    switch (level) {
    case Level::Junior: return tr("Junior");
    case Level::Senior: return tr("Senior");
    case Level::Lead: return tr("Lead", "grabber level");
    }
    return {};
}

QString Format::status(GrabberStatus status)
{
    switch (status) {
    case GrabberStatus::Active: return tr("Active");
    case GrabberStatus::OnLeave: return tr("On leave");
    case GrabberStatus::Suspended: return tr("Suspended");
    }
    return {};
}

QString Format::state(OrderState state)
{
    switch (state) {
    case OrderState::Open: return tr("Open", "order state");
    case OrderState::Assigned: return tr("Assigned");
    case OrderState::Won: return tr("Won");
    case OrderState::Lost: return tr("Lost");
    case OrderState::Expired: return tr("Expired");
    case OrderState::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString Format::reason(const QString &code)
{
    static const QHash<QString, const char *> texts{
        {QStringLiteral("grabber_on_leave"), QT_TR_NOOP("the grabber is on leave")},
        {QStringLiteral("grabber_suspended"), QT_TR_NOOP("the grabber is suspended")},
        {QStringLiteral("restricted_order"), QT_TR_NOOP("the order is only for named grabbers")},
        {QStringLiteral("level_restricted"), QT_TR_NOOP("the order needs a higher level")},
        {QStringLiteral("level_reserved"), QT_TR_NOOP("this priority is reserved for a higher level")},
        {QStringLiteral("deadline_passed"), QT_TR_NOOP("the grab deadline has passed")},
        {QStringLiteral("outside_window"), QT_TR_NOOP("outside the grab window")},
        {QStringLiteral("daily_cap_reached"), QT_TR_NOOP("daily cap reached")},
        {QStringLiteral("workload_cap_reached"), QT_TR_NOOP("open workload at its cap")},
        {QStringLiteral("cooldown"), QT_TR_NOOP("cooling down after a reclaim")},
        {QStringLiteral("dispatch_only"), QT_TR_NOOP("orders are dispatched, not grabbed")},
        {QStringLiteral("no_eligible_grabber"), QT_TR_NOOP("no grabber is eligible")},
        {QStringLiteral("order_assigned"), QT_TR_NOOP("already taken")},
        {QStringLiteral("order_won"), QT_TR_NOOP("already closed as won")},
        {QStringLiteral("order_lost"), QT_TR_NOOP("already closed as lost")},
        {QStringLiteral("order_expired"), QT_TR_NOOP("expired")},
        {QStringLiteral("order_cancelled"), QT_TR_NOOP("cancelled")},
        {QStringLiteral("no_follow_up"), QT_TR_NOOP("no follow-up in time")},
        {QStringLiteral("over_cap"), QT_TR_NOOP("grab attempts over the cap")},
        {QStringLiteral("rapid_attempts"), QT_TR_NOOP("grab attempts faster than a person")},
        {QStringLiteral("skill"), QT_TR_NOOP("skill match")},
        {QStringLiteral("region"), QT_TR_NOOP("region match")},
        {QStringLiteral("workload"), QT_TR_NOOP("spare workload")},
        {QStringLiteral("winRate"), QT_TR_NOOP("win rate in this segment")},
        {QStringLiteral("satisfaction"), QT_TR_NOOP("customer satisfaction")},
        {QStringLiteral("manager"), QT_TR_NOOP("the manager's choice")},
    };
    const auto it = texts.constFind(code);
    return it == texts.cend() ? code : tr(*it);
}

QString Format::windowLabel(const QString &label)
{
    if (label == QLatin1String("Morning peak")) {
        return tr("Morning peak", "the default rules' first grab window");
    }
    if (label == QLatin1String("Day")) {
        return tr("Day", "the default rules' daytime grab window");
    }
    return label;
}

QString Format::ageingReason(const QString &why)
{
    if (why == QLatin1String("deadline_passed")) {
        return tr("Past its grab deadline.");
    }
    if (why == QLatin1String("due_for_dispatch")) {
        return tr("Nobody grabbed it in time: due for dispatch.");
    }
    if (why == QLatin1String("deadline_near")) {
        return tr("Most of its time to the deadline has gone.");
    }
    if (why == QLatin1String("widened")) {
        return tr("Waiting long enough that the level reservation is lifted.");
    }
    if (why == QLatin1String("deadline_half")) {
        return tr("Half of its time to the deadline has gone.");
    }
    return {};
}

QString Format::when(qint64 epochMs, qint64 nowMs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(epochMs);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs);
    if (t.date() == now.date()) {
        return t.toString(QStringLiteral("HH:mm:ss"));
    }
    if (t.daysTo(now) < 7) {
        return dayTime(t);
    }
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString Format::date(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

QString Format::shortDate(const QDate &date)
{
    const QLocale locale;
    return locale.language() == QLocale::Chinese ? locale.toString(date, QStringLiteral("M月d日 ddd"))
                                                 : locale.toString(date, QStringLiteral("ddd d MMM"));
}

QString Format::month(const QDate &date)
{
    const QLocale locale;
    return locale.language() == QLocale::Chinese ? date.toString(QStringLiteral("yyyy年M月"))
                                                 : locale.toString(date, QStringLiteral("MMMM yyyy"));
}

QString Format::dayTime(const QDateTime &at)
{
    return QLocale().toString(at, QStringLiteral("ddd HH:mm"));
}

QString Format::time(const QDateTime &at)
{
    return at.toString(QStringLiteral("HH:mm"));
}

QString Format::dateTime(const QDateTime &at)
{
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString Format::violationType(const QString &code)
{
    if (code == QLatin1String("no_follow_up")) {
        return tr("no follow-up");
    }
    if (code == QLatin1String("over_cap")) {
        return tr("over the cap");
    }
    if (code == QLatin1String("outside_window")) {
        return tr("outside the grab window");
    }
    if (code == QLatin1String("restricted_order")) {
        return tr("restricted order");
    }
    if (code == QLatin1String("rapid_attempts")) {
        return tr("too-fast attempts");
    }
    if (code == QLatin1String("customer_complaint")) {
        return tr("customer complaint");
    }
    return QString(code).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString Format::severity(const QString &code)
{
    if (code == QLatin1String("low")) {
        return tr("low", "violation severity");
    }
    if (code == QLatin1String("medium")) {
        return tr("medium", "violation severity");
    }
    if (code == QLatin1String("high")) {
        return tr("high", "violation severity");
    }
    return code;
}

} // namespace grab::ui
