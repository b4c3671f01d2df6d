#include "cliargs.h"

namespace grab::cli {

Database *openOrFail(CliContext &ctx, int *code)
{
    Database *db = ctx.database();
    if (!db) {
        *code = ctx.fail(ctx.lastOpenError());
    }
    return db;
}

std::optional<qint64> requiredId(CliContext &ctx, const QCommandLineParser &p, const QString &name, const QString &command)
{
    if (!p.isSet(name)) {
        ctx.usage(QStringLiteral("\"%1\" needs --%2 ID.").arg(command, name));
        return std::nullopt;
    }
    const auto id = parseId(p.value(name));
    if (!id) {
        ctx.usage(QStringLiteral("--%1 must be an id (a positive whole number), not \"%2\".").arg(name, p.value(name)));
    }
    return id;
}

std::optional<qint64> requiredId(CliContext &ctx, const QCommandLineParser &p, const QCommandLineOption &o, const QString &command)
{
    return requiredId(ctx, p, o.names().constFirst(), command);
}

std::optional<qint64> optionalId(CliContext &ctx, const QCommandLineParser &p, const QCommandLineOption &o, int *bad)
{
    if (!p.isSet(o)) {
        return std::nullopt;
    }
    const auto id = parseId(p.value(o));
    if (!id) {
        *bad = ctx.usage(QStringLiteral("--%1 must be an id (a positive whole number), not \"%2\".").arg(o.names().constFirst(), p.value(o)));
    }
    return id;
}

QDate optionalDate(CliContext &ctx, const QCommandLineParser &p, const QCommandLineOption &o, int *bad)
{
    if (!p.isSet(o)) {
        return {};
    }
    const QDate d = QDate::fromString(p.value(o).trimmed(), Qt::ISODate);
    if (!d.isValid()) {
        *bad = ctx.usage(QStringLiteral("--%1 must be a date, YYYY-MM-DD, not \"%2\".").arg(o.names().constFirst(), p.value(o)));
    }
    return d;
}

} // namespace grab::cli
