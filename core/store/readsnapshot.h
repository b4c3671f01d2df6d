#pragma once

#include "base/error.h"

#include <QSqlDatabase>

namespace grab {

// A read transaction that nests. The outermost ReadSnapshot on a connection begins a deferred
// transaction (BEGIN: it never writes, so it never waits for a writer) and ends it when it goes
// out of scope; a ReadSnapshot taken while another is open on the same connection joins it.
// So a dashboard that calls MetricsService::kpis (which takes its own) several times reads one
// commit throughout: its totals, its leaderboard and its alerts agree while grabs are committed.
// Inside a write Transaction a ReadSnapshot joins it (SQLite has no nested BEGIN): its reads see
// the writer's own changes and, under the write lock, nobody else's.
// Like the connection, a ReadSnapshot belongs to the thread that opened the connection.
class ReadSnapshot final
{
public:
    static Result<ReadSnapshot> begin(const QSqlDatabase &db);
    ReadSnapshot(ReadSnapshot &&other) noexcept;
    ReadSnapshot &operator=(ReadSnapshot &&) = delete;
    ReadSnapshot(const ReadSnapshot &) = delete;
    ~ReadSnapshot();

    // True for the snapshot that began the transaction (not one that joined it).
    bool isOutermost() const { return m_outermost; }

    // Called by Transaction: while a write transaction is open on the connection, snapshots join it.
    static void writeBegan(const QSqlDatabase &db);
    static void writeEnded(const QSqlDatabase &db);

private:
    ReadSnapshot(QSqlDatabase db, bool outermost) : m_db(std::move(db)), m_outermost(outermost), m_active(true) {}
    QSqlDatabase m_db;
    bool m_outermost = false;
    bool m_active = false;
};

} // namespace grab
