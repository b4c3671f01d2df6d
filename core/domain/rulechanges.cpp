#include "rulechanges.h"

#include "base/money.h"

#include <QLocale>

#include <algorithm>

namespace grab {
namespace {

constexpr const char *kCtx = "grab::RuleChanges";

Phrase phrase(const char *source)
{
    return Phrase(kCtx, source);
}

QString number(double value)
{
    // Weights and priors are whole numbers in practice; a fraction keeps what it needs.
    return QString::number(value, 'g', 10);
}

Phrase onOff(bool on)
{
    return on ? Phrase(kCtx, QT_TRANSLATE_NOOP("grab::RuleChanges", "on")) : Phrase(kCtx, QT_TRANSLATE_NOOP("grab::RuleChanges", "off"));
}

Phrase modeName(DispatchPolicy::Mode mode)
{
    switch (mode) {
    case DispatchPolicy::Mode::Off: return Phrase(kCtx, QT_TRANSLATE_NOOP("grab::RuleChanges", "off (pure grabbing)"));
    case DispatchPolicy::Mode::Always: return Phrase(kCtx, QT_TRANSLATE_NOOP("grab::RuleChanges", "always (no grabbing)"));
    case DispatchPolicy::Mode::Fallback: break;
    }
    return Phrase(kCtx, QT_TRANSLATE_NOOP("grab::RuleChanges", "fallback (grab first, then dispatch)"));
}

// "name: before → after" for a figure.
void figure(QList<Phrase> &out, const Phrase &name, double before, double after)
{
    if (before != after) {
        out.append(Phrase(kCtx, QT_TRANSLATE_NOOP("grab::RuleChanges", "%1: %2 → %3")).arg(name).arg(number(before)).arg(number(after)));
    }
}

Phrase reservationsText(const QList<RuleSet::Reservation> &list)
{
    if (list.isEmpty()) {
        return Phrase(kCtx, QT_TRANSLATE_NOOP("grab::RuleChanges", "none"));
    }
    Phrase all;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Phrase one = (list[i].priority == kHighestPriority
                                ? Phrase(kCtx, QT_TRANSLATE_NOOP("grab::RuleChanges", "P1 for %1 and above"))
                                : Phrase(kCtx, QT_TRANSLATE_NOOP("grab::RuleChanges", "P1–P%1 for %2 and above")).arg(list[i].priority))
                               .arg(phraseOf(list[i].minLevel));
        all = i == 0 ? one : Phrase(kCtx, QT_TRANSLATE_NOOP("grab::RuleChanges", "%1; %2")).arg(all).arg(one);
    }
    return all;
}

void windows(QList<Phrase> &out, const QList<GrabWindow> &before, const QList<GrabWindow> &after)
{
    if (before == after) {
        return;
    }
    // A window keeps its label while its hours change: matched by label, it reads as one change.
    QList<GrabWindow> gone;
    for (const GrabWindow &w : before) {
        if (!after.contains(w)) {
            gone.append(w);
        }
    }
    QList<GrabWindow> added;
    for (const GrabWindow &w : after) {
        if (!before.contains(w)) {
            added.append(w);
        }
    }
    for (const GrabWindow &w : gone) {
        const auto same = std::find_if(added.begin(), added.end(), [&w](const GrabWindow &a) { return a.label == w.label; });
        if (same != added.end()) {
            out.append(phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Grab window: %1 → %2")).arg(describeWindow(w)).arg(describeWindow(*same)));
            added.erase(same);
        } else {
            out.append(phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Grab window removed: %1")).arg(describeWindow(w)));
        }
    }
    for (const GrabWindow &w : added) {
        out.append(phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Grab window added: %1")).arg(describeWindow(w)));
    }
    if (gone.isEmpty() && added.isEmpty()) {
        out.append(phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Grab windows reordered")));
    }
}

void priority(QList<Phrase> &out, const PriorityPolicy &a, const PriorityPolicy &b)
{
    figure(out, phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Priority points (VIP)")), a.vipPoints, b.vipPoints);
    figure(out, phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Priority points (key customer)")), a.keyPoints, b.keyPoints);
    figure(out, phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Priority points (regular customer)")), a.regularPoints, b.regularPoints);
    // Bands by their lower bound: a changed bound reads as one band removed and one added.
    QMap<qint64, int> bandsA;
    QMap<qint64, int> bandsB;
    for (const auto &band : a.amountBands) {
        bandsA.insert(band.fromMinor, band.points);
    }
    for (const auto &band : b.amountBands) {
        bandsB.insert(band.fromMinor, band.points);
    }
    for (auto it = bandsA.cbegin(); it != bandsA.cend(); ++it) {
        const QString from = formatMajorUnitsGrouped(it.key());
        if (!bandsB.contains(it.key())) {
            out.append(phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Amount band from ¥%1 removed (%2 points)")).arg(from).arg(it.value()));
        } else if (bandsB.value(it.key()) != it.value()) {
            out.append(phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Amount band from ¥%1: %2 → %3 points")).arg(from).arg(it.value()).arg(bandsB.value(it.key())));
        }
    }
    for (auto it = bandsB.cbegin(); it != bandsB.cend(); ++it) {
        if (!bandsA.contains(it.key())) {
            out.append(phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Amount band from ¥%1 added (%2 points)")).arg(formatMajorUnitsGrouped(it.key())).arg(it.value()));
        }
    }
    for (auto it = a.regionPoints.cbegin(); it != a.regionPoints.cend(); ++it) {
        if (!b.regionPoints.contains(it.key())) {
            out.append(phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Region %1 removed (%2 points)")).arg(it.key()).arg(it.value()));
        } else if (b.regionPoints.value(it.key()) != it.value()) {
            out.append(phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Region %1: %2 → %3 points")).arg(it.key()).arg(it.value()).arg(b.regionPoints.value(it.key())));
        }
    }
    for (auto it = b.regionPoints.cbegin(); it != b.regionPoints.cend(); ++it) {
        if (!a.regionPoints.contains(it.key())) {
            out.append(phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Region %1 added (%2 points)")).arg(it.key()).arg(it.value()));
        }
    }
    figure(out, phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "P1 from score")), a.p1From, b.p1From);
    figure(out, phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "P2 from score")), a.p2From, b.p2From);
    figure(out, phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "P3 from score")), a.p3From, b.p3From);
}

void dispatch(QList<Phrase> &out, const DispatchPolicy &a, const DispatchPolicy &b)
{
    if (a.mode != b.mode) {
        out.append(phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Dispatch: %1 → %2")).arg(modeName(a.mode)).arg(modeName(b.mode)));
    }
    figure(out, phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Open to all levels after (minutes)")), a.widenAfterMinutes, b.widenAfterMinutes);
    figure(out, phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Dispatch after (minutes)")), a.dispatchAfterMinutes, b.dispatchAfterMinutes);
    figure(out, phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "VIP: open to all levels after (minutes)")), a.vipWidenAfterMinutes, b.vipWidenAfterMinutes);
    figure(out, phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "VIP: dispatch after (minutes)")), a.vipDispatchAfterMinutes, b.vipDispatchAfterMinutes);
    figure(out, phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Dispatch weight (skill)")), a.skillWeight, b.skillWeight);
    figure(out, phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Dispatch weight (region)")), a.regionWeight, b.regionWeight);
    figure(out, phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Dispatch weight (workload)")), a.workloadWeight, b.workloadWeight);
    figure(out, phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Dispatch weight (success rate)")), a.winRateWeight, b.winRateWeight);
    figure(out, phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Dispatch weight (satisfaction)")), a.satisfactionWeight, b.satisfactionWeight);
    figure(out, phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Success-rate prior (wins)")), a.priorWins, b.priorWins);
    figure(out, phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Success-rate prior (losses)")), a.priorLosses, b.priorLosses);
}

void review(QList<Phrase> &out, const ReviewSettings &a, const ReviewSettings &b)
{
    for (const ReviewKpi kpi : kReviewKpis) {
        if (a.weight(kpi) != b.weight(kpi)) {
            out.append(phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Review weight (%1): %2 → %3")).arg(reviewKpiKey(kpi)).arg(number(a.weight(kpi))).arg(number(b.weight(kpi))));
        }
        if (a.target(kpi) != b.target(kpi)) {
            out.append(phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Review target (%1): %2 → %3")).arg(reviewKpiKey(kpi)).arg(number(a.target(kpi))).arg(number(b.target(kpi))));
        }
    }
    figure(out, phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Review: achievement cap")), a.achievementCap, b.achievementCap);
    figure(out, phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Review: KPI share of the final score")), a.kpiShare, b.kpiShare);
    figure(out, phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Review: grade A from")), a.gradeA, b.gradeA);
    figure(out, phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Review: grade B from")), a.gradeB, b.gradeB);
    figure(out, phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Review: grade C from")), a.gradeC, b.gradeC);
}

} // namespace

Phrase describeWeekdays(const QList<int> &weekdays)
{
    QList<int> days = weekdays;
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    if (days.size() == 7) {
        return Phrase(kCtx, QT_TRANSLATE_NOOP("grab::RuleChanges", "every day"));
    }
    // Runs of consecutive days read as "Mon–Sat"; the English is fixed, the shown form the locale's.
    const QLocale c = QLocale::c();
    const QLocale shown;
    QStringList english;
    QStringList local;
    for (qsizetype i = 0; i < days.size();) {
        qsizetype j = i;
        while (j + 1 < days.size() && days[j + 1] == days[j] + 1) {
            ++j;
        }
        const auto name = [](const QLocale &l, int d) { return l.dayName(d, QLocale::ShortFormat); };
        if (j - i >= 2) {
            english << name(c, days[i]) + u'–' + name(c, days[j]);
            local << name(shown, days[i]) + u'–' + name(shown, days[j]);
            i = j + 1;
        } else {
            english << name(c, days[i]);
            local << name(shown, days[i]);
            ++i;
        }
    }
    return Phrase::both(english.join(QStringLiteral(", ")), local.join(shown.language() == QLocale::Chinese ? QStringLiteral("、") : QStringLiteral(", ")));
}

Phrase describeWindow(const GrabWindow &w)
{
    const bool overnight = w.endMinute <= w.startMinute;
    Phrase hours = overnight ? phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "%1–%2 (next day)")) : phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "%1–%2"));
    hours.arg(formatMinuteOfDay(w.startMinute)).arg(formatMinuteOfDay(w.endMinute));
    if (w.label.isEmpty()) {
        return (w.peak ? phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "%1 %2 (peak)")) : phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "%1 %2")))
            .arg(describeWeekdays(w.weekdays))
            .arg(hours);
    }
    return (w.peak ? phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "%1 %2 %3 (peak)")) : phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "%1 %2 %3")))
        .arg(describeWeekdays(w.weekdays))
        .arg(hours)
        .arg(w.label);
}

QList<Phrase> ruleChanges(const RuleSet &a, const RuleSet &b)
{
    QList<Phrase> out;
    if (a.timeZone != b.timeZone) {
        out.append(phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Time zone: %1 → %2")).arg(a.timeZone).arg(b.timeZone));
    }
    windows(out, a.windows, b.windows);
    if (a.vipAlwaysOpen != b.vipAlwaysOpen) {
        out.append(phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "VIP orders always open: %1 → %2")).arg(onOff(a.vipAlwaysOpen)).arg(onOff(b.vipAlwaysOpen)));
    }
    for (const Level level : {Level::Junior, Level::Senior, Level::Lead}) {
        if (a.dailyCap.value(level) != b.dailyCap.value(level)) {
            out.append(phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Daily cap (%1): %2 → %3"))
                           .arg(phraseOf(level))
                           .arg(a.dailyCap.value(level))
                           .arg(b.dailyCap.value(level)));
        }
    }
    figure(out, phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Max open workload")), a.maxOpenWorkload, b.maxOpenWorkload);
    if (a.reservations != b.reservations) {
        out.append(phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Reserved priorities: %1 → %2")).arg(reservationsText(a.reservations)).arg(reservationsText(b.reservations)));
    }
    figure(out, phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Grab deadline (minutes)")), a.grabDeadlineMinutes, b.grabDeadlineMinutes);
    priority(out, a.priority, b.priority);
    figure(out, phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Reclaim without follow-up after (hours)")), a.followUp.hours, b.followUp.hours);
    figure(out, phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Reclaim warning before (hours)")), a.followUp.warnBeforeHours, b.followUp.warnBeforeHours);
    figure(out, phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Re-grab cool-down (hours)")), a.followUp.cooldownHours, b.followUp.cooldownHours);
    dispatch(out, a.dispatch, b.dispatch);
    figure(out, phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Too fast: attempts")), a.violations.burstAttempts, b.violations.burstAttempts);
    figure(out, phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Too fast: within (seconds)")), a.violations.burstSeconds, b.violations.burstSeconds);
    figure(out, phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Escalation: violations")), a.violations.escalateCount, b.violations.escalateCount);
    figure(out, phrase(QT_TRANSLATE_NOOP("grab::RuleChanges", "Escalation: within (days)")), a.violations.escalateDays, b.violations.escalateDays);
    review(out, a.review, b.review);
    return out;
}

} // namespace grab
