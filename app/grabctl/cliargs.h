// The argument helpers every command shares: open the database or say why, and read an id or a
// date option strictly (a malformed value is a usage error, exit 2, never a silent default).
#pragma once

#include "clicontext.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>

#include <optional>

namespace grab::cli {

// The database, or nullptr after printing why and setting *code to the exit code.
Database *openOrFail(CliContext &ctx, int *code);

// A required id option (--NAME ID): nullopt after printing the usage error when it is missing
// or not a positive whole number.
std::optional<qint64> requiredId(CliContext &ctx, const QCommandLineParser &p, const QCommandLineOption &o, const QString &command);
std::optional<qint64> requiredId(CliContext &ctx, const QCommandLineParser &p, const QString &name, const QString &command);

// An optional id option: nullopt when absent; sets *bad (after printing) when malformed.
std::optional<qint64> optionalId(CliContext &ctx, const QCommandLineParser &p, const QCommandLineOption &o, int *bad);

// An optional date option (YYYY-MM-DD): an invalid QDate when absent; sets *bad when malformed.
QDate optionalDate(CliContext &ctx, const QCommandLineParser &p, const QCommandLineOption &o, int *bad);

} // namespace grab::cli
