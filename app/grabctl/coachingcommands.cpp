// training add|list|done, note add|list, action add|done|reopen|list, feedback list: the
// coaching side of the Team page.
#include "clicontext.h"
#include "coachingargs.h"

#include "base/money.h"
#include "services/team/feedbackservice.h"
#include "services/team/noteservice.h"
#include "services/team/trainingservice.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace grab::cli {
namespace {

using namespace coaching;

// The second half of a list command whose lines depend on the team's today (what is overdue):
// the same for trainings and action items. Opens the store, reads today and the list, then
// prints a JSON array with --json, else one line a record.
template <typename Service, typename Fetch, typename ToJson, typename ToLine>
int printDatedList(CliContext &ctx, Fetch fetch, ToJson jsonOf, ToLine lineOf)
{
    int code = 0;
    if (!openOrFail(ctx, &code)) {
        return code;
    }
    Service service(ctx.serviceContext());
    auto today = service.today();
    if (!today) {
        return ctx.fail(today.error());
    }
    auto list = fetch(service);
    if (!list) {
        return ctx.fail(list.error());
    }
    if (ctx.json) {
        QJsonArray a;
        for (const auto &record : *list) {
            a.append(jsonOf(record, *today));
        }
        ctx.printJson(a);
        return 0;
    }
    for (const auto &record : *list) {
        ctx.out() << lineOf(record, *today) << '\n';
    }
    ctx.out().flush();
    return 0;
}

// --- training ---------------------------------------------------------------------------

int trainingAdd(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    int bad = 0;
    const auto grabber = optionalId(ctx, p, kGrabber, &bad);
    if (bad) {
        return bad;
    }
    if (!grabber) {
        return ctx.usage(QStringLiteral("\"training add\" needs --grabber ID."));
    }
    if (!p.isSet(kCourse)) {
        return ctx.usage(QStringLiteral("\"training add\" needs --course."));
    }
    if (!p.isSet(kCategory)) {
        return ctx.usage(QStringLiteral("\"training add\" needs --category sales_skills|product_knowledge|customer_service."));
    }
    TrainingService::NewTraining t;
    t.grabberId = *grabber;
    t.course = p.value(kCourse);
    const auto category = optionalCategory(ctx, p, &bad);
    t.dueOn = bad ? QDate() : optionalDate(ctx, p, kDue, &bad);
    t.takenOn = bad ? QDate() : optionalDate(ctx, p, kTaken, &bad);
    t.hours = bad ? std::nullopt : optionalHours(ctx, p, &bad);
    t.passed = bad ? std::nullopt : optionalPassed(ctx, p, &bad);
    if (bad) {
        return bad;
    }
    t.category = *category;
    int code = 0;
    if (!openOrFail(ctx, &code)) {
        return code;
    }
    auto id = TrainingService(ctx.serviceContext()).add(t);
    if (!id) {
        return ctx.fail(id.error());
    }
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("id"), *id}});
    } else {
        ctx.out() << *id << Qt::endl;
    }
    return 0;
}

int trainingList(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    int bad = 0;
    TrainingService::Filter f;
    f.grabberId = optionalId(ctx, p, kGrabber, &bad);
    if (!bad) {
        f.category = optionalCategory(ctx, p, &bad);
    }
    if (bad) {
        return bad;
    }
    f.owedOnly = p.isSet(kOwed);
    f.overdueOnly = p.isSet(kOverdue);
    return printDatedList<TrainingService>(
        ctx, [&](TrainingService &s) { return s.list(f); }, [](const Training &t, const QDate &today) { return toJson(t, today); },
        [](const Training &t, const QDate &today) { return trainingLine(t, today); });
}

int trainingDone(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    int bad = 0;
    const auto id = optionalId(ctx, p, kId, &bad);
    if (bad) {
        return bad;
    }
    if (!id) {
        return ctx.usage(QStringLiteral("\"training done\" needs --id ID."));
    }
    const QDate on = optionalDate(ctx, p, kOn, &bad);
    const auto hours = bad ? std::nullopt : optionalHours(ctx, p, &bad);
    const auto passed = bad ? std::nullopt : optionalPassed(ctx, p, &bad);
    if (bad) {
        return bad;
    }
    int code = 0;
    if (!openOrFail(ctx, &code)) {
        return code;
    }
    TrainingService service(ctx.serviceContext());
    auto t = service.markTaken(*id, on, passed.value_or(true), hours);
    if (!t) {
        return ctx.fail(t.error());
    }
    auto today = service.today();
    if (!today) {
        return ctx.fail(today.error());
    }
    if (ctx.json) {
        ctx.printJson(toJson(*t, *today));
    } else {
        ctx.out() << trainingLine(*t, *today) << Qt::endl;
    }
    return 0;
}

