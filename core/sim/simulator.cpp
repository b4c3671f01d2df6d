#include "simulator.h"

#include "simulatedteam.h"
#include "store/sql.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <chrono>
#include <cmath>
#include <limits>
#include <thread>

namespace grab {
namespace {

constexpr qint64 kNsPerMs = 1000000;
constexpr qint64 kSleepSliceNs = 20 * kNsPerMs; // the longest a stop request waits for a sleeping run
constexpr qint64 kMaxLagNs = 1000 * kNsPerMs;   // after a stall, catch up at most one second's worth
constexpr qint64 kRefreshNs = 1000 * kNsPerMs;  // re-read the rules, the window and the pool this often

// The run's monotonic time, its sleeps (in slices, so that a stop request is seen promptly)
// and the progress reports.
class Pacer
{
public:
    Pacer(const Simulator &sim, const Simulator::Options &options, const Simulator::Summary &counts)
        : m_sim(sim), m_options(options), m_counts(counts)
    {
        m_timer.start();
        m_nextProgressNs = qint64(std::max(0, options.progressIntervalMs)) * kNsPerMs;
    }

    qint64 nowNs() const { return m_timer.nsecsElapsed(); }
    qint64 elapsedMs() const { return m_timer.elapsed(); }

    // Sleeps until dueNs; false when a stop was requested.
    bool waitUntil(qint64 dueNs)
    {
        for (;;) {
            if (m_sim.stopRequested()) {
                return false;
            }
            report();
            const qint64 remaining = dueNs - nowNs();
            if (remaining <= 0) {
                return true;
            }
            std::this_thread::sleep_for(std::chrono::nanoseconds(std::min(remaining, kSleepSliceNs)));
        }
    }

