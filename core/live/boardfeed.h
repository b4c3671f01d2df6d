#pragma once

#include "boardstate.h"
#include "livesource.h"
#include "base/clock.h"
#include "eventfeed.h"

#include <QObject>
#include <QString>

#include <memory>

class QTimer;

namespace grab {

class Database;

// The live source (LiveSource) for a file and a team server alike, meant for a LiveHub's thread:
// it opens its own connection, delivers one snapshot, then a delta whenever someone commits.
// All database work happens here, so the window never waits on the disk or the network; the
// models in the GUI thread only apply what arrives (by queued signal).
//  - How it learns of a commit comes from the engine (dialect.h): SQLite is asked every pollMs;
//    a server notifies on commit (LISTEN), and is asked only every healthMs, which doubles as
//    the check that the connection still works (a dropped one is silent in Qt's driver).
//  - A lost server is reconnected with a growing pause (reconnectFirstMs doubling up to
//    reconnectMaxMs); the feed then reads every event after the last one it delivered, so
//    nothing is missed or delivered twice.
class BoardFeed final : public LiveSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardFeed)

public:
    struct Options
    {
        int pollMs = 100;            // how often to ask whether anyone committed
        int quotaRefreshMs = 30000;  // quotas are re-read at least this often (the day rolls over)
        int recentEvents = 300;      // history delivered with the snapshot
        int healthMs = 1000;         // on an engine that notifies: how often to check the connection
        int reconnectFirstMs = 500;  // the first pause before reconnecting, doubled after each failure
        int reconnectMaxMs = 8000;   // the longest pause
    };
    explicit BoardFeed(QString databasePath, const Clock &clock, Options options);
    explicit BoardFeed(QString databasePath, const Clock &clock) : BoardFeed(std::move(databasePath), clock, Options{}) {}
    ~BoardFeed() override;

    // Whether the engine tells this feed of commits (a server's notifications).
    bool isNotified() const { return m_notified; }

public slots:
    void start() override;
    void stop() override;
    void poke() override;
    void reload() override;

private:
    Status connectNow();
    void disconnectNow();
    void onNotification();
    void poll();
    void look(qint64 now);
    void lost(const Error &error, qint64 now);
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
    bool m_snapshotDelivered = false;
    qint64 m_resumeAfter = 0; // the last event delivered, kept while there is no connection
    bool m_notified = false;
    bool m_lookPending = false;
    bool m_stopped = false; // stop() was called: nothing connects again
    // While the database cannot be reached: since when, why, the pause before the next attempt.
    qint64 m_lostAt = 0;
    qint64 m_nextAttemptAt = 0;
    int m_backoffMs = 0;
    QString m_lostMessage;
};

} // namespace grab
