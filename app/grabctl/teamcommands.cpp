// grabber add|list|set, customer add|list|erase.
#include "clicontext.h"

#include "services/team/erasureservice.h"
#include "services/team/teamservice.h"
#include "services/team/violationservice.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace grab::cli {
namespace {

const QCommandLineOption kName(QStringLiteral("name"), QStringLiteral("Name."), QStringLiteral("N"));
const QCommandLineOption kLevel(QStringLiteral("level"), QStringLiteral("junior, senior or lead (default junior)."), QStringLiteral("LEVEL"));
const QCommandLineOption kSkills(QStringLiteral("skills"), QStringLiteral("Product lines, comma-separated."), QStringLiteral("a,b"));
const QCommandLineOption kRegions(QStringLiteral("regions"), QStringLiteral("Regions, comma-separated."), QStringLiteral("r,s"));
const QCommandLineOption kTeam(QStringLiteral("team"), QStringLiteral("Team name."), QStringLiteral("T"));
const QCommandLineOption kCap(QStringLiteral("daily-cap"), QStringLiteral("Personal daily grab cap, or \"none\" for the level's."),
                              QStringLiteral("N"));
const QCommandLineOption kHired(QStringLiteral("hired"), QStringLiteral("Hire date, YYYY-MM-DD."), QStringLiteral("DATE"));
const QCommandLineOption kStatus(QStringLiteral("status"), QStringLiteral("active, on_leave or suspended."), QStringLiteral("S"));
const QCommandLineOption kId(QStringLiteral("id"), QStringLiteral("The grabber's id."), QStringLiteral("ID"));
const QCommandLineOption kTier(QStringLiteral("tier"), QStringLiteral("vip, key or regular."), QStringLiteral("TIER"));
const QCommandLineOption kRegion(QStringLiteral("region"), QStringLiteral("Region."), QStringLiteral("R"));
const QCommandLineOption kCustomerId(QStringLiteral("id"), QStringLiteral("The customer's id."), QStringLiteral("ID"));
const QCommandLineOption kReason(QStringLiteral("reason"), QStringLiteral("Why, recorded with the erasure (default pipl_request)."),
                                 QStringLiteral("R"));
const QCommandLineOption kYes(QStringLiteral("yes"), QStringLiteral("Erase: it cannot be undone."));

// Reads the optional grabber fields shared by add and set. Returns an exit code on a bad value.
std::optional<int> readGrabberOptions(CliContext &ctx, const QCommandLineParser &p, TeamService::GrabberChanges &c)
{
    if (p.isSet(kName)) {
        if (p.value(kName).trimmed().isEmpty()) {
            return ctx.usage(QStringLiteral("--name cannot be empty."));
        }
        c.name = p.value(kName);
    }
    if (p.isSet(kLevel)) {
        c.level = levelFromString(p.value(kLevel));
        if (!c.level) {
            return ctx.usage(QStringLiteral("--level must be junior, senior or lead, not \"%1\".").arg(p.value(kLevel)));
        }
    }
    if (p.isSet(kStatus)) {
        c.status = statusFromString(p.value(kStatus));
        if (!c.status) {
            return ctx.usage(QStringLiteral("--status must be active, on_leave or suspended, not \"%1\".").arg(p.value(kStatus)));
        }
    }
    if (p.isSet(kSkills)) {
        c.skills = parseList(p.value(kSkills));
    }
    if (p.isSet(kRegions)) {
        c.regions = parseList(p.value(kRegions));
    }
    if (p.isSet(kTeam)) {
        c.team = p.value(kTeam);
    }
    if (p.isSet(kCap)) {
        if (p.value(kCap) == QLatin1String("none")) {
            c.dailyCapOverride = std::optional<int>();
        } else {
            bool ok = false;
            const int cap = p.value(kCap).toInt(&ok);
            if (!ok || cap < 0) {
                return ctx.usage(QStringLiteral("--daily-cap must be a whole number, 0 or more, or \"none\"."));
            }
            c.dailyCapOverride = std::optional<int>(cap);
        }
    }
    if (p.isSet(kHired)) {
        const QDate d = QDate::fromString(p.value(kHired), Qt::ISODate);
        if (!d.isValid()) {
            return ctx.usage(QStringLiteral("--hired must be a date, YYYY-MM-DD."));
        }
        c.hiredOn = d;
    }
    return std::nullopt;
}

QString grabberLine(const Grabber &g)
{
    return QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8")
        .arg(g.id)
        .arg(printable(g.name), toString(g.level), toString(g.status), printable(g.skills.join(u',')), printable(g.regions.join(u',')),
             g.team.isEmpty() ? QStringLiteral("-") : printable(g.team),
             g.dailyCapOverride ? QStringLiteral("cap=%1").arg(*g.dailyCapOverride) : QStringLiteral("-"));
}

int grabberAdd(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    if (!p.isSet(kName)) {
        return ctx.usage(QStringLiteral("\"grabber add\" needs --name."));
    }
    TeamService::GrabberChanges c;
    if (auto code = readGrabberOptions(ctx, p, c)) {
        return *code;
    }
    Grabber g;
    g.name = c.name.value_or(QString());
    g.level = c.level.value_or(Level::Junior);
    g.status = c.status.value_or(GrabberStatus::Active);
    g.skills = c.skills.value_or(QStringList());
    g.regions = c.regions.value_or(QStringList());
    g.team = c.team.value_or(QString());
    g.dailyCapOverride = c.dailyCapOverride.value_or(std::nullopt);
    g.hiredOn = c.hiredOn.value_or(QDate());
    Database *db = ctx.database();
    if (!db) {
        return ctx.fail(ctx.lastOpenError());
    }
    auto id = TeamService(ctx.serviceContext()).addGrabber(g);
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

int grabberSet(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    const auto id = parseId(p.value(kId));
    if (!id) {
        return ctx.usage(QStringLiteral("\"grabber set\" needs --id ID (a positive whole number)."));
    }
    TeamService::GrabberChanges c;
    if (auto code = readGrabberOptions(ctx, p, c)) {
        return *code;
    }
    Database *db = ctx.database();
    if (!db) {
        return ctx.fail(ctx.lastOpenError());
    }
    auto g = TeamService(ctx.serviceContext()).updateGrabber(*id, c);
    if (!g) {
        return ctx.fail(g.error());
    }
    if (ctx.json) {
        ctx.printJson(toJson(*g));
    } else {
        ctx.out() << grabberLine(*g) << Qt::endl;
    }
    return 0;
}

int grabberList(CliContext &ctx, const QCommandLineParser &, const QStringList &)
{
    Database *db = ctx.database();
    if (!db) {
        return ctx.fail(ctx.lastOpenError());
    }
    auto list = TeamService(ctx.serviceContext()).grabbers();
    if (!list) {
        return ctx.fail(list.error());
    }
    // The escalation flag: the rule set's number of violations within its window, as of now.
    auto flags = ViolationService(ctx.serviceContext()).escalated();
    if (!flags) {
        return ctx.fail(flags.error());
    }
    QHash<qint64, int> escalated;
    for (const ViolationService::Flag &f : *flags) {
        escalated.insert(f.grabberId, f.count);
    }
    if (ctx.json) {
        QJsonArray a;
        for (const Grabber &g : *list) {
            QJsonObject o = toJson(g);
            o.insert(QStringLiteral("escalated"), escalated.contains(g.id));
            o.insert(QStringLiteral("recentViolations"), escalated.value(g.id, 0));
            a.append(o);
        }
        ctx.printJson(a);
        return 0;
    }
    for (const Grabber &g : *list) {
        ctx.out() << grabberLine(g) << (escalated.contains(g.id) ? QStringLiteral("\tESCALATED (%1 violations)").arg(escalated.value(g.id))
                                                                 : QString())
                  << '\n';
    }
    ctx.out().flush();
    return 0;
}

int customerAdd(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    if (!p.isSet(kName) || p.value(kName).trimmed().isEmpty()) {
        return ctx.usage(QStringLiteral("\"customer add\" needs --name."));
    }
    if (!p.isSet(kTier)) {
        return ctx.usage(QStringLiteral("\"customer add\" needs --tier vip|key|regular."));
    }
    const auto tier = tierFromString(p.value(kTier));
    if (!tier) {
        return ctx.usage(QStringLiteral("--tier must be vip, key or regular, not \"%1\".").arg(p.value(kTier)));
    }
    if (!p.isSet(kRegion)) {
        return ctx.usage(QStringLiteral("\"customer add\" needs --region."));
    }
    Database *db = ctx.database();
    if (!db) {
        return ctx.fail(ctx.lastOpenError());
    }
    auto id = TeamService(ctx.serviceContext()).addCustomer(Customer{0, p.value(kName), *tier, p.value(kRegion)});
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

int customerList(CliContext &ctx, const QCommandLineParser &, const QStringList &)
{
    Database *db = ctx.database();
    if (!db) {
        return ctx.fail(ctx.lastOpenError());
    }
    auto list = TeamService(ctx.serviceContext()).customers();
    if (!list) {
        return ctx.fail(list.error());
    }
    if (ctx.json) {
        QJsonArray a;
        for (const Customer &c : *list) {
            a.append(toJson(c));
        }
        ctx.printJson(a);
        return 0;
    }
    for (const Customer &c : *list) {
        ctx.out() << c.id << '\t' << printable(c.name) << '\t' << toString(c.tier) << '\t' << printable(c.region) << '\n';
    }
    ctx.out().flush();
    return 0;
}

int customerErase(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    const auto id = parseId(p.value(kCustomerId));
    if (!id) {
        return ctx.usage(QStringLiteral("\"customer erase\" needs --id ID (a positive whole number)."));
    }
    if (!p.isSet(kYes)) {
        return ctx.usage(QStringLiteral("Erasing customer %1's personal data cannot be undone; add --yes to erase it.").arg(*id));
    }
    Database *db = ctx.database();
    if (!db) {
        return ctx.fail(ctx.lastOpenError());
    }
    auto e = ErasureService(ctx.serviceContext()).eraseCustomer(*id, p.value(kReason));
    if (!e) {
        return ctx.fail(e.error());
    }
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("customer"), e->customerId},
                                  {QStringLiteral("name"), ErasureService::erasedName(e->customerId)},
                                  {QStringLiteral("events"), e->events},
                                  {QStringLiteral("followUps"), e->followUps},
                                  {QStringLiteral("feedback"), e->feedback},
                                  {QStringLiteral("event"), e->eventId},
                                  {QStringLiteral("bytesGone"), e->bytesGone}});
    } else {
        ctx.out() << "Erased customer " << e->customerId << "'s personal data: the name, " << e->followUps << " follow-up note"
                  << (e->followUps == 1 ? "" : "s") << ", " << e->feedback << " feedback comment" << (e->feedback == 1 ? "" : "s")
                  << " and the same text in " << e->events << " event" << (e->events == 1 ? "" : "s")
                  << ". Orders, amounts and scores are kept; the event chain still holds (verify counts these events as erased)."
                  << Qt::endl;
        if (!e->bytesGone) {
            ctx.out() << "Another program has the database open: the old text leaves the file's write-ahead log at its next checkpoint."
                      << Qt::endl;
        }
    }
    return 0;
}

} // namespace

