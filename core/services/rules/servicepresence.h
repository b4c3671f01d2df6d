#pragma once

#include "services/context.h"

#include <QList>
#include <QString>

#include <optional>

namespace grab {

// A running `grabctl serve`, as the database knows it (the table services): where it runs, when
// it last said it was alive, and what its last sweep did.
struct ServiceBeat
{
    qint64 id = 0;
    QString host;
    qint64 pid = 0;
    QString version;
    qint64 startedAt = 0;
    qint64 beatAt = 0;
    std::optional<qint64> sweptAt;
    QString lastSweep; // RuleSweep::Round::summary()
};

// Whether anyone runs the rules with no window open. A service enters when it starts, beats
// every kBeatMs, and leaves when it stops; one that stops beating for kAliveMs (killed, its
// machine off, its server connection gone) is no longer alive. Windows read it: on one desktop
// a window sweeps only when no service is alive; on a server, a window warns.
// Heartbeats are bookkeeping, not the team's history: they write no events.
class ServicePresence final
{
public:
    static constexpr qint64 kBeatMs = 10000;
    static constexpr qint64 kAliveMs = 30000;

    explicit ServicePresence(Context ctx) : m_ctx(std::move(ctx)) {}

    // Records this service; rows of services dead for a day go at the same time.
    Result<qint64> enter(const QString &host, qint64 pid, const QString &version);
    // "Still alive"; with the summary of a sweep that just ran, that too.
    Status beat(qint64 id, const std::optional<QString> &sweep = std::nullopt);
    Status leave(qint64 id);
    // The services alive now, the most recently beaten first.
    Result<QList<ServiceBeat>> alive();

private:
    Context m_ctx;
};

} // namespace grab
