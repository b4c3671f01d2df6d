#include "sweeplock.h"

#include "dialect.h"
#include "sql.h"

namespace grab {

Result<std::optional<SweepLock>> SweepLock::take(Database &db)
{
    const QString tryLock = dialect::trySweepLock(db.engine());
    if (tryLock.isEmpty()) {
        auto tx = Transaction::begin(db);
        if (!tx) {
            return tx.error();
        }
        return std::optional<SweepLock>(SweepLock(db, std::move(*tx)));
    }
    auto got = scalar(db.connection(), tryLock, {}, QStringLiteral("taking the sweep lock"));
    if (!got) {
        return got.error();
    }
    if (!got->toBool()) {
        return std::optional<SweepLock>();
    }
    return std::optional<SweepLock>(SweepLock(db, std::nullopt));
}

SweepLock::SweepLock(SweepLock &&other) noexcept : m_db(other.m_db), m_tx(std::move(other.m_tx))
{
    other.m_db = nullptr;
}

SweepLock::~SweepLock()
{
    unlock();
}

Status SweepLock::finish()
{
    Status done = Done{};
    if (m_tx) {
        done = m_tx->commit();
    }
    unlock();
    return done;
}

void SweepLock::unlock()
{
    if (!m_db) {
        return;
    }
    if (m_tx) {
        m_tx.reset(); // rolls back unless finish() committed
    } else if (const QString release = dialect::sweepUnlock(m_db->engine()); !release.isEmpty()) {
        // If this fails, the connection is gone, and the server freed the lock with it.
        scalar(m_db->connection(), release, {}, QStringLiteral("giving the sweep lock up"));
    }
    m_db = nullptr;
}

} // namespace grab
