// kpis, month-best, target set|list: the figures of PRODUCT.md "Metrics".
#include "clicontext.h"
#include "kpiformat.h"

#include "base/csvwriter.h"
#include "services/export/kpirow.h"
#include "base/money.h"
#include "services/metrics/awardservice.h"
#include "services/metrics/metricsservice.h"
#include "services/grab/poolinsights.h"
#include "services/metrics/targetservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace grab::cli {
namespace {

std::optional<QDate> parseDate(CliContext &ctx, const QCommandLineParser &p, const QString &name)
{
    const QDate d = QDate::fromString(p.value(name), Qt::ISODate);
    if (!p.isSet(name) || !d.isValid() || p.value(name).size() != 10) {
        ctx.usage(QStringLiteral("--%1 must be a date, YYYY-MM-DD.").arg(name));
        return std::nullopt;
    }
    return d;
}

std::optional<QDate> parseMonth(CliContext &ctx, const QCommandLineParser &p)
{
    const QDate d = QDate::fromString(p.value(QStringLiteral("month")) + QStringLiteral("-01"), Qt::ISODate);
    if (!d.isValid() || p.value(QStringLiteral("month")).size() != 7) {
        ctx.usage(QStringLiteral("--month must be YYYY-MM."));
        return std::nullopt;
    }
    return d;
}

int kpis(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    const auto from = parseDate(ctx, p, QStringLiteral("from"));
    if (!from) {
        return 2;
    }
    const auto to = parseDate(ctx, p, QStringLiteral("to"));
    if (!to) {
        return 2;
    }
    if (!(*from < *to)) {
        return ctx.usage(QStringLiteral("--from must be before --to (the period is [from, to))."));
    }
    std::optional<qint64> grabber;
    if (p.isSet(QStringLiteral("grabber"))) {
        grabber = parseId(p.value(QStringLiteral("grabber")));
        if (!grabber) {
            return ctx.usage(QStringLiteral("--grabber must be an id."));
        }
    }
    QString format = p.isSet(QStringLiteral("format")) ? p.value(QStringLiteral("format")) : QStringLiteral("table");
    if (ctx.json) {
        format = QStringLiteral("json");
    }
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json")) {
        return ctx.usage(QStringLiteral("--format must be table, csv or json."));
    }
    Database *db = ctx.database();
    if (!db) {
        return ctx.fail(ctx.lastOpenError());
    }
    auto rows = MetricsService(ctx.serviceContext()).kpis(Period{*from, *to}, grabber);
    if (!rows) {
        return ctx.fail(rows.error());
    }
    if (format == QLatin1String("json")) {
        QJsonArray a;
        for (const GrabberKpis &k : *rows) {
            a.append(toJson(k));
        }
        ctx.printJson(a);
        return 0;
    }
    if (format == QLatin1String("csv")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            return ctx.fail(makeError(ErrorCode::Internal, QStringLiteral("Cannot write to the standard output.")));
        }
        ctx.out().flush();
        CsvWriter csv(&out, false); // a pipe for scripts: no BOM (exports to files carry one)
        csv.writeHeader(kpirow::keys());
        for (const GrabberKpis &k : *rows) {
            csv.writeRow(kpirow::values(k));
        }
        out.flush();
        return 0;
    }
    ctx.out() << QStringLiteral("%1  %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12")
                     .arg(QStringLiteral("id").rightJustified(4), QStringLiteral("name").leftJustified(12), QStringLiteral("volume").rightJustified(6),
                          QStringLiteral("won").rightJustified(5), QStringLiteral("lost").rightJustified(5), QStringLiteral("recl").rightJustified(5),
                          QStringLiteral("success").rightJustified(8), QStringLiteral("failure").rightJustified(8), QStringLiteral("hit").rightJustified(7),
                          QStringLiteral("resp s").rightJustified(7), QStringLiteral("revenue").rightJustified(13), QStringLiteral("satisf. (n)"))
              << '\n';
    for (const GrabberKpis &k : *rows) {
        ctx.out() << QStringLiteral("%1  %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12 (%13)  violations %14")
                         .arg(QString::number(k.grabberId).rightJustified(4), printable(k.name).leftJustified(12), QString::number(k.volume).rightJustified(6),
                              QString::number(k.won).rightJustified(5), QString::number(k.lost).rightJustified(5),
                              QString::number(k.reclaimed).rightJustified(5), shown(k.successRate, 1, true).rightJustified(8),
                              shown(k.failureRate, 1, true).rightJustified(8), shown(k.hitRate, 1, true).rightJustified(7),
                              shown(k.medianResponseS, 0, false).rightJustified(7), formatMajorUnits(k.revenueMinor).rightJustified(13),
                              shown(k.satisfaction, 2, false))
                         .arg(k.feedbackCount)
                         .arg(k.violations)
                  << '\n';
    }
    ctx.out().flush();
    return 0;
}

