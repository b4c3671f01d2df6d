#pragma once

#include "base/error.h"
#include "domain/order.h"
#include "domain/ruleset.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>

namespace grab {

// The one place where an order starts or stops being held by a grabber. Grab, dispatch and
// manager assignment start holdings here; close, release, reclaim and cancel end them here.
// Every function joins the caller's BEGIN IMMEDIATE transaction and keeps the running figures
// (the day rollup, grabber_segment_stats) in step with the facts. A grabber's open workload is
// not one of them: it is counted from the orders in hand (orders_in_hand).
class AssignmentLedger final
{
public:
    // Compare-and-set: the order goes to the grabber only if it is still open. Returns false
    // (and changes nothing) when somebody else took it first.
    // With `grabAttempt`, the winning attempt is counted in the day figures too.
    static Result<bool> start(const QSqlDatabase &db, const RuleSet &rules, const Order &order, qint64 grabberId, AssignVia via,
                              qint64 now, bool grabAttempt = false);

    // Ends the open holding of the order (if any) for `endReason` (won, lost, reclaimed,
    // released, cancelled). Won, lost and reclaimed count in the grabber's segment record.
    static Status end(const QSqlDatabase &db, const RuleSet &rules, qint64 orderId, qint64 now, const char *endReason);

    // The order returns to the pool (released or reclaimed): open again, with a fresh grab
    // deadline and escalation clock (pooled_at), its holding ended for `endReason`.
    static Status backToPool(const QSqlDatabase &db, const RuleSet &rules, qint64 orderId, qint64 now, const char *endReason);

    static Status followedUp(const QSqlDatabase &db, qint64 orderId, qint64 now);
    static Status feedbackGiven(const QSqlDatabase &db, const RuleSet &rules, qint64 grabberId, int score, qint64 now);

    // Recomputes grabber_segment_stats from the closed holdings under the rules' amount bands.
    static Status rebuildSegments(const QSqlDatabase &db, const RuleSet &rules);

    // What the rule engine needs to know about a grabber and an order.
    struct Load
    {
        int takenToday = 0;   // holdings started in today's team-time-zone day, any path
        int openWorkload = 0; // orders assigned to the grabber now
        std::optional<qint64> cooldownUntil;
        int recentAttempts = 0; // attempts within the burst window before this one
    };
    static Result<Load> load(const QSqlDatabase &db, const RuleSet &rules, qint64 grabberId, qint64 orderId, qint64 now);

    // The same four figures as columns of a larger statement (the grab's one read), for the
    // grabber and order named by the SQL expressions given; loadValues() are bound in the
    // order the columns' placeholders come, and readLoad() reads the row from `first` on.
    static QString loadColumns(const QString &grabber, const QString &order);
    static constexpr int kLoadColumnCount = 4;
    static QVariantList loadValues(const RuleSet &rules, qint64 now);
    static Load readLoad(const QSqlQuery &q, int first, const RuleSet &rules);
};

} // namespace grab
