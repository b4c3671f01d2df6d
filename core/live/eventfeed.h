#pragma once

#include "base/error.h"
#include "domain/event.h"

#include <QList>
#include <QSqlDatabase>

namespace grab {

// Learns of events written by anyone — this process, another GrabDesk, grabctl, the simulator —
// on a connection of its own. It asks the engine's commit probe (dialect.h: SQLite's
// `PRAGMA data_version`, a couple of microseconds; a server's newest event id) whether anyone
// committed, and reads `events WHERE id > last seen` only when it moved. Event ids follow
// commit order on both engines (the event chain's lock is held from the first event to the
// commit), so "after the last id seen" never skips an event that committed late. Not
// thread-safe: one feed per connection, used in the thread that opened it.
class EventFeed final
{
public:
    explicit EventFeed(QSqlDatabase db) : m_db(std::move(db)) {}

    // Where to start: events after this id are new. startAtEnd() skips the history.
    void startAfter(qint64 eventId) { m_lastId = eventId; }
    Status startAtEnd();
    qint64 lastId() const { return m_lastId; }

    // Has another connection committed since the last call? The first call answers true.
    Result<bool> changed();
    // The events after the last one seen, oldest first, at most `limit`; advances the feed.
    // Call it again while it returns a full batch.
    Result<QList<Event>> next(int limit = 2000);

private:
    QSqlDatabase m_db;
    qint64 m_lastId = 0;
    qint64 m_dataVersion = -1;
};

} // namespace grab
