#pragma once

#include "boardstate.h"
#include "livesource.h"
#include "base/clock.h"

#include <QHash>
#include <QObject>

#include <memory>

class QThread;

namespace grab {

class Database;

// The one place a window follows the database live. It runs its source on a thread of its own
// and publishes what arrives, in the GUI thread, to whoever subscribes: the board, the
// dashboards, the Team page, the tray's escalations (the manager's window owns one hub), and
// grabber mode (its own window, its own hub). It also keeps the state the deltas add up to
// (the orders in play, the quotas, the rules), so a subscriber that only needs to look, such
// as the escalation watcher, does not depend on another's models.
// What a window says about its live feed (the status bar of the manager's window, grabber
// mode's strip): one reading of the hub's reports, so that every window says the same.
struct LiveLink
{
    enum class State {
        Connecting,   // no report yet
        Live,         // the last look worked, and it was recent
        Stalled,      // no report for kStalledAfterMs: the feed waits on the database (since: the last report)
        Failing,      // the database answers, but reading it fails (error)
        Reconnecting, // the server cannot be reached, for less than kOfflineAfterMs (since: lost at)
        Offline,      // the same, for longer
    };
    static constexpr qint64 kStalledAfterMs = 3000;
    static constexpr qint64 kOfflineAfterMs = 10000;
    State state = State::Connecting;
    qint64 since = 0;
    QString error;
};

class LiveHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveHub)

public:
    // Takes the source and moves it to the hub's thread; start() starts it.
    explicit LiveHub(std::unique_ptr<LiveSource> source, QObject *parent = nullptr);
    // The source for a file or a team server (BoardFeed).
    static std::unique_ptr<LiveSource> sourceFor(const QString &databasePath, const Clock &clock);
    ~LiveHub() override;

    // The window's own connection to the database the source follows: while the source cannot
    // reach it, every write on it in this process is refused with one sentence
    // (Database::holdWrites), and when it answers again, this connection is made again too (it
    // went with the server). The window that owns the hub asks; `db` must outlive the hub.
    void followWith(Database &db);

    void start();
    bool isLoaded() const { return m_loaded; }
    bool isHealthy() const { return m_healthy; }
    QString lastError() const { return m_error; }
    // The state as of the last snapshot and the deltas since (the orders by id).
    QList<Order> inPlay() const;
    QList<Quota> quotas() const { return m_quotas; }
    const RuleSet &rules() const { return m_rules; }
    LiveLink link(qint64 nowMs) const;

public slots:
    void poke();
    void reload();

signals:
    void snapshotReady(const grab::BoardSnapshot &snapshot);
    void deltaReady(const grab::BoardDelta &delta);
    void health(bool ok, const QString &message, qint64 polledAt);
    // The database stopped answering, or answers again (LiveSource::reachability).
    void reachability(bool reachable, qint64 since);

private:
    void onSnapshot(const BoardSnapshot &snapshot);
    void onDelta(const BoardDelta &delta);
    void onHealth(bool ok, const QString &message, qint64 polledAt);
    void onReachability(bool reachable, qint64 since);

    QThread *m_thread = nullptr;
    std::unique_ptr<LiveSource> m_source;
    bool m_started = false;
    bool m_loaded = false;
    bool m_healthy = true;
    QString m_error;
    qint64 m_reportedAt = 0;    // the last health report (the source's clock)
    qint64 m_unreachableSince = 0;
    Database *m_db = nullptr; // the window's connection (followWith)
    QHash<qint64, Order> m_inPlay;
    QList<Quota> m_quotas;
    RuleSet m_rules;
};

} // namespace grab
