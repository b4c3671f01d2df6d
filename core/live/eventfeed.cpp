#include "eventfeed.h"

#include "services/audit/eventlog.h"
#include "store/dialect.h"
#include "store/sql.h"

namespace grab {

Status EventFeed::startAtEnd()
{
    auto last = scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM events"), {}, QStringLiteral("finding the latest event"));
    if (!last) {
        return last.error();
    }
    m_lastId = last->toLongLong();
    return Done{};
}

Result<bool> EventFeed::changed()
{
    auto version = scalar(m_db, dialect::commitProbe(dialect::engineOf(m_db)), {}, QStringLiteral("watching the database for changes"));
    if (!version) {
        return version.error();
    }
    const qint64 now = version->toLongLong();
    const bool moved = now != m_dataVersion;
    m_dataVersion = now;
    return moved;
}

Result<QList<Event>> EventFeed::next(int limit)
{
    auto events = EventLog::since(m_db, m_lastId, limit);
    if (!events) {
        return events.error();
    }
    if (!events->isEmpty()) {
        m_lastId = events->last().id;
    }
    return events;
}

} // namespace grab