// --- note and action ----------------------------------------------------------------------

int noteAdd(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    if (!p.isSet(kKind)) {
        return ctx.usage(QStringLiteral("\"note add\" needs --kind weekly_meeting|one_to_one."));
    }
    const auto kind = noteKindFromString(p.value(kKind).trimmed());
    if (!kind) {
        return ctx.usage(QStringLiteral("--kind must be weekly_meeting or one_to_one, not \"%1\".").arg(p.value(kKind)));
    }
    int bad = 0;
    NoteService::NewNote n;
    n.kind = *kind;
    n.grabberId = optionalId(ctx, p, kGrabber, &bad);
    const auto actionOwner = bad ? std::nullopt : optionalId(ctx, p, kActionOwner, &bad);
    n.heldOn = bad ? QDate() : optionalDate(ctx, p, kDate, &bad);
    const QDate actionDue = bad ? QDate() : optionalDate(ctx, p, kActionDue, &bad);
    if (bad) {
        return bad;
    }
    if (!p.isSet(kTitle) && !p.isSet(kBody)) {
        return ctx.usage(QStringLiteral("\"note add\" needs --title or --body."));
    }
    n.title = p.value(kTitle);
    n.body = p.value(kBody);
    n.author = p.value(kAuthor);
    for (const QString &text : p.values(kAction)) {
        NoteService::NewAction a;
        a.text = text;
        a.ownerGrabberId = actionOwner;
        a.dueOn = actionDue;
        n.actions.append(a);
    }
    int code = 0;
    if (!openOrFail(ctx, &code)) {
        return code;
    }
    NoteService service(ctx.serviceContext());
    if (!n.heldOn.isValid()) {
        auto today = service.today();
        if (!today) {
            return ctx.fail(today.error());
        }
        n.heldOn = *today;
    }
    auto id = service.add(n);
    if (!id) {
        return ctx.fail(id.error());
    }
    if (ctx.json) {
        auto stored = service.note(*id);
        if (!stored) {
            return ctx.fail(stored.error());
        }
        QJsonArray actions;
        for (const ActionItem &a : stored->actions) {
            actions.append(a.id);
        }
        ctx.printJson(QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("actions"), actions}});
    } else {
        ctx.out() << *id << Qt::endl;
    }
    return 0;
}

int noteList(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    int bad = 0;
    NoteService::Filter f;
    f.grabberId = optionalId(ctx, p, kGrabber, &bad);
    f.from = bad ? QDate() : optionalDate(ctx, p, kFrom, &bad);
    f.to = bad ? QDate() : optionalDate(ctx, p, kTo, &bad);
    if (bad) {
        return bad;
    }
    if (p.isSet(kKind)) {
        f.kind = noteKindFromString(p.value(kKind).trimmed());
        if (!f.kind) {
            return ctx.usage(QStringLiteral("--kind must be weekly_meeting or one_to_one, not \"%1\".").arg(p.value(kKind)));
        }
    }
    if (p.isSet(kLimit)) {
        bool ok = false;
        f.limit = p.value(kLimit).toInt(&ok);
        if (!ok || f.limit < 1) {
            return ctx.usage(QStringLiteral("--limit must be a whole number, 1 or more."));
        }
    }
    f.allMeetings = p.isSet(kAllMeetings);
    int code = 0;
    if (!openOrFail(ctx, &code)) {
        return code;
    }
    NoteService service(ctx.serviceContext());
    auto today = service.today();
    if (!today) {
        return ctx.fail(today.error());
    }
    auto notes = service.list(f);
    if (!notes) {
        return ctx.fail(notes.error());
    }
    if (ctx.json) {
        QJsonArray a;
        for (const Note &n : *notes) {
            a.append(toJson(n, *today));
        }
        ctx.printJson(a);
        return 0;
    }
    for (const Note &n : *notes) {
        ctx.out() << n.id << '\t' << n.heldOn.toString(Qt::ISODate) << '\t' << toString(n.kind) << '\t'
                  << (n.grabberId ? printable(n.grabberName) : QStringLiteral("team")) << '\t' << printable(dash(n.title)) << '\t' << "by "
                  << printable(n.author) << '\n';
        // The body's own line breaks make its indented lines; anything else in a line is escaped.
        for (const QString &line : n.body.split(u'\n', Qt::SkipEmptyParts)) {
            ctx.out() << "    " << printable(line) << '\n';
        }
        for (const ActionItem &a : n.actions) {
            ctx.out() << "    " << (a.isDone() ? "[x] " : "[ ] ") << a.id << '\t' << printable(a.text) << '\t' << printable(dash(a.ownerName)) << "\tdue "
                      << isoDate(a.dueOn) << (a.isOverdue(*today) ? QStringLiteral("\tOVERDUE (%1 days)").arg(a.dueOn.daysTo(*today)) : QString())
                      << '\n';
        }
    }
    ctx.out().flush();
    return 0;
}

