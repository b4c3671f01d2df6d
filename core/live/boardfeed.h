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

// The SQLite file's live source (LiveSource), meant for a LiveHub's thread: it opens its own
// connection, delivers one snapshot, then polls the event feed and delivers a delta whenever
// someone commits. All database work happens here, so the window never waits on the disk; the
// models in the GUI thread only apply what arrives (by queued signal).
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
    };
    explicit BoardFeed(QString databasePath, const Clock &clock, Options options);
    explicit BoardFeed(QString databasePath, const Clock &clock) : BoardFeed(std::move(databasePath), clock, Options{}) {}
    ~BoardFeed() override;

public slots:
    void start() override;
    void stop() override;
    void poke() override;
    void reload() override;

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
