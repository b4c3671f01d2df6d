// publish, grab, release, follow-up, close, feedback, cancel, restrict, expire, orders.
#include "cliargs.h"
#include "clicontext.h"

#include "base/money.h"
#include "services/grab/grabservice.h"
#include "services/grab/orderreader.h"
#include "services/grab/orderservice.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace grab::cli {
namespace {

const QCommandLineOption kOrder(QStringLiteral("order"), QStringLiteral("The order's id."), QStringLiteral("ID"));
const QCommandLineOption kGrabber(QStringLiteral("grabber"), QStringLiteral("The grabber's id."), QStringLiteral("ID"));

int printId(CliContext &ctx, qint64 id, QJsonObject extra = {})
{
    if (ctx.json) {
        extra.insert(QStringLiteral("id"), id);
        ctx.printJson(extra);
    } else {
        ctx.out() << id << Qt::endl;
    }
    return 0;
}

int printDone(CliContext &ctx, const QString &text, QJsonObject json)
{
    if (ctx.json) {
        json.insert(QStringLiteral("ok"), true);
        ctx.printJson(json);
    } else {
        ctx.out() << printable(text) << Qt::endl; // one sentence, which may quote a rule's detail
    }
    return 0;
}

int publish(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    const auto customer = requiredId(ctx, p, QCommandLineOption(QStringLiteral("customer"), {}, QStringLiteral("ID")), QStringLiteral("publish"));
    if (!customer) {
        return 2;
    }
    if (!p.isSet(QStringLiteral("amount"))) {
        return ctx.usage(QStringLiteral("\"publish\" needs --amount (in yuan, e.g. 1999.50)."));
    }
    const auto amount = parseMajorUnits(p.value(QStringLiteral("amount")));
    if (!amount) {
        return ctx.usage(QStringLiteral("--amount must be an amount in yuan, 0 or more, with at most 2 decimals (e.g. 1999.50), not \"%1\".")
                             .arg(p.value(QStringLiteral("amount"))));
    }
    OrderService::NewOrder n;
    n.customerId = *customer;
    n.amountMinor = *amount;
    n.skill = p.value(QStringLiteral("skill"));
    if (p.isSet(QStringLiteral("region"))) {
        n.region = p.value(QStringLiteral("region"));
    }
    if (p.isSet(QStringLiteral("only"))) {
        const auto ids = parseIdList(p.value(QStringLiteral("only")));
        if (!ids) {
            return ctx.usage(QStringLiteral("--only must be grabber ids separated by commas, e.g. 3,7."));
        }
        n.onlyGrabbers = *ids;
    }
    if (p.isSet(QStringLiteral("min-level"))) {
        n.minLevel = levelFromString(p.value(QStringLiteral("min-level")));
        if (!n.minLevel) {
            return ctx.usage(QStringLiteral("--min-level must be junior, senior or lead."));
        }
    }
    if (p.isSet(QStringLiteral("deadline-minutes"))) {
        bool ok = false;
        const int m = p.value(QStringLiteral("deadline-minutes")).toInt(&ok);
        if (!ok || m < 1) {
            return ctx.usage(QStringLiteral("--deadline-minutes must be a whole number, 1 or more."));
        }
        n.deadlineMinutes = m;
    }
    int code = 0;
    if (!openOrFail(ctx, &code)) {
        return code;
    }
    auto published = OrderService(ctx.serviceContext()).publish(n);
    if (!published) {
        return ctx.fail(published.error());
    }
    return printId(ctx, published->id,
                   {{QStringLiteral("priority"), QStringLiteral("P%1").arg(published->priority)},
                    {QStringLiteral("priorityWhy"), published->explanation}});
}

int grabOrder(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    const auto order = requiredId(ctx, p, kOrder, QStringLiteral("grab"));
    if (!order) {
        return 2;
    }
    const auto grabber = requiredId(ctx, p, kGrabber, QStringLiteral("grab"));
    if (!grabber) {
        return 2;
    }
    int code = 0;
    if (!openOrFail(ctx, &code)) {
        return code;
    }
    Context c = ctx.serviceContext();
    c.actor = QStringLiteral("grabber:%1").arg(*grabber);
    auto won = GrabService(c).grab(*order, *grabber);
    if (!won) {
        return ctx.fail(won.error());
    }
    return printDone(ctx, QStringLiteral("Won order %1 for grabber %2. %3").arg(*order).arg(*grabber).arg(won->detail),
                     {{QStringLiteral("result"), QStringLiteral("won")},
                      {QStringLiteral("order"), *order},
                      {QStringLiteral("grabber"), *grabber},
                      {QStringLiteral("event"), won->eventId},
                      {QStringLiteral("ruleVersion"), won->ruleVersion},
                      {QStringLiteral("why"), won->detail}});
}

int release(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    const auto order = requiredId(ctx, p, kOrder, QStringLiteral("release"));
    if (!order) {
        return 2;
    }
    std::optional<qint64> grabber;
    if (p.isSet(kGrabber)) {
        grabber = requiredId(ctx, p, kGrabber, QStringLiteral("release"));
        if (!grabber) {
            return 2;
        }
    }
    int code = 0;
    if (!openOrFail(ctx, &code)) {
        return code;
    }
    if (auto s = OrderService(ctx.serviceContext()).release(*order, grabber); !s) {
        return ctx.fail(s.error());
    }
    return printDone(ctx, QStringLiteral("Order %1 is back in the pool.").arg(*order), {{QStringLiteral("order"), *order}});
}

int followUp(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    const auto order = requiredId(ctx, p, kOrder, QStringLiteral("follow-up"));
    if (!order) {
        return 2;
    }
    const auto grabber = requiredId(ctx, p, kGrabber, QStringLiteral("follow-up"));
    if (!grabber) {
        return 2;
    }
    int code = 0;
    if (!openOrFail(ctx, &code)) {
        return code;
    }
    auto id = OrderService(ctx.serviceContext()).followUp(*order, *grabber, p.value(QStringLiteral("note")));
    if (!id) {
        return ctx.fail(id.error());
    }
    return printId(ctx, *id);
}

int closeOrder(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    const auto order = requiredId(ctx, p, kOrder, QStringLiteral("close"));
    if (!order) {
        return 2;
    }
    const auto outcome = outcomeFromString(p.value(QStringLiteral("outcome")));
    if (!outcome) {
        return ctx.usage(QStringLiteral("\"close\" needs --outcome won|lost."));
    }
    int code = 0;
    if (!openOrFail(ctx, &code)) {
        return code;
    }
    if (auto s = OrderService(ctx.serviceContext()).close(*order, *outcome); !s) {
        return ctx.fail(s.error());
    }
    return printDone(ctx, QStringLiteral("Order %1 closed as %2.").arg(*order).arg(toString(*outcome)),
                     {{QStringLiteral("order"), *order}, {QStringLiteral("outcome"), toString(*outcome)}});
}

int feedback(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    const auto order = requiredId(ctx, p, kOrder, QStringLiteral("feedback"));
    if (!order) {
        return 2;
    }
    bool ok = false;
    const int score = p.value(QStringLiteral("score")).toInt(&ok);
    if (!ok || score < 1 || score > 5) {
        return ctx.usage(QStringLiteral("\"feedback\" needs --score, a whole number from 1 to 5."));
    }
    int code = 0;
    if (!openOrFail(ctx, &code)) {
        return code;
    }
    auto id = OrderService(ctx.serviceContext()).feedback(*order, score, p.value(QStringLiteral("comment")));
    if (!id) {
        return ctx.fail(id.error());
    }
    return printId(ctx, *id);
}

int cancel(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    const auto order = requiredId(ctx, p, kOrder, QStringLiteral("cancel"));
    if (!order) {
        return 2;
    }
    int code = 0;
    if (!openOrFail(ctx, &code)) {
        return code;
    }
    if (auto s = OrderService(ctx.serviceContext()).cancel(*order, p.value(QStringLiteral("why"))); !s) {
        return ctx.fail(s.error());
    }
    return printDone(ctx, QStringLiteral("Order %1 cancelled.").arg(*order), {{QStringLiteral("order"), *order}});
}

// The options give the whole new restriction: what is left out is lifted.
int restrictOrder(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    const auto order = requiredId(ctx, p, kOrder, QStringLiteral("restrict"));
    if (!order) {
        return 2;
    }
    const bool clear = p.isSet(QStringLiteral("clear"));
    const bool only = p.isSet(QStringLiteral("only"));
    const bool level = p.isSet(QStringLiteral("min-level"));
    if (clear && (only || level)) {
        return ctx.usage(QStringLiteral("--clear lifts the whole restriction; it does not go with --only or --min-level."));
    }
    if (!clear && !only && !level) {
        return ctx.usage(QStringLiteral("\"restrict\" needs --only ID,ID, --min-level LEVEL or --clear."));
    }
    QList<qint64> onlyGrabbers;
    if (only) {
        const auto ids = parseIdList(p.value(QStringLiteral("only")));
        if (!ids) {
            return ctx.usage(QStringLiteral("--only must be grabber ids separated by commas, e.g. 3,7, not \"%1\".").arg(p.value(QStringLiteral("only"))));
        }
        onlyGrabbers = *ids;
    }
    std::optional<Level> minLevel;
    if (level) {
        minLevel = levelFromString(p.value(QStringLiteral("min-level")).trimmed());
        if (!minLevel) {
            return ctx.usage(QStringLiteral("--min-level must be junior, senior or lead."));
        }
    }
    int code = 0;
    if (!openOrFail(ctx, &code)) {
        return code;
    }
    Context c = ctx.serviceContext();
    c.actor = QStringLiteral("manager");
    if (auto s = OrderService(c).restrict(*order, onlyGrabbers, minLevel); !s) {
        return ctx.fail(s.error());
    }
    std::sort(onlyGrabbers.begin(), onlyGrabbers.end());
    QJsonArray ids;
    QStringList parts;
    for (qint64 g : onlyGrabbers) {
        ids.append(g);
        parts << QString::number(g);
    }
    QString text;
    if (onlyGrabbers.isEmpty() && !minLevel) {
        text = QStringLiteral("Order %1 is open to every grabber.").arg(*order);
    } else {
        QStringList what;
        if (!onlyGrabbers.isEmpty()) {
            what << (parts.size() == 1 ? QStringLiteral("only grabber %1") : QStringLiteral("only grabbers %1")).arg(parts.join(QStringLiteral(", ")));
        }
        if (minLevel) {
            what << QStringLiteral("only %1 grabbers or above").arg(toString(*minLevel));
        }
        text = QStringLiteral("Order %1: %2.").arg(*order).arg(what.join(QStringLiteral("; ")));
    }
    return printDone(ctx, text,
                     {{QStringLiteral("order"), *order},
                      {QStringLiteral("onlyGrabbers"), ids},
                      {QStringLiteral("minLevel"), minLevel ? QJsonValue(toString(*minLevel)) : QJsonValue()}});
}

int expire(CliContext &ctx, const QCommandLineParser &, const QStringList &)
{
    int code = 0;
    if (!openOrFail(ctx, &code)) {
        return code;
    }
    auto n = OrderService(ctx.serviceContext()).expireOverdue();
    if (!n) {
        return ctx.fail(n.error());
    }
    return printDone(ctx, QStringLiteral("%1 orders expired.").arg(*n), {{QStringLiteral("expired"), *n}});
}

QString localIso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

int orders(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    std::optional<OrderState> state;
    if (p.isSet(QStringLiteral("state"))) {
        state = orderStateFromString(p.value(QStringLiteral("state")));
        if (!state) {
            return ctx.usage(QStringLiteral("--state must be open, assigned, won, lost, expired or cancelled."));
        }
    }
    int limit = 100000;
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1) {
            return ctx.usage(QStringLiteral("--limit must be a whole number, 1 or more."));
        }
    }
    int code = 0;
    Database *db = openOrFail(ctx, &code);
    if (!db) {
        return code;
    }
    auto list = OrderReader::list(db->connection(), state, limit);
    if (!list) {
        return ctx.fail(list.error());
    }
    if (ctx.json) {
        QJsonArray a;
        for (const Order &o : *list) {
            a.append(toJson(o));
        }
        ctx.printJson(a);
        return 0;
    }
    for (const Order &o : *list) {
        ctx.out() << o.id << '\t' << toString(o.state) << "\tP" << o.priority << '\t' << printable(o.customerName) << '\t'
                  << toString(o.customerTier) << '\t' << formatMajorUnits(o.amountMinor) << '\t'
                  << (o.skill.isEmpty() ? QStringLiteral("-") : printable(o.skill)) << '\t'
                  << (o.region.isEmpty() ? QStringLiteral("-") : printable(o.region))
                  << '\t' << localIso(o.publishedAt) << '\t'
                  << (o.assigneeId ? QStringLiteral("grabber=%1").arg(*o.assigneeId) : QStringLiteral("-")) << '\n';
    }
    ctx.out().flush();
    return 0;
}

} // namespace