QJsonObject finalistJson(const AwardService::Finalist &f)
{
    return QJsonObject{{QStringLiteral("grabberId"), f.kpis.grabberId},
                       {QStringLiteral("grabberName"), f.kpis.name},
                       {QStringLiteral("score"), std::round(f.score * 100) / 100},
                       {QStringLiteral("success"), std::round(f.successPart * 100) / 100},
                       {QStringLiteral("revenue"), std::round(f.revenuePart * 100) / 100},
                       {QStringLiteral("satisfaction"), std::round(f.satisfactionPart * 100) / 100},
                       {QStringLiteral("violations"), std::round(f.violationPart * 100) / 100},
                       {QStringLiteral("kpis"), toJson(f.kpis)}};
}

int monthBest(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    const auto month = parseMonth(ctx, p);
    if (!month) {
        return 2;
    }
    Database *db = ctx.database();
    if (!db) {
        return ctx.fail(ctx.lastOpenError());
    }
    auto best = AwardService(ctx.serviceContext()).grabberOfTheMonth(*month);
    if (!best) {
        return ctx.fail(best.error());
    }
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("month"), month->toString(QStringLiteral("yyyy-MM"))},
                                  {QStringLiteral("formula"), best->formula},
                                  {QStringLiteral("winner"), best->winner ? QJsonValue(finalistJson(*best->winner)) : QJsonValue()},
                                  {QStringLiteral("runnerUp"), best->runnerUp ? QJsonValue(finalistJson(*best->runnerUp)) : QJsonValue()},
                                  {QStringLiteral("gap"), std::round(best->gap * 100) / 100},
                                  {QStringLiteral("qualified"), int(best->ranking.size())},
                                  {QStringLiteral("unqualified"), int(best->unqualified.size())}});
        return 0;
    }
    const auto line = [](const AwardService::Finalist &f) {
        return QStringLiteral("%1 (id %2): %3 = success %4 + revenue %5 + satisfaction %6 %7 violations")
            .arg(printable(f.kpis.name))
            .arg(f.kpis.grabberId)
            .arg(f.score, 0, 'f', 2)
            .arg(f.successPart, 0, 'f', 2)
            .arg(f.revenuePart, 0, 'f', 2)
            .arg(f.satisfactionPart, 0, 'f', 2)
            .arg(f.violationPart, 0, 'f', 2);
    };
    ctx.out() << "Grabber of the Month " << month->toString(QStringLiteral("yyyy-MM")) << '\n' << "Formula: " << best->formula << '\n';
    if (!best->winner) {
        ctx.out() << "Nobody qualified (" << AwardService::kMinClosed << " closed orders needed)." << Qt::endl;
        return 0;
    }
    ctx.out() << "Winner:    " << line(*best->winner) << '\n';
    if (best->runnerUp) {
        ctx.out() << "Runner-up: " << line(*best->runnerUp) << '\n'
                  << "Gap: " << QString::number(best->gap, 'f', 2) << " points" << '\n';
    }
    ctx.out() << best->ranking.size() << " qualified, " << best->unqualified.size() << " with too few closed orders." << Qt::endl;
    return 0;
}

