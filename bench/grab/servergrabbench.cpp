// Rule-checked grabs per second on a PostgreSQL team server with 1 and 8 connections, beside
// single-row INSERT commits to the same server from the same client in the same run (through Qt,
// and through psql).
//
//   server_grab_bench --server postgresql://USER@HOST[:PORT]/postgres [--procs 1,8] [--orders N] [--repeat R]
//
// --server names a database to connect to for creating and dropping the bench's own databases
// (the login needs CREATEDB). Each contest: a fresh database (testbed/contest.h: 200 grabbers,
// N open orders), P worker processes (one connection each) that each try every order in their
// own shuffled order, acting for their share of the team in turn, timed from the start signal to
// the last exit. Each attempt is one transaction (WriteScope::Rows: the grabber's and the order's
// rows locked, the chain's lock from its event to its commit), committed with synchronous_commit
// on. The raw rates are measured right before each contest on the same server.
#include "base/clock.h"
#include "services/grab/grabservice.h"
#include "store/database.h"
#include "store/databaselocation.h"
#include "testbed/contest.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace grab;

namespace {

constexpr int kTeam = 200;

// The address of database `name` on the server of `admin`.
QString addressOf(const QString &admin, const QString &name)
{
    auto loc = DatabaseLocation::parse(admin);
    if (!loc || !loc->isServer()) {
        qFatal("--server must be a postgresql:// address");
    }
    loc->database = name;
    return loc->display();
}

void adminExec(const QString &admin, const QString &sql)
{
    const QString connection = QStringLiteral("bench-admin");
    {
        auto loc = DatabaseLocation::parse(admin);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        loc->configure(db);
        if (!db.open()) {
            qFatal("cannot connect to %s: %s", qPrintable(admin), qPrintable(db.lastError().text()));
        }
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(connection);
}

int worker(const QStringList &a)
{
    // --worker ADDRESS FIRST:LAST ORDERS SEED START
    auto db = Database::open(a[1], Database::Options{});
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
    const qint64 first = range.value(0).toLongLong();
    const qint64 grabbers = range.value(1).toLongLong() - first + 1;
    std::printf("READY\n");
    std::fflush(stdout);
    while (!QFile::exists(a[5])) {
        QThread::usleep(200);
    }
    int won = 0, errors = 0;
    qint64 turn = 0;
    for (qint64 id : orders) {
        auto r = service.grab(id, first + (turn++ % grabbers));
        if (r) {
            ++won;
        } else if (r.error().code != ErrorCode::NotOpen) {
            ++errors;
            if (errors == 1) {
                std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            }
        }
    }
    std::printf("DONE %d %d\n", won, errors);
    return errors == 0 ? 0 : 1;
}

struct Figures
{
    double seconds = 0;
    qint64 attempts = 0;
    qint64 won = 0;
    int errors = 0;
};

Figures runContest(const QString &admin, const QString &dir, int procs, int orders)
{
    const QString name = QStringLiteral("grabdesk_bench_contest");
    adminExec(admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    adminExec(admin, QStringLiteral("CREATE DATABASE %1").arg(name));
    const QString address = addressOf(admin, name);
    QString why;
    if (!contest::makeDatabase(address, kTeam, orders, &why)) {
        qFatal("setup: %s", qPrintable(why));
    }
    const QString start = dir + QStringLiteral("/go");
    QFile::remove(start);
    QList<QProcess *> workers;
    for (int i = 0; i < procs; ++i) {
        auto *p = new QProcess;
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const int first = i * kTeam / procs + 1;
        const int last = (i + 1) * kTeam / procs;
        p->start(QCoreApplication::applicationFilePath(), {QStringLiteral("--worker"), address, QStringLiteral("%1:%2").arg(first).arg(last),
                                                           QString::number(orders), QString::number(77 + i), start});
        p->waitForStarted();
        while (!p->canReadLine() && p->state() == QProcess::Running) {
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
        if (parts.size() == 3 && parts[0] == "DONE") {
            f.won += parts[1].toLongLong();
            f.errors += parts[2].toInt();
        } else {
            ++f.errors;
        }
        delete p;
    }
    f.seconds = double(timer.nsecsElapsed()) / 1e9;
    f.attempts = qint64(procs) * orders;
    adminExec(admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    return f;
}

// N autocommit single-row INSERTs from one Qt connection (a kept prepared statement), and the
// same N through psql, to a fresh table on the same server.
QPair<double, double> rawInserts(const QString &admin, int n)
{
    const QString name = QStringLiteral("grabdesk_bench_raw");
    adminExec(admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    adminExec(admin, QStringLiteral("CREATE DATABASE %1").arg(name));
    const QString address = addressOf(admin, name);
    double qt = 0;
    {
        auto loc = DatabaseLocation::parse(address);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw"));
        loc->configure(db);
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, v BIGINT)"));
        q.prepare(QStringLiteral("INSERT INTO t (v) VALUES (?)"));
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < n; ++i) {
            q.bindValue(0, i);
            q.exec();
        }
        qt = double(n) / (double(timer.nsecsElapsed()) / 1e9);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    double shell = 0;
    const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
    if (!psql.isEmpty()) {
        QByteArray script = "CREATE TABLE s (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, v BIGINT);\n\\timing off\n";
        for (int i = 0; i < n; ++i) {
            script += "INSERT INTO s (v) VALUES (" + QByteArray::number(i) + ");\n";
        }
        QProcess p;
        QElapsedTimer timer;
        timer.start();
        p.start(psql, {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-d"), address});
        p.write(script);
        p.closeWriteChannel();
        p.waitForFinished(-1);
        shell = double(n) / (double(timer.nsecsElapsed()) / 1e9);
    }
    adminExec(admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    return {qt, shell};
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
    if (app.arguments().size() == 7 && app.arguments().at(1) == QLatin1String("--worker")) {
        return worker(app.arguments().mid(1));
    }
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions({{QStringLiteral("server"), QStringLiteral("A database on the server to connect to for creating the bench's own (login with CREATEDB)."),
                   QStringLiteral("ADDRESS")},
                  {QStringLiteral("procs"), QStringLiteral("Connection counts (default 1,8)."), QStringLiteral("LIST"), QStringLiteral("1,8")},
                  {QStringLiteral("orders"), QStringLiteral("Orders per contest (default 2000)."), QStringLiteral("N"), QStringLiteral("2000")},
                  {QStringLiteral("repeat"), QStringLiteral("Runs of each configuration; the median is printed (default 3)."), QStringLiteral("R"),
                   QStringLiteral("3")}});
    p.process(app);
    if (!p.isSet(QStringLiteral("server"))) {
        std::fprintf(stderr, "server_grab_bench: --server postgresql://... is needed\n");
        return 2;
    }
    const QString admin = p.value(QStringLiteral("server"));
    const int orders = p.value(QStringLiteral("orders")).toInt();
    const int repeat = std::max(1, p.value(QStringLiteral("repeat")).toInt());
    QTemporaryDir tmp;
    std::printf("server_grab_bench: %d orders per contest, %d runs each, medians; server %s\n", orders, repeat, qPrintable(admin));
    std::printf("%-6s %12s %10s %14s %14s %12s %8s\n", "conns", "attempts/s", "won/s", "raw Qt/s", "raw psql/s", "vs raw Qt", "errors");
    QList<double> oneConnection;
    for (const QString &procText : p.value(QStringLiteral("procs")).split(u',')) {
        const int procs = procText.toInt();
        QList<double> attempts, won, rawQ, rawS, ratio;
        int errors = 0;
        for (int r = 0; r < repeat; ++r) {
            const auto raw = rawInserts(admin, orders);
            const Figures f = runContest(admin, tmp.path(), procs, orders);
            attempts << double(f.attempts) / f.seconds;
            won << double(f.won) / f.seconds;
            rawQ << raw.first;
            rawS << raw.second;
            ratio << (double(f.attempts) / f.seconds) / raw.first;
            errors += f.errors;
        }
        std::printf("%-6d %12.0f %10.0f %14.0f %14.0f %11.0f%% %8d\n", procs, median(attempts), median(won), median(rawQ), median(rawS),
                    median(ratio) * 100.0, errors);
        std::fflush(stdout);
    }
    return 0;
}
