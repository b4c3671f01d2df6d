// export grabbers|customers|orders|feedback [--out FILE].
#include "clicontext.h"

#include "services/exportservice.h"

#include <QFile>
#include <QJsonObject>

namespace grab::cli {
namespace {

const QCommandLineOption kOut(QStringLiteral("out"), QStringLiteral("Write to this file (UTF-8 with BOM, for Excel); default: the standard output, without BOM."),
                              QStringLiteral("FILE"));

int exportTable(ImportEntity entity, CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    Database *db = ctx.database();
    if (!db) {
        return ctx.fail(ctx.lastOpenError());
    }
    QFile out;
    const bool toFile = p.isSet(kOut);
    if (toFile) {
        out.setFileName(p.value(kOut));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return ctx.fail(makeError(ErrorCode::Internal, QStringLiteral("Cannot write %1: %2").arg(out.fileName(), out.errorString())));
        }
    } else {
        ctx.out().flush();
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            return ctx.fail(makeError(ErrorCode::Internal, QStringLiteral("Cannot write to the standard output.")));
        }
    }
    auto rows = ExportService(ctx.serviceContext()).write(entity, &out, toFile);
    out.close();
    if (!rows) {
        return ctx.fail(rows.error());
    }
    if (toFile) {
        if (ctx.json) {
            ctx.printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("rows"), *rows}, {QStringLiteral("file"), out.fileName()}});
        } else {
            ctx.out() << *rows << " " << toString(entity) << " written to " << out.fileName() << Qt::endl;
        }
    }
    return 0;
}

} // namespace

QList<Command> exportCommands()
{
    QList<Command> out;
    for (ImportEntity e : {ImportEntity::Grabbers, ImportEntity::Customers, ImportEntity::Orders, ImportEntity::Feedback}) {
        out.append(Command{QStringLiteral("export %1").arg(toString(e)),
                           QStringLiteral("Write %1 as CSV in the columns \"import %1\" reads%2.")
                               .arg(toString(e), e == ImportEntity::Orders ? QStringLiteral(" (the open pool)") : QString()),
                           {kOut},
                           {},
                           [e](CliContext &ctx, const QCommandLineParser &p, const QStringList &args) { return exportTable(e, ctx, p, args); }});
    }
    return out;
}

} // namespace grab::cli
