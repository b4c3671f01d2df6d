#include "readsnapshot.h"

#include "dialect.h"
#include "sql.h"

#include <QHash>
#include <QSqlQuery>

namespace grab {
namespace {

// Open snapshots per connection name. A connection is used only by the thread that opened it,
// so a per-thread count is exact and needs no lock.
QHash<QString, int> &depths()
{
    thread_local QHash<QString, int> open;
    return open;
}

} // namespace

Result<ReadSnapshot> ReadSnapshot::begin(const QSqlDatabase &db)
{
    int &depth = depths()[db.connectionName()];
    if (depth > 0) {
        ++depth;
        return ReadSnapshot(db, false);
    }
    if (auto q = runSql(db, dialect::beginRead(dialect::engineOf(db)), {}, QStringLiteral("starting a read")); !q) {
        if (depth == 0) {
            depths().remove(db.connectionName());
        }
        return q.error();
    }
    depth = 1;
    return ReadSnapshot(db, true);
}

void ReadSnapshot::writeBegan(const QSqlDatabase &db)
{
    ++depths()[db.connectionName()];
}

void ReadSnapshot::writeEnded(const QSqlDatabase &db)
{
    auto it = depths().find(db.connectionName());
    if (it != depths().end() && --*it <= 0) {
        depths().erase(it);
    }
}

ReadSnapshot::ReadSnapshot(ReadSnapshot &&other) noexcept
    : m_db(std::move(other.m_db)), m_outermost(other.m_outermost), m_active(other.m_active)
{
    other.m_active = false;
}

ReadSnapshot::~ReadSnapshot()
{
    if (!m_active) {
        return;
    }
    const QString name = m_db.connectionName();
    auto it = depths().find(name);
    if (it != depths().end() && --*it > 0) {
        return;
    }
    depths().remove(name);
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK")); // nothing was written: ending a read
}

} // namespace grab
