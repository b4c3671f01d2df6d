#pragma once

#include "boardstate.h"
#include "livesource.h"
#include "base/clock.h"

#include <QHash>
#include <QObject>

#include <memory>

class QThread;

namespace grab {

// The one place a window follows the database live. It runs its source on a thread of its own
// and publishes what arrives, in the GUI thread, to whoever subscribes: the board, the
// dashboards, the Team page, the tray's escalations (the manager's window owns one hub), and
// grabber mode (its own window, its own hub). It also keeps the state the deltas add up to
// (the orders in play, the quotas, the rules), so a subscriber that only needs to look, such
// as the escalation watcher, does not depend on another's models.
class LiveHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveHub)

public:
    // Takes the source and moves it to the hub's thread; start() starts it.
    explicit LiveHub(std::unique_ptr<LiveSource> source, QObject *parent = nullptr);
    // The SQLite file's source (BoardFeed).
    static std::unique_ptr<LiveSource> sqliteSource(const QString &databasePath, const Clock &clock);
    ~LiveHub() override;

    void start();
    bool isLoaded() const { return m_loaded; }
    bool isHealthy() const { return m_healthy; }
    QString lastError() const { return m_error; }
    // The state as of the last snapshot and the deltas since (the orders by id).
    QList<Order> inPlay() const;
    QList<Quota> quotas() const { return m_quotas; }
    const RuleSet &rules() const { return m_rules; }

public slots:
    void poke();
    void reload();

signals:
    void snapshotReady(const grab::BoardSnapshot &snapshot);
    void deltaReady(const grab::BoardDelta &delta);
    void health(bool ok, const QString &message, qint64 polledAt);

private:
    void onSnapshot(const BoardSnapshot &snapshot);
    void onDelta(const BoardDelta &delta);
    void onHealth(bool ok, const QString &message, qint64 polledAt);

    QThread *m_thread = nullptr;
    std::unique_ptr<LiveSource> m_source;
    bool m_started = false;
    bool m_loaded = false;
    bool m_healthy = true;
    QString m_error;
    QHash<qint64, Order> m_inPlay;
    QList<Quota> m_quotas;
    RuleSet m_rules;
};

} // namespace grab
