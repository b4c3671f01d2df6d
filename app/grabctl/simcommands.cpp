// simulate: the live simulator, for watching the board move (or for a load test).
#include "clicontext.h"

#include "sim/simulator.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <atomic>
#include <csignal>

namespace grab::cli {
namespace {

// The run that SIGINT and SIGTERM stop. The handler only loads this pointer and stores the
// simulator's stop flag: both lock-free atomics, which a signal handler may touch. It then puts
// the default action back for that signal, so a second Ctrl+C ends a run that is stuck waiting
// for a locked database at once.
std::atomic<Simulator *> g_running{nullptr};
static_assert(std::atomic<Simulator *>::is_always_lock_free && std::atomic<bool>::is_always_lock_free);

extern "C" void stopOnSignal(int signal)
{
    if (Simulator *sim = g_running.load()) {
        sim->requestStop();
    }
    std::signal(signal, SIG_DFL);
}

// Installs the handlers for the run's lifetime and puts the previous ones back afterwards.
class StopOnSignals final
{
public:
    explicit StopOnSignals(Simulator &sim)
    {
        g_running.store(&sim);
        m_int = std::signal(SIGINT, stopOnSignal);
        m_term = std::signal(SIGTERM, stopOnSignal);
    }
    ~StopOnSignals()
    {
        std::signal(SIGINT, m_int == SIG_ERR ? SIG_DFL : m_int);
        std::signal(SIGTERM, m_term == SIG_ERR ? SIG_DFL : m_term);
        g_running.store(nullptr);
    }
    Q_DISABLE_COPY_MOVE(StopOnSignals)

private:
    void (*m_int)(int) = SIG_DFL;
    void (*m_term)(int) = SIG_DFL;
};

// --now for a run that lasts: the simulated time starts at --now and runs on with the real time,
// so events are not all stamped with one instant.
class RunningClock final : public Clock
{
public:
    explicit RunningClock(qint64 startMs) : m_startMs(startMs) { m_timer.start(); }
    qint64 nowMs() const override { return m_startMs + m_timer.elapsed(); }

private:
    qint64 m_startMs;
    QElapsedTimer m_timer;
};

QString figures(const Simulator::Summary &s)
{
    return QStringLiteral("%1 events (%2/s): %3 published, %4 won, %5 lost races, %6 refused, %7 closed")
        .arg(s.events)
        .arg(s.achievedRate, 0, 'f', 1)
        .arg(s.published)
        .arg(s.won)
        .arg(s.lostRaces)
        .arg(s.refused)
        .arg(s.closedWon + s.closedLost);
}

void printSummary(QTextStream &out, const Simulator::Summary &s)
{
    out << QStringLiteral("Simulated %1 grabbers for %2 s at %3 events/s asked (seed %4)%5.\n")
               .arg(s.grabbers)
               .arg(double(s.elapsedMs) / 1000.0, 0, 'f', 1)
               .arg(s.rate, 0, 'f', 1)
               .arg(s.seed)
               .arg(s.stopped ? QStringLiteral(", stopped early") : QString());
    out << QStringLiteral("Events: %1 written (%2/s); the event log grew by %3 rows (automatic violations included).\n")
               .arg(s.events)
               .arg(s.achievedRate, 0, 'f', 1)
               .arg(s.eventRows);
    QStringList reasons;
    for (auto it = s.refusedBy.cbegin(); it != s.refusedBy.cend(); ++it) {
        reasons << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    }
    out << QStringLiteral("Orders: %1 published; %2 grab attempts: %3 won, %4 lost races, %5 refused%6.\n")
               .arg(s.published)
               .arg(s.attempts)
               .arg(s.won)
               .arg(s.lostRaces)
               .arg(s.refused)
               .arg(reasons.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reasons.join(QStringLiteral(", "))));
    out << QStringLiteral(
               "After the grab: %1 follow-ups, %2 closed won, %3 closed lost, %4 released, %5 feedback, %6 skipped "
               "(the order was taken away meanwhile).\n")
               .arg(s.followUps)
               .arg(s.closedWon)
               .arg(s.closedLost)
               .arg(s.released)
               .arg(s.feedback)
               .arg(s.skipped);
    for (const QString &note : s.notes) {
        out << QStringLiteral("Note: ") << note << '\n';
    }
    out.flush();
}

int simulate(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    Simulator::Options o;
    if (p.isSet(QStringLiteral("rate"))) {
        bool ok = false;
        o.rate = p.value(QStringLiteral("rate")).trimmed().toDouble(&ok);
        if (!ok || !(o.rate > 0) || o.rate > 5000) {
            return ctx.usage(
                QStringLiteral("--rate must be a number of events a second, more than 0 and at most 5000."));
        }
    }
    if (p.isSet(QStringLiteral("duration"))) {
        bool ok = false;
        o.durationS = p.value(QStringLiteral("duration")).trimmed().toInt(&ok);
        if (!ok || o.durationS < 1) {
            return ctx.usage(QStringLiteral("--duration must be a whole number of seconds, 1 or more."));
        }
    }
    if (p.isSet(QStringLiteral("grabbers"))) {
        bool ok = false;
        o.grabbers = p.value(QStringLiteral("grabbers")).trimmed().toInt(&ok);
        if (!ok || o.grabbers < 1) {
            return ctx.usage(QStringLiteral("--grabbers must be a whole number, 1 or more."));
        }
    }
    if (p.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        o.seed = p.value(QStringLiteral("seed")).trimmed().toUInt(&ok);
        if (!ok) {
            return ctx.usage(QStringLiteral("--seed must be a whole number from 0 to 4294967295."));
        }
    } else {
        o.seed = QRandomGenerator::system()->generate();
    }
    Database *db = ctx.database();
    if (!db) {
        return ctx.fail(ctx.lastOpenError());
    }
    if (!ctx.json) {
        o.progressIntervalMs = 2000;
        o.onProgress = [&ctx](const Simulator::Summary &s) {
            ctx.err() << QStringLiteral("simulate: %1 s, ").arg(double(s.elapsedMs) / 1000.0, 0, 'f', 1) << figures(s)
                      << Qt::endl;
        };
    }
    std::unique_ptr<Clock> running;
    if (ctx.nowMs) {
        running = std::make_unique<RunningClock>(*ctx.nowMs);
    }
    Simulator sim(*db, running ? *running : ctx.clock(), o);
    Result<Simulator::Summary> summary = [&sim] {
        const StopOnSignals stopOnSignals(sim);
        return sim.run();
    }();
    if (!summary) {
        return ctx.fail(summary.error());
    }
    if (ctx.json) {
        ctx.printJson(toJson(*summary));
    } else {
        printSummary(ctx.out(), *summary);
    }
    if (summary->failure) {
        // The figures are printed; the failure that ended the run decides the exit code.
        const Error &e = *summary->failure;
        ctx.err() << "grabctl: the simulation stopped early: " << printable(e.message) << Qt::endl;
        return exitCodeFor(e.code);
    }
    return 0;
}

} // namespace

QList<Command> simCommands()
{
    return {
        Command{QStringLiteral("simulate"),
                QStringLiteral("Run the live simulator: publish orders and let simulated grabbers race for them under "
                               "the real rules."),
                {QCommandLineOption(QStringLiteral("rate"),
                                    QStringLiteral("Events a second, more than 0 and at most 5000 (default 10)."),
                                    QStringLiteral("R")),
                 QCommandLineOption(
                     QStringLiteral("duration"),
                     QStringLiteral(
                         "How long, in seconds (default: until Ctrl+C or SIGTERM, which print the summary so far)."),
                     QStringLiteral("S")),
                 QCommandLineOption(QStringLiteral("grabbers"),
                                    QStringLiteral("Simulate the first N active grabbers (default: all)."),
                                    QStringLiteral("N")),
                 QCommandLineOption(QStringLiteral("seed"),
                                    QStringLiteral("Random seed (default: a new one, printed in the summary)."),
                                    QStringLiteral("N"))},
                {},
                simulate},
    };
}

} // namespace grab::cli
