// Rule-checked grabs per second with P processes, beside the raw single-statement commit
// rate of the same SQLite on the same disk (through Qt Sql, and through the sqlite3 shell).
//
//   grab_bench [--procs 1,8] [--orders N] [--sync full,normal] [--wal cold,warm] [--pages K] [--dir DIR] [--repeat R]
//
// Each configuration: a fresh contest database (core/sim/contest.h), P worker processes of
// this program that each try every order in their own shuffled order (so with P > 1 they
// race), timed from the start signal to the last exit. Every attempt is one BEGIN IMMEDIATE
// transaction that reads the rules and counts and commits an attempt and an event.
#include "base/clock.h"
#include "services/grab/grabservice.h"
#include "testbed/contest.h"
#include "store/database.h"
#include "store/sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

using namespace grab;

namespace {

Database::Synchronous syncFrom(const QString &s)
{
    return s == QLatin1String("normal") ? Database::Synchronous::Normal : Database::Synchronous::Full;
}

int worker(const QStringList &a)
{
    // --worker DB FIRST_GRABBER:LAST_GRABBER ORDERS SEED START SYNC
    // The worker acts for its grabbers in turn, so that each grabber's day looks like a real
    // one (tens of grabs, not thousands): the per-grabber counts the rules read stay realistic.
    Database::Options o;
    o.synchronous = syncFrom(a[6]);
    auto db = Database::open(a[1], o);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 6;
    }
    QList<qint64> orders;
    for (qint64 i = 1; i <= a[3].toLongLong(); ++i) {
        orders.append(i);
    }
    QRandomGenerator rng(a[4].toUInt());
    std::shuffle(orders.begin(), orders.end(), rng);
    FixedClock clock(contest::now());
    GrabService service(Context{**db, clock, QStringLiteral("bench")});
    const QStringList range = a[2].split(u':');
    const qint64 firstGrabber = range.value(0).toLongLong();
    const qint64 grabbers = range.value(1).toLongLong() - firstGrabber + 1;
    rusage before{};
    getrusage(RUSAGE_SELF, &before);
    const qint64 cpuBefore = qint64(before.ru_utime.tv_sec + before.ru_stime.tv_sec) * 1000000 +
                             before.ru_utime.tv_usec + before.ru_stime.tv_usec;
    std::printf("READY\n");
    std::fflush(stdout);
    while (!QFile::exists(a[5])) {
        QThread::usleep(200);
    }
    int won = 0;
    int errors = 0;
    qint64 turn = 0;
    for (qint64 id : orders) {
        auto r = service.grab(id, firstGrabber + (turn++ % grabbers));
        if (r) {
            ++won;
        } else if (r.error().code != ErrorCode::NotOpen) {
            ++errors;
        }
    }
    // CPU time of this process (user + system: SQLite's writes are system time), per attempt
    // below: unlike the rates it hardly moves with the machine's load.
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto micros = [](const timeval &t) { return qint64(t.tv_sec) * 1000000 + t.tv_usec; };
    std::printf("DONE %d %d %lld %ld\n", won, errors,
                static_cast<long long>(micros(usage.ru_utime) + micros(usage.ru_stime) - cpuBefore),
                usage.ru_minflt - before.ru_minflt);
    return errors == 0 ? 0 : 1;
}

// Grows the WAL file to `pages` frames without changing the database: a transaction that spills
// its pages into the WAL and is rolled back. SQLite then overwrites those frames instead of
// appending, as it does once a long-running session's WAL has reached its checkpoint size.
// Appending costs more at FULL (the file's size and blocks change, so the sync commits the
// file system's journal too): a fresh file measures the first minutes, a warm one the day.
void warmWal(QSqlDatabase &db, int pages)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    q.exec(QStringLiteral("CREATE TABLE bench_warm (x BLOB)"));
    q.prepare(QStringLiteral("INSERT INTO bench_warm VALUES (zeroblob(?))"));
    for (int i = 0; i < pages; ++i) {
        q.bindValue(0, Database::kPageSize - 200);
        q.exec();
    }
    q.exec(QStringLiteral("ROLLBACK"));
}

