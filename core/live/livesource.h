#pragma once

#include "boardstate.h"

#include <QObject>
#include <QString>

namespace grab {

// What feeds a LiveHub, in the hub's own thread: it reads the database on its own connection,
// delivers one snapshot, then a delta whenever someone commits, and says after every look
// whether it works. BoardFeed is the one GrabDesk has, for a file and a team server alike (the
// engine tells it how commits are noticed); a test may give the hub another.
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
    // The database stopped answering (a team server is gone or unreachable: reachable false,
    // since when), or answers again after that (true). Between the two the source reconnects
    // by itself, with a growing pause, and then reads everything since its last event.
    void reachability(bool reachable, qint64 since);
};

} // namespace grab