QList<Command> orderCommands()
{
    return {
        Command{QStringLiteral("publish"), QStringLiteral("Publish an order to the pool; prints the new id."),
                {QCommandLineOption(QStringLiteral("customer"), QStringLiteral("The customer's id."), QStringLiteral("ID")),
                 QCommandLineOption(QStringLiteral("amount"), QStringLiteral("Amount in yuan, up to 2 decimals."), QStringLiteral("MAJOR_UNITS")),
                 QCommandLineOption(QStringLiteral("skill"), QStringLiteral("Product line."), QStringLiteral("S")),
                 QCommandLineOption(QStringLiteral("region"), QStringLiteral("Region (default: the customer's)."), QStringLiteral("R")),
                 QCommandLineOption(QStringLiteral("only"), QStringLiteral("Only these grabbers may grab it."), QStringLiteral("ID,ID")),
                 QCommandLineOption(QStringLiteral("min-level"), QStringLiteral("Only grabbers of this level or above."), QStringLiteral("LEVEL")),
                 QCommandLineOption(QStringLiteral("deadline-minutes"), QStringLiteral("Grab deadline after publication (default: the rules')."),
                                    QStringLiteral("M"))},
                {},
                publish},
        Command{QStringLiteral("grab"), QStringLiteral("Grab an order for a grabber, under the rules."), {kOrder, kGrabber}, {}, grabOrder},
        Command{QStringLiteral("release"), QStringLiteral("Give an assigned order back to the pool."), {kOrder, kGrabber}, {}, release},
        Command{QStringLiteral("follow-up"), QStringLiteral("Record a follow-up with the customer; prints its id."),
                {kOrder, kGrabber, QCommandLineOption(QStringLiteral("note"), QStringLiteral("What was done."), QStringLiteral("T"))},
                {},
                followUp},
        Command{QStringLiteral("close"), QStringLiteral("Close an assigned order as won or lost."),
                {kOrder, QCommandLineOption(QStringLiteral("outcome"), QStringLiteral("won or lost."), QStringLiteral("won|lost"))},
                {},
                closeOrder},
        Command{QStringLiteral("feedback"), QStringLiteral("Record the customer's score for a closed order; prints its id."),
                {kOrder, QCommandLineOption(QStringLiteral("score"), QStringLiteral("1 to 5."), QStringLiteral("1-5")),
                 QCommandLineOption(QStringLiteral("comment"), QStringLiteral("The customer's words."), QStringLiteral("T"))},
                {},
                feedback},
        Command{QStringLiteral("cancel"), QStringLiteral("Cancel an open or assigned order."),
                {kOrder, QCommandLineOption(QStringLiteral("why"), QStringLiteral("The reason, for the log."), QStringLiteral("T"))},
                {},
                cancel},
        Command{QStringLiteral("restrict"),
                QStringLiteral("Replace an open or assigned order's restriction (what is left out is lifted); the assignee keeps the order."),
                {kOrder, QCommandLineOption(QStringLiteral("only"), QStringLiteral("Only these grabbers may take it."), QStringLiteral("ID,ID")),
                 QCommandLineOption(QStringLiteral("min-level"), QStringLiteral("Only grabbers of this level or above: junior, senior or lead."),
                                    QStringLiteral("LEVEL")),
                 QCommandLineOption(QStringLiteral("clear"), QStringLiteral("Lift the restriction: any grabber, any level."))},
                {},
                restrictOrder},
        Command{QStringLiteral("expire"), QStringLiteral("Expire every open order past its grab deadline."), {}, {}, expire},
        Command{QStringLiteral("orders"), QStringLiteral("List orders, one a line (the open pool by priority, then age)."),
                {QCommandLineOption(QStringLiteral("state"), QStringLiteral("open, assigned, won, lost, expired or cancelled."),
                                    QStringLiteral("S")),
                 QCommandLineOption(QStringLiteral("limit"), QStringLiteral("At most this many."), QStringLiteral("N"))},
                {},
                orders},
    };
}

} // namespace grab::cli
