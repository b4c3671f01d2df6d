// The metrics benchmarks of the dispatch-and-metrics issue, on the database make_bench_db builds:
//   metrics_bench --db FILE [--runs N]
// prints the median of N runs (after one warm-up) for: the KPIs of every grabber over a quarter,
// one grabber's per-day series over the quarter, a month's leaderboard, and one dispatch
// decision with the pool as it is (10,000 open orders); then the same figures computed by
// hand-written SQL run by the sqlite3 shell on the same file (bench/metrics/*.sql, and the
// per-grabber median look-ups this program writes out), timed as whole shell runs.
#include "base/clock.h"
#include "services/grab/dispatchservice.h"
#include "services/metrics/metricsservice.h"
#include "store/database.h"
#include "store/sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
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

double timeIt(int runs, const std::function<void()> &fn)
{
    fn(); // warm-up: the page cache as a manager's open session has it
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        ms << double(t.nsecsElapsed()) / 1e6;
    }
    return medianOf(ms);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Wall time of the sqlite3 shell running `script` on the file, less the time of the same shell
// running nothing (start-up and opening the file): the median of `runs` after a warm-up run.
// (The shell's own .timer prints whole milliseconds per statement: too coarse for 200 small
// look-ups, so the whole run is timed instead.)
double shellTime(const QString &db, const QByteArray &script, int runs)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty() || script.isEmpty()) {
        return -1;
    }
    const auto once = [&](const QByteArray &text) {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(shell, {QStringLiteral("-readonly"), db});
        p.write(text);
        p.closeWriteChannel();
        p.waitForFinished(-1);
        p.readAllStandardOutput();
        return double(t.nsecsElapsed()) / 1e6;
    };
    QList<double> totals;
    once(script);
    for (int i = 0; i < runs; ++i) {
        const double empty = once(QByteArray("SELECT 1;\n"));
        totals << once(script) - empty;
    }
    return medianOf(totals);
}

