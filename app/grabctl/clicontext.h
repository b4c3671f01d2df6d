#pragma once

#include "base/clock.h"
#include "base/error.h"
#include "base/plaintext.h"
#include "services/context.h"
#include "store/database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonValue>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace grab::cli {

// What one grabctl call knows: the global options, where to print, and the database
// (opened on first use, so `--help` never touches a file).
class CliContext final
{
public:
    CliContext(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}
    Q_DISABLE_COPY_MOVE(CliContext)

    QString dbPath;              // empty: the default location
    std::optional<qint64> nowMs; // --now
    bool json = false;           // --json

    // Opens (or, for init/demo, creates) the database. On failure prints and returns nullptr.
    Database *database(Database::Mode mode = Database::Mode::OpenExisting);
    const Clock &clock() const;
    Context serviceContext();

    // Prints a failure the way the README documents: one sentence on stderr (with the reason
    // code for refusals) and, with --json, an error object on stdout. Returns the exit code.
    int fail(const Error &error);
    int usage(const QString &message);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    void printJson(const QJsonValue &value);
    const Error &lastOpenError() const { return m_openError; }

private:
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Database> m_db;
    Error m_openError;
    SystemClock m_systemClock;
    std::unique_ptr<FixedClock> m_fixedClock;
};

// A command: its name ("grabber add"), options, positional arguments and what it does.
struct Command
{
    QString name;
    QString summary;
    QList<QCommandLineOption> options;
    QStringList positionals; // names shown in --help, e.g. {"FILE"}; a trailing "..." takes any number
    std::function<int(CliContext &, const QCommandLineParser &, const QStringList &positionals)> run;
};

QList<Command> setupCommands();
// --time-zone, when given, must be an IANA zone: 0, or the usage exit code (2).
int checkTimeZone(CliContext &ctx, const QCommandLineParser &p);
// init and server init: --time-zone (else the system's zone) checked, the database opened and
// created if need be, and its default rules made. 0 with the rule version, or the exit code.
int openWithDefaultRules(CliContext &ctx, const QCommandLineParser &p, int *ruleVersion);
QList<Command> serverCommands();
QList<Command> copyCommands();
QList<Command> verifyCommands();
QList<Command> serveCommands();
QList<Command> teamCommands();
QList<Command> coachingCommands();
QList<Command> orderCommands();
QList<Command> ruleCommands();
QList<Command> dispatchCommands();
QList<Command> metricsCommands();
QList<Command> dashboardCommands();
QList<Command> simCommands();
QList<Command> reviewCommands();
QList<Command> importCommands();
QList<Command> exportCommands();

// A text from the database, a file or an argument as a line of human output shows it: control
// and bidi characters escaped ("\x1b", "\n", "\u202e"), so that one record stays one line and
// nothing recolours the terminal or reorders the line. Every such field goes through it; the
// line's own TAB separators and line ends do not. --json needs none of this: QJsonDocument
// escapes what it writes.
inline QString printable(QStringView text)
{
    return plaintext::escapedForTerminal(text);
}

// Strict value parsing: a malformed value is a usage error (exit 2), never a silent default.
std::optional<qint64> parseId(const QString &text);
std::optional<QList<qint64>> parseIdList(const QString &text);
QStringList parseList(const QString &text);
// The years --now may name: [kEarliestYear, kLatestYear).
inline constexpr int kEarliestYear = 2000;
inline constexpr int kLatestYear = 2100;
std::optional<qint64> parseNow(const QString &text);

} // namespace grab::cli
