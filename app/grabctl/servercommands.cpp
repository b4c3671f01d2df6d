// server init, server migrate: a team's database on a PostgreSQL server.
#include "clicontext.h"

#include "services/rules/ruleservice.h"
#include "store/databaselocation.h"
#include "store/schema.h"
#include "store/serverconnection.h"

#include <QJsonObject>

namespace grab::cli {
namespace {

// The address a server command works on: a server's, or a usage error (exit 2).
std::optional<DatabaseLocation> serverAddress(CliContext &ctx, const QString &command, const QString &address, int *exitCode)
{
    auto location = DatabaseLocation::parse(address);
    if (!location) {
        *exitCode = ctx.fail(location.error());
        return std::nullopt;
    }
    if (!location->isServer()) {
        *exitCode = ctx.usage(QStringLiteral("\"%1\" is for a PostgreSQL server (postgresql://USER@HOST/DATABASE); a file needs no server: "
                                             "\"grabctl --db FILE init\".")
                                  .arg(command));
        return std::nullopt;
    }
    ctx.dbPath = address;
    return *location;
}

// Creates the database if the server has none of that name, GrabDesk's tables in it, and the
// default rules; says which of these it did. Run again, it changes nothing and says so.
int serverInit(CliContext &ctx, const QCommandLineParser &p, const QStringList &positionals)
{
    if (const int bad = checkTimeZone(ctx, p); bad != 0) {
        return bad; // before anything is created on the server
    }
    int code = 0;
    const auto location = serverAddress(ctx, QStringLiteral("server init"), positionals.value(0), &code);
    if (!location) {
        return code;
    }
    auto madeDatabase = ensureServerDatabase(*location);
    if (!madeDatabase) {
        return ctx.fail(madeDatabase.error());
    }
    int version = 0;
    if (const int failed = openWithDefaultRules(ctx, p, &version); failed != 0) {
        return failed;
    }
    Database *db = ctx.database(Database::Mode::OpenExisting); // opened above
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("db"), db->path()},
                                  {QStringLiteral("databaseCreated"), *madeDatabase},
                                  {QStringLiteral("schemaCreated"), db->wasCreated()},
                                  {QStringLiteral("schemaVersion"), schema::kVersion},
                                  {QStringLiteral("ruleVersion"), version}});
    } else if (*madeDatabase) {
        ctx.out() << "Created the database " << db->path() << " with GrabDesk's tables and the default rules (version " << version << ")." << Qt::endl;
    } else if (db->wasCreated()) {
        ctx.out() << "Created GrabDesk's tables and the default rules (version " << version << ") in the empty database " << db->path() << "." << Qt::endl;
    } else {
        ctx.out() << "Already a GrabDesk database: " << db->path() << " (schema " << schema::kVersion << ")." << Qt::endl;
    }
    return 0;
}

// Brings the schema on the server to this version's, once, for every desk: opening does it,
// in one transaction; a newer schema is refused (exit 6).
int serverMigrate(CliContext &ctx, const QCommandLineParser &, const QStringList &positionals)
{
    int code = 0;
    if (!serverAddress(ctx, QStringLiteral("server migrate"), positionals.value(0), &code)) {
        return code;
    }
    Database *db = ctx.database(Database::Mode::OpenExisting);
    if (!db) {
        return ctx.fail(ctx.lastOpenError());
    }
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("db"), db->path()}, {QStringLiteral("schemaVersion"), schema::kVersion}});
    } else {
        ctx.out() << db->path() << " holds GrabDesk schema " << schema::kVersion << ", this version's." << Qt::endl;
    }
    return 0;
}

} // namespace

QList<Command> serverCommands()
{
    return {
        Command{QStringLiteral("server init"),
                QStringLiteral("On a PostgreSQL server: create the database (if the server has none of that name), GrabDesk's tables and the "
                               "default rules."),
                {QCommandLineOption(QStringLiteral("time-zone"), QStringLiteral("Team time zone (IANA name; default: the system's)."),
                                    QStringLiteral("ZONE"))},
                {QStringLiteral("ADDRESS")},
                serverInit},
        Command{QStringLiteral("server migrate"), QStringLiteral("On a PostgreSQL server: bring GrabDesk's schema to this version's, once for every desk."),
                {}, {QStringLiteral("ADDRESS")}, serverMigrate},
    };
}

} // namespace grab::cli
