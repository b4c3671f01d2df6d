#include "eligibility.h"

#include <QDateTime>

namespace grab {
namespace {

Eligibility refuse(const char *code, QString detail)
{
    return Eligibility{false, QString::fromLatin1(code), std::move(detail), {}, std::nullopt};
}

QString localTime(const RuleSet &rules, qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, rules.zone()).toString(QStringLiteral("ddd yyyy-MM-dd HH:mm"));
}

// The caps hold on every path; `window` names the grab window for a grab that passes.
Eligibility capsOrAllowed(const GrabContext &ctx, const GrabWindow *window)
{
    const RuleSet &rules = ctx.rules;
    const Grabber &g = ctx.grabber;
    const int cap = rules.dailyCapFor(g.level, g.dailyCapOverride);
    if (ctx.takenToday >= cap) {
        return refuse(reason::DailyCap, QStringLiteral("%1 has taken %2 of the %3 orders allowed today (%4).")
                                            .arg(g.name)
                                            .arg(ctx.takenToday)
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
    if (ctx.path == AssignPath::Grab) {
        ok.window = window ? window->label : QStringLiteral("VIP outside windows");
    }
    const QString caps = QStringLiteral("order %1 of %2 today; %3 of %4 open")
                             .arg(ctx.takenToday + 1)
                             .arg(cap)
                             .arg(ctx.openWorkload + 1)
                             .arg(rules.maxOpenWorkload);
    ok.detail = ctx.path == AssignPath::Grab ? QStringLiteral("Allowed in window \"%1\"; %2.").arg(ok.window, caps)
                                             : QStringLiteral("Eligible; %1.").arg(caps);
    return ok;
}

qint64 minutes(int m)
{
    return qint64(m) * 60 * 1000;
}

} // namespace

bool isWidened(const RuleSet &rules, const Order &order, qint64 nowMs)
{
    const DispatchPolicy &d = rules.dispatch;
    if (d.mode == DispatchPolicy::Mode::Off) {
        return false;
    }
    const int after = order.customerTier == Tier::Vip ? d.vipWidenAfterMinutes : d.widenAfterMinutes;
    return nowMs - order.pooledAt >= minutes(after);
}

bool isDueForDispatch(const RuleSet &rules, const Order &order, qint64 nowMs)
{
    const DispatchPolicy &d = rules.dispatch;
    if (d.mode == DispatchPolicy::Mode::Off) {
        return false;
    }
    if (d.mode == DispatchPolicy::Mode::Always) {
        return true;
    }
    const int after = order.customerTier == Tier::Vip ? d.vipDispatchAfterMinutes : d.dispatchAfterMinutes;
    return nowMs - order.pooledAt >= minutes(after);
}

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
        Eligibility no = refuse(reason::LevelRestricted, QStringLiteral("Order %1 is restricted to %2 grabbers or above; %3 is %4.")
                                                             .arg(o.id)
                                                             .arg(toString(*o.minLevel), g.name, toString(g.level)));
        no.neededLevel = *o.minLevel;
        return no;
    }
    for (const RuleSet::Reservation &r : rules.reservations) {
        if (!ctx.widened && o.priority <= r.priority && int(g.level) < int(r.minLevel)) {
            Eligibility no = refuse(reason::LevelReserved,
                                    QStringLiteral("P%1 orders are reserved for %2 grabbers or above (rule: P%3 and higher); %4 is %5.")
                                        .arg(o.priority)
                                        .arg(toString(r.minLevel))
                                        .arg(r.priority)
                                        .arg(g.name, toString(g.level)));
            no.neededLevel = r.minLevel;
            return no;
        }
    }
    if (ctx.cooldownUntil && ctx.nowMs < *ctx.cooldownUntil) {
        return refuse(reason::Cooldown, QStringLiteral("Order %1 was reclaimed from %2 for lack of follow-up; %2 may take it again from %3.")
                                            .arg(o.id)
                                            .arg(g.name, localTime(rules, *ctx.cooldownUntil)));
    }
    if (ctx.path != AssignPath::Grab) {
        return capsOrAllowed(ctx, nullptr);
    }
    if (rules.dispatch.mode == DispatchPolicy::Mode::Always) {
        return refuse(reason::DispatchOnly, QStringLiteral("The team dispatches every order (dispatch mode \"always\"): orders cannot be grabbed."));
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
    return capsOrAllowed(ctx, window ? window : nullptr);
}

} // namespace grab
