#pragma once

#include "boardstate.h"
#include "domain/clock.h"
#include "eventfeed.h"

#include <QObject>
#include <QString>

#include <memory>

class QTimer;

namespace grab {

class Database;

// The board's reader, meant for a worker thread: it opens its own connection, delivers one
// snapshot, then polls the event feed and delivers a delta whenever someone commits. All
// database work happens here, so the window never waits on the disk; the models in the GUI
// thread only apply what arrives (by queued signal).
class BoardFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardFeed)

public:
    struct Options
    {
        int pollMs = 100;            // how often to ask whether anyone committed
        int quotaRefreshMs = 30000;  // quotas are re-read at least this often (the day rolls over)
        int recentEvents = 300;      // history delivered with the snapshot
    };
    explicit BoardFeed(QString databasePath, const Clock &clock, Options options);
    explicit BoardFeed(QString databasePath, const Clock &clock) : BoardFeed(std::move(databasePath), clock, Options{}) {}
    ~BoardFeed() override;

public slots:
    void start(); // opens the connection, emits snapshotReady (or failed), starts polling
    void stop();  // stops polling and closes the connection, in the feed's thread
    void poke();  // a commit in this process: look now rather than at the next tick
    void reload(); // a fresh snapshot (after the rules changed the whole picture, or on demand)

signals:
    void snapshotReady(const grab::BoardSnapshot &snapshot);
    void deltaReady(const grab::BoardDelta &delta);
    // After every poll: whether the feed works, and if not, why. The window shows it.
    void health(bool ok, const QString &message, qint64 polledAt);

private:
    void poll();
    Status readSnapshot();
    Status readDelta();

    QString m_path;
    const Clock &m_clock;
    Options m_options;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EventFeed> m_feed;
    QTimer *m_timer = nullptr;
    RuleSet m_rules;
    qint64 m_quotasReadAt = 0;
    bool m_healthy = true;
};

} // namespace grab
