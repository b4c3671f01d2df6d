#pragma once

#include "boardstate.h"

#include <QObject>
#include <QString>

namespace grab {

// What feeds a LiveHub, in the hub's own thread: it reads the database on its own connection,
// delivers one snapshot, then a delta whenever someone commits, and says after every look
// whether it works. BoardFeed is the SQLite one (it polls the event log); a team server's feed
// (LISTEN/NOTIFY) is another, and nothing that subscribes to the hub needs to know which.
class LiveSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveSource)

public:
    LiveSource() = default;
    ~LiveSource() override = default;

public slots:
    virtual void start() = 0;  // opens the connection, emits snapshotReady (or health false), starts following
    virtual void stop() = 0;   // stops and closes the connection, in the source's thread
    virtual void poke() = 0;   // a commit in this process: look now rather than at the next tick
    virtual void reload() = 0; // a fresh snapshot

signals:
    void snapshotReady(const grab::BoardSnapshot &snapshot);
    void deltaReady(const grab::BoardDelta &delta);
    // After every look: whether the feed works, and if not, why.
    void health(bool ok, const QString &message, qint64 polledAt);
};

} // namespace grab
