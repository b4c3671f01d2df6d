#pragma once

#include "services/context.h"
#include "base/error.h"

#include <QList>

namespace grab {

// Follow-up accountability: an assigned order with no follow-up for followUp.hours goes back
// to the pool (a "reclaimed" event, a no_follow_up violation, a cool-down before the same
// grabber may take it again); warnBeforeHours earlier the grabber gets a reclaim_warning.
// grabctl reclaim runs one sweep as of --now; the GUI runs the same on a timer.
class ReclaimService final
{
public:
    explicit ReclaimService(Context ctx) : m_ctx(std::move(ctx)) {}

    struct Sweep
    {
        QList<qint64> warned;    // order ids
        QList<qint64> reclaimed; // order ids
    };
    Result<Sweep> sweep();

private:
    Context m_ctx;
};

} // namespace grab
