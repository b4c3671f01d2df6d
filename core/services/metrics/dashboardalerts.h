#pragma once

#include "services/context.h"
#include "base/error.h"
#include "domain/kpis.h"
#include "drilldown.h"

#include <QList>

#include <optional>

namespace grab {

// The thresholds of the dashboard alerts, with their defaults. They live here for now; a later
// issue may move them into the rule set (versioned, with rule_changed events) — then this
// struct is filled from RuleSet and nothing else changes. The repeated-violations alert already
// uses the rule set: ViolationPolicy's escalateCount within escalateDays.
//
// A grabber's failure rate is judged against the team's in the same period, not against a fixed
// rate: how often a deal is lost depends on the market and the month far more than on the
// grabber (the demo team loses about half its deals; a fixed 40 % flagged 21 of 24 grabbers).
// What a manager can act on is the grabber who fails clearly more often than the others. With
// ten closed orders the noise of one rate is about ±15 points, hence the defaults.
struct AlertThresholds
{
    double successDropPoints = 15;         // success rate fell by this many percentage points or more ...
    double criticalSuccessDropPoints = 30; // ... critical from this drop on
    double failureAboveTeamPoints = 15;    // a grabber's failure rate this many points over the team's ...
    double criticalFailureAboveTeamPoints = 25; // ... critical from this gap on
    double teamFailureRate = 0.60;         // the team's own failure rate at or above this ...
    double criticalTeamFailureRate = 0.75; // ... critical from this rate on
    qint64 minClosed = 10;                 // a rate alert needs this many closed orders (in both periods for a drop)
};

// One thing a manager should look at, with the figures that raised it.
struct Alert
{
    // In the order a dashboard lists them within a severity.
    enum class Kind {
        StarvingVip,        // open VIP orders the ageing rules call Starving now
        SuccessDrop,        // success rate fell against the previous period
        FailureHigh,        // failure rate at or over the threshold in the period
        RepeatedViolations, // the rule set's escalation: escalateCount violations within escalateDays, as of now
        Overload,           // open workload at (or over) the rule set's cap now
    };
    enum class Severity { Warning, Critical };

    Kind kind = Kind::SuccessDrop;
    Severity severity = Severity::Warning;
    std::optional<qint64> grabberId; // unset: about the team (rates) or the pool (StarvingVip)
    QString grabberName;             // "" when unset
    QList<qint64> orderIds;          // StarvingVip: the orders, newest in the pool first
    // The figures, by kind (rates as 0..1, drops in points):
    //   SuccessDrop: value = the rate now, previous = the rate before, threshold = the points;
    //   FailureHigh: value = the rate; for a grabber previous = the team's rate in the period and
    //     threshold = the points over it that raise the alert; for the team threshold = the rate;
    //   RepeatedViolations: value = violations within the days, threshold = the count that escalates;
    //   Overload: value = open orders held, threshold = the cap;
    //   StarvingVip: value = the number of orders, threshold = 0.
    double value = 0;
    std::optional<double> previous;
    double threshold = 0;
    // One English sentence with the figures and the threshold, e.g. "张伟: success rate 41.0 % in
    // November 2026 (39 closed), down 21.5 points from 62.5 % in October 2026 (40 closed); the
    // alert is at 15 points." The core has no translations: a translated UI composes its own
    // from the fields above.
    QString sentence;
    DrillDown::Key drillDown; // the rows behind it: closed orders, violations, open holdings or the starving orders
};

QString toString(Alert::Kind kind);         // starving_vip, success_drop, failure_high, repeated_violations, overload
QString toString(Alert::Severity severity); // warning, critical

// Computes the alerts. The rate alerts are a pure function of two periods' KPI rows; the others
// read the store as of now (the context's clock).
class DashboardAlerts final
{
public:
    explicit DashboardAlerts(Context ctx) : m_ctx(std::move(ctx)) {}

    // SuccessDrop and FailureHigh for each row of `now` (matched by grabberId in `before`; a
    // grabberId of 0 is the team). A rate with fewer than minClosed closed orders raises nothing.
    // `team` is the whole team's figures in `period`: a grabber's failure rate is compared with
    // its failure rate (no alert for a grabber when it is undefined).
    static QList<Alert> rateAlerts(const QList<GrabberKpis> &now, const QList<GrabberKpis> &before,
                                   const GrabberKpis &team, const Period &period, const Period &previous,
                                   const AlertThresholds &thresholds);

    // RepeatedViolations and Overload for every grabber (or only `grabberId`), and StarvingVip
    // for the pool when `withPool`. Their thresholds are the rule set's.
    Result<QList<Alert>> liveAlerts(std::optional<qint64> grabberId, bool withPool);

    // Critical first, then by kind (the enum's order), then by grabber id.
    static void sort(QList<Alert> &alerts);

private:
    Context m_ctx;
};

} // namespace grab