QList<Command> teamCommands()
{
    return {
        Command{QStringLiteral("grabber add"), QStringLiteral("Add a grabber; prints the new id."),
                {kName, kLevel, kSkills, kRegions, kTeam, kCap, kHired, kStatus}, {}, grabberAdd},
        Command{QStringLiteral("grabber list"), QStringLiteral("List grabbers, one a line (id, name, level, status, skills, regions, team, cap)."),
                {}, {}, grabberList},
        Command{QStringLiteral("grabber set"), QStringLiteral("Change a grabber (level, status, skills, regions, cap, ...)."),
                {kId, kName, kLevel, kSkills, kRegions, kTeam, kCap, kHired, kStatus}, {}, grabberSet},
        Command{QStringLiteral("customer add"), QStringLiteral("Add a customer; prints the new id."), {kName, kTier, kRegion}, {}, customerAdd},
        Command{QStringLiteral("customer list"), QStringLiteral("List customers, one a line (id, name, tier, region)."), {}, {}, customerList},
        Command{QStringLiteral("customer erase"),
                QStringLiteral("Erase a customer's personal data on request (PIPL): the name, notes and comments, in the tables and "
                               "the event log; orders and figures are kept."),
                {kCustomerId, kReason, kYes}, {}, customerErase},
    };
}

} // namespace grab::cli
