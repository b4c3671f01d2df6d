#include "cli.h"

#include "clicontext.h"

#include <QCoreApplication>

namespace grab::cli {
namespace {

const QCommandLineOption kDb(QStringList{QStringLiteral("db")}, QStringLiteral("The database file (default: %1)."),
                             QStringLiteral("PATH"));
const QCommandLineOption kNow(QStringList{QStringLiteral("now")},
                              QStringLiteral("Act as if it were this time (ISO-8601, e.g. 2026-03-02T09:30:00+08:00)."),
                              QStringLiteral("ISO-8601"));
const QCommandLineOption kJson(QStringList{QStringLiteral("json")}, QStringLiteral("Machine-readable output."));
const QCommandLineOption kHelp(QStringList{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
const QCommandLineOption kVersion(QStringList{QStringLiteral("version")}, QStringLiteral("Show the version."));

const char *kExitCodes = "Exit codes:\n"
                         "  0  done\n"
                         "  2  usage error (unknown option, malformed value)\n"
                         "  3  the order was not open (lost the race, already taken, closed)\n"
                         "  4  refused by a rule (reason code and a sentence on stderr, and in --json)\n"
                         "  5  no such grabber, order, customer, training, note or action item\n"
                         "  6  database unusable (cannot open or create, corrupt, newer schema, locked past the timeout; a copy's\n"
                         "     target that already holds a team, or a copy that does not match its source)\n"
                         "  7  invalid input data\n";

QList<Command> allCommands()
{
    QList<Command> all;
    all << setupCommands() << serverCommands() << copyCommands() << teamCommands() << coachingCommands() << orderCommands() << dispatchCommands()
        << metricsCommands() << dashboardCommands() << ruleCommands() << reviewCommands() << simCommands() << importCommands() << exportCommands()
        << verifyCommands() << serveCommands();
    return all;
}

QString dbHelp()
{
    return QStringLiteral("The database file (default: %1).").arg(Database::defaultPath());
}

QString generalHelp(const QList<Command> &commands)
{
    QString text = QStringLiteral("Usage: grabctl [--db PATH] [--now ISO-8601] [--json] COMMAND [options]\n\n"
                                  "The command-line face of GrabDesk: everything the GUI can do to the data.\n\n"
                                  "Global options (before or after the command):\n"
                                  "  --db PATH        %1\n"
                                  "  --now ISO-8601   Act as if it were this time (e.g. 2026-03-02T09:30:00+08:00).\n"
                                  "  --json           Machine-readable output.\n"
                                  "  -h, --help       Show help (also after a command).\n"
                                  "  --version        Show the version.\n\n"
                                  "Commands:\n")
                       .arg(Database::defaultPath());
    for (const Command &c : commands) {
        text += QStringLiteral("  %1%2\n").arg(c.name.leftJustified(18), c.summary);
    }
    text += QStringLiteral("\nRun \"grabctl COMMAND --help\" for a command's options.\n\n") + QString::fromLatin1(kExitCodes);
    return text;
}

// Finds the command words (e.g. "grabber", "add") among the arguments, skipping options and
// the values of the global options that take one.
QStringList commandWords(const QStringList &args, const QList<Command> &commands)
{
    QStringList words;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--")) {
            break;
        }
        if (a.startsWith(u'-')) {
            // Every option of every command that takes a value: skip its value too.
            const QString name = a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1);
            if (name.contains(u'=')) {
                continue;
            }
            bool takesValue = name == QLatin1String("db") || name == QLatin1String("now");
            for (const Command &c : commands) {
                for (const QCommandLineOption &o : c.options) {
                    if (o.names().contains(name) && !o.valueName().isEmpty()) {
                        takesValue = true;
                    }
                }
            }
            if (takesValue) {
                ++i;
            }
            continue;
        }
        words.append(a);
    }
    return words;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QList<Command> commands = allCommands();
    CliContext ctx(out, err);
    const QStringList words = commandWords(arguments, commands);

    // The longest command name that the words start with ("grabber add" before "grabber").
    const Command *command = nullptr;
    for (const Command &c : commands) {
        const QStringList name = c.name.split(u' ');
        if (words.mid(0, name.size()) == name && (!command || name.size() > command->name.count(u' ') + 1)) {
            command = &c;
        }
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QCommandLineOption db = kDb;
    db.setDescription(dbHelp());
    parser.addOptions({db, kNow, kJson, kHelp, kVersion});
    if (command) {
        parser.addOptions(command->options);
    }
    const bool parsed = parser.parse(QStringList{QStringLiteral("grabctl")} + arguments);
    ctx.json = parser.isSet(kJson);

    if (parser.isSet(kVersion) && !command) {
        out << "grabctl " << GRABDESK_VERSION << Qt::endl;
        return 0;
    }
    if (!command) {
        if (parser.isSet(kHelp) || words.isEmpty()) {
            (words.isEmpty() && !parser.isSet(kHelp) ? err : out) << generalHelp(commands);
            return parser.isSet(kHelp) ? 0 : 2;
        }
        return ctx.usage(QStringLiteral("Unknown command \"%1\".").arg(words.join(u' ')));
    }
    if (parser.isSet(kHelp)) {
        QString text = QStringLiteral("Usage: grabctl %1 [options]%2\n\n%3\n\nOptions:\n")
                           .arg(command->name,
                                command->positionals.isEmpty() ? QString() : u' ' + command->positionals.join(u' '),
                                command->summary);
        QList<QCommandLineOption> shown = command->options;
        shown << db << kNow << kJson << kHelp;
        for (const QCommandLineOption &o : shown) {
            QStringList names;
            for (const QString &n : o.names()) {
                names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
            }
            QString left = names.join(QStringLiteral(", "));
            if (!o.valueName().isEmpty()) {
                left += u' ' + o.valueName();
            }
            text += QStringLiteral("  %1 %2\n").arg(left.leftJustified(26), o.description());
        }
        text += u'\n' + QString::fromLatin1(kExitCodes);
        out << text;
        return 0;
    }
    if (!parsed) {
        return ctx.usage(parser.errorText());
    }
    if (parser.isSet(kDb)) {
        ctx.dbPath = parser.value(kDb);
        if (ctx.dbPath.trimmed().isEmpty()) {
            return ctx.usage(QStringLiteral("--db needs a file path."));
        }
    }
    if (parser.isSet(kNow)) {
        ctx.nowMs = parseNow(parser.value(kNow));
        if (!ctx.nowMs) {
            return ctx.usage(QStringLiteral("--now \"%1\" is not an ISO-8601 time from %2 to %3, such as 2026-03-02T09:30:00+08:00.")
                                 .arg(parser.value(kNow))
                                 .arg(kEarliestYear)
                                 .arg(kLatestYear - 1));
        }
    }
    // Positionals beyond the command words are the command's own arguments.
    QStringList rest = parser.positionalArguments().mid(command->name.count(u' ') + 1);
    const bool variadic = !command->positionals.isEmpty() && command->positionals.last().endsWith(QLatin1String("..."));
    const qsizetype wanted = command->positionals.size();
    if ((!variadic && rest.size() != wanted) || (variadic && rest.size() < wanted)) {
        if (rest.size() > wanted && !variadic) {
            return ctx.usage(QStringLiteral("Unexpected argument \"%1\" for \"%2\".").arg(rest.value(wanted), command->name));
        }
        return ctx.usage(QStringLiteral("\"%1\" needs %2.").arg(command->name, command->positionals.join(u' ')));
    }
    return command->run(ctx, parser, rest);
}

} // namespace grab::cli