// The fastest hand-written SQL found for a period's KPIs: sums from the day rollup, then one
// ordered LIMIT/OFFSET look-up per grabber for the exact median (a correlated subquery cannot
// take its LIMIT from the outer row, and a window function sorting the whole quarter is
// slower: both are measured below).
QByteArray kpiScript(const QSqlDatabase &db, const QString &fromDay, const QString &toDay, qint64 fromMs, qint64 toMs)
{
    QByteArray s = QStringLiteral(
                       "SELECT g.id, g.name, SUM(d.volume), SUM(d.won), SUM(d.lost), SUM(d.reclaimed), SUM(d.revenue), SUM(d.attempts), "
                       "SUM(d.attempts_won), SUM(d.feedback_sum), SUM(d.feedback_count), SUM(d.violations) FROM grabbers g LEFT JOIN "
                       "grabber_days d ON d.grabber_id = g.id AND d.day >= '%1' AND d.day < '%2' GROUP BY g.id;\n"
                       "SELECT grabber_id, type, COUNT(*) FROM violations WHERE at >= %3 AND at < %4 GROUP BY grabber_id, type;\n"
                       "SELECT assignee_id, COUNT(*) FROM orders WHERE state = 'assigned' GROUP BY assignee_id;\n")
                       .arg(fromDay, toDay)
                       .arg(fromMs)
                       .arg(toMs)
                       .toUtf8();
    auto q = runSql(db, QStringLiteral("SELECT grabber_id, SUM(volume) FROM grabber_days WHERE day >= ? AND day < ? GROUP BY grabber_id"),
                    {fromDay, toDay});
    while (q && q->next()) {
        const qint64 n = q->value(1).toLongLong();
        if (n > 0) {
            s += QStringLiteral("SELECT AVG(response_ms) FROM (SELECT response_ms FROM assignments WHERE grabber_id = %1 AND assigned_at >= %2 "
                                "AND assigned_at < %3 ORDER BY response_ms LIMIT %4 OFFSET %5);\n")
                     .arg(q->value(0).toLongLong())
                     .arg(fromMs)
                     .arg(toMs)
                     .arg(n % 2 == 0 ? 2 : 1)
                     .arg((n - 1) / 2)
                     .toUtf8();
        }
    }
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions({{QStringLiteral("db"), QStringLiteral("The benchmark database (make_bench_db)."), QStringLiteral("FILE")},
                  {QStringLiteral("runs"), QStringLiteral("Timed runs per figure (default 7)."), QStringLiteral("N"), QStringLiteral("7")},
                  {QStringLiteral("sql"), QStringLiteral("Folder of the hand-written SQL (default: bench/metrics beside the sources)."),
                   QStringLiteral("DIR"), QStringLiteral(GRABDESK_BENCH_SQL_DIR)}});
    p.process(app);
    const QString path = p.value(QStringLiteral("db"));
    const int runs = std::max(1, p.value(QStringLiteral("runs")).toInt());
    auto db = Database::open(path, Database::Options{});
    if (!db) {
        std::fprintf(stderr, "metrics_bench: %s\n", qPrintable(db.error().message));
        return 6;
    }
    // make_bench_db's "now": Friday 2026-11-20 18:00 in Shanghai; the quarter is 2026-Q3.
    FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(18, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch());
    Context ctx{**db, clock, QStringLiteral("bench")};
    const Period quarter{QDate(2026, 7, 1), QDate(2026, 10, 1)};
    const Period month{QDate(2026, 10, 1), QDate(2026, 11, 1)};
    MetricsService metrics(ctx);

    int rows = 0;
    const double kpiMs = timeIt(runs, [&] { rows = int(metrics.kpis(quarter)->size()); });
    const double seriesMs = timeIt(runs, [&] { metrics.daily(quarter, 1); });
    const double boardMs = timeIt(runs, [&] {
        auto r = metrics.kpis(month);
        std::sort(r->begin(), r->end(), [](const GrabberKpis &a, const GrabberKpis &b) { return a.revenueMinor > b.revenueMinor; });
    });
    const qint64 open = scalar((*db)->connection(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE state = 'open'"))->toLongLong();
    const qint64 someOpen = scalar((*db)->connection(), QStringLiteral("SELECT MIN(id) FROM orders WHERE state = 'open'"))->toLongLong();
    const double decideMs = timeIt(runs, [&] { DispatchService(ctx).preview(someOpen); });

    std::printf("metrics_bench on %s (%lld open orders), median of %d runs after a warm-up\n", qPrintable(path),
                static_cast<long long>(open), runs);
    std::printf("%-52s %10s %14s %8s\n", "figure", "GrabDesk", "sqlite3 shell", "ratio");
    const QString sql = p.value(QStringLiteral("sql"));
    const auto row = [&](const QString &name, double ours, const QByteArray &script) {
        const double shell = shellTime(path, script, runs);
        std::printf("%-52s %8.1f ms %11.1f ms %7.2fx\n", qPrintable(name), ours, shell, shell > 0 ? ours / shell : 0.0);
        std::fflush(stdout);
    };
    const auto ms = [](const QDate &d) { return QDateTime(d, QTime(0, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch(); };
    const QSqlDatabase c = (*db)->connection();
    row(QStringLiteral("quarter KPIs, %1 grabbers").arg(rows), kpiMs,
        kpiScript(c, QStringLiteral("2026-07-01"), QStringLiteral("2026-10-01"), ms(quarter.from), ms(quarter.to)));
    row(QStringLiteral("one grabber's per-day series, a quarter"), seriesMs, readFile(sql + QStringLiteral("/grabber_series.sql")));
    row(QStringLiteral("a month's leaderboard"), boardMs,
        kpiScript(c, QStringLiteral("2026-10-01"), QStringLiteral("2026-11-01"), ms(month.from), ms(month.to)));
    row(QStringLiteral("one dispatch decision"), decideMs, readFile(sql + QStringLiteral("/dispatch_decision.sql")));
    row(QStringLiteral("(quarter KPIs: median by one window function)"), kpiMs, readFile(sql + QStringLiteral("/quarter_median_window.sql")));
    row(QStringLiteral("(quarter KPIs from the raw facts, no rollup)"), kpiMs, readFile(sql + QStringLiteral("/quarter_kpis_raw.sql")));
    return 0;
}
