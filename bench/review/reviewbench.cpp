// The review benchmark, on the database make_bench_db builds (200 grabbers, 1,000,000 orders):
//   review_bench --db FILE [--runs N] [--quarter 2026-Q3]
// copies the file into a temporary folder (the original is only read), then times
// ReviewService::open() — the quarter's KPIs of every active grabber frozen, with their KPI
// scores, in one transaction — median and slowest of N runs after a warm-up (each run deletes
// the cycle it opened). Beside it: MetricsService::kpis for the same quarter (the read that open
// is mostly made of), and the sqlite3 shell doing the same aggregate reads on the copy (the
// engine's own time, for a ratio).
#include "base/clock.h"
#include "domain/periodpreset.h"
#include "domain/reviewcycle.h"
#include "services/metrics/metricsservice.h"
#include "services/review/reviewservice.h"
#include "services/rules/ruleservice.h"
#include "store/database.h"
#include "store/sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
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

template <typename T> void must(const Result<T> &r, const char *what)
{
    if (!r) {
        std::fprintf(stderr, "review_bench: %s: %s\n", what, qPrintable(r.error().message));
        std::exit(1);
    }
}

// Wall time of the sqlite3 shell running `script`, less the same shell running nothing.
double shellTime(const QString &db, const QByteArray &script, int runs)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty()) {
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

// What open() reads, as plain SQL: the quarter's sums per grabber from the day rollup, each
// grabber's median response (window function over the quarter's holdings), the quarter's
// violations, the active grabbers.
QByteArray snapshotScript(const Period &p, qint64 fromMs, qint64 toMs)
{
    const QString from = p.from.toString(Qt::ISODate);
    const QString to = p.to.toString(Qt::ISODate);
    return QStringLiteral(
               "SELECT g.id, g.name, g.level, g.team, SUM(d.volume), SUM(d.won), SUM(d.lost), SUM(d.reclaimed), SUM(d.revenue), SUM(d.attempts), "
               "SUM(d.attempts_won), SUM(d.feedback_sum), SUM(d.feedback_count), SUM(d.violations) FROM grabbers g LEFT JOIN grabber_days d "
               "ON d.grabber_id = g.id AND d.day >= '%1' AND d.day < '%2' WHERE g.status = 'active' GROUP BY g.id;\n"
               "WITH r AS (SELECT grabber_id, response_ms, ROW_NUMBER() OVER (PARTITION BY grabber_id ORDER BY response_ms) AS rn, "
               "COUNT(*) OVER (PARTITION BY grabber_id) AS n FROM assignments WHERE assigned_at >= %3 AND assigned_at < %4) "
               "SELECT grabber_id, AVG(response_ms) / 1000.0 FROM r WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY grabber_id;\n"
               "SELECT id, grabber_id, at, type, severity, source, order_id, note FROM violations WHERE at >= %3 AND at < %4 ORDER BY at, id;\n"
               "SELECT assignee_id, COUNT(*) FROM orders WHERE state = 'assigned' GROUP BY assignee_id;\n")
        .arg(from, to)
        .arg(fromMs)
        .arg(toMs)
        .toUtf8();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions({{QStringLiteral("db"), QStringLiteral("The benchmark database (make_bench_db); it is copied, not changed."), QStringLiteral("FILE")},
                  {QStringLiteral("runs"), QStringLiteral("Timed runs (default 5)."), QStringLiteral("N"), QStringLiteral("5")},
                  {QStringLiteral("quarter"), QStringLiteral("The quarter to open (default 2026-Q3, wholly inside the history)."), QStringLiteral("Q"),
                   QStringLiteral("2026-Q3")}});
    p.process(app);
    const QString source = p.value(QStringLiteral("db"));
    const int runs = std::max(1, p.value(QStringLiteral("runs")).toInt());
    const QString quarter = p.value(QStringLiteral("quarter"));
    const auto period = quarters::period(quarter);
    if (source.isEmpty() || !QFile::exists(source) || !period) {
        std::fprintf(stderr, "review_bench: needs --db FILE (an existing make_bench_db file) and a --quarter like 2026-Q3\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("review-bench.sqlite"));
    QElapsedTimer copyTimer;
    copyTimer.start();
    if (!QFile::copy(source, path)) {
        std::fprintf(stderr, "review_bench: cannot copy %s\n", qPrintable(source));
        return 1;
    }
    const double copyMs = double(copyTimer.elapsed());
    {
        // A clean copy has no WAL beside it; a file with one must be checkpointed first.
        if (QFile::exists(source + QStringLiteral("-wal")) && QFileInfo(source + QStringLiteral("-wal")).size() > 0) {
            std::fprintf(stderr, "review_bench: %s has a write-ahead log: close the programs using it first\n", qPrintable(source));
            return 1;
        }
    }
    auto db = Database::open(path, Database::Options{});
    must(db, "open");
    // After the history: opening a past quarter, as a supervisor does.
    FixedClock clock(QDateTime(period->to.addDays(7), QTime(10, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch());
    const Context ctx{**db, clock, QStringLiteral("bench")};
    ReviewService reviews(ctx);

    int entries = 0;
    const auto openOnce = [&]() -> double {
        must(reviews.create(quarter), "create");
        QElapsedTimer t;
        t.start();
        auto opened = reviews.open(quarter);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        must(opened, "open");
        entries = opened->entries;
        // Undo (the cycle is not locked, so the schema lets us) for the next run.
        must(runSql((*db)->connection(), QStringLiteral("DELETE FROM review_entries")), "delete entries");
        must(runSql((*db)->connection(), QStringLiteral("DELETE FROM review_cycles")), "delete cycle");
        return ms;
    };
    openOnce(); // warm-up
    QList<double> openMs;
    for (int i = 0; i < runs; ++i) {
        openMs << openOnce();
    }
    QList<double> kpiMs;
    for (int i = 0; i < runs + 1; ++i) {
        QElapsedTimer t;
        t.start();
        must(MetricsService(ctx).kpis(*period), "kpis");
        if (i > 0) {
            kpiMs << double(t.nsecsElapsed()) / 1e6;
        }
    }
    auto rules = RuleService(ctx).current();
    must(rules, "rules");
    const auto [fromMs, toMs] = periods::instants(*period, rules->zone());
    (*db).reset();
    const double shellMs = shellTime(path, snapshotScript(*period, fromMs, toMs), runs);

    const qint64 orders = [&] {
        auto again = Database::open(path, Database::Options{});
        return again ? scalar((*again)->connection(), QStringLiteral("SELECT COUNT(*) FROM orders"))->toLongLong() : 0;
    }();
    std::printf("review_bench: %s, %lld orders, quarter %s, %d active grabbers, %d runs after a warm-up (copy of the file: %.0f ms)\n\n",
                qPrintable(source), orders, qPrintable(quarter), entries, runs, copyMs);
    std::printf("%-52s %10s %10s\n", "figure", "median", "slowest");
    std::printf("%-52s %8.1f ms %7.1f ms\n", "ReviewService::open (create not included)", medianOf(openMs),
                *std::max_element(openMs.begin(), openMs.end()));
    std::printf("%-52s %8.1f ms %7.1f ms\n", "(MetricsService::kpis, the quarter)", medianOf(kpiMs), *std::max_element(kpiMs.begin(), kpiMs.end()));
    if (shellMs >= 0) {
        std::printf("%-52s %8.1f ms   (open / shell = %.2f)\n", "sqlite3 shell, the same aggregate reads", shellMs, medianOf(openMs) / shellMs);
    } else {
        std::printf("sqlite3 shell not found: no comparison\n");
    }
    std::printf("\ntarget: open <= 2000 ms -> %s\n", medianOf(openMs) <= 2000 ? "met" : "NOT met");
    return 0;
}
