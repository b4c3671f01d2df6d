#include "servicepresence.h"

#include "store/eventinbox.h"
#include "store/sql.h"

namespace grab {
namespace {

constexpr qint64 kForgetAfterMs = 24LL * 3600 * 1000;

} // namespace

Result<qint64> ServicePresence::enter(const QString &host, qint64 pid, const QString &version)
{
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    const QSqlDatabase db = m_ctx.db.connection();
    const qint64 now = m_ctx.clock.nowMs();
    if (auto n = execCached(db, QStringLiteral("DELETE FROM services WHERE beat_at < ?"), {now - kForgetAfterMs}, QStringLiteral("forgetting old services")); !n) {
        return n.error();
    }
    auto id = insertReturningId(db, QStringLiteral("INSERT INTO services (host, pid, version, started_at, beat_at) VALUES (?, ?, ?, ?, ?)"),
                                {host, pid, version, now, now}, QStringLiteral("recording the service"));
    if (!id) {
        return id.error();
    }
    if (auto s = tx->commit(); !s) {
        return s.error();
    }
    return *id;
}

Status ServicePresence::beat(qint64 id, const std::optional<QString> &sweep)
{
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    const QSqlDatabase db = m_ctx.db.connection();
    const qint64 now = m_ctx.clock.nowMs();
    auto n = sweep ? execCached(db, QStringLiteral("UPDATE services SET beat_at = ?, swept_at = ?, last_sweep = ? WHERE id = ?"), {now, now, *sweep, id},
                                QStringLiteral("recording the service's sweep"))
                   : execCached(db, QStringLiteral("UPDATE services SET beat_at = ? WHERE id = ?"), {now, id}, QStringLiteral("recording the service's heartbeat"));
    if (!n) {
        return n.error();
    }
    if (*n != 1) {
        // Forgotten by another service's clean-up after a long pause: enter again.
        return makeError(ErrorCode::NotFound, QStringLiteral("The service's record %1 is gone.").arg(id), QStringLiteral("service_forgotten"));
    }
    // On a server, events a desk committed but did not live to link (store/eventinbox.h) join the
    // log within a heartbeat, even when nobody writes.
    if (auto s = eventinbox::linkPending(db); !s) {
        return s.error();
    }
    return tx->commit();
}

Status ServicePresence::leave(qint64 id)
{
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    if (auto n = execCached(m_ctx.db.connection(), QStringLiteral("DELETE FROM services WHERE id = ?"), {id}, QStringLiteral("removing the service's record")); !n) {
        return n.error();
    }
    return tx->commit();
}

Result<QList<ServiceBeat>> ServicePresence::alive()
{
    const QString doing = QStringLiteral("reading which services run");
    auto q = runSql(m_ctx.db.connection(),
                    QStringLiteral("SELECT id, host, pid, version, started_at, beat_at, swept_at, last_sweep FROM services WHERE beat_at >= ? "
                                   "ORDER BY beat_at DESC, id"),
                    {m_ctx.clock.nowMs() - kAliveMs}, doing);
    if (!q) {
        return q.error();
    }
    QList<ServiceBeat> out;
    while (q->next()) {
        ServiceBeat b;
        b.id = q->value(0).toLongLong();
        b.host = q->value(1).toString();
        b.pid = q->value(2).toLongLong();
        b.version = q->value(3).toString();
        b.startedAt = q->value(4).toLongLong();
        b.beatAt = q->value(5).toLongLong();
        if (!q->value(6).isNull()) {
            b.sweptAt = q->value(6).toLongLong();
        }
        b.lastSweep = q->value(7).toString();
        out << b;
    }
    if (auto s = rowsEnded(*q, doing); !s) {
        return s.error();
    }
    return out;
}

} // namespace grab
