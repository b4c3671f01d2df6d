// The live board's benchmark (the board issue's acceptance figures), on the database
// make_bench_db builds (1,000,000 orders, 10,000 of them open):
//   board_bench --db FILE [--rate 100] [--seconds 60] [--starts 5]
// 1. Start to a painted board: this program started again as a child, `--starts` times; each
//    child builds the manager's window on FILE and reports when the pool's first rows are
//    painted. The parent times from launching the child to that report (median).
// 2. Live: the window open on FILE while a separate `grabctl simulate --rate R --duration S`
//    process writes. For every event: from its time stamp (taken by the writer inside its
//    transaction, just before the commit) to the moment the board's models hold it — p50, p99,
//    max. The GUI thread's longest stall: the largest gap between ticks of a 5 ms timer,
//    less 5 ms. Peak RSS of this process.
// 3. The snapshot's reads (open and assigned orders, quotas) beside the sqlite3 shell running
//    the same SELECTs on the same file.
// Run it with a display (xvfb-run -a ...) so painting is real; offscreen works too. --db may be
// a team server's postgresql:// address: parts 1 and 2 then measure the window on the server
// (the feed notified on commit), and part 3, a file's, is left out.
#include "board/boardpage.h"
#include "board/liveordermodel.h"
#include "live/boardfeed.h"
#include "common/appsettings.h"
#include "shell/mainwindow.h"
#include "shell/startup.h"
#include "store/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace grab;
using namespace grab::ui;

namespace {

double percentile(QList<double> v, double p)
{
    if (v.isEmpty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    const qsizetype i = std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5));
    return v.at(i);
}

// Reports the first paint of the pool after the board holds its snapshot.
class PaintWatch final : public QObject
{
public:
    std::function<void()> painted;
    BoardPage *board = nullptr;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && board && board->isLoaded() && board->orders()->rowCount() > 0 && painted) {
            auto done = std::move(painted);
            painted = nullptr;
            QTimer::singleShot(0, done); // after this paint completes
        }
        return QObject::eventFilter(watched, event);
    }
};

int childStart(const QString &db, const QString &settingsFile)
{
    auto opened = openOrCreateDemo(db, false);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 6;
    }
    AppSettings settings(settingsFile);
    MainWindow window(std::move(*opened), &settings);
    PaintWatch watch;
    watch.board = window.board();
    watch.painted = [] {
        std::printf("painted\n");
        std::fflush(stdout);
        QCoreApplication::exit(0);
    };
    window.board()->poolView()->viewport()->installEventFilter(&watch);
    window.show();
    return QApplication::exec();
}

double measureStarts(const QString &db, int starts, const QString &settingsFile)
{
    QList<double> ms;
    for (int i = 0; i < starts + 1; ++i) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer t;
        t.start();
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--db"), db, QStringLiteral("--child-start"),
                                                              QStringLiteral("--settings"), settingsFile});
        while (child.state() != QProcess::NotRunning || child.bytesAvailable()) {
            child.waitForReadyRead(50);
            if (child.readAllStandardOutput().contains("painted")) {
                break;
            }
        }
        const double elapsed = double(t.nsecsElapsed()) / 1e6;
        child.waitForFinished(10000);
        if (i > 0) { // the first start warms the page cache, as a second login would find it
            ms << elapsed;
        }
        std::printf("  start %d: %.0f ms%s\n", i, elapsed, i == 0 ? " (warm-up)" : "");
    }
    return percentile(ms, 0.5);
}

