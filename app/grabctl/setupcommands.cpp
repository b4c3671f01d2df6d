// init, demo, events: setting a database up and reading its log.
#include "clicontext.h"

#include "services/audit/eventlog.h"
#include "services/rules/ruleservice.h"
#include "demo/demogenerator.h"
#include "store/sql.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace grab::cli {

int checkTimeZone(CliContext &ctx, const QCommandLineParser &p)
{
    const QString zone = p.value(QStringLiteral("time-zone"));
    if (!zone.isEmpty() && !QTimeZone(zone.toUtf8()).isValid()) {
        return ctx.usage(QStringLiteral("--time-zone \"%1\" is not an IANA time zone such as Asia/Shanghai.").arg(zone));
    }
    return 0;
}

int openWithDefaultRules(CliContext &ctx, const QCommandLineParser &p, int *ruleVersion)
{
    if (const int bad = checkTimeZone(ctx, p); bad != 0) {
        return bad;
    }
    const QString zone = p.value(QStringLiteral("time-zone"));
    Database *db = ctx.database(Database::Mode::OpenOrCreate);
    if (!db) {
        return ctx.fail(ctx.lastOpenError());
    }
    auto version = RuleService(ctx.serviceContext()).ensureDefaults(zone.isEmpty() ? systemTimeZoneId() : zone);
    if (!version) {
        return ctx.fail(version.error());
    }
    *ruleVersion = *version;
    return 0;
}

namespace {

int init(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    int version = 0;
    if (const int code = openWithDefaultRules(ctx, p, &version); code != 0) {
        return code;
    }
    Database *db = ctx.database(Database::Mode::OpenExisting); // opened above
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("db"), db->path()},
                                  {QStringLiteral("created"), db->wasCreated()},
                                  {QStringLiteral("ruleVersion"), version}});
    } else {
        ctx.out() << (db->wasCreated() ? "Created " : "Already a GrabDesk database: ") << db->path() << Qt::endl;
    }
    return 0;
}

int demo(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    DemoGenerator::Options o;
    bool ok = true;
    const auto number = [&](const QString &name, int fallback, int min, int max) {
        if (!p.isSet(name)) {
            return fallback;
        }
        bool good = false;
        const int v = p.value(name).toInt(&good);
        if (!good || v < min || v > max) {
            ok = false;
            ctx.usage(QStringLiteral("--%1 must be a whole number from %2 to %3.").arg(name).arg(min).arg(max));
        }
        return v;
    };
    if (!p.isSet(QStringLiteral("seed"))) {
        return ctx.usage(QStringLiteral("\"demo\" needs --seed N."));
    }
    bool seedOk = false;
    o.seed = p.value(QStringLiteral("seed")).toUInt(&seedOk);
    if (!seedOk) {
        return ctx.usage(QStringLiteral("--seed must be a whole number from 0 to 4294967295."));
    }
    o.grabbers = number(QStringLiteral("grabbers"), 24, 1, 1000);
    if (!ok) {
        return 2;
    }
    o.days = number(QStringLiteral("days"), 30, 1, 3660);
    if (!ok) {
        return 2;
    }
    o.timeZone = p.value(QStringLiteral("time-zone"));
    if (!o.timeZone.isEmpty() && !QTimeZone(o.timeZone.toUtf8()).isValid()) {
        return ctx.usage(QStringLiteral("--time-zone \"%1\" is not an IANA time zone such as Asia/Shanghai.").arg(o.timeZone));
    }
    Database *db = ctx.database(Database::Mode::OpenOrCreate);
    if (!db) {
        return ctx.fail(ctx.lastOpenError());
    }
    o.endMs = ctx.serviceContext().clock.nowMs();
    auto summary = DemoGenerator::generate(*db, o);
    if (!summary) {
        return ctx.fail(summary.error());
    }
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("db"), db->path()},
                                  {QStringLiteral("grabbers"), summary->grabbers},
                                  {QStringLiteral("customers"), summary->customers},
                                  {QStringLiteral("orders"), summary->orders},
                                  {QStringLiteral("attempts"), summary->attempts},
                                  {QStringLiteral("won"), summary->won},
                                  {QStringLiteral("lost"), summary->lost},
                                  {QStringLiteral("feedback"), summary->feedback},
                                  {QStringLiteral("violations"), summary->violations}});
    } else {
        ctx.out() << QStringLiteral("Demo team in %1: %2 grabbers, %3 customers, %4 orders, %5 grab attempts, "
                                    "%6 won, %7 lost, %8 feedback, %9 violations.")
                         .arg(db->path())
                         .arg(summary->grabbers)
                         .arg(summary->customers)
                         .arg(summary->orders)
                         .arg(summary->attempts)
                         .arg(summary->won)
                         .arg(summary->lost)
                         .arg(summary->feedback)
                         .arg(summary->violations)
                  << Qt::endl;
    }
    return 0;
}

