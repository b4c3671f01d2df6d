// dispatch, assign, reclaim, violation add: the manager's and the timers' side of the rules.
#include "cliargs.h"
#include "clicontext.h"

#include "services/grab/dispatchservice.h"
#include "services/grab/reclaimservice.h"
#include "services/team/violationservice.h"

#include <QJsonArray>
#include <QJsonObject>

namespace grab::cli {
namespace {

QString reasonsLine(const RankedCandidate &c)
{
    QStringList parts;
    for (int i = 0; i < std::min<int>(3, int(c.factors.size())); ++i) {
        parts << QStringLiteral("%1 +%2 (%3)").arg(c.factors[i].factor).arg(c.factors[i].contribution, 0, 'f', 1).arg(c.factors[i].detail);
    }
    return printable(parts.join(QStringLiteral("; "))); // the details quote skills and regions
}

QJsonObject placedJson(const DispatchService::Placed &p)
{
    return QJsonObject{{QStringLiteral("order"), p.orderId},
                       {QStringLiteral("event"), p.eventId},
                       {QStringLiteral("chosen"), toJson(p.chosen)},
                       {QStringLiteral("runnerUp"), p.runnerUp ? QJsonValue(toJson(*p.runnerUp, 0)) : QJsonValue()},
                       {QStringLiteral("rank"), p.rank},
                       {QStringLiteral("eligible"), p.eligible},
                       {QStringLiteral("ineligible"), p.ineligible},
                       {QStringLiteral("widened"), p.widened}};
}

void printPlaced(CliContext &ctx, const DispatchService::Placed &p)
{
    ctx.out() << "Order " << p.orderId << " -> " << printable(p.chosen.name) << " (id " << p.chosen.grabberId << "), score "
              << QString::number(p.chosen.score, 'f', 1) << ": " << reasonsLine(p.chosen) << '\n';
    if (p.runnerUp) {
        ctx.out() << "  runner-up " << printable(p.runnerUp->name) << " (id " << p.runnerUp->grabberId << "), score "
                  << QString::number(p.runnerUp->score, 'f', 1) << "; " << p.eligible << " eligible, " << p.ineligible << " not\n";
    }
}

int dispatch(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    const bool pending = p.isSet(QStringLiteral("pending"));
    const bool one = p.isSet(QStringLiteral("order"));
    if (pending == one) {
        return ctx.usage(QStringLiteral("\"dispatch\" needs either --order ID or --pending."));
    }
    std::optional<qint64> order;
    if (one) {
        order = parseId(p.value(QStringLiteral("order")));
        if (!order) {
            return ctx.usage(QStringLiteral("--order must be an id."));
        }
    }
    Database *db = ctx.database();
    if (!db) {
        return ctx.fail(ctx.lastOpenError());
    }
    Context c = ctx.serviceContext();
    c.actor = QStringLiteral("manager");
    if (order) {
        auto placed = DispatchService(c).dispatch(*order);
        if (!placed) {
            return ctx.fail(placed.error());
        }
        if (ctx.json) {
            ctx.printJson(placedJson(*placed));
        } else {
            printPlaced(ctx, *placed);
            ctx.out().flush();
        }
        return 0;
    }
    c.actor = QStringLiteral("system");
    auto sweep = DispatchService(c).dispatchPending();
    if (!sweep) {
        return ctx.fail(sweep.error());
    }
    if (ctx.json) {
        QJsonArray placed;
        for (const DispatchService::Placed &pl : sweep->placed) {
            placed.append(placedJson(pl));
        }
        QJsonArray failed;
        for (const auto &[id, e] : sweep->failed) {
            failed.append(QJsonObject{{QStringLiteral("order"), id}, {QStringLiteral("reason"), e.reason}, {QStringLiteral("message"), e.message}});
        }
        ctx.printJson(QJsonObject{{QStringLiteral("placed"), placed},
                                  {QStringLiteral("failed"), failed},
                                  {QStringLiteral("untriedTeamFull"), sweep->untriedTeamFull}});
        return 0;
    }
    for (const DispatchService::Placed &pl : sweep->placed) {
        printPlaced(ctx, pl);
    }
    for (const auto &[id, e] : sweep->failed) {
        ctx.out() << "Order " << id << " stays in the pool: " << printable(e.message) << '\n';
    }
    if (sweep->untriedTeamFull > 0) {
        ctx.out() << sweep->untriedTeamFull
                  << " more orders are due but were not tried: every grabber is on leave, suspended or at a cap.\n";
    }
    ctx.out() << sweep->placed.size() << " dispatched, " << sweep->failed.size() << " not." << Qt::endl;
    return 0;
}

int assign(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    const auto order = requiredId(ctx, p, QStringLiteral("order"), QStringLiteral("assign"));
    if (!order) {
        return 2;
    }
    const auto grabber = requiredId(ctx, p, QStringLiteral("grabber"), QStringLiteral("assign"));
    if (!grabber) {
        return 2;
    }
    const QString note = p.value(QStringLiteral("note")).trimmed();
    Database *db = ctx.database();
    if (!db) {
        return ctx.fail(ctx.lastOpenError());
    }
    Context c = ctx.serviceContext();
    c.actor = QStringLiteral("manager");
    auto placed = DispatchService(c).assign(*order, *grabber, note);
    if (!placed) {
        return ctx.fail(placed.error());
    }
    if (ctx.json) {
        QJsonObject o = placedJson(*placed);
        o.insert(QStringLiteral("note"), note);
        ctx.printJson(o);
        return 0;
    }
    const DispatchService::Placed &pl = *placed;
    ctx.out() << "Order " << pl.orderId << " -> " << printable(pl.chosen.name) << " (id " << pl.chosen.grabberId << "), score "
              << QString::number(pl.chosen.score, 'f', 1) << ": " << reasonsLine(pl.chosen) << '\n';
    if (pl.rank > 1 && pl.runnerUp) {
        ctx.out() << "  rank " << pl.rank << " of " << pl.eligible << " eligible; the dispatcher would have picked " << printable(pl.runnerUp->name)
                  << " (id " << pl.runnerUp->grabberId << "), score " << QString::number(pl.runnerUp->score, 'f', 1) << '\n';
    } else {
        ctx.out() << "  the dispatcher's own pick among " << pl.eligible << " eligible\n";
    }
    ctx.out().flush();
    return 0;
}

int reclaim(CliContext &ctx, const QCommandLineParser &, const QStringList &)
{
    Database *db = ctx.database();
    if (!db) {
        return ctx.fail(ctx.lastOpenError());
    }
    Context c = ctx.serviceContext();
    c.actor = QStringLiteral("system");
    auto sweep = ReclaimService(c).sweep();
    if (!sweep) {
        return ctx.fail(sweep.error());
    }
    if (ctx.json) {
        QJsonArray warned;
        QJsonArray reclaimed;
        for (qint64 id : sweep->warned) {
            warned.append(id);
        }
        for (qint64 id : sweep->reclaimed) {
            reclaimed.append(id);
        }
        ctx.printJson(QJsonObject{{QStringLiteral("warned"), warned}, {QStringLiteral("reclaimed"), reclaimed}});
        return 0;
    }
    for (qint64 id : sweep->reclaimed) {
        ctx.out() << "Order " << id << " reclaimed: no follow-up in time.\n";
    }
    for (qint64 id : sweep->warned) {
        ctx.out() << "Order " << id << ": reclaim warning sent.\n";
    }
    ctx.out() << sweep->reclaimed.size() << " reclaimed, " << sweep->warned.size() << " warned." << Qt::endl;
    return 0;
}

int violationAdd(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    ViolationService::NewViolation v;
    const auto grabber = parseId(p.value(QStringLiteral("grabber")));
    if (!grabber) {
        return ctx.usage(QStringLiteral("\"violation add\" needs --grabber ID."));
    }
    v.grabberId = *grabber;
    v.type = p.value(QStringLiteral("type")).trimmed();
    if (v.type.isEmpty()) {
        return ctx.usage(QStringLiteral("\"violation add\" needs --type (e.g. customer_complaint)."));
    }
    if (p.isSet(QStringLiteral("severity"))) {
        const auto s = severityFromString(p.value(QStringLiteral("severity")));
        if (!s) {
            return ctx.usage(QStringLiteral("--severity must be low, medium or high."));
        }
        v.severity = *s;
    }
    if (p.isSet(QStringLiteral("order"))) {
        v.orderId = parseId(p.value(QStringLiteral("order")));
        if (!v.orderId) {
            return ctx.usage(QStringLiteral("--order must be an id."));
        }
    }
    v.note = p.value(QStringLiteral("note"));
    Database *db = ctx.database();
    if (!db) {
        return ctx.fail(ctx.lastOpenError());
    }
    Context c = ctx.serviceContext();
    c.actor = QStringLiteral("manager");
    auto id = ViolationService(c).record(v);
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

} // namespace

QList<Command> dispatchCommands()
{
    const QCommandLineOption order(QStringLiteral("order"), QStringLiteral("The order's id."), QStringLiteral("ID"));
    return {
        Command{QStringLiteral("dispatch"), QStringLiteral("Dispatch one order now, or every order due under the rules (--pending)."),
                {order, QCommandLineOption(QStringLiteral("pending"), QStringLiteral("Every open order due for dispatch as of now."))},
                {},
                dispatch},
        Command{QStringLiteral("assign"),
                QStringLiteral("Assign an open order to a grabber by hand, under the same rules as a dispatch (not the grab windows)."),
                {order, QCommandLineOption(QStringLiteral("grabber"), QStringLiteral("The grabber's id."), QStringLiteral("ID")),
                 QCommandLineOption(QStringLiteral("note"), QStringLiteral("Why, for the log."), QStringLiteral("T"))},
                {},
                assign},
        Command{QStringLiteral("reclaim"), QStringLiteral("Warn, then reclaim assigned orders without follow-up, as of now."), {}, {}, reclaim},
        Command{QStringLiteral("violation add"), QStringLiteral("Record a violation by hand; prints its id."),
                {QCommandLineOption(QStringLiteral("grabber"), QStringLiteral("The grabber's id."), QStringLiteral("ID")),
                 QCommandLineOption(QStringLiteral("type"), QStringLiteral("What happened, e.g. customer_complaint."), QStringLiteral("T")),
                 QCommandLineOption(QStringLiteral("severity"), QStringLiteral("low (default), medium or high."), QStringLiteral("S")), order,
                 QCommandLineOption(QStringLiteral("note"), QStringLiteral("Details."), QStringLiteral("T"))},
                {},
                violationAdd},
    };
}

} // namespace grab::cli
