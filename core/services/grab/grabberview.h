#pragma once

#include "domain/eligibility.h"
#include "base/error.h"
#include "domain/grabwindow.h"
#include "domain/order.h"
#include "domain/ruleset.h"
#include "quotaledger.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <limits>
#include <optional>

namespace grab {

// The pool and the quota ledger as one grabber sees them at one instant: which open orders
// the rules let this grabber grab now and, for the others, why not. GrabDesk's grabber mode
// only shows what this computes. Pure apart from reclaimedFromIn(): it asks the one rule
// engine, checkEligibility() with AssignPath::Grab, with the same inputs the grab reads.
//
// A view is cheap to make and meant to be short-lived: make a new one when the rules, the
// grabber's quota or the time change (Verdict::recheckAt says when time alone can change one).
class GrabberView final
{
public:
    // `reclaimedAt`: order id -> when it was last reclaimed from this grabber (the cool-down
    // runs from there, for the rules' cooldownHours).
    GrabberView(RuleSet rules, Quota quota, qint64 nowMs, QHash<qint64, qint64> reclaimedAt = {});

    struct Verdict
    {
        bool grabbable = false;
        QString reason;                   // a reason:: code when not grabbable
        QString detail;                   // the rule engine's sentence (the one a refused grab would give)
        std::optional<Level> neededLevel; // level_restricted, level_reserved: the level the rule asks for
        // The first instant after now at which the passing of time alone may change this verdict
        // (a window opens or closes, the deadline passes, the reservation is lifted, a cool-down
        // ends); max() when nothing on the clock can.
        qint64 recheckAt = std::numeric_limits<qint64>::max();
    };
    Verdict judge(const Order &order) const;

    struct Judged
    {
        Order order;
        Verdict verdict;
    };
    struct Pool
    {
        QList<Order> grabbable; // by priority (P1 first), then age (oldest first), then id
        QList<Judged> others;   // in the same order, each with its reason
    };
    Pool split(const QList<Order> &orders) const;
    // The pool's order: priority (P1 first), then the time it entered the pool (oldest first), then id.
    static bool poolOrderLess(const Order &a, const Order &b);

    // The quota ledger panel: the grabber's caps and what is left, the calendar day that counts,
    // the grab window now and when it changes next.
    struct Ledger
    {
        Quota quota;
        QString timeZone;
        QDate day;                            // the team-time-zone calendar day the daily cap counts
        std::optional<GrabWindow> window;     // in force now; nullopt: grabbing is closed
        std::optional<qint64> nextChangeAt;   // when the window in force changes next
        std::optional<GrabWindow> nextWindow; // in force after that change; nullopt: closed
        bool dispatchOnly = false;            // the team dispatches everything: nobody grabs
        bool vipAlwaysOpen = false;           // VIP orders may be grabbed outside every window
        // Whether this grabber may grab at all right now (active, not dispatch-only, a window
        // open, under both caps). Single orders may still be refused (reserved, restricted), and
        // with vipAlwaysOpen a VIP order may be grabbed while this is false.
        bool canGrabNow = false;
    };
    Ledger ledger() const;

    const RuleSet &rules() const { return m_rules; }
    const Quota &quota() const { return m_quota; }
    qint64 nowMs() const { return m_now; }

    // What the rule engine needs of the grabber, from the ledger's row.
    static Grabber grabberOf(const Quota &quota);

    // Orders reclaimed from the grabber since `sinceMs` (order id -> latest reclaim), for the cool-down.
    static Result<QHash<qint64, qint64>> reclaimedFromIn(const QSqlDatabase &db, qint64 grabberId, qint64 sinceMs);

private:
    RuleSet m_rules;
    Quota m_quota;
    Grabber m_grabber;
    qint64 m_now = 0;
    QHash<qint64, qint64> m_reclaimedAt;
    qint64 m_windowChangeAt = std::numeric_limits<qint64>::max();
};

} // namespace grab