void snapshotBesideShell(const QString &db, int runs)
{
    auto opened = Database::open(db, Database::Options{});
    if (!opened) {
        return;
    }
    SystemClock clock;
    QList<double> ours;
    for (int i = 0; i < runs + 1; ++i) {
        BoardFeed feed(db, clock);
        qint64 rows = 0;
        QObject::connect(&feed, &BoardFeed::snapshotReady, [&](const BoardSnapshot &s) { rows = s.inPlay.size(); });
        QElapsedTimer t;
        t.start();
        feed.start();
        const double ms = double(t.nsecsElapsed()) / 1e6;
        feed.stop();
        if (i > 0) {
            ours << ms;
        }
        if (i == 0) {
            std::printf("  snapshot rows in play: %lld\n", rows);
        }
    }
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QList<double> theirs;
    const QByteArray sql =
        "SELECT o.id, o.customer_id, c.name, c.tier, o.amount, o.skill, o.region, o.priority, o.priority_score, o.rule_version, "
        "o.published_at, o.grab_deadline, o.min_level, o.state, o.assignee_id, o.assigned_at, o.closed_at, o.pooled_at, "
        "EXISTS (SELECT 1 FROM order_restrictions r WHERE r.order_id = o.id) FROM orders o JOIN customers c ON c.id = o.customer_id "
        "WHERE o.state = 'open' ORDER BY o.priority, o.pooled_at, o.id;\n"
        "SELECT o.id, o.customer_id, c.name, c.tier, o.amount, o.skill, o.region, o.priority, o.priority_score, o.rule_version, "
        "o.published_at, o.grab_deadline, o.min_level, o.state, o.assignee_id, o.assigned_at, o.closed_at, o.pooled_at, "
        "EXISTS (SELECT 1 FROM order_restrictions r WHERE r.order_id = o.id) FROM orders o JOIN customers c ON c.id = o.customer_id "
        "WHERE o.state = 'assigned' ORDER BY o.id DESC;\n"
        "SELECT order_id, grabber_id FROM order_restrictions ORDER BY grabber_id;\n"
        "SELECT g.id, g.name, g.level, g.status, g.daily_cap_override, "
        "(SELECT COUNT(*) FROM orders o WHERE o.assignee_id = g.id AND o.state = 'assigned'), COALESCE(d.volume, 0), "
        "COALESCE(d.attempts, 0) FROM grabbers g "
        "LEFT JOIN grabber_days d ON d.grabber_id = g.id AND d.day = date('now') ORDER BY g.id;\n"
        "SELECT * FROM events WHERE id > (SELECT MAX(id) - 300 FROM events) ORDER BY id;\n";
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
    if (!shell.isEmpty()) {
        once(sql);
        QList<double> empty;
        for (int i = 0; i < runs; ++i) {
            theirs << once(sql);
            empty << once(QByteArray());
        }
        const double shellMs = percentile(theirs, 0.5) - percentile(empty, 0.5);
        std::printf("  snapshot read: GrabDesk %.1f ms, sqlite3 shell %.1f ms (same SELECTs; shell start-up subtracted), ratio %.2f\n",
                    percentile(ours, 0.5), shellMs, percentile(ours, 0.5) / shellMs);
    } else {
        std::printf("  snapshot read: GrabDesk %.1f ms (no sqlite3 shell found)\n", percentile(ours, 0.5));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The benchmark database."), QStringLiteral("FILE"));
    const QCommandLineOption rateOption(QStringLiteral("rate"), QStringLiteral("Events per second written by the other process."),
                                        QStringLiteral("R"), QStringLiteral("100"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("How long the other process writes."),
                                           QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption startsOption(QStringLiteral("starts"), QStringLiteral("Timed starts (after one warm-up)."), QStringLiteral("N"),
                                          QStringLiteral("5"));
    const QCommandLineOption childOption(QStringLiteral("child-start"), QStringLiteral("Internal: one timed start."));
    const QCommandLineOption settingsOption(QStringLiteral("settings"), QStringLiteral("Internal: the settings file."), QStringLiteral("FILE"));
    parser.addOptions({dbOption, rateOption, secondsOption, startsOption, childOption, settingsOption});
    parser.addHelpOption();
    parser.process(app);
    const QString db = parser.value(dbOption);
    if (db.isEmpty() || (!db.contains(QLatin1String("://")) && !QFileInfo::exists(db))) {
        std::fprintf(stderr, "board_bench: --db FILE must name an existing database (make_bench_db builds one)\n");
        return 2;
    }
    if (parser.isSet(childOption)) {
        return childStart(db, parser.value(settingsOption));
    }
    QTemporaryDir scratch;
    const QString settingsFile = scratch.filePath(QStringLiteral("settings.ini"));
    const int rate = parser.value(rateOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();

    std::printf("board_bench on %s (platform %s)\n", qPrintable(db), qPrintable(QGuiApplication::platformName()));
    std::printf("1. start to a painted board\n");
    const double start = measureStarts(db, parser.value(startsOption).toInt(), settingsFile);
    std::printf("  median: %.0f ms\n", start);

    std::printf("2. live: %d events/s from another process for %d s\n", rate, seconds);
    auto opened = openOrCreateDemo(db, false);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 6;
    }
    AppSettings settings(settingsFile);
    MainWindow window(std::move(*opened), &settings);
    window.show();
    BoardPage *board = window.board();
    QElapsedTimer waitLoad;
    waitLoad.start();
    while (!board->isLoaded() && waitLoad.elapsed() < 30000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    // The window's own rules sweep runs two seconds after opening; on a pool of 10,000 orders its
    // first pass dispatches or logs every order due, a burst of its own. Measure the board
    // against the other process's traffic after it, and say what the sweep did.
    {
        auto *sweep = window.findChild<QLabel *>(QStringLiteral("sweepLabel"));
        QElapsedTimer sweepTimer;
        sweepTimer.start();
        // On a team server the window does not sweep: its label says who does, or that nobody does.
        const auto swept = [sweep] {
            const QString text = sweep->text();
            return text.startsWith(QStringLiteral("Rules check")) || text.startsWith(QStringLiteral("Rules run by")) ||
                   text.startsWith(QStringLiteral("No rules service"));
        };
        while (sweep && !swept() && sweepTimer.elapsed() < 600000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
        std::printf("  first rules sweep after %.1f s: %s\n", double(sweepTimer.elapsed()) / 1000.0,
                    sweep ? qPrintable(sweep->text()) : "?");
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 2000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
        std::printf("  open orders on the board: %d\n", board->orders()->openCount());
    }
    QList<double> latencies;
    QMap<qint64, QList<double>> byWindow; // 10-second windows of the run
    QMap<QString, QList<double>> byActor;
    qint64 events = 0;
    const qint64 liveStart = QDateTime::currentMSecsSinceEpoch();
    QObject::connect(board, &BoardPage::deltaApplied, [&](const BoardDelta &delta) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const Event &e : delta.events) {
            latencies << double(now - e.at);
            byWindow[(now - liveStart) / 10000] << double(now - e.at);
            byActor[e.actor.section(QLatin1Char(':'), 0, 0)] << double(now - e.at); // grabber:12 -> grabber
        }
        events += delta.events.size();
    });
    QList<double> gaps;
    QElapsedTimer heartbeat;
    heartbeat.start();
    qint64 last = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = heartbeat.nsecsElapsed();
        if (last) {
            gaps << double(now - last) / 1e6 - 5.0;
        }
        last = now;
    });
    tick.start();
    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(QStringLiteral(GRABCTL_PATH), {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("simulate"),
                                                QStringLiteral("--rate"), QString::number(rate), QStringLiteral("--duration"),
                                                QString::number(seconds)});
    QEventLoop loop;
    QObject::connect(&writer, &QProcess::finished, &loop, [&] { QTimer::singleShot(1500, &loop, &QEventLoop::quit); });
    loop.exec();
    tick.stop();
    const QByteArray summary = writer.readAllStandardOutput();
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("  writer: %s\n", summary.trimmed().constData());
    std::printf("  events seen by the board: %lld\n", events);
    std::printf("  event-to-visible latency: p50 %.0f ms, p99 %.0f ms, max %.0f ms\n", percentile(latencies, 0.5),
                percentile(latencies, 0.99), percentile(latencies, 1.0));
    for (auto it = byWindow.cbegin(); it != byWindow.cend(); ++it) {
        std::printf("    %3llds-%3llds: %6lld events, p50 %5.0f ms, p99 %5.0f ms\n", it.key() * 10, it.key() * 10 + 10,
                    qint64(it.value().size()), percentile(it.value(), 0.5), percentile(it.value(), 0.99));
    }
    for (auto it = byActor.cbegin(); it != byActor.cend(); ++it) {
        std::printf("    by %-10s %6lld events, p50 %5.0f ms, p99 %5.0f ms\n", qPrintable(it.key()), qint64(it.value().size()),
                    percentile(it.value(), 0.5), percentile(it.value(), 0.99));
    }
    std::printf("  GUI thread: longest stall %.1f ms, p99 timer lateness %.1f ms\n", percentile(gaps, 1.0), percentile(gaps, 0.99));
    std::printf("  peak RSS: %.0f MB\n", double(usage.ru_maxrss) / 1024.0);

    if (db.contains(QLatin1String("://"))) {
        return 0; // the snapshot beside the sqlite3 shell is a file's measure
    }
    std::printf("3. the snapshot's reads beside the sqlite3 shell\n");
    snapshotBesideShell(db, 5);
    return 0;
}
