// Importing orders from CSV: a file of N orders (default 100,000) for the customers of a fresh
// database, imported R times (default 3) into fresh copies of that database; prints each run
// and the median, for the dry run (read and check only) and the real import (one BEGIN
// IMMEDIATE transaction, every order published through OrderService with its event).
//
//   import_bench [--orders N] [--customers C] [--repeat R] [--dir DIR]
#include "base/clock.h"
#include "base/csvwriter.h"
#include "services/import/importservice.h"
#include "services/rules/ruleservice.h"
#include "services/team/teamservice.h"
#include "store/database.h"
#include "store/sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>

using namespace grab;

namespace {

const qint64 kNow = QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();

bool makeTemplate(const QString &path, int customers)
{
    Database::Options o;
    o.mode = Database::Mode::OpenOrCreate;
    auto db = Database::open(path, o);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return false;
    }
    FixedClock clock(kNow);
    Context ctx{**db, clock, QStringLiteral("bench")};
    if (!RuleService(ctx).ensureDefaults(QStringLiteral("Asia/Shanghai"))) {
        return false;
    }
    auto tx = Transaction::begin(**db);
    const char *tiers[] = {"vip", "key", "regular", "regular"};
    for (int i = 1; i <= customers; ++i) {
        Customer c{0, QStringLiteral("客户%1").arg(i), *tierFromString(QString::fromLatin1(tiers[i % 4])), QStringLiteral("华东")};
        if (!TeamService(ctx).addCustomerIn(c)) {
            return false;
        }
    }
    return tx && tx->commit();
}

bool writeCsv(const QString &path, int orders, int customers)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        return false;
    }
    CsvWriter csv(&f);
    csv.writeHeader({QStringLiteral("customer"), QStringLiteral("amount"), QStringLiteral("skill"), QStringLiteral("region"),
                     QStringLiteral("published_at")});
    QRandomGenerator rng(7);
    const QStringList skills{QStringLiteral("云服务"), QStringLiteral("企业软件"), QStringLiteral("物流服务"), QStringLiteral("硬件")};
    const QTimeZone zone("Asia/Shanghai");
    for (int i = 0; i < orders; ++i) {
        const qint64 publishedAt = kNow - qint64(i) * 1000 - 60000; // distinct, in the past
        csv.writeRow({QStringLiteral("客户%1").arg(1 + int(rng.bounded(customers))),
                      QStringLiteral("%1.%2").arg(rng.bounded(200000)).arg(rng.bounded(100), 2, 10, QLatin1Char('0')),
                      skills[int(rng.bounded(skills.size()))], QStringLiteral("华东"),
                      QDateTime::fromMSecsSinceEpoch(publishedAt, zone).toString(Qt::ISODate)});
    }
    return csv.ok();
}

// One import into a fresh copy of the template; returns milliseconds, or -1.
qint64 runOnce(const QString &templ, const QString &dbPath, const QString &csvPath, bool dryRun, qint64 &imported)
{
    QFile::remove(dbPath);
    if (!QFile::copy(templ, dbPath)) {
        return -1;
    }
    auto db = Database::open(dbPath, Database::Options{});
    if (!db) {
        return -1;
    }
    FixedClock clock(kNow);
    QFile f(csvPath);
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    ImportService::Options o;
    o.dryRun = dryRun;
    QElapsedTimer t;
    t.start();
    auto report = ImportService(Context{**db, clock, QStringLiteral("bench")}).import(ImportEntity::Orders, &f, o);
    const qint64 ms = t.elapsed();
    if (!report || report->invalidRows > 0) {
        std::fprintf(stderr, "import failed: %s\n", report ? "invalid rows" : qPrintable(report.error().message));
        return -1;
    }
    imported = dryRun ? report->validRows : report->imported;
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption ordersOpt(QStringLiteral("orders"), QStringLiteral("Orders in the file."), QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption customersOpt(QStringLiteral("customers"), QStringLiteral("Customers in the database."), QStringLiteral("C"),
                                          QStringLiteral("2000"));
    const QCommandLineOption repeatOpt(QStringLiteral("repeat"), QStringLiteral("Runs of each kind."), QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption dirOpt(QStringLiteral("dir"), QStringLiteral("Folder for the files (default: a temporary one)."), QStringLiteral("DIR"));
    p.addOptions({ordersOpt, customersOpt, repeatOpt, dirOpt});
    p.process(app);
    const int orders = p.value(ordersOpt).toInt();
    const int customers = p.value(customersOpt).toInt();
    const int repeat = std::max(1, p.value(repeatOpt).toInt());
    QTemporaryDir tmp;
    const QString dir = p.isSet(dirOpt) ? p.value(dirOpt) : tmp.path();
    const QString templ = dir + QStringLiteral("/import-template.sqlite");
    const QString csvPath = dir + QStringLiteral("/orders.csv");
    QFile::remove(templ);
    if (!makeTemplate(templ, customers) || !writeCsv(csvPath, orders, customers)) {
        std::fprintf(stderr, "cannot prepare the files\n");
        return 1;
    }
    std::printf("%d orders for %d customers, %.1f MB of CSV (UTF-8 with BOM), synchronous=FULL\n", orders, customers,
                double(QFile(csvPath).size()) / 1e6);
    for (bool dry : {true, false}) {
        QList<qint64> times;
        for (int r = 0; r < repeat; ++r) {
            qint64 n = 0;
            const qint64 ms = runOnce(templ, dir + QStringLiteral("/import-run.sqlite"), csvPath, dry, n);
            if (ms < 0) {
                return 1;
            }
            std::printf("  %-8s run %d: %6lld ms (%lld rows, %.0f rows/s)\n", dry ? "dry run" : "import", r + 1, ms, n, n * 1000.0 / std::max<qint64>(ms, 1));
            times.append(ms);
        }
        std::sort(times.begin(), times.end());
        std::printf("%-8s median of %d: %lld ms\n", dry ? "dry run" : "import", repeat, times[times.size() / 2]);
    }
    return 0;
}
