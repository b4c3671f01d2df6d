// Exporting every order (the Orders report: 20 columns, customer and assignee named, amounts in
// yuan, four instants in the team's zone) beside the sqlite3 shell writing the same columns with
// `-csv` from the same file (the same joins, printf for the yuan, strftime for the times).
// Median of R runs each, the ratio from the same run; then the export's peak RSS (VmHWM) in a
// fresh process for about 100,000 and for all 1,000,000 orders, to show memory stays flat.
//
//   export_bench --db build/bench.sqlite [--runs 3] [--dir DIR] [--sqlite3 PATH]
//   export_bench --db FILE --child --out FILE [--days N]   (internal: one export, prints ms and VmHWM)
#include "base/clock.h"
#include "domain/periodpreset.h"
#include "services/export/reportexporter.h"
#include "services/rules/ruleservice.h"
#include "store/database.h"
#include "store/sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace grab;

namespace {

qint64 peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
        }
    }
    return -1;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

// One export in this process: prints "rows ms peak_kb".
int child(const QString &dbPath, const QString &out, int days)
{
    Database::Options o;
    auto db = Database::open(dbPath, o);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    SystemClock clock;
    Context ctx{**db, clock, QStringLiteral("bench")};
    ExportSpec spec;
    spec.report = Report::Orders;
    if (days > 0) {
        // The last `days` days of the history, up to the newest order.
        auto newest = scalar((*db)->connection(), QStringLiteral("SELECT MAX(published_at) FROM orders"));
        auto rules = RuleService(ctx).current();
        if (!newest || !rules) {
            return 1;
        }
        const QDate last = QDateTime::fromMSecsSinceEpoch(newest->toLongLong(), rules->zone()).date();
        spec.period = Period{last.addDays(1 - days), last.addDays(1)};
    }
    QElapsedTimer t;
    t.start();
    auto r = ReportExporter(ctx).run(spec, out);
    const qint64 ms = t.elapsed();
    if (!r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
        return 1;
    }
    std::printf("%lld %lld %lld %s\n", static_cast<long long>(r->rows), static_cast<long long>(ms), static_cast<long long>(peakRssKb()),
                qPrintable(r->sha256));
    return 0;
}

struct ChildRun
{
    qint64 rows = 0;
    double ms = 0;
    qint64 peakKb = 0;
    bool ok = false;
};

ChildRun runChild(const QString &db, const QString &out, int days)
{
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--db"), db, QStringLiteral("--child"), QStringLiteral("--out"), out, QStringLiteral("--days"), QString::number(days)});
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        std::fprintf(stderr, "export failed: %s\n", p.readAllStandardError().constData());
        return {};
    }
    const QList<QByteArray> f = p.readAllStandardOutput().trimmed().split(' ');
    return ChildRun{f.value(0).toLongLong(), f.value(1).toDouble(), f.value(2).toLongLong(), true};
}

QString sqliteQuery(int offsetSeconds)
{
    // The Orders report's columns, formatted by SQLite: the same text as the export writes.
    const int a = std::abs(offsetSeconds);
    const QString sign = offsetSeconds < 0 ? QStringLiteral("-") : QStringLiteral("+");
    const QString offset = sign + QStringLiteral("%1:%2").arg(a / 3600, 2, 10, QChar(u'0')).arg((a / 60) % 60, 2, 10, QChar(u'0'));
    const QString shift = sign + QStringLiteral("%1 seconds").arg(a);
    const auto at = [&](const QString &col) {
        return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%S") + offset + QStringLiteral("', ") + col + QStringLiteral(" / 1000, 'unixepoch', '") + shift +
               QStringLiteral("')");
    };
    return QStringLiteral("SELECT o.id AS order_id, o.customer_id, c.name AS customer, c.tier AS customer_tier, "
                          "printf('%d.%02d', o.amount / 100, o.amount % 100) AS amount, o.currency, o.skill, o.region, "
                          "'P' || o.priority AS priority, o.priority_score, o.rule_version, o.state, "
                          "CASE WHEN o.state IN ('won', 'lost') THEN o.state ELSE '' END AS outcome, o.assignee_id, g.name AS assignee, "
                          "{pub} AS published_at, {deadline} AS grab_deadline, {assigned} AS assigned_at, {closed} AS closed_at, o.min_level "
                          "FROM orders o JOIN customers c ON c.id = o.customer_id LEFT JOIN grabbers g ON g.id = o.assignee_id ORDER BY o.id;")
        // Not QString::arg: printf's %02d would be taken for a placeholder.
        .replace(QStringLiteral("{pub}"), at(QStringLiteral("o.published_at")))
        .replace(QStringLiteral("{deadline}"), at(QStringLiteral("o.grab_deadline")))
        .replace(QStringLiteral("{assigned}"), at(QStringLiteral("o.assigned_at")))
        .replace(QStringLiteral("{closed}"), at(QStringLiteral("o.closed_at")));
}

