#include "eligibility.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace grab {
namespace {

constexpr const char *kContext = "grab::Eligibility";

Phrase say(const char *source)
{
    return Phrase(kContext, source);
}

Eligibility refuse(const char *code, const Phrase &why)
{
    return Eligibility{false, QString::fromLatin1(code), why.shown(), why.english(), {}, std::nullopt, why};
}

// English in the log (C locale, as before); the user's locale on screen, also when a window in
// another language shows the stored reason later.
Phrase localTime(const RuleSet &rules, qint64 ms)
{
    return Phrase::localTime(ms, rules.timeZone);
}

Phrase capName(const Grabber &g)
{
    return g.dailyCapOverride ? say(QT_TRANSLATE_NOOP("grab::Eligibility", "personal cap"))
                              : say(QT_TRANSLATE_NOOP("grab::Eligibility", "%1 cap")).arg(phraseOf(g.level));
}

// The caps hold on every path; `window` names the grab window for a grab that passes.
Eligibility capsOrAllowed(const GrabContext &ctx, const GrabWindow *window)
{
    const RuleSet &rules = ctx.rules;
    const Grabber &g = ctx.grabber;
    const int cap = rules.dailyCapFor(g.level, g.dailyCapOverride);
    if (ctx.takenToday >= cap) {
        return refuse(reason::DailyCap, say(QT_TRANSLATE_NOOP("grab::Eligibility", "%1 has taken %2 of the %3 orders allowed today (%4)."))
                                            .arg(g.name)
                                            .arg(ctx.takenToday)
                                            .arg(cap)
                                            .arg(capName(g)));
    }
    if (ctx.openWorkload >= rules.maxOpenWorkload) {
        return refuse(reason::WorkloadCap, say(QT_TRANSLATE_NOOP("grab::Eligibility", "%1 already holds %2 open orders; the limit is %3."))
                                               .arg(g.name)
                                               .arg(ctx.openWorkload)
                                               .arg(rules.maxOpenWorkload));
    }
    Eligibility ok;
    ok.allowed = true;
    // The window's label is stored with grab events, so it stays in English: a rule set's own
    // labels are the team's words, and the VIP exception is translated only on screen.
    const Phrase windowName = window ? Phrase::plain(window->label)
                                     : say(QT_TRANSLATE_NOOP("grab::Eligibility", "VIP outside windows"));
    if (ctx.path == AssignPath::Grab) {
        ok.window = windowName.english();
    }
    const Phrase caps = say(QT_TRANSLATE_NOOP("grab::Eligibility", "order %1 of %2 today; %3 of %4 open"))
                            .arg(ctx.takenToday + 1)
                            .arg(cap)
                            .arg(ctx.openWorkload + 1)
                            .arg(rules.maxOpenWorkload);
    const Phrase why = ctx.path == AssignPath::Grab
                           ? say(QT_TRANSLATE_NOOP("grab::Eligibility", "Allowed in window \"%1\"; %2.")).arg(windowName).arg(caps)
                           : say(QT_TRANSLATE_NOOP("grab::Eligibility", "Eligible; %1.")).arg(caps);
    ok.detail = why.shown();
    ok.logDetail = why.english();
    ok.why = why;
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
        return refuse(reason::GrabberOnLeave, say(QT_TRANSLATE_NOOP("grab::Eligibility", "%1 is on leave and cannot grab orders.")).arg(g.name));
    }
    if (g.status == GrabberStatus::Suspended) {
        return refuse(reason::GrabberSuspended, say(QT_TRANSLATE_NOOP("grab::Eligibility", "%1 is suspended and cannot grab orders.")).arg(g.name));
    }
    if (!o.onlyGrabbers.isEmpty() && !o.onlyGrabbers.contains(g.id)) {
        return refuse(reason::Restricted,
                      say(QT_TRANSLATE_NOOP("grab::Eligibility", "Order %1 is restricted to other grabbers.")).arg(o.id));
    }
    if (o.minLevel && int(g.level) < int(*o.minLevel)) {
        Eligibility no = refuse(reason::LevelRestricted, say(QT_TRANSLATE_NOOP("grab::Eligibility", "Order %1 is restricted to %2 grabbers or above; %3 is %4."))
                                                             .arg(o.id)
                                                             .arg(phraseOf(*o.minLevel))
                                                             .arg(g.name)
                                                             .arg(phraseOf(g.level)));
        no.neededLevel = *o.minLevel;
        return no;
    }
    for (const RuleSet::Reservation &r : rules.reservations) {
        if (!ctx.widened && o.priority <= r.priority && int(g.level) < int(r.minLevel)) {
            Eligibility no = refuse(reason::LevelReserved,
                                    say(QT_TRANSLATE_NOOP("grab::Eligibility", "P%1 orders are reserved for %2 grabbers or above (rule: P%3 and higher); %4 is %5."))
                                        .arg(o.priority)
                                        .arg(phraseOf(r.minLevel))
                                        .arg(r.priority)
                                        .arg(g.name)
                                        .arg(phraseOf(g.level)));
            no.neededLevel = r.minLevel;
            return no;
        }
    }
    if (ctx.cooldownUntil && ctx.nowMs < *ctx.cooldownUntil) {
        return refuse(reason::Cooldown, say(QT_TRANSLATE_NOOP("grab::Eligibility", "Order %1 was reclaimed from %2 for lack of follow-up; %2 may take it again from %3."))
                                            .arg(o.id)
                                            .arg(g.name)
                                            .arg(localTime(rules, *ctx.cooldownUntil)));
    }
    if (ctx.path != AssignPath::Grab) {
        return capsOrAllowed(ctx, nullptr);
    }
    if (rules.dispatch.mode == DispatchPolicy::Mode::Always) {
        return refuse(reason::DispatchOnly, say(QT_TRANSLATE_NOOP("grab::Eligibility", "The team dispatches every order (dispatch mode \"always\"): orders cannot be grabbed.")));
    }
    if (ctx.nowMs >= o.grabDeadline) {
        return refuse(reason::DeadlinePassed, say(QT_TRANSLATE_NOOP("grab::Eligibility", "The grab deadline of order %1 passed at %2."))
                                                  .arg(o.id)
                                                  .arg(localTime(rules, o.grabDeadline)));
    }
    const GrabWindow *window = rules.windowAt(ctx.nowMs);
    const bool vipException = !window && rules.vipAlwaysOpen && o.customerTier == Tier::Vip;
    if (!window && !vipException) {
        return refuse(reason::OutsideWindow, say(QT_TRANSLATE_NOOP("grab::Eligibility", "No grab window is open at %1 (%2)."))
                                                 .arg(localTime(rules, ctx.nowMs))
                                                 .arg(rules.timeZone));
    }
    return capsOrAllowed(ctx, window ? window : nullptr);
}

} // namespace grab