int targetSet(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    const auto grabber = parseId(p.value(QStringLiteral("grabber")));
    if (!grabber) {
        return ctx.usage(QStringLiteral("\"target set\" needs --grabber ID."));
    }
    const auto month = parseMonth(ctx, p);
    if (!month) {
        return 2;
    }
    bool ok = false;
    const qint64 won = p.value(QStringLiteral("won")).toLongLong(&ok);
    if (!ok || won < 0) {
        return ctx.usage(QStringLiteral("--won must be a whole number, 0 or more."));
    }
    const auto revenue = parseMajorUnits(p.value(QStringLiteral("revenue")));
    if (!revenue) {
        return ctx.usage(QStringLiteral("--revenue must be an amount in yuan, 0 or more."));
    }
    Database *db = ctx.database();
    if (!db) {
        return ctx.fail(ctx.lastOpenError());
    }
    if (auto s = TargetService(ctx.serviceContext()).set(*grabber, *month, won, *revenue); !s) {
        return ctx.fail(s.error());
    }
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("ok"), true}});
    } else {
        ctx.out() << "Target set." << Qt::endl;
    }
    return 0;
}

int targetList(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    const auto month = parseMonth(ctx, p);
    if (!month) {
        return 2;
    }
    Database *db = ctx.database();
    if (!db) {
        return ctx.fail(ctx.lastOpenError());
    }
    auto targets = TargetService(ctx.serviceContext()).month(*month);
    if (!targets) {
        return ctx.fail(targets.error());
    }
    QJsonArray a;
    for (const TargetService::Target &t : *targets) {
        if (ctx.json) {
            a.append(QJsonObject{{QStringLiteral("grabberId"), t.grabberId},
                                 {QStringLiteral("grabberName"), t.grabberName},
                                 {QStringLiteral("wonTarget"), t.wonCount},
                                 {QStringLiteral("won"), t.won},
                                 {QStringLiteral("revenueTarget"), formatMajorUnits(t.revenueMinor)},
                                 {QStringLiteral("revenue"), formatMajorUnits(t.revenueDoneMinor)}});
        } else {
            ctx.out() << t.grabberId << '\t' << printable(t.grabberName) << "\twon " << t.won << '/' << t.wonCount << "\trevenue "
                      << formatMajorUnits(t.revenueDoneMinor) << '/' << formatMajorUnits(t.revenueMinor) << '\n';
        }
    }
    if (ctx.json) {
        ctx.printJson(a);
    }
    ctx.out().flush();
    return 0;
}

int poolAgeing(CliContext &ctx, const QCommandLineParser &, const QStringList &)
{
    Database *db = ctx.database();
    if (!db) {
        return ctx.fail(ctx.lastOpenError());
    }
    auto a = PoolInsights(ctx.serviceContext()).ageing();
    if (!a) {
        return ctx.fail(a.error());
    }
    if (ctx.json) {
        QJsonArray buckets;
        for (const PoolInsights::AgeBucket &b : a->buckets) {
            buckets.append(QJsonObject{{QStringLiteral("age"), b.label},
                                       {QStringLiteral("orders"), b.orders},
                                       {QStringLiteral("vip"), b.vip},
                                       {QStringLiteral("key"), b.key},
                                       {QStringLiteral("regular"), b.regular}});
        }
        ctx.printJson(QJsonObject{{QStringLiteral("open"), a->open},
                                  {QStringLiteral("starvingVip"), a->starvingVip},
                                  {QStringLiteral("oldestMinutes"), a->oldestMinutes},
                                  {QStringLiteral("buckets"), buckets}});
        return 0;
    }
    for (const PoolInsights::AgeBucket &b : a->buckets) {
        ctx.out() << b.label.leftJustified(10) << QString::number(b.orders).rightJustified(7) << "   vip " << b.vip << ", key " << b.key
                  << ", regular " << b.regular << '\n';
    }
    ctx.out() << a->open << " open; oldest waiting " << a->oldestMinutes << " min; " << a->starvingVip
              << " VIP orders past their dispatch time." << Qt::endl;
    return 0;
}