int events(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    qint64 since = 0;
    if (p.isSet(QStringLiteral("since"))) {
        bool ok = false;
        since = p.value(QStringLiteral("since")).toLongLong(&ok);
        if (!ok || since < 0) {
            return ctx.usage(QStringLiteral("--since must be an event id (0 or more)."));
        }
    }
    int limit = 1000;
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1) {
            return ctx.usage(QStringLiteral("--limit must be a whole number, 1 or more."));
        }
    }
    Database *db = ctx.database();
    if (!db) {
        return ctx.fail(ctx.lastOpenError());
    }
    auto list = EventLog::since(db->connection(), since, limit);
    if (!list) {
        return ctx.fail(list.error());
    }
    if (ctx.json) {
        QJsonArray a;
        for (const Event &e : *list) {
            a.append(e.toJson());
        }
        ctx.printJson(a);
        return 0;
    }
    for (const Event &e : *list) {
        // A violation's reason is its type, as a manager typed it.
        ctx.out() << e.id << '\t' << QDateTime::fromMSecsSinceEpoch(e.at).toString(Qt::ISODate) << '\t' << printable(e.type) << '\t'
                  << printable(e.actor) << '\t' << (e.orderId ? QStringLiteral("order=%1").arg(*e.orderId) : QStringLiteral("-")) << '\t'
                  << (e.grabberId ? QStringLiteral("grabber=%1").arg(*e.grabberId) : QStringLiteral("-")) << '\t'
                  << (e.reason.isEmpty() ? QStringLiteral("-") : printable(e.reason)) << '\n';
    }
    ctx.out().flush();
    return 0;
}

} // namespace

QList<Command> setupCommands()
{
    const QCommandLineOption zone(QStringLiteral("time-zone"), QStringLiteral("Team time zone (IANA name; default: the system's)."),
                                  QStringLiteral("ZONE"));
    return {
        Command{QStringLiteral("init"), QStringLiteral("Create a database with the default rules (or check an existing one)."),
                {zone}, {}, init},
        Command{QStringLiteral("demo"), QStringLiteral("Fill an empty database with a demo team and its history."),
                {QCommandLineOption(QStringLiteral("seed"), QStringLiteral("Random seed: the same seed and --now give the same data."),
                                    QStringLiteral("N")),
                 QCommandLineOption(QStringLiteral("grabbers"), QStringLiteral("How many grabbers (default 24)."), QStringLiteral("G")),
                 QCommandLineOption(QStringLiteral("days"), QStringLiteral("Days of history up to now (default 30)."), QStringLiteral("D")),
                 zone},
                {},
                demo},
        Command{QStringLiteral("events"), QStringLiteral("Print the event log, oldest first."),
                {QCommandLineOption(QStringLiteral("since"), QStringLiteral("Only events after this id."), QStringLiteral("ID")),
                 QCommandLineOption(QStringLiteral("limit"), QStringLiteral("At most this many (default 1000)."), QStringLiteral("N"))},
                {},
                events},
    };
}

} // namespace grab::cli