int actionAdd(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    int bad = 0;
    const auto note = optionalId(ctx, p, kNote, &bad);
    NoteService::NewAction a;
    a.ownerGrabberId = bad ? std::nullopt : optionalId(ctx, p, kOwner, &bad);
    a.dueOn = bad ? QDate() : optionalDate(ctx, p, kDue, &bad);
    if (bad) {
        return bad;
    }
    if (!note) {
        return ctx.usage(QStringLiteral("\"action add\" needs --note ID."));
    }
    if (!p.isSet(kText)) {
        return ctx.usage(QStringLiteral("\"action add\" needs --text."));
    }
    if (a.ownerGrabberId && p.isSet(kOwnerName)) {
        return ctx.usage(QStringLiteral("Give --owner or --owner-name, not both."));
    }
    a.text = p.value(kText);
    a.ownerName = p.value(kOwnerName);
    int code = 0;
    if (!openOrFail(ctx, &code)) {
        return code;
    }
    auto id = NoteService(ctx.serviceContext()).addAction(*note, a);
    if (!id) {
        return ctx.fail(id.error());
    }
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("id"), *id}});
    } else {
        ctx.out() << *id << Qt::endl;
    }
    return 0;
}

int actionSetDone(CliContext &ctx, const QCommandLineParser &p, bool done)
{
    int bad = 0;
    const auto id = optionalId(ctx, p, kId, &bad);
    if (bad) {
        return bad;
    }
    if (!id) {
        return ctx.usage(QStringLiteral("\"action %1\" needs --id ID.").arg(done ? QStringLiteral("done") : QStringLiteral("reopen")));
    }
    int code = 0;
    if (!openOrFail(ctx, &code)) {
        return code;
    }
    NoteService service(ctx.serviceContext());
    auto a = done ? service.complete(*id) : service.reopen(*id);
    if (!a) {
        return ctx.fail(a.error());
    }
    auto today = service.today();
    if (!today) {
        return ctx.fail(today.error());
    }
    if (ctx.json) {
        ctx.printJson(toJson(*a, *today));
    } else {
        ctx.out() << actionLine(*a, *today) << Qt::endl;
    }
    return 0;
}

int actionDone(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    return actionSetDone(ctx, p, true);
}

int actionReopen(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    return actionSetDone(ctx, p, false);
}

int actionList(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    int bad = 0;
    NoteService::ActionFilter f;
    f.ownerGrabberId = optionalId(ctx, p, kGrabber, &bad);
    if (bad) {
        return bad;
    }
    f.openOnly = !p.isSet(kAll);
    f.overdueOnly = p.isSet(kOverdue);
    return printDatedList<NoteService>(
        ctx, [&](NoteService &s) { return s.actions(f); }, [](const ActionItem &item, const QDate &today) { return toJson(item, today); },
        [](const ActionItem &item, const QDate &today) { return actionLine(item, today); });
}

// --- feedback -------------------------------------------------------------------------------