    void report()
    {
        if (m_options.progressIntervalMs <= 0 || !m_options.onProgress || nowNs() < m_nextProgressNs) {
            return;
        }
        m_nextProgressNs = nowNs() + qint64(m_options.progressIntervalMs) * kNsPerMs;
        Simulator::Summary so = m_counts;
        so.elapsedMs = elapsedMs();
        so.achievedRate = so.elapsedMs > 0 ? double(so.events) * 1000.0 / double(so.elapsedMs) : 0.0;
        m_options.onProgress(so);
    }

private:
    const Simulator &m_sim;
    const Simulator::Options &m_options;
    const Simulator::Summary &m_counts;
    QElapsedTimer m_timer;
    qint64 m_nextProgressNs = 0;
};

} // namespace

Simulator::Simulator(Database &db, const Clock &clock, Options options)
    : m_db(db), m_clock(clock), m_options(std::move(options))
{
}

Simulator::~Simulator() = default;

Result<Simulator::Summary> Simulator::run()
{
    if (!(m_options.rate > 0) || m_options.rate > 5000) {
        return makeError(ErrorCode::Usage,
                         QStringLiteral("The rate must be more than 0 and at most 5000 events a second."));
    }
    if (m_options.durationS < 0 || m_options.grabbers < 0 || m_options.poolLimit < 1) {
        return makeError(ErrorCode::Usage,
                         QStringLiteral("The duration and the number of grabbers cannot be negative, and the pool "
                                        "limit must be at least 1."));
    }
    Summary summary;
    summary.seed = m_options.seed;
    summary.rate = m_options.rate;
    SimulatedTeam team(m_db, m_clock, m_options, summary);
    if (auto s = team.load(); !s) {
        return s.error();
    }
    summary.grabbers = team.size();
    auto last = scalar(m_db.connection(), QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM events"), {},
                       QStringLiteral("reading the event log"));
    if (!last) {
        return last.error();
    }
    const qint64 firstEventId = last->toLongLong() + 1;

    // Event k is due k / rate seconds after the start: a schedule, not a sleep after each
    // event, so the time an event takes does not add up into drift.
    Pacer pacer(*this, m_options, summary);
    const double periodNs = 1e9 / m_options.rate;
    const qint64 endNs =
        m_options.durationS > 0 ? qint64(m_options.durationS) * 1000 * kNsPerMs : std::numeric_limits<qint64>::max();
    qint64 shiftNs = 0; // how far the schedule moved after stalls
    qint64 nextRefreshNs = kRefreshNs;
    bool scheduleDone = false;
    for (;;) {
        const qint64 dueNs = shiftNs + qint64(double(summary.events) * periodNs);
        if (dueNs >= endNs) {
            scheduleDone = true;
            break;
        }
        if (!pacer.waitUntil(dueNs)) {
            break;
        }
        const qint64 now = pacer.nowNs();
        if (now >= endNs) {
            scheduleDone = true; // could not keep up: the time is over all the same
            break;
        }
        if (now - dueNs > kMaxLagNs) {
            shiftNs += now - dueNs - kMaxLagNs;
        }
        if (now >= nextRefreshNs) {
            nextRefreshNs = now + kRefreshNs;
            if (auto s = team.refresh(); !s) {
                summary.failure = s.error();
                break;
            }
        }
        auto written = team.step();
        if (!written) {
            summary.failure = written.error();
            break;
        }
        summary.events += *written;
    }
    summary.stopped = !scheduleDone && !summary.failure;
    if (scheduleDone) {
        pacer.waitUntil(endNs); // the last event was due before the end: the run lasts its duration
    }
    summary.elapsedMs = pacer.elapsedMs();
    summary.achievedRate = summary.elapsedMs > 0 ? double(summary.events) * 1000.0 / double(summary.elapsedMs) : 0.0;
    auto rows = scalar(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM events WHERE id >= ?"), {firstEventId},
                       QStringLiteral("counting the new events"));
    if (rows) {
        summary.eventRows = rows->toLongLong();
    } else if (!summary.failure) {
        summary.failure = rows.error();
    }
    summary.notes = team.notes();
    if (m_options.durationS > 0 && !summary.stopped && !summary.failure &&
        summary.achievedRate < 0.9 * m_options.rate) {
        summary.notes << QStringLiteral(
                             "The store committed %1 events a second of the %2 asked for: each event is one durable "
                             "transaction, and this machine could not keep up.")
                             .arg(summary.achievedRate, 0, 'f', 1)
                             .arg(m_options.rate, 0, 'f', 1);
    }
    return summary;
}

QJsonObject toJson(const Simulator::Summary &s)
{
    QJsonObject refusedBy;
    for (auto it = s.refusedBy.cbegin(); it != s.refusedBy.cend(); ++it) {
        refusedBy.insert(it.key(), it.value());
    }
    QJsonObject o{
        {QStringLiteral("ok"), !s.failure.has_value()},
        {QStringLiteral("events"), s.events},
        {QStringLiteral("eventRows"), s.eventRows},
        {QStringLiteral("published"), s.published},
        {QStringLiteral("attempts"), s.attempts},
        {QStringLiteral("won"), s.won},
        {QStringLiteral("lostRaces"), s.lostRaces},
        {QStringLiteral("refused"), s.refused},
        {QStringLiteral("refusedBy"), refusedBy},
        {QStringLiteral("followUps"), s.followUps},
        {QStringLiteral("closedWon"), s.closedWon},
        {QStringLiteral("closedLost"), s.closedLost},
        {QStringLiteral("released"), s.released},
        {QStringLiteral("feedback"), s.feedback},
        {QStringLiteral("skipped"), s.skipped},
        {QStringLiteral("grabbers"), s.grabbers},
        {QStringLiteral("seed"), qint64(s.seed)},
        {QStringLiteral("rate"), s.rate},
        {QStringLiteral("elapsedMs"), s.elapsedMs},
        {QStringLiteral("achievedRate"), std::round(s.achievedRate * 10.0) / 10.0},
        {QStringLiteral("stopped"), s.stopped},
        {QStringLiteral("notes"), QJsonArray::fromStringList(s.notes)},
    };
    if (s.failure) {
        QJsonObject f{{QStringLiteral("error"), errorCodeName(s.failure->code)},
                      {QStringLiteral("message"), s.failure->message}};
        if (!s.failure->reason.isEmpty()) {
            f.insert(QStringLiteral("reason"), s.failure->reason);
        }
        f.insert(QStringLiteral("exitCode"), exitCodeFor(s.failure->code));
        o.insert(QStringLiteral("failure"), f);
    }
    return o;
}

} // namespace grab