int cherryPick(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    const auto from = parseDate(ctx, p, QStringLiteral("from"));
    if (!from) {
        return 2;
    }
    const auto to = parseDate(ctx, p, QStringLiteral("to"));
    if (!to) {
        return 2;
    }
    Database *db = ctx.database();
    if (!db) {
        return ctx.fail(ctx.lastOpenError());
    }
    auto rows = PoolInsights(ctx.serviceContext()).cherryPick(Period{*from, *to});
    if (!rows) {
        return ctx.fail(rows.error());
    }
    QJsonArray a;
    for (const PoolInsights::CherryPick &c : *rows) {
        if (ctx.json) {
            a.append(QJsonObject{{QStringLiteral("grabberId"), c.grabberId},
                                 {QStringLiteral("grabberName"), c.name},
                                 {QStringLiteral("grabbed"), c.grabbed},
                                 {QStringLiteral("index"), jsonFixed(c.index, 4)}});
        } else {
            ctx.out() << c.grabberId << '\t' << printable(c.name) << '\t' << c.grabbed << " grabbed\tindex " << shown(c.index, 2, false) << '\n';
        }
    }
    if (ctx.json) {
        ctx.printJson(a);
    }
    ctx.out().flush();
    return 0;
}

} // namespace

QList<Command> metricsCommands()
{
    const QCommandLineOption month(QStringLiteral("month"), QStringLiteral("The month, YYYY-MM."), QStringLiteral("YYYY-MM"));
    return {
        Command{QStringLiteral("kpis"), QStringLiteral("Every KPI per grabber for a period [from, to) of team-local days."),
                {QCommandLineOption(QStringLiteral("from"), QStringLiteral("First day, YYYY-MM-DD."), QStringLiteral("DATE")),
                 QCommandLineOption(QStringLiteral("to"), QStringLiteral("Day after the last, YYYY-MM-DD."), QStringLiteral("DATE")),
                 QCommandLineOption(QStringLiteral("grabber"), QStringLiteral("Only this grabber."), QStringLiteral("ID")),
                 QCommandLineOption(QStringLiteral("format"), QStringLiteral("table (default), csv or json."), QStringLiteral("FORMAT"))},
                {},
                kpis},
        Command{QStringLiteral("month-best"), QStringLiteral("Grabber of the Month, with the formula and the runner-up gap."), {month}, {},
                monthBest},
        Command{QStringLiteral("target set"), QStringLiteral("Set a grabber's monthly target (won orders and revenue in yuan)."),
                {QCommandLineOption(QStringLiteral("grabber"), QStringLiteral("The grabber's id."), QStringLiteral("ID")), month,
                 QCommandLineOption(QStringLiteral("won"), QStringLiteral("Orders to win."), QStringLiteral("N")),
                 QCommandLineOption(QStringLiteral("revenue"), QStringLiteral("Revenue in yuan."), QStringLiteral("YUAN"))},
                {},
                targetSet},
        Command{QStringLiteral("target list"), QStringLiteral("The month's targets with progress."), {month}, {}, targetList},
        Command{QStringLiteral("pool-ageing"), QStringLiteral("How long the open orders have waited, by tier; starving VIP orders."), {}, {},
                poolAgeing},
        Command{QStringLiteral("cherry-pick"),
                QStringLiteral("Per grabber: mean amount of the orders grabbed against the mean of all orders published (> 1: picks bigger)."),
                {QCommandLineOption(QStringLiteral("from"), QStringLiteral("First day, YYYY-MM-DD."), QStringLiteral("DATE")),
                 QCommandLineOption(QStringLiteral("to"), QStringLiteral("Day after the last, YYYY-MM-DD."), QStringLiteral("DATE"))},
                {},
                cherryPick},
    };
}

} // namespace grab::cli