int feedbackList(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    int bad = 0;
    const auto grabber = optionalId(ctx, p, kGrabber, &bad);
    if (bad) {
        return bad;
    }
    int limit = 200;
    if (p.isSet(kLimit)) {
        bool ok = false;
        limit = p.value(kLimit).toInt(&ok);
        if (!ok || limit < 1) {
            return ctx.usage(QStringLiteral("--limit must be a whole number, 1 or more."));
        }
    }
    int code = 0;
    Database *db = openOrFail(ctx, &code);
    if (!db) {
        return code;
    }
    auto listing = FeedbackService(ctx.serviceContext()).list(grabber, limit);
    if (!listing) {
        return ctx.fail(listing.error());
    }
    if (ctx.json) {
        QJsonArray entries;
        for (const FeedbackService::Entry &e : listing->entries) {
            entries.append(toJson(e));
        }
        ctx.printJson(QJsonObject{{QStringLiteral("total"), listing->total},
                                  {QStringLiteral("meanScore"), listing->meanScore ? QJsonValue(std::round(*listing->meanScore * 100) / 100)
                                                                                   : QJsonValue()},
                                  {QStringLiteral("entries"), entries}});
        return 0;
    }
    ctx.out() << listing->total << (listing->total == 1 ? " score" : " scores");
    if (listing->meanScore) {
        ctx.out() << ", mean " << QString::number(*listing->meanScore, 'f', 2);
    }
    if (listing->entries.size() < listing->total) {
        ctx.out() << " (the newest " << listing->entries.size() << " below)";
    }
    ctx.out() << '\n';
    for (const FeedbackService::Entry &e : listing->entries) {
        ctx.out() << QDateTime::fromMSecsSinceEpoch(e.at, Qt::UTC).toString(Qt::ISODate) << '\t' << '#' << e.orderId << '\t'
                  << printable(e.grabberName) << '\t' << printable(e.customerName) << '\t' << toString(e.outcome) << '\t'
                  << formatMajorUnits(e.amountMinor) << '\t' << e.score << "/5\t" << printable(dash(e.comment)) << '\n';
    }
    ctx.out().flush();
    return 0;
}

} // namespace

QList<Command> coachingCommands()
{
    return {
        Command{QStringLiteral("training add"), QStringLiteral("Add a training for a grabber (planned with --due, or taken with --taken); prints its id."),
                {kGrabber, kCourse, kCategory, kDue, kTaken, kHours, kPassed}, {}, trainingAdd},
        Command{QStringLiteral("training list"),
                QStringLiteral("Trainings, owed ones first (id, grabber, course, category, due, taken, hours, result, source, OVERDUE)."),
                {kGrabber, kCategory, kOwed, kOverdue}, {}, trainingList},
        Command{QStringLiteral("training done"), QStringLiteral("Mark a training taken (default today) and its result (default passed)."),
                {kId, kOn, kPassed, kHours}, {}, trainingDone},
        Command{QStringLiteral("note add"),
                QStringLiteral("Write the note of a weekly meeting or a one-to-one, with action items; prints its id."),
                {kKind, kDate, kGrabber, kTitle, kBody, kAuthor, kAction, kActionOwner, kActionDue}, {}, noteAdd},
        Command{QStringLiteral("note list"), QStringLiteral("Notes, newest first, each with its action items."),
                {kGrabber, kKind, kFrom, kTo, kAllMeetings, kLimit}, {}, noteList},
        Command{QStringLiteral("action add"), QStringLiteral("Add an action item to a note; prints its id."),
                {kNote, kText, kOwner, kOwnerName, kDue}, {}, actionAdd},
        Command{QStringLiteral("action done"), QStringLiteral("Tick an action item done."), {kId}, {}, actionDone},
        Command{QStringLiteral("action reopen"), QStringLiteral("Reopen an action item ticked by mistake."), {kId}, {}, actionReopen},
        Command{QStringLiteral("action list"), QStringLiteral("Open action items, soonest due first (--all: done ones too)."),
                {kGrabber, kAll, kOverdue}, {}, actionList},
        Command{QStringLiteral("feedback list"),
                QStringLiteral("Customer feedback, newest first, with the order, customer and score (one grabber's with --grabber)."),
                {kGrabber, kLimit}, {}, feedbackList},
    };
}

} // namespace grab::cli
