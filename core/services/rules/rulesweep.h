#pragma once

#include "services/context.h"
#include "services/grab/dispatchservice.h"

#include <QList>
#include <QString>

namespace grab {

// One round of the rules' timers: warn and reclaim orders held without follow-up, expire open
// orders past their grab deadline, then escalate and dispatch what waited too long. Run by
// `grabctl serve` on a schedule and, on one desktop with no service alive, by the window. Only
// one round runs at a time on a database (store/sweeplock.h).
class RuleSweep final
{
public:
    explicit RuleSweep(Context ctx) : m_ctx(std::move(ctx)) {}

    struct Round
    {
        bool ran = false; // false: another sweep held the lock, and this one did nothing
        QList<qint64> warned;
        QList<qint64> reclaimed;
        int expired = 0;
        DispatchService::Sweep dispatch;

        bool didSomething() const;
        // "2 reclaimed (#12, #15), 1 warned (#18), 0 expired, 1 dispatched (#20 to 张伟)":
        // one line for a service's log and its heartbeat (English, like every log line).
        QString summary() const;
    };
    Result<Round> run();

private:
    Context m_ctx;
};

} // namespace grab
