#pragma once

#include "context.h"
#include "domain/dispatchscorer.h"
#include "domain/error.h"

namespace grab {

// Places orders nobody grabbed (or, in "always" mode, every order) with the best eligible
// grabber, and lets a manager assign by hand. Same rule engine as the grab; every placement
// is an event carrying its top three reasons with their contributions.
class DispatchService final
{
public:
    explicit DispatchService(Context ctx) : m_ctx(std::move(ctx)) {}

    struct Placed
    {
        qint64 orderId = 0;
        qint64 eventId = 0;
        RankedCandidate chosen;
        std::optional<RankedCandidate> runnerUp;
        int eligible = 0;
        int ineligible = 0;
        bool widened = false;
    };

    // Dispatch one open order now (a manager's "dispatch now", or the escalation sweep).
    // Errors: NotFound, NotOpen, Refused with reason "no_eligible_grabber" (recorded as a
    // dispatch_failed event naming how many grabbers each rule excluded).
    Result<Placed> dispatch(qint64 orderId);

    // Every open order due for dispatch under the rules as of now (fallback: waited past
    // dispatchAfterMinutes, VIP sooner; always: all), oldest first, each in its own transaction.
    struct Sweep
    {
        QList<Placed> placed;
        QList<std::pair<qint64, Error>> failed; // orders that stayed in the pool, and why
    };
    Result<Sweep> dispatchPending();

    // The ranking without placing anything: who would get the order and why the others would not.
    Result<DispatchDecision> preview(qint64 orderId, AssignPath path = AssignPath::Dispatch);

    // Inside an open transaction: every grabber as a candidate for this order.
    static Result<QList<DispatchCandidate>> candidatesIn(const QSqlDatabase &db, const RuleSet &rules, const Order &order, qint64 now);

private:
    Context m_ctx;
};

QJsonObject toJson(const RankedCandidate &c, int factors = 3);

} // namespace grab