struct Figures
{
    double seconds = 0;
    qint64 attempts = 0;
    qint64 won = 0;
    int errors = 0;
    qint64 cpuMicros = 0; // the workers' CPU time together
    qint64 minorFaults = 0; // the workers' page faults: memory handed back to the system and taken again
};

Figures runContest(const QString &dir, int procs, int orders, const QString &sync, bool warm)
{
    const QString path = dir + QStringLiteral("/contest-%1-%2.sqlite").arg(procs).arg(sync);
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QString why;
    constexpr int kTeam = 200; // the team size of PRODUCT.md "Scale it must hold"
    if (!contest::makeDatabase(path, kTeam, orders, &why)) {
        qFatal("setup: %s", qPrintable(why));
    }
    // An idle connection held through the contest keeps the (warmed) WAL file from being
    // deleted between the set-up and the workers' first transaction.
    const QString holderName = QStringLiteral("holder");
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), holderName);
        holder.setDatabaseName(path);
        holder.open();
        if (warm) {
            warmWal(holder, Database::kWalCheckpointPages + 1000);
        }
    }
    const QString start = path + QStringLiteral(".go");
    QFile::remove(start);
    QList<QProcess *> workers;
    for (int i = 0; i < procs; ++i) {
        auto *p = new QProcess;
        // Process i acts for its own share of the team.
        const int first = i * kTeam / procs + 1;
        const int last = (i + 1) * kTeam / procs;
        p->start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--worker"), path, QStringLiteral("%1:%2").arg(first).arg(last),
                  QString::number(orders), QString::number(77 + i), start, sync});
        p->waitForStarted();
        while (!p->canReadLine()) {
            p->waitForReadyRead(100);
        }
        p->readLine();
        workers.append(p);
    }
    QElapsedTimer timer;
    timer.start();
    QFile go(start);
    go.open(QIODevice::WriteOnly);
    go.close();
    Figures f;
    for (QProcess *p : workers) {
        p->waitForFinished(-1);
        const QList<QByteArray> parts = p->readAllStandardOutput().trimmed().split(' ');
        if (parts.size() == 5 && parts[0] == "DONE") {
            f.won += parts[1].toLongLong();
            f.errors += parts[2].toInt();
            f.cpuMicros += parts[3].toLongLong();
            f.minorFaults += parts[4].toLongLong();
        } else {
            ++f.errors;
        }
        delete p;
    }
    f.seconds = double(timer.nsecsElapsed()) / 1e9;
    f.attempts = qint64(procs) * orders;
    QSqlDatabase::database(holderName, false).close();
    QSqlDatabase::removeDatabase(holderName);
    return f;
}

// A new file for a raw measurement, with the store's file settings (Database::configure), so
// that "raw" differs from a grab only by the grab's work.
QSqlDatabase openRawFile(const QString &connection, const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    db.open();
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA page_size = %1").arg(Database::kPageSize));
    q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(Database::kWalCheckpointPages));
    q.exec(QStringLiteral("PRAGMA journal_size_limit = %1").arg(qint64(Database::kWalCheckpointPages) * Database::kPageSize));
    return db;
}

// N autocommit single-row INSERTs through Qt Sql with the store's pragmas.
double rawQt(const QString &dir, int n, const QString &sync, bool warm)
{
    double rate = 0;
    {
        QSqlDatabase db = openRawFile(QStringLiteral("raw"), dir + QStringLiteral("/raw-qt-%1.sqlite").arg(sync));
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA synchronous = %1").arg(sync.toUpper()));
        q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER)"));
        if (warm) {
            warmWal(db, Database::kWalCheckpointPages + 1000);
        }
        q.prepare(QStringLiteral("INSERT INTO t (v) VALUES (?)"));
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < n; ++i) {
            q.bindValue(0, i);
            q.exec();
        }
        rate = double(n) / (double(timer.nsecsElapsed()) / 1e9);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return rate;
}

