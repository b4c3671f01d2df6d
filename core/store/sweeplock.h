#pragma once

#include "base/error.h"
#include "database.h"

#include <optional>

namespace grab {

// At most one rule sweep (reclaim, expiry, dispatch) at a time on a team's database, whoever
// runs it: `grabctl serve` on any machine, or a window on one desktop. Each due order is then
// reclaimed or dispatched exactly once, never by two sweeps that read the same pool.
//  - A file: the sweep runs in one write transaction (BEGIN IMMEDIATE); the services' own
//    transactions are savepoints inside it. Another sweep waits for it, as any writer does, and
//    then finds the orders already done.
//  - A server: a session-level advisory lock (dialect.h, AdvisoryKey::Sweep), tried without
//    waiting; the services write in their own transactions meanwhile, so grabs go on during a
//    sweep. When another sweep holds it, take() says so and this one is skipped. A service that
//    dies loses the lock with its connection.
class SweepLock final
{
public:
    // The lock, or no lock when another sweep holds it.
    static Result<std::optional<SweepLock>> take(Database &db);
    SweepLock(SweepLock &&other) noexcept;
    SweepLock &operator=(SweepLock &&) = delete;
    SweepLock(const SweepLock &) = delete;
    ~SweepLock(); // gives the lock up; on a file, rolls back what was not committed

    // Keeps what the sweep did (the file's transaction commits) and gives the lock up.
    Status finish();

private:
    SweepLock(Database &db, std::optional<Transaction> tx) : m_db(&db), m_tx(std::move(tx)) {}
    void unlock();
    Database *m_db = nullptr;
    std::optional<Transaction> m_tx; // a file's
};

} // namespace grab
