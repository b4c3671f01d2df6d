#pragma once

#include "base/clock.h"
#include "base/error.h"
#include "store/database.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace grab {

// The live simulator: traffic for the board, written now, through the real services.
// It publishes orders for the existing customers (demo amounts and product lines), makes the
// simulated grabbers race for them with GrabService::grab (several grabbers on one fresh order:
// one wins, the others lose the race or are refused by the rules), and has the winners follow
// up, close (won or lost), now and then release, and the customers give feedback.
//
// Pacing: about `rate` events a second are committed. Every action writes exactly one event of
// its own (a publish, a grab attempt won, lost or refused, a follow-up, a close, a release, a
// feedback); automatic violation events that the rules add to an attempt come on top and are
// counted apart (Summary::eventRows). Event k is due at k / rate seconds after the start on a
// monotonic timer, and the loop sleeps the remainder, so the rate does not drift; after a stall
// (a writer in another process holding the lock) it catches up at most one second's worth.
//
// Threads: a Simulator runs in the thread that calls run(), on a Database opened in that
// thread. requestStop() may be called from any thread; run() returns within one sleep slice
// (20 ms) or one transaction, except while the store waits out another writer's lock (up to
// the busy timeout).
class Simulator final
{
public:
    struct Summary
    {
        qint64 events = 0;    // events the simulator's actions committed (one per action)
        qint64 eventRows = 0; // rows the event log grew by: events + automatic violations + other writers
        int published = 0;
        int attempts = 0; // grab attempts: won + lostRaces + refused
        int won = 0;
        int lostRaces = 0; // the order was no longer open: somebody else was faster
        int refused = 0;
        QMap<QString, int> refusedBy; // reason code -> attempts refused for it
        int followUps = 0;
        int closedWon = 0;
        int closedLost = 0;
        int released = 0;
        int feedback = 0;
        int skipped = 0; // actions that found their order gone (reclaimed, released by a manager): nothing written
        int grabbers = 0;
        quint32 seed = 0;
        double rate = 0; // asked for
        qint64 elapsedMs = 0;
        double achievedRate = 0;      // events / elapsed seconds
        bool stopped = false;         // ended by requestStop() rather than by the duration
        QStringList notes;            // sentences for the user: outside every window, every grabber capped, ...
        std::optional<Error> failure; // what ended the run early (a busy or broken database); the figures stand
    };

    struct Options
    {
        double rate = 10;  // events a second, more than 0 and at most 5000
        int durationS = 0; // 0: until requestStop()
        int grabbers = 0;  // 0: every active grabber; N: the first N active ones by id
        quint32 seed = 1;
        int poolLimit = 200;        // above this many open orders, grab from the pool instead of publishing
        int progressIntervalMs = 0; // > 0: onProgress is called this often with the figures so far
        std::function<void(const Summary &)> onProgress;
    };

    Simulator(Database &db, const Clock &clock, Options options);
    ~Simulator();
    Q_DISABLE_COPY_MOVE(Simulator)

    // Runs until the duration is over, requestStop() is called, or the store fails.
    // An Error means nothing was simulated: options out of range (Usage), no active grabber,
    // fewer active grabbers than asked for, or no customer (InvalidInput), unreadable rules.
    // Once running, lost races and refusals are normal outcomes; a store failure ends the run
    // and comes back in Summary::failure with the figures up to it.
    Result<Summary> run();

    // Thread-safe: asks run() to finish after the current action.
    void requestStop() { m_stop.store(true, std::memory_order_relaxed); }
    bool stopRequested() const { return m_stop.load(std::memory_order_relaxed); }

private:
    Database &m_db;
    const Clock &m_clock;
    Options m_options;
    std::atomic<bool> m_stop{false};
};

QJsonObject toJson(const Simulator::Summary &s);

} // namespace grab
