#include "eventdescription.h"

#include "domain/rulechanges.h"
#include "domain/ruleset.h"

#include "common/format.h"
#include "base/phrase.h"

#include <QJsonArray>

namespace grab::ui {

QString EventDescriber::grabber(const std::optional<qint64> &id) const
{
    if (!id) {
        return tr("nobody");
    }
    return grabberNames.value(*id, tr("grabber #%1").arg(*id));
}

QString EventDescriber::order(const std::optional<qint64> &id) const
{
    if (!id) {
        return QString();
    }
    return orderLabels.value(*id, QStringLiteral("#%1").arg(*id));
}

bool EventDescriber::isNoteworthy(const Event &e)
{
    // Failed dispatches come by the thousand when the whole team is at its caps (the sweep retries
    // every order hourly); the headline's starving count and each order's history carry them.
    return e.type != QLatin1String(event::FollowedUp) && e.type != QLatin1String(event::ReclaimWarning)
           && e.type != QLatin1String(event::Feedback) && e.type != QLatin1String(event::DispatchFailed);
}

namespace {

// A stored reason in the window's language: the phrase kept beside the English (events written
// since it is kept), else the English as stored (older events, grabctl's reclaim notes).
QString shownReason(const QJsonObject &o, const QString &phraseKey, const QString &englishKey)
{
    const Phrase p = Phrase::fromJson(o.value(phraseKey).toObject());
    return p.isEmpty() ? o.value(englishKey).toString() : p.shown();
}

QString shownWhy(const QJsonObject &payload)
{
    return shownReason(payload, QStringLiteral("whyPhrase"), QStringLiteral("why"));
}

} // namespace

EventDescription EventDescriber::describe(const Event &e) const
{
    using Kind = EventDescription::Kind;
    const QString who = grabber(e.grabberId);
    const QString what = order(e.orderId);
    const QString actor = Format::actor(e.actor);
    const QString t = e.type;
    EventDescription d;
    if (t == QLatin1String(event::GrabWon)) {
        d = {Kind::Win, tr("%1 grabbed %2").arg(who, what), shownWhy(e.payload)};
    } else if (t == QLatin1String(event::GrabLostRace)) {
        const QJsonValue holder = e.payload.value(QStringLiteral("holder"));
        d = {Kind::LostRace, tr("%1 lost the race for %2").arg(who, what),
             holder.isDouble() ? tr("Already taken by %1.").arg(grabber(qint64(holder.toDouble()))) : Format::reason(e.reason)};
    } else if (t == QLatin1String(event::GrabRejected)) {
        d = {Kind::Refused, tr("%1 was refused %2: %3").arg(who, what, Format::reason(e.reason)), shownWhy(e.payload)};
    } else if (t == QLatin1String(event::Dispatched)) {
        const bool byManager = e.reason == QLatin1String("manager");
        QStringList reasons;
        for (const QJsonValue &r : e.payload.value(QStringLiteral("reasons")).toArray()) {
            reasons << shownReason(r.toObject(), QStringLiteral("detailPhrase"), QStringLiteral("detail"));
        }
        // Whom it went to comes before the order's amount and customer: a narrow feed elides
        // the end of a line, and the person is what the manager reads it for.
        d = {Kind::Dispatch,
             byManager ? tr("%1 assigned to %2: %3", "the manager, the grabber, the order").arg(actor, who, what)
                       : tr("Dispatched to %1: %2 — %3", "the grabber, the order, why").arg(who, what, Format::reason(e.reason)),
             reasons.join(QLatin1Char('\n'))};
    } else if (t == QLatin1String(event::DispatchFailed)) {
        QStringList excluded;
        const QJsonObject byRule = e.payload.value(QStringLiteral("excluded")).toObject();
        for (auto it = byRule.begin(); it != byRule.end(); ++it) {
            excluded << tr("%1: %2").arg(Format::reason(it.key())).arg(it.value().toInt());
        }
        d = {Kind::Unplaced, tr("%1 could not be dispatched: %2").arg(what, Format::reason(e.reason)), excluded.join(QLatin1Char('\n'))};
    } else if (t == QLatin1String(event::Reclaimed)) {
        d = {Kind::Reclaim,
             tr("Reclaimed from %1: %2 — %3", "the grabber, the order, why")
                 .arg(who, what, Format::reason(e.reason.isEmpty() ? QStringLiteral("no_follow_up") : e.reason)),
             shownWhy(e.payload)};
    } else if (t == QLatin1String(event::Released)) {
        d = {Kind::Reclaim, tr("%1 released by %2 back to the pool").arg(what, e.actor.startsWith(QLatin1String("grabber")) ? who : actor), QString()};
    } else if (t == QLatin1String(event::Closed)) {
        const bool won = e.reason == QLatin1String("won") || e.payload.value(QStringLiteral("outcome")).toString() == QLatin1String("won");
        d = {Kind::Close, won ? tr("%1 won %2").arg(who, what) : tr("%1 lost %2").arg(who, what), QString()};
    } else if (t == QLatin1String(event::Published)) {
        d = {Kind::Publish, tr("%1 published").arg(what),
             shownReason(e.payload, QStringLiteral("priorityWhyPhrase"), QStringLiteral("priorityWhy"))};
    } else if (t == QLatin1String(event::Cancelled)) {
        d = {Kind::Other, tr("%1 cancelled by %2").arg(what, actor), e.payload.value(QStringLiteral("why")).toString()};
    } else if (t == QLatin1String(event::Expired)) {
        d = {Kind::Other, tr("%1 expired unclaimed").arg(what), QString()};
    } else if (t == QLatin1String(event::Escalated)) {
        d = {Kind::Dispatch, tr("%1 escalated: eligibility widened").arg(what), QString()};
    } else if (t == QLatin1String(event::RuleChanged)) {
        // The tooltip says what changed, as the Rules page's history does (a rare event: parsing
        // both rule sets here costs nothing the feed would notice).
        QStringList changes;
        const auto before = RuleSet::fromJson(e.payload.value(QStringLiteral("old")).toObject());
        const auto after = RuleSet::fromJson(e.payload.value(QStringLiteral("new")).toObject());
        if (e.payload.value(QStringLiteral("old")).isObject() && before && after) {
            for (const Phrase &line : ruleChanges(*before, *after)) {
                changes << line.shown();
            }
        }
        d = {Kind::Rule, tr("Rules changed by %1 (version %2)").arg(actor).arg(e.ruleVersion.value_or(0)), changes.join(u'\n')};
    } else if (t == QLatin1String(event::Violation)) {
        d = {Kind::Refused, tr("Violation by %1: %2").arg(who, Format::reason(e.reason)), e.payload.value(QStringLiteral("note")).toString()};
    } else if (t == QLatin1String("restricted")) {
        d = {Kind::Other, tr("%1 restricted by %2").arg(what, actor), QString()};
    } else if (t == QLatin1String("assign_refused")) {
        d = {Kind::Refused, tr("%1 could not assign %2 to %3: %4").arg(actor, what, who, Format::reason(e.reason)),
             e.payload.value(QStringLiteral("detail")).toString()};
    } else if (t == QLatin1String(event::FollowedUp)) {
        d = {Kind::Other, tr("%1 followed up %2").arg(who, what), QString()};
    } else if (t == QLatin1String(event::Feedback)) {
        d = {Kind::Other, tr("Feedback on %1").arg(what), QString()};
    } else if (t == QLatin1String(event::TrainingAdded) || t == QLatin1String(event::TrainingChanged)) {
        const bool added = t == QLatin1String(event::TrainingAdded);
        const QJsonObject training = added ? e.payload : e.payload.value(QStringLiteral("new")).toObject();
        const QString course = training.value(QStringLiteral("course")).toString();
        const QJsonValue passed = training.value(QStringLiteral("passed"));
        QString text;
        if (added) {
            text = training.value(QStringLiteral("takenOn")).isString() ? tr("Training \u201c%1\u201d recorded for %2").arg(course, who)
                                                                          : tr("Training \u201c%1\u201d planned for %2").arg(course, who);
        } else if (passed.isBool()) {
            text = passed.toBool() ? tr("%1 passed \u201c%2\u201d").arg(who, course) : tr("%1 did not pass \u201c%2\u201d").arg(who, course);
        } else {
            text = tr("Training \u201c%1\u201d of %2 changed").arg(course, who);
        }
        const QString due = training.value(QStringLiteral("dueOn")).toString();
        d = {Kind::Other, text, due.isEmpty() ? QString() : tr("Due by %1.").arg(due)};
    } else if (t == QLatin1String(event::NoteAdded)) {
        const bool meeting = e.payload.value(QStringLiteral("kind")).toString() == QLatin1String("weekly_meeting");
        const int items = int(e.payload.value(QStringLiteral("actions")).toArray().size());
        d = {Kind::Other,
             meeting ? tr("Weekly meeting noted: %1").arg(e.payload.value(QStringLiteral("title")).toString())
                     : tr("One-to-one with %1 noted: %2").arg(who, e.payload.value(QStringLiteral("title")).toString()),
             tr("%n action item(s).", nullptr, items)};
    } else if (t == QLatin1String(event::ActionAdded) || t == QLatin1String(event::ActionDone)
               || t == QLatin1String(event::ActionReopened)) {
        const QString item = e.payload.value(QStringLiteral("text")).toString();
        const QString owner = e.payload.value(QStringLiteral("ownerName")).toString();
        d = {Kind::Other,
             t == QLatin1String(event::ActionAdded) ? tr("Action item for %1: %2").arg(owner, item)
             : t == QLatin1String(event::ActionDone) ? tr("Action item done by %1: %2").arg(owner, item)
                                                     : tr("Action item reopened for %1: %2").arg(owner, item),
             QString()};
    } else if (t == QLatin1String(event::ReclaimWarning)) {
        d = {Kind::Reclaim, tr("%1 needs a follow-up by %2 soon, or it is reclaimed").arg(what, who), shownWhy(e.payload)};
    } else if (t == QLatin1String(event::GrabberAdded)) {
        d = {Kind::Other, tr("%1 joined the team").arg(who), QString()};
    } else if (t == QLatin1String(event::GrabberChanged)) {
        d = {Kind::Other, tr("%1's details changed by %2").arg(who, actor), QString()};
    } else if (t == QLatin1String(event::CustomerAdded)) {
        // An erased customer's addition keeps only its marker: say so rather than show no name.
        d = {Kind::Other,
             e.payload.contains(QStringLiteral("name")) ? tr("New customer: %1").arg(e.payload.value(QStringLiteral("name")).toString())
                                                        : tr("New customer (name erased on request)"),
             QString()};
    } else if (t == QLatin1String(event::CustomerErased)) {
        const QString why = e.reason == QLatin1String("pipl_request") ? tr("on the customer's request (PIPL)") : e.reason;
        d = {Kind::Other, tr("Customer #%1's personal data erased by %2: %3").arg(e.payload.value(QStringLiteral("customer")).toInteger()).arg(actor, why),
             QString()};
    } else if (t == QLatin1String(event::ReviewChanged)) {
        // Say what changed: the step of the cycle, or whose score or decision.
        const QString quarter = e.payload.value(QStringLiteral("quarter")).toString();
        const QString change = e.reason;
        QString text;
        if (change == QLatin1String("created")) {
            text = tr("Review %1 created by %2").arg(quarter, actor);
        } else if (change == QLatin1String("opened") || change == QLatin1String("open")) {
            text = tr("Review %1 opened by %2: the KPIs are frozen").arg(quarter, actor);
        } else if (change == QLatin1String("scoring")) {
            text = tr("Review %1 back to scoring (%2)").arg(quarter, actor);
        } else if (change == QLatin1String("approved")) {
            const QString by = e.payload.value(QStringLiteral("new")).toObject().value(QStringLiteral("approvedBy")).toString();
            text = tr("Review %1 approved by %2").arg(quarter, by.isEmpty() ? actor : by);
        } else if (change == QLatin1String("locked")) {
            text = tr("Review %1 locked by %2: nothing in it can change").arg(quarter, actor);
        } else if (change == QLatin1String("scored")) {
            text = tr("%1 scored in review %2 by %3").arg(who, quarter, actor);
        } else if (change == QLatin1String("decided")) {
            text = tr("Decision for %1 in review %2 by %3").arg(who, quarter, actor);
        } else if (change == QLatin1String("decision_removed")) {
            text = tr("Decision for %1 removed from review %2 by %3").arg(who, quarter, actor);
        } else if (change == QLatin1String("settings")) {
            text = tr("Review %1: scoring settings changed by %2").arg(quarter, actor);
        } else {
            text = quarter.isEmpty() ? tr("Quarterly review changed by %1").arg(actor) : tr("Quarterly review %1 changed by %2").arg(quarter, actor);
        }
        d = {Kind::Other, text, QString()};
    } else {
        // A type this version does not know (a newer grabctl wrote it): its code, as stored.
        d = {Kind::Other, e.orderId ? QStringLiteral("%1 %2").arg(t, what) : t, QString()};
    }
    return d;
}

} // namespace grab::ui
