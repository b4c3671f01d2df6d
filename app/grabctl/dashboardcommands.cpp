// dashboard: the team or one grabber's dashboard, the same data DashboardService gives the GUI.
#include "clicontext.h"
#include "kpiformat.h"

#include "base/money.h"
#include "domain/periodpreset.h"
#include "domain/responsebuckets.h"
#include "services/metrics/dashboardservice.h"
#include "services/rules/ruleservice.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace grab::cli {
namespace {

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// --period: a preset word (as of --now, in the team's time zone) or FROM..TO, the days
// [FROM, TO) as `kpis --from FROM --to TO` counts them.
std::optional<Period> parsePeriod(CliContext &ctx, const QString &text, const QTimeZone &zone)
{
    const qint64 now = ctx.clock().nowMs();
    if (text == QLatin1String("today")) {
        return periods::forPreset(PeriodPreset::Today, zone, now);
    }
    if (text == QLatin1String("week")) {
        return periods::forPreset(PeriodPreset::ThisWeek, zone, now);
    }
    if (text == QLatin1String("month")) {
        return periods::forPreset(PeriodPreset::ThisMonth, zone, now);
    }
    if (text == QLatin1String("quarter")) {
        return periods::forPreset(PeriodPreset::ThisQuarter, zone, now);
    }
    const QStringList parts = text.split(QStringLiteral(".."));
    if (parts.size() == 2 && parts[0].size() == 10 && parts[1].size() == 10) {
        const Period p{QDate::fromString(parts[0], Qt::ISODate), QDate::fromString(parts[1], Qt::ISODate)};
        if (p.isValid()) {
            return p;
        }
    }
    return std::nullopt;
}

QJsonObject periodJson(const Period &p)
{
    return QJsonObject{{QStringLiteral("from"), isoDate(p.from)},
                       {QStringLiteral("to"), isoDate(p.to)},
                       {QStringLiteral("label"), periods::label(p)}};
}

QJsonObject keyJson(const DrillDown::Key &k)
{
    QJsonObject o{{QStringLiteral("figure"), DrillDown::figureName(k.figure)}};
    if (k.period.isValid()) {
        o.insert(QStringLiteral("period"), periodJson(k.period));
    }
    if (k.grabberId) {
        o.insert(QStringLiteral("grabberId"), *k.grabberId);
    }
    if (k.index >= 0) {
        o.insert(QStringLiteral("index"), k.index);
    }
    if (k.instants) {
        o.insert(QStringLiteral("fromInstant"), isoUtc(k.instants->first));
        o.insert(QStringLiteral("toInstant"), isoUtc(k.instants->second));
    }
    return o;
}

QJsonObject alertJson(const Alert &a)
{
    QJsonArray orders;
    for (qint64 id : a.orderIds) {
        orders.append(id);
    }
    return QJsonObject{{QStringLiteral("kind"), toString(a.kind)},
                       {QStringLiteral("severity"), toString(a.severity)},
                       {QStringLiteral("grabberId"), a.grabberId ? QJsonValue(*a.grabberId) : QJsonValue()},
                       {QStringLiteral("grabberName"), a.grabberName},
                       {QStringLiteral("orderIds"), orders},
                       {QStringLiteral("value"), a.value},
                       {QStringLiteral("previous"), a.previous ? QJsonValue(*a.previous) : QJsonValue()},
                       {QStringLiteral("threshold"), a.threshold},
                       {QStringLiteral("sentence"), a.sentence},
                       {QStringLiteral("drillDown"), keyJson(a.drillDown)}};
}

QJsonArray alertsJson(const QList<Alert> &alerts)
{
    QJsonArray a;
    for (const Alert &x : alerts) {
        a.append(alertJson(x));
    }
    return a;
}

QJsonObject rowsJson(const DrillDown::Rows &rows)
{
    QJsonArray list;
    for (const DrillDown::Row &r : rows.rows) {
        QJsonObject o{{QStringLiteral("id"), r.id},
                      {QStringLiteral("orderId"), r.orderId ? QJsonValue(*r.orderId) : QJsonValue()},
                      {QStringLiteral("customer"), r.customerName},
                      {QStringLiteral("amount"), formatMajorUnits(r.amountMinor)},
                      {QStringLiteral("at"), isoUtc(r.atMs)},
                      {QStringLiteral("outcome"), r.outcome},
                      {QStringLiteral("reason"), r.reason},
                      {QStringLiteral("note"), r.note}};
        if (r.score) {
            o.insert(QStringLiteral("score"), *r.score);
        }
        list.append(o);
    }
    return QJsonObject{{QStringLiteral("total"), rows.total}, {QStringLiteral("rows"), list}};
}

QJsonValue averageJson(const DashboardService::Average &a, int places)
{
    return QJsonObject{{QStringLiteral("value"), jsonFixed(a.value, places)}, {QStringLiteral("grabbers"), a.grabbers}};
}

QJsonObject finalistJson(const std::optional<AwardService::Finalist> &f)
{
    if (!f) {
        return QJsonObject();
    }
    return QJsonObject{{QStringLiteral("grabberId"), f->kpis.grabberId},
                       {QStringLiteral("grabberName"), f->kpis.name},
                       {QStringLiteral("score"), std::round(f->score * 100) / 100}};
}

// The KPI lines of a table: the figure, then one column per row given.
void kpiTable(QTextStream &out, const QStringList &headers, const QList<const GrabberKpis *> &rows)
{
    out << QStringLiteral("figure").leftJustified(20);
    for (const QString &h : headers) {
        out << h.rightJustified(16);
    }
    out << '\n';
    const auto line = [&](const QString &name, const std::function<QString(const GrabberKpis &)> &cell) {
        out << name.leftJustified(20);
        for (const GrabberKpis *k : rows) {
            out << cell(*k).rightJustified(16);
        }
        out << '\n';
    };
    const auto count = [](qint64 GrabberKpis::*field) {
        return [field](const GrabberKpis &k) { return QString::number(k.*field); };
    };
    line(QStringLiteral("volume"), count(&GrabberKpis::volume));
    line(QStringLiteral("won"), count(&GrabberKpis::won));
    line(QStringLiteral("lost"), count(&GrabberKpis::lost));
    line(QStringLiteral("reclaimed"), count(&GrabberKpis::reclaimed));
    line(QStringLiteral("closed"), [](const GrabberKpis &k) { return QString::number(k.closed()); });
    line(QStringLiteral("success rate"), [](const GrabberKpis &k) { return shown(k.successRate, 1, true); });
    line(QStringLiteral("failure rate"), [](const GrabberKpis &k) { return shown(k.failureRate, 1, true); });
    line(QStringLiteral("attempts"), count(&GrabberKpis::attempts));
    line(QStringLiteral("hit rate"), [](const GrabberKpis &k) { return shown(k.hitRate, 1, true); });
    line(QStringLiteral("median response s"), [](const GrabberKpis &k) { return shown(k.medianResponseS, 0, false); });
    line(QStringLiteral("revenue"), [](const GrabberKpis &k) { return formatMajorUnits(k.revenueMinor); });
    line(QStringLiteral("satisfaction (n)"), [](const GrabberKpis &k) {
        return QStringLiteral("%1 (%2)").arg(shown(k.satisfaction, 2, false)).arg(k.feedbackCount);
    });
    line(QStringLiteral("violations"), count(&GrabberKpis::violations));
    line(QStringLiteral("workload now"), count(&GrabberKpis::workload));
}

void printAlerts(QTextStream &out, const QList<Alert> &alerts)
{
    out << "Alerts (" << alerts.size() << "):\n";
    for (const Alert &a : alerts) {
        out << "  " << toString(a.severity).leftJustified(9) << toString(a.kind).leftJustified(20) << printable(a.sentence)
            << '\n';
    }
}

int team(CliContext &ctx, const Period &period)
{
    auto d = DashboardService(ctx.serviceContext()).teamDashboard(period);
    if (!d) {
        return ctx.fail(d.error());
    }
    const AwardService::MonthBest &best = d->grabberOfTheMonth;
    if (ctx.json) {
        QJsonArray board;
        for (const GrabberKpis &k : d->grabbers) {
            board.append(toJson(k));
        }
        ctx.printJson(QJsonObject{
            {QStringLiteral("period"), periodJson(d->period)},
            {QStringLiteral("previousPeriod"), periodJson(d->previousPeriod)},
            {QStringLiteral("partialComparison"), d->partialComparison},
            {QStringLiteral("today"), isoDate(d->today)},
            {QStringLiteral("ruleVersion"), d->ruleVersion},
            {QStringLiteral("team"), toJson(d->team.totals)},
            {QStringLiteral("fairness"), jsonFixed(d->team.fairness, 4)},
            {QStringLiteral("activeGrabbers"), d->team.activeGrabbers},
            {QStringLiteral("previousTeam"), toJson(d->previousTeam.totals)},
            {QStringLiteral("previousFairness"), jsonFixed(d->previousTeam.fairness, 4)},
            {QStringLiteral("grabbers"), board},
            {QStringLiteral("grabberOfTheMonth"),
             QJsonObject{
                 {QStringLiteral("month"), best.month.toString(QStringLiteral("yyyy-MM"))},
                 {QStringLiteral("formula"), best.formula},
                 {QStringLiteral("winner"), best.winner ? QJsonValue(finalistJson(best.winner)) : QJsonValue()},
                 {QStringLiteral("runnerUp"), best.runnerUp ? QJsonValue(finalistJson(best.runnerUp)) : QJsonValue()},
                 {QStringLiteral("gap"), std::round(best.gap * 100) / 100}}},
            {QStringLiteral("alerts"), alertsJson(d->alerts)}});
        return 0;
    }
    QTextStream &out = ctx.out();
    out << "Team dashboard: " << d->label << " [" << isoDate(d->period.from) << ", " << isoDate(d->period.to)
        << "), against " << d->previousLabel << (d->partialComparison ? " (the same days so far)" : "") << "; today " << isoDate(d->today) << ", rules v" << d->ruleVersion
        << "\n\n";
    kpiTable(out, {QStringLiteral("this period"), QStringLiteral("previous")},
             {&d->team.totals, &d->previousTeam.totals});
    out << QStringLiteral("fairness (Jain)").leftJustified(20) << shown(d->team.fairness, 3, false).rightJustified(16)
        << shown(d->previousTeam.fairness, 3, false).rightJustified(16) << '\n'
        << QStringLiteral("active grabbers").leftJustified(20)
        << QString::number(d->team.activeGrabbers).rightJustified(16)
        << QString::number(d->previousTeam.activeGrabbers).rightJustified(16) << "\n\n";

    QList<GrabberKpis> board = d->grabbers;
    std::stable_sort(board.begin(), board.end(),
                     [](const GrabberKpis &a, const GrabberKpis &b) { return a.revenueMinor > b.revenueMinor; });
    out << "Leaderboard by revenue:\n"
        << QStringLiteral("%1  %2 %3 %4 %5 %6 %7")
               .arg(QStringLiteral("id").rightJustified(4), QStringLiteral("name").leftJustified(12),
                    QStringLiteral("volume").rightJustified(6), QStringLiteral("closed").rightJustified(6),
                    QStringLiteral("success").rightJustified(8), QStringLiteral("revenue").rightJustified(13),
                    QStringLiteral("satisf. (n)"))
        << '\n';
    for (const GrabberKpis &k : board) {
        out << QStringLiteral("%1  %2 %3 %4 %5 %6 %7 (%8)")
                   .arg(QString::number(k.grabberId).rightJustified(4), printable(k.name).leftJustified(12),
                        QString::number(k.volume).rightJustified(6), QString::number(k.closed()).rightJustified(6),
                        shown(k.successRate, 1, true).rightJustified(8),
                        formatMajorUnits(k.revenueMinor).rightJustified(13), shown(k.satisfaction, 2, false))
                   .arg(k.feedbackCount)
            << '\n';
    }
    out << "\nGrabber of the Month " << best.month.toString(QStringLiteral("yyyy-MM")) << ": ";
    if (best.winner) {
        out << printable(best.winner->kpis.name) << " (id " << best.winner->kpis.grabberId << ") "
            << QString::number(best.winner->score, 'f', 2);
        if (best.runnerUp) {
            out << ", runner-up " << printable(best.runnerUp->kpis.name) << ' ' << QString::number(best.runnerUp->score, 'f', 2)
                << ", gap " << QString::number(best.gap, 'f', 2);
        }
        out << '\n';
    } else {
        out << "nobody qualified (" << AwardService::kMinClosed << " closed orders needed).\n";
    }
    out << '\n';
    printAlerts(out, d->alerts);
    out.flush();
    return 0;
}

int grabber(CliContext &ctx, qint64 id, const Period &period)
{
    auto d = DashboardService(ctx.serviceContext()).grabberDashboard(id, period);
    if (!d) {
        return ctx.fail(d.error());
    }
    const DashboardService::TeamAverages &avg = d->teamAverage;
    if (ctx.json) {
        QJsonArray daily;
        for (const DayFigures &f : d->daily) {
            daily.append(QJsonObject{{QStringLiteral("day"), isoDate(f.day)},
                                     {QStringLiteral("volume"), f.volume},
                                     {QStringLiteral("won"), f.won},
                                     {QStringLiteral("lost"), f.lost},
                                     {QStringLiteral("reclaimed"), f.reclaimed},
                                     {QStringLiteral("revenue"), formatMajorUnits(f.revenueMinor)},
                                     {QStringLiteral("attempts"), f.attempts},
                                     {QStringLiteral("attemptsWon"), f.attemptsWon},
                                     {QStringLiteral("feedbackCount"), f.feedbackCount},
                                     {QStringLiteral("violations"), f.violations}});
        }
        QJsonArray averageDaily;
        for (const DashboardService::AverageDay &f : d->averageDaily) {
            averageDaily.append(
                QJsonObject{{QStringLiteral("day"), isoDate(f.day)},
                            {QStringLiteral("volume"), f.volume},
                            {QStringLiteral("won"), f.won},
                            {QStringLiteral("revenue"), formatMajorUnits(qint64(std::llround(f.revenueMinor)))},
                            {QStringLiteral("attempts"), f.attempts}});
        }
        QJsonArray buckets;
        for (int i = 0; i < d->responseTimes.counts.size(); ++i) {
            buckets.append(QJsonObject{{QStringLiteral("label"), responseBuckets().at(i).label},
                                       {QStringLiteral("holdings"), d->responseTimes.counts[i]}});
        }
        QJsonArray hours;
        for (const DashboardService::HourActivity &h : d->hours) {
            hours.append(QJsonObject{{QStringLiteral("hour"), h.hour},
                                     {QStringLiteral("attempts"), h.attempts},
                                     {QStringLiteral("wins"), h.wins}});
        }
        QJsonArray targets;
        for (const TargetService::Target &t : d->targets) {
            targets.append(QJsonObject{{QStringLiteral("month"), t.month.toString(QStringLiteral("yyyy-MM"))},
                                       {QStringLiteral("set"), t.isSet},
                                       {QStringLiteral("wonTarget"), t.isSet ? QJsonValue(t.wonCount) : QJsonValue()},
                                       {QStringLiteral("won"), t.won},
                                       {QStringLiteral("revenueTarget"),
                                        t.isSet ? QJsonValue(formatMajorUnits(t.revenueMinor)) : QJsonValue()},
                                       {QStringLiteral("revenue"), formatMajorUnits(t.revenueDoneMinor)}});
        }
        QJsonArray trainings;
        for (const DashboardService::Training &t : d->trainings) {
            trainings.append(QJsonObject{
                {QStringLiteral("course"), t.course},
                {QStringLiteral("category"), t.category},
                {QStringLiteral("takenOn"), t.takenOn.isValid() ? QJsonValue(isoDate(t.takenOn)) : QJsonValue()},
                {QStringLiteral("dueOn"), t.dueOn.isValid() ? QJsonValue(isoDate(t.dueOn)) : QJsonValue()},
                {QStringLiteral("hours"), t.hours ? QJsonValue(*t.hours) : QJsonValue()},
                {QStringLiteral("passed"), t.passed ? QJsonValue(*t.passed) : QJsonValue()}});
        }
        ctx.printJson(QJsonObject{
            {QStringLiteral("period"), periodJson(d->period)},
            {QStringLiteral("previousPeriod"), periodJson(d->previousPeriod)},
            {QStringLiteral("partialComparison"), d->partialComparison},
            {QStringLiteral("today"), isoDate(d->today)},
            {QStringLiteral("kpis"), toJson(d->kpis)},
            {QStringLiteral("previousKpis"), toJson(d->previousKpis)},
            {QStringLiteral("activeGrabbers"), d->activeGrabbers},
            {QStringLiteral("teamAverage"),
             QJsonObject{{QStringLiteral("volume"), averageJson(avg.volume, 2)},
                         {QStringLiteral("won"), averageJson(avg.won, 2)},
                         {QStringLiteral("closed"), averageJson(avg.closed, 2)},
                         {QStringLiteral("successRate"), averageJson(avg.successRate, 4)},
                         {QStringLiteral("failureRate"), averageJson(avg.failureRate, 4)},
                         {QStringLiteral("hitRate"), averageJson(avg.hitRate, 4)},
                         {QStringLiteral("medianResponseS"), averageJson(avg.medianResponseS, 1)},
                         {QStringLiteral("revenue"),
                          QJsonObject{{QStringLiteral("value"),
                                       avg.revenueMinor.value
                                           ? QJsonValue(formatMajorUnits(std::llround(*avg.revenueMinor.value)))
                                           : QJsonValue()},
                                      {QStringLiteral("grabbers"), avg.revenueMinor.grabbers}}},
                         {QStringLiteral("satisfaction"), averageJson(avg.satisfaction, 2)},
                         {QStringLiteral("violations"), averageJson(avg.violations, 2)}}},
            {QStringLiteral("daily"), daily},
            {QStringLiteral("averageDaily"), averageDaily},
            {QStringLiteral("responseTimes"),
             QJsonObject{{QStringLiteral("buckets"), buckets},
                         {QStringLiteral("medianS"), jsonFixed(d->responseTimes.medianS, 1)}}},
            {QStringLiteral("hours"), hours},
            {QStringLiteral("targets"), targets},
            {QStringLiteral("violations"), rowsJson(d->violations)},
            {QStringLiteral("feedback"), rowsJson(d->feedback)},
            {QStringLiteral("trainings"),
             QJsonObject{{QStringLiteral("total"), d->trainingsTotal}, {QStringLiteral("rows"), trainings}}},
            {QStringLiteral("alerts"), alertsJson(d->alerts)}});
        return 0;
    }
    QTextStream &out = ctx.out();
    out << printable(d->grabber.name) << " (id " << d->grabber.id << ", " << toString(d->grabber.level) << ", "
        << toString(d->grabber.status) << "): " << d->label << " [" << isoDate(d->period.from) << ", "
        << isoDate(d->period.to) << "), against " << d->previousLabel
        << (d->partialComparison ? " (the same days so far)" : "") << "\n\n";
    kpiTable(out, {QStringLiteral("this period"), QStringLiteral("previous")}, {&d->kpis, &d->previousKpis});
    out << "\nTeam average over " << d->activeGrabbers << " active grabbers: volume "
        << shown(avg.volume.value, 1, false) << ", success rate " << shown(avg.successRate.value, 1, true) << " ("
        << avg.successRate.grabbers << "), revenue "
        << (avg.revenueMinor.value ? formatMajorUnits(std::llround(*avg.revenueMinor.value)) : QStringLiteral("—"))
        << ", satisfaction " << shown(avg.satisfaction.value, 2, false) << " (" << avg.satisfaction.grabbers << ")\n";
    out << "\nResponse time (published to assigned), median " << shown(d->responseTimes.medianS, 0, false) << " s:\n";
    for (int i = 0; i < d->responseTimes.counts.size(); ++i) {
        out << "  " << responseBuckets().at(i).label.leftJustified(10)
            << QString::number(d->responseTimes.counts[i]).rightJustified(7) << '\n';
    }
    out << "\nAttempts (won) by hour of day:";
    for (const DashboardService::HourActivity &h : d->hours) {
        if (h.attempts > 0) {
            out << ' ' << QString::number(h.hour).rightJustified(2, u'0') << "h " << h.attempts << " (" << h.wins
                << ')';
        }
    }
    out << "\n\nTargets:\n";
    for (const TargetService::Target &t : d->targets) {
        out << "  " << t.month.toString(QStringLiteral("yyyy-MM")) << "  won " << t.won << '/'
            << (t.isSet ? QString::number(t.wonCount) : QStringLiteral("—")) << "  revenue "
            << formatMajorUnits(t.revenueDoneMinor) << '/'
            << (t.isSet ? formatMajorUnits(t.revenueMinor) : QStringLiteral("—")) << '\n';
    }
    out << "\nViolations (" << d->violations.rows.size() << " of " << d->violations.total << "):\n";
    for (const DrillDown::Row &r : d->violations.rows) {
        out << "  " << isoUtc(r.atMs) << "  " << r.outcome << "  " << printable(r.reason) << "  " << printable(r.note) << '\n';
    }
    out << "\nFeedback (" << d->feedback.rows.size() << " of " << d->feedback.total << "):\n";
    for (const DrillDown::Row &r : d->feedback.rows) {
        out << "  " << isoUtc(r.atMs) << "  order " << r.orderId.value_or(0) << "  " << r.score.value_or(0) << "  "
            << printable(r.note) << '\n';
    }
    out << "\nTrainings (" << d->trainings.size() << " of " << d->trainingsTotal << "):\n";
    for (const DashboardService::Training &t : d->trainings) {
        out << "  " << isoDate(t.takenOn.isValid() ? t.takenOn : t.dueOn) << "  " << printable(t.course) << "  " << t.category
            << "  " << (t.hours ? QString::number(*t.hours) + QStringLiteral(" h") : QStringLiteral("—")) << "  "
            << (t.passed ? (*t.passed ? QStringLiteral("passed") : QStringLiteral("failed"))
                         : QStringLiteral("not taken"))
            << '\n';
    }
    out << '\n';
    printAlerts(out, d->alerts);
    out.flush();
    return 0;
}

int dashboard(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    std::optional<qint64> id;
    if (p.isSet(QStringLiteral("grabber"))) {
        id = parseId(p.value(QStringLiteral("grabber")));
        if (!id) {
            return ctx.usage(QStringLiteral("--grabber must be an id."));
        }
    }
    const QString periodText =
        p.isSet(QStringLiteral("period")) ? p.value(QStringLiteral("period")) : QStringLiteral("month");
    Database *db = ctx.database();
    if (!db) {
        return ctx.fail(ctx.lastOpenError());
    }
    auto rules = RuleService(ctx.serviceContext()).current();
    if (!rules) {
        return ctx.fail(rules.error());
    }
    const auto period = parsePeriod(ctx, periodText, rules->zone());
    if (!period) {
        return ctx.usage(QStringLiteral(
            "--period must be today, week, month, quarter or FROM..TO (dates YYYY-MM-DD, FROM before TO)."));
    }
    return id ? grabber(ctx, *id, *period) : team(ctx, *period);
}

} // namespace

QList<Command> dashboardCommands()
{
    return {Command{
        QStringLiteral("dashboard"),
        QStringLiteral("The team's dashboard (or one grabber's): KPIs against the period before, leaderboard, alerts."),
        {QCommandLineOption(QStringLiteral("grabber"), QStringLiteral("One grabber's dashboard."),
                            QStringLiteral("ID")),
         QCommandLineOption(
             QStringLiteral("period"),
             QStringLiteral("today, week, month (default) or quarter in the team's time zone as of --now, or "
                            "FROM..TO: the days [FROM, TO) as kpis --from --to."),
             QStringLiteral("PERIOD"))},
        {},
        dashboard}};
}

} // namespace grab::cli
