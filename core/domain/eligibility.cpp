#include "eligibility.h"

#include <QDateTime>

namespace grab {
namespace {

Eligibility refuse(const char *code, QString detail)
{
    return Eligibility{false, QString::fromLatin1(code), std::move(detail), {}};
}

QString localTime(const RuleSet &rules, qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, rules.zone()).toString(QStringLiteral("ddd yyyy-MM-dd HH:mm"));
}

} // namespace

Eligibility checkEligibility(const GrabContext &ctx)
{
    const RuleSet &rules = ctx.rules;
    const Grabber &g = ctx.grabber;
    const Order &o = ctx.order;

    if (g.status == GrabberStatus::OnLeave) {
        return refuse(reason::GrabberOnLeave, QStringLiteral("%1 is on leave and cannot grab orders.").arg(g.name));
    }
    if (g.status == GrabberStatus::Suspended) {
        return refuse(reason::GrabberSuspended, QStringLiteral("%1 is suspended and cannot grab orders.").arg(g.name));
    }
    if (!o.onlyGrabbers.isEmpty() && !o.onlyGrabbers.contains(g.id)) {
        return refuse(reason::Restricted,
                      QStringLiteral("Order %1 is restricted to other grabbers.").arg(o.id));
    }
    if (o.minLevel && int(g.level) < int(*o.minLevel)) {
        return refuse(reason::LevelRestricted, QStringLiteral("Order %1 is restricted to %2 grabbers or above; %3 is %4.")
                                                   .arg(o.id)
                                                   .arg(toString(*o.minLevel), g.name, toString(g.level)));
    }
    for (const RuleSet::Reservation &r : rules.reservations) {
        if (o.priority <= r.priority && int(g.level) < int(r.minLevel)) {
            return refuse(reason::LevelReserved,
                          QStringLiteral("P%1 orders are reserved for %2 grabbers or above (rule: P%3 and higher); %4 is %5.")
                              .arg(o.priority)
                              .arg(toString(r.minLevel))
                              .arg(r.priority)
                              .arg(g.name, toString(g.level)));
        }
    }
    if (ctx.nowMs >= o.grabDeadline) {
        return refuse(reason::DeadlinePassed, QStringLiteral("The grab deadline of order %1 passed at %2.")
                                                  .arg(o.id)
                                                  .arg(localTime(rules, o.grabDeadline)));
    }
    const GrabWindow *window = rules.windowAt(ctx.nowMs);
    const bool vipException = !window && rules.vipAlwaysOpen && o.customerTier == Tier::Vip;
    if (!window && !vipException) {
        return refuse(reason::OutsideWindow, QStringLiteral("No grab window is open at %1 (%2).")
                                                 .arg(localTime(rules, ctx.nowMs), rules.timeZone));
    }
    const int cap = rules.dailyCapFor(g.level, g.dailyCapOverride);
    if (ctx.grabsToday >= cap) {
        return refuse(reason::DailyCap, QStringLiteral("%1 has made %2 of %3 grabs allowed today (%4).")
                                            .arg(g.name)
                                            .arg(ctx.grabsToday)
                                            .arg(cap)
                                            .arg(g.dailyCapOverride ? QStringLiteral("personal cap")
                                                                    : QStringLiteral("%1 cap").arg(toString(g.level))));
    }
    if (ctx.openWorkload >= rules.maxOpenWorkload) {
        return refuse(reason::WorkloadCap, QStringLiteral("%1 already holds %2 open orders; the limit is %3.")
                                               .arg(g.name)
                                               .arg(ctx.openWorkload)
                                               .arg(rules.maxOpenWorkload));
    }
    Eligibility ok;
    ok.allowed = true;
    ok.window = window ? window->label : QStringLiteral("VIP outside windows");
    ok.detail = QStringLiteral("Allowed in window \"%1\"; grab %2 of %3 today; %4 of %5 open.")
                    .arg(ok.window)
                    .arg(ctx.grabsToday + 1)
                    .arg(cap)
                    .arg(ctx.openWorkload + 1)
                    .arg(rules.maxOpenWorkload);
    return ok;
}

} // namespace grab
