#pragma once

#include "services/context.h"
#include "domain/dispatchscorer.h"
#include "base/error.h"

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
        // The best eligible grabber other than `chosen`: for a dispatch the second best, for a
        // manager's assignment below rank 1 the one the dispatcher would have picked.
        std::optional<RankedCandidate> runnerUp;
        int rank = 1; // where `chosen` stands among the eligible, 1 = best; a dispatch is always 1
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
        // When a dispatch finds every grabber excluded for reasons that hold for any order
        // (on leave, suspended, daily cap, open-workload cap), the sweep stops there: the rest
        // could not be placed either. They stay in the pool without a dispatch_failed event
        // each; this many were left untried.
        int untriedTeamFull = 0;
    };
    Result<Sweep> dispatchPending();

    // The manager's "assign to…": give an open order to this grabber, if the rules allow it.
    // One BEGIN IMMEDIATE transaction; eligibility is the dispatcher's own (same candidates,
    // checkEligibility() on the manager path: status, restrictions, level reservations, the
    // reclaim cool-down and the caps hold; grab windows and deadlines do not).
    // On success the assignment is via "manager" and the event is `dispatched` with reason
    // "manager"; its payload carries the grabber's score and top reasons, their rank among the
    // eligible, the grabber the dispatcher would have picked ("best") and the note.
    // Errors: NotFound (order or grabber); NotOpen (reason "order_<state>"); Refused with
    // reason = the rule's code and the rule's sentence as message, recorded as an
    // `assign_refused` event (no attempt and no violation: the grabber did not ask).
    Result<Placed> assign(qint64 orderId, qint64 grabberId, const QString &note = {});

    // The ranking without placing anything: who would get the order and why the others would not.
    // For an "assign to…" dialog: `ranking` holds every eligible grabber, best first, with the
    // score, its factors and the caps' figures (`detail`); `ineligible` every other grabber with
    // the refusing rule's code and sentence. Errors: NotFound; NotOpen, as dispatch() and
    // assign() would answer. Reads outside a transaction: assign() decides again under its lock.
    Result<DispatchDecision> preview(qint64 orderId, AssignPath path = AssignPath::Dispatch);

    // Inside an open transaction: every grabber as a candidate for this order.
    static Result<QList<DispatchCandidate>> candidatesIn(const QSqlDatabase &db, const RuleSet &rules, const Order &order, qint64 now);

private:
    // dispatch(), telling the sweep whether the team itself is full (see Sweep::untriedTeamFull).
    Result<Placed> dispatchOne(qint64 orderId, bool *teamFull);
    // Inside the caller's transaction: gives the order to the `rank`-th (0-based) eligible grabber
    // of the decision and writes the `dispatched` event with the why-trace (score, reasons, rank,
    // runner-up) plus `extra`; dispatch and the manager's assignment differ only in these.
    Result<Placed> placeIn(const QSqlDatabase &db, const RuleSet &rules, const Order &order, const DispatchDecision &decision,
                           qsizetype rank, AssignVia via, const QString &reason, const QJsonObject &extra, qint64 now);
    Context m_ctx;
};

QJsonObject toJson(const RankedCandidate &c, int factors = 3);

} // namespace grab
