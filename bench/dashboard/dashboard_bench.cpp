// The dashboards benchmark, on the database make_bench_db builds:
//   dashboard_bench --db FILE [--runs N] [--grabber ID] [--now ISO-8601]
// prints the median of N runs (after one warm-up) of DashboardService::teamDashboard and
// ::grabberDashboard for this quarter and this month (the presets, in the team's time zone, as
// of make_bench_db's "now": Friday 2026-11-20 18:00 in Shanghai), and beside them the
// MetricsService calls they are made of, to show where the time goes. The file is only read.
#include "base/clock.h"
#include "domain/periodpreset.h"
#include "services/metrics/dashboardservice.h"
#include "services/metrics/drilldown.h"
#include "services/metrics/metricsservice.h"
#include "services/rules/ruleservice.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace grab;

namespace {

double medianOf(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// Median and slowest of `runs` timed runs after one warm-up (the page cache as a manager's open
// session has it).
std::pair<double, double> timeIt(int runs, const std::function<void()> &fn)
{
    fn();
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        ms << double(t.nsecsElapsed()) / 1e6;
    }
    return {medianOf(ms), *std::max_element(ms.begin(), ms.end())};
}

template <typename T> void must(const Result<T> &r, const char *what)
{
    if (!r) {
        std::fprintf(stderr, "dashboard_bench: %s: %s\n", what, qPrintable(r.error().message));
        std::exit(1);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions(
        {{QStringLiteral("db"), QStringLiteral("The benchmark database (make_bench_db)."), QStringLiteral("FILE")},
         {QStringLiteral("runs"), QStringLiteral("Timed runs per figure (default 7)."), QStringLiteral("N"),
          QStringLiteral("7")},
         {QStringLiteral("grabber"), QStringLiteral("The grabber of the grabber dashboard (default 1)."),
          QStringLiteral("ID"), QStringLiteral("1")},
         {QStringLiteral("now"),
          QStringLiteral("\"Now\", ISO-8601 (default: make_bench_db's, 2026-11-20T18:00:00+08:00)."),
          QStringLiteral("ISO-8601"), QStringLiteral("2026-11-20T18:00:00+08:00")}});
    p.process(app);
    const QString path = p.value(QStringLiteral("db"));
    const int runs = std::max(1, p.value(QStringLiteral("runs")).toInt());
    const qint64 grabber = p.value(QStringLiteral("grabber")).toLongLong();
    const QDateTime now = QDateTime::fromString(p.value(QStringLiteral("now")), Qt::ISODate);
    if (path.isEmpty() || !now.isValid()) {
        std::fprintf(stderr, "dashboard_bench: needs --db FILE (and --now, if given, as ISO-8601)\n");
        return 2;
    }
    auto db = Database::open(path, Database::Options{});
    if (!db) {
        std::fprintf(stderr, "dashboard_bench: %s\n", qPrintable(db.error().message));
        return 6;
    }
    FixedClock clock(now.toMSecsSinceEpoch());
    Context ctx{**db, clock, QStringLiteral("bench")};
    auto rules = RuleService(ctx).current();
    must(rules, "reading the rules");
    const Period quarter = periods::forPreset(PeriodPreset::ThisQuarter, rules->zone(), clock.nowMs());
    const Period month = periods::forPreset(PeriodPreset::ThisMonth, rules->zone(), clock.nowMs());

    std::printf("dashboard_bench on %s, now %s, grabber %lld, median (and slowest) of %d runs after a warm-up\n",
                qPrintable(path), qPrintable(now.toString(Qt::ISODate)), static_cast<long long>(grabber), runs);
    std::printf("%-58s %10s %10s\n", "figure", "median", "slowest");
    const auto row = [&](const QString &name, const std::function<void()> &fn) {
        const auto [median, slowest] = timeIt(runs, fn);
        std::printf("%-58s %7.1f ms %7.1f ms\n", qPrintable(name), median, slowest);
        std::fflush(stdout);
    };
    DashboardService dashboards(ctx);
    MetricsService metrics(ctx);
    for (const auto &[name, period] :
         {std::pair{QStringLiteral("this quarter"), quarter}, std::pair{QStringLiteral("this month"), month}}) {
        const QString what = QStringLiteral("%1 (%2)").arg(name, periods::label(period));
        row(QStringLiteral("teamDashboard, %1").arg(what),
            [&] { must(dashboards.teamDashboard(period), "teamDashboard"); });
        row(QStringLiteral("grabberDashboard, %1").arg(what),
            [&] { must(dashboards.grabberDashboard(grabber, period), "grabberDashboard"); });
        row(QStringLiteral("  (MetricsService::kpis, %1)").arg(name), [&] { must(metrics.kpis(period), "kpis"); });
        row(QStringLiteral("  (MetricsService::team, %1)").arg(name), [&] { must(metrics.team(period), "team"); });
        row(QStringLiteral("  (MetricsService::team, the period before)"),
            [&] { must(metrics.team(periods::previous(period)), "team"); });
    }
    // Drill-downs are a click away, not part of the dashboard: the first page of rows and the count.
    DrillDown drill(ctx);
    const auto page = [&](const QString &name, DrillDown::Figure figure, std::optional<qint64> who, int index) {
        row(QStringLiteral("drill-down, %1, first 100 rows").arg(name), [&] {
            must(drill.rows(DrillDown::Key{figure, quarter, who, index, std::nullopt}, 100), "drill-down");
        });
    };
    page(QStringLiteral("the team's volume this quarter"), DrillDown::Figure::Volume, std::nullopt, -1);
    page(QStringLiteral("the team's won this quarter"), DrillDown::Figure::Won, std::nullopt, -1);
    page(QStringLiteral("the team's attempts at 09:00 this quarter"), DrillDown::Figure::Hour, std::nullopt, 9);
    page(QStringLiteral("the grabber's won this quarter"), DrillDown::Figure::Won, grabber, -1);
    page(QStringLiteral("the grabber's attempts at 09:00 this quarter"), DrillDown::Figure::Hour, grabber, 9);
    row(QStringLiteral("drill-down, the starving VIP orders, all"), [&] {
        must(drill.rows(DrillDown::Key{DrillDown::Figure::StarvingVip, Period{}, std::nullopt, -1, std::nullopt}),
             "drill-down");
    });

    auto team = dashboards.teamDashboard(quarter);
    must(team, "teamDashboard");
    std::printf("this quarter: %lld holdings, %d grabbers on the leaderboard, %d alerts\n",
                static_cast<long long>(team->team.totals.volume), int(team->grabbers.size()), int(team->alerts.size()));
    return 0;
}