// The file's SHA-256 without a BOM, double quotes and CRs: the sqlite3 shell ends lines with LF and quotes every
// cell with a character beyond ASCII, the CSV rules only those that need it (none of the bench
// data's cells holds a quote, comma or line break, so the cells are then compared exactly).
QByteArray cellsHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash h(QCryptographicHash::Sha256);
    const QByteArray head = f.read(3);
    if (head != "\xEF\xBB\xBF") {
        h.addData(QByteArray(head).replace('"', QByteArray()));
    }
    while (!f.atEnd()) {
        h.addData(f.read(1 << 20).replace('"', QByteArray()).replace('\r', QByteArray()));
    }
    return h.result().toHex();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions({{QStringLiteral("db"), QStringLiteral("A database made by make_bench_db."), QStringLiteral("FILE")},
                  {QStringLiteral("runs"), QStringLiteral("Runs of each (median), default 3."), QStringLiteral("N"), QStringLiteral("3")},
                  {QStringLiteral("dir"), QStringLiteral("Where the CSV files go (default: a temporary folder)."), QStringLiteral("DIR")},
                  {QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell."), QStringLiteral("PATH"), QStringLiteral("sqlite3")},
                  {QStringLiteral("child"), QStringLiteral("Internal: one export in this process.")},
                  {QStringLiteral("out"), QStringLiteral("Internal: the child's file."), QStringLiteral("FILE")},
                  {QStringLiteral("days"), QStringLiteral("Internal: the child's period in days (0: all)."), QStringLiteral("N"), QStringLiteral("0")}});
    p.process(app);
    const QString db = p.value(QStringLiteral("db"));
    if (db.isEmpty()) {
        std::fprintf(stderr, "export_bench: --db FILE (build/bin/make_bench_db --out build/bench.sqlite)\n");
        return 2;
    }
    if (p.isSet(QStringLiteral("child"))) {
        return child(db, p.value(QStringLiteral("out")), p.value(QStringLiteral("days")).toInt());
    }
    QTemporaryDir tmp;
    const QString dir = p.isSet(QStringLiteral("dir")) ? p.value(QStringLiteral("dir")) : tmp.path();
    const int runs = std::max(1, p.value(QStringLiteral("runs")).toInt());
    const QString mine = dir + QStringLiteral("/orders-grabdesk.csv");
    const QString theirs = dir + QStringLiteral("/orders-sqlite3.csv");

    int offset = 8 * 3600;
    {
        auto opened = Database::open(db, Database::Options{});
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
            return 1;
        }
        SystemClock clock;
        auto rules = RuleService(Context{**opened, clock, QStringLiteral("bench")}).current();
        if (rules) {
            offset = rules->zone().offsetFromUtc(QDateTime::currentDateTimeUtc());
        }
    }
    const QString sql = sqliteQuery(offset);

    QList<double> ours;
    QList<double> shell;
    ChildRun all;
    for (int i = 0; i < runs; ++i) {
        // Alternate, so that neither always runs on a warmer page cache.
        all = runChild(db, mine, 0);
        if (!all.ok) {
            return 1;
        }
        ours.append(all.ms);
        QProcess s;
        s.setStandardOutputFile(theirs);
        QElapsedTimer t;
        t.start();
        s.start(p.value(QStringLiteral("sqlite3")), {QStringLiteral("-csv"), QStringLiteral("-header"), QStringLiteral("-readonly"), db, sql});
        if (!s.waitForFinished(600000) || s.exitCode() != 0) {
            std::fprintf(stderr, "sqlite3 failed: %s\n", s.readAllStandardError().constData());
            return 1;
        }
        shell.append(double(t.elapsed()));
        std::printf("run %d: GrabDesk %.0f ms, sqlite3 -csv %.0f ms\n", i + 1, ours.constLast(), shell.constLast());
        std::fflush(stdout);
    }
    const ChildRun tenth = runChild(db, dir + QStringLiteral("/orders-recent.csv"), 40);
    const double a = median(ours);
    const double b = median(shell);
    std::printf("\norders exported:        %lld (%.1f MB)\n", static_cast<long long>(all.rows), double(QFile(mine).size()) / 1e6);
    std::printf("GrabDesk export:        %.0f ms (median of %d)\n", a, runs);
    std::printf("sqlite3 -csv, same SQL: %.0f ms (median of %d)\n", b, runs);
    std::printf("ratio:                  %.2fx (target <= 1.5x)\n", b > 0 ? a / b : 0.0);
    std::printf("same cells as sqlite3 (BOM, quotes, CR aside): %s\n", cellsHash(mine) == cellsHash(theirs) ? "yes" : "no");
    std::printf("peak RSS, %lld orders:  %lld KiB\n", static_cast<long long>(tenth.rows), static_cast<long long>(tenth.peakKb));
    std::printf("peak RSS, %lld orders: %lld KiB\n", static_cast<long long>(all.rows), static_cast<long long>(all.peakKb));
    return 0;
}
