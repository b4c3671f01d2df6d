#include "rulesummary.h"

#include "common/format.h"
#include "domain/rulechanges.h"
#include "domain/ruleset.h"

#include <QLocale>
#include <QMap>
#include <QStringList>

#include <algorithm>

namespace grab::ui {
namespace {

QString hours(int from, int to)
{
    return QStringLiteral("%1–%2").arg(formatMinuteOfDay(from), formatMinuteOfDay(to));
}

QString minutes(int m)
{
    // "8 h" rather than Format::duration's "8 h 00": a rule is set in whole hours or minutes.
    if (m >= 60 && m % 60 == 0) {
        return RuleSummary::tr("%1 h").arg(m / 60);
    }
    return m < 60 ? RuleSummary::tr("%1 min").arg(m) : Format::duration(qint64(m) * 60 * 1000);
}

} // namespace

QString RuleSummary::openHours(const RuleSet &rules)
{
    // Windows on the same days that touch (08:00–10:00 peak, 10:00–20:00) read as one span.
    QMap<QList<int>, QList<GrabWindow>> byDays;
    QList<QList<int>> order;
    for (GrabWindow w : rules.windows) {
        std::sort(w.weekdays.begin(), w.weekdays.end());
        if (!byDays.contains(w.weekdays)) {
            order.append(w.weekdays);
        }
        byDays[w.weekdays].append(w);
    }
    QStringList parts;
    for (const QList<int> &days : order) {
        QList<GrabWindow> list = byDays.value(days);
        std::sort(list.begin(), list.end(), [](const GrabWindow &a, const GrabWindow &b) { return a.startMinute < b.startMinute; });
        QStringList spans;
        QStringList peaks;
        int from = -1;
        int to = -1;
        for (const GrabWindow &w : list) {
            if (w.peak) {
                peaks << hours(w.startMinute, w.endMinute);
            }
            if (from >= 0 && w.startMinute == to && w.endMinute > w.startMinute) {
                to = w.endMinute;
                continue;
            }
            if (from >= 0) {
                spans << hours(from, to);
            }
            from = w.startMinute;
            to = w.endMinute;
        }
        if (from >= 0) {
            spans << hours(from, to);
        }
        QString part = tr("%1 %2").arg(days.isEmpty() ? tr("(no day)") : describeWeekdays(days).shown(), spans.join(tr(", ")));
        if (!peaks.isEmpty()) {
            part = tr("%1 (peak %2)").arg(part, peaks.join(tr(", ")));
        }
        parts << part;
    }
    return parts.isEmpty() ? tr("never") : parts.join(tr("; "));
}

QString RuleSummary::explain(const RuleSet &r)
{
    QStringList s;
    s << (r.vipAlwaysOpen ? tr("Grabbing is open %1 in %2; VIP orders can be grabbed at any time.")
                          : tr("Grabbing is open %1 in %2."))
             .arg(openHours(r), r.timeZone);
    s << tr("A junior may grab %1 orders a day, a senior %2, a lead %3, and nobody holds more than %4 open orders.")
             .arg(r.dailyCap.value(Level::Junior))
             .arg(r.dailyCap.value(Level::Senior))
             .arg(r.dailyCap.value(Level::Lead))
             .arg(r.maxOpenWorkload);
    for (const RuleSet::Reservation &res : r.reservations) {
        s << (res.priority == kHighestPriority ? tr("P1 orders are only for %1 grabbers and above.").arg(phraseOf(res.minLevel).shown())
                                               : tr("P1–P%1 orders are only for %2 grabbers and above.").arg(res.priority).arg(phraseOf(res.minLevel).shown()));
    }
    s << tr("An order stays open for %1.").arg(minutes(r.grabDeadlineMinutes));
    switch (r.dispatch.mode) {
    case DispatchPolicy::Mode::Off: s << tr("Nothing is dispatched: an order nobody grabs waits in the pool."); break;
    case DispatchPolicy::Mode::Always: s << tr("There is no grabbing: every order is dispatched."); break;
    case DispatchPolicy::Mode::Fallback:
        s << tr("An order nobody grabs opens to every level after %1 and is dispatched after %2 (VIP: %3 and %4).")
                 .arg(minutes(r.dispatch.widenAfterMinutes), minutes(r.dispatch.dispatchAfterMinutes), minutes(r.dispatch.vipWidenAfterMinutes),
                      minutes(r.dispatch.vipDispatchAfterMinutes));
        break;
    }
    s << tr("An assigned order with no follow-up for %1 h goes back to the pool (warning %2 h before).").arg(r.followUp.hours).arg(r.followUp.warnBeforeHours);
    // Chinese sentences end with 。 and need no space between them.
    return s.join(QLocale().language() == QLocale::Chinese ? QString() : QStringLiteral(" "));
}

} // namespace grab::ui