// N commits that each change `pages` pages and nothing else: BEGIN IMMEDIATE, one UPDATE per
// row of a table whose rows fill a page each, COMMIT. A grab changes about as many pages as
// --pages (counted from the WAL, docs/performance.md), so this is the write floor under a
// grab: what it would cost with no rule to read and nothing to decide.
double rawPages(const QString &dir, int n, const QString &sync, bool warm, int pages)
{
    constexpr int kRows = 400;
    double rate = 0;
    {
        QSqlDatabase db = openRawFile(QStringLiteral("raw-pages"), dir + QStringLiteral("/raw-pages-%1.sqlite").arg(sync));
        QSqlQuery q(db);
        q.exec(QStringLiteral("CREATE TABLE p (id INTEGER PRIMARY KEY, v INTEGER NOT NULL, pad BLOB)"));
        q.exec(QStringLiteral("BEGIN"));
        q.prepare(QStringLiteral("INSERT INTO p (id, v, pad) VALUES (?, 0, zeroblob(?))"));
        for (int i = 0; i < kRows; ++i) {
            q.bindValue(0, i);
            q.bindValue(1, Database::kPageSize * 3 / 4); // one row a page
            q.exec();
        }
        q.exec(QStringLiteral("COMMIT"));
        q.exec(QStringLiteral("PRAGMA synchronous = %1").arg(sync.toUpper()));
        if (warm) {
            warmWal(db, Database::kWalCheckpointPages + 1000);
        }
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE p SET v = v + 1 WHERE id = ?"));
        QRandomGenerator rng(7);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < n; ++i) {
            q.exec(QStringLiteral("BEGIN IMMEDIATE"));
            const int first = int(rng.bounded(kRows));
            for (int k = 0; k < pages; ++k) {
                update.bindValue(0, (first + k * (kRows / pages)) % kRows);
                update.exec();
            }
            q.exec(QStringLiteral("COMMIT"));
        }
        rate = double(n) / (double(timer.nsecsElapsed()) / 1e9);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-pages"));
    return rate;
}

// The same through the sqlite3 shell: the engine's own limit on this disk.
double rawShell(const QString &dir, int n, const QString &sync, bool warm)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty()) {
        return 0;
    }
    const QString path = dir + QStringLiteral("/raw-shell-%1.sqlite").arg(sync);
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QByteArray script = "PRAGMA page_size = " + QByteArray::number(Database::kPageSize) +
                        ";\nPRAGMA journal_mode = WAL;\nPRAGMA synchronous = " + sync.toUpper().toLatin1() +
                        ";\nCREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER);\n";
    // Setup is not timed: a separate run creates the table, the timed run only inserts.
    QProcess setup;
    setup.start(shell, {path});
    setup.write(script);
    setup.closeWriteChannel();
    setup.waitForFinished(-1);
    // Warmed through a connection of ours that stays open, so the shell finds the WAL as left.
    QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("shell-holder"));
    holder.setDatabaseName(path);
    holder.open();
    if (warm) {
        warmWal(holder, Database::kWalCheckpointPages + 1000);
    }
    QByteArray inserts = "PRAGMA synchronous = " + sync.toUpper().toLatin1() +
                         ";\nPRAGMA wal_autocheckpoint = " + QByteArray::number(Database::kWalCheckpointPages) + ";\n";
    for (int i = 0; i < n; ++i) {
        inserts += "INSERT INTO t (v) VALUES (" + QByteArray::number(i) + ");\n";
    }
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(shell, {path});
    p.write(inserts);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    const double rate = double(n) / (double(timer.nsecsElapsed()) / 1e9);
    holder.close();
    holder = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("shell-holder"));
    return rate;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() == 8 && app.arguments().at(1) == QLatin1String("--worker")) {
        return worker(app.arguments().mid(1));
    }
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions(
        {{QStringLiteral("procs"), QStringLiteral("Process counts (default 1,8)."), QStringLiteral("LIST"),
          QStringLiteral("1,8")},
         {QStringLiteral("orders"), QStringLiteral("Orders per contest (default 2000)."), QStringLiteral("N"),
          QStringLiteral("2000")},
         {QStringLiteral("sync"), QStringLiteral("full,normal (default both)."), QStringLiteral("LIST"),
          QStringLiteral("full,normal")},
         {QStringLiteral("repeat"), QStringLiteral("Runs of each configuration; the median is printed (default 3)."),
          QStringLiteral("R"), QStringLiteral("3")},
         {QStringLiteral("pages"),
          QStringLiteral("Pages a grab changes, for the write-floor column: commits of that many changed pages and nothing "
                         "else (default 12)."),
          QStringLiteral("K"), QStringLiteral("12")},
         {QStringLiteral("wal"),
          QStringLiteral(
              "cold,warm: start from a new WAL file (appended to) or one already grown to its checkpoint size "
              "(overwritten, as in a long session); both sides of the ratio alike (default cold)."),
          QStringLiteral("LIST"), QStringLiteral("cold")},
         {QStringLiteral("dir"),
          QStringLiteral("Folder for the files (default: a temporary folder on the same disk as /tmp)."),
          QStringLiteral("DIR")}});
    p.process(app);
    QTemporaryDir tmp;
    const QString dir = p.isSet(QStringLiteral("dir")) ? p.value(QStringLiteral("dir")) : tmp.path();
    const int orders = p.value(QStringLiteral("orders")).toInt();
    const int repeat = std::max(1, p.value(QStringLiteral("repeat")).toInt());
    const int pages = std::max(1, p.value(QStringLiteral("pages")).toInt());
    std::printf(
        "grab_bench: %d orders per contest, %d runs each, medians; SQLite %s; files in %s\n", orders, repeat,
        qPrintable(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version")).driverName()),
        qPrintable(dir));
    QSqlDatabase::removeDatabase(QStringLiteral("version"));
    std::printf("%-5s %-7s %-6s %12s %12s %14s %14s %10s %12s %14s %8s %14s %12s\n", "wal", "sync", "procs", "attempts/s",
                "won/s", "raw Qt/s", "raw sqlite3/s", "vs raw Qt", "CPU/attempt", "faults/attempt", "errors",
                qPrintable(QStringLiteral("raw %1-page/s").arg(pages)), "vs floor");
    for (const QString &wal : p.value(QStringLiteral("wal")).split(u',')) {
        const bool warm = wal == QLatin1String("warm");
        for (const QString &sync : p.value(QStringLiteral("sync")).split(u',')) {
            for (const QString &procText : p.value(QStringLiteral("procs")).split(u',')) {
                const int procs = procText.toInt();
                QList<double> attempts, won, rawQ, rawS, ratio, cpu, faults, floor, floorRatio;
                int errors = 0;
                for (int r = 0; r < repeat; ++r) {
                    // Paired in one run: the raw rate is measured right before the contest it is compared with.
                    const double q = rawQt(dir, orders, sync, warm);
                    const double s = rawShell(dir, orders, sync, warm);
                    const double pagesRate = rawPages(dir, orders, sync, warm, pages);
                    const Figures f = runContest(dir, procs, orders, sync, warm);
                    attempts << double(f.attempts) / f.seconds;
                    won << double(f.won) / f.seconds;
                    rawQ << q;
                    rawS << s;
                    ratio << (double(f.attempts) / f.seconds) / q;
                    cpu << double(f.cpuMicros) / double(f.attempts);
                    faults << double(f.minorFaults) / double(f.attempts);
                    floor << pagesRate;
                    floorRatio << (double(f.attempts) / f.seconds) / pagesRate;
                    errors += f.errors;
                }
                std::printf("%-5s %-7s %-6d %12.0f %12.0f %14.0f %14.0f %9.0f%% %9.0f µs %14.1f %8d %14.0f %11.0f%%\n",
                            qPrintable(wal), qPrintable(sync), procs, median(attempts), median(won), median(rawQ),
                            median(rawS), median(ratio) * 100.0, median(cpu), median(faults), errors, median(floor),
                            median(floorRatio) * 100.0);
                std::fflush(stdout);
            }
        }
    }
    return 0;
}
