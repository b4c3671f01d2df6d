#pragma once

#include "awardservice.h"
#include "services/context.h"
#include "dashboardalerts.h"
#include "base/error.h"
#include "domain/grabber.h"
#include "domain/kpis.h"
#include "domain/trend.h"
#include "domain/note.h"
#include "drilldown.h"
#include "metricsservice.h"
#include "targetservice.h"

#include <QList>

#include <optional>

namespace grab {

// Everything the team and grabber dashboards show, in one call each, as plain structs. Every
// figure is MetricsService's (PRODUCT.md "Metrics"), read in one snapshot (ReadSnapshot), so the
// cards, the leaderboard and the alerts agree with each other and with `grabctl kpis` for the
// same days. Heavy over a million orders (see docs/performance.md "Dashboards"): call it on a
// worker thread with its own Database, never from the GUI thread.
//
// Periods are whole team-local days (periods::forPreset); the comparison period is
// periods::comparison(period, today): the previous period, or while the period is still running
// the same elapsed days of it (this week so far against the same days of last week). A preset
// period may reach past today: those days hold no data yet.
class DashboardService final
{
public:
    explicit DashboardService(Context ctx, AlertThresholds thresholds = {})
        : m_ctx(std::move(ctx)), m_thresholds(thresholds)
    {
    }

    struct TeamDashboard
    {
        Period period;
        Period previousPeriod; // periods::comparison(period, today)
        bool partialComparison = false; // previousPeriod is the elapsed part of the period before
        QString label;                  // periods::label(period)
        QString previousLabel;
        QDate today; // the team-local date of now
        int ruleVersion = 0;
        MetricsService::TeamFigures team;         // == MetricsService::team(period)
        MetricsService::TeamFigures previousTeam; // == MetricsService::team(previousPeriod)
        QList<GrabberKpis> grabbers; // the leaderboard: == MetricsService::kpis(period), by id (the view sorts)
        // Grabber of the Month for the month holding the period's last day that has begun:
        // the last day, or today if the period runs past today (this quarter's "month" in
        // November is November, not a December with no data yet).
        AwardService::MonthBest grabberOfTheMonth;
        QList<Alert> alerts; // DashboardAlerts::sort order
    };
    // Usage error for an invalid period.
    Result<TeamDashboard> teamDashboard(const Period &period);

    // The team average of one KPI: the mean of the per-grabber values over the active grabbers
    // for whom the value is defined. Counts and sums (volume, won, revenue, ...) are defined for
    // every active grabber, zeros included. A rate is left out for a grabber for whom it is
    // undefined: success and failure rate when nothing closed, hit rate without attempts, median
    // response without volume, satisfaction without feedback. `grabbers` is how many were
    // averaged; value is unset when there were none. (A mean of per-grabber rates, not the team's
    // rate: each grabber weighs the same, as on the leaderboard.) The grabber of the dashboard
    // is among them if active.
    struct Average
    {
        std::optional<double> value;
        int grabbers = 0;
    };
    struct TeamAverages
    {
        Average volume, won, lost, reclaimed, closed, successRate, failureRate, attempts, attemptsWon, hitRate,
            medianResponseS, revenueMinor, satisfaction, feedbackCount, violations, workload;
    };
    // The team's day figures divided by the active grabbers of the period (the same n for every
    // day): what an average active grabber did that day.
    struct AverageDay
    {
        QDate day;
        double volume = 0, won = 0, lost = 0, reclaimed = 0, revenueMinor = 0, attempts = 0, attemptsWon = 0,
               feedbackCount = 0, violations = 0;
    };
    // Holdings assigned in the period by response time (published -> assigned), one count per
    // responseBuckets() entry; counts add up to the volume.
    struct ResponseHistogram
    {
        QList<qint64> counts;          // size responseBuckets().size()
        std::optional<double> medianS; // == the KPI's medianResponseS
    };
    // Grab attempts and the winning ones per team-local hour (HourOfDay) in the period.
    struct HourActivity
    {
        int hour = 0;
        qint64 attempts = 0;
        qint64 wins = 0;
    };
    struct Training
    {
        qint64 id = 0;
        QString course;
        QString category; // sales_skills, product_knowledge, customer_service
        QDate takenOn;    // invalid when not taken yet
        QDate dueOn;      // invalid when none
        std::optional<double> hours;
        std::optional<bool> passed;
    };

    struct GrabberDashboard
    {
        Period period;
        Period previousPeriod; // periods::comparison(period, today)
        bool partialComparison = false;
        QString label;
        QString previousLabel;
        QDate today;
        Grabber grabber;          // name, level, status, skills, regions
        GrabberKpis kpis;         // == MetricsService::kpis(period, id)
        GrabberKpis previousKpis; // == MetricsService::kpis(previousPeriod, id)
        TeamAverages teamAverage; // over MetricsService::kpis(period) (see Average)
        int activeGrabbers = 0;
        // Day by day from the period's first day to its last day or today, whichever is
        // earlier (days still to come are left out, so a chart does not fall to zero).
        QList<DayFigures> daily;        // == MetricsService::daily(those days, id)
        QList<AverageDay> averageDaily; // MetricsService::daily(those days) / activeGrabbers
        ResponseHistogram responseTimes;
        QList<HourActivity> hours; // 24 entries, hour 0 first
        // One per calendar month the period touches (its first to its last day), for the whole
        // month like TargetService::month; isSet false where no target was set.
        QList<TargetService::Target> targets;
        // Newest first, at most listLimit rows each; `total` is every one in the period, equal
        // to the KPI. Violations: outcome = type, reason = severity, note. Feedback: score,
        // note = the comment, orderId. (DrillDown::Row; the same rows the drill-down gives.)
        DrillDown::Rows violations;
        DrillDown::Rows feedback;
        // Trainings dated in the period (taken on, or due on when not taken yet), newest first,
        // at most listLimit; trainingsTotal counts them all.
        QList<Training> trainings;
        qint64 trainingsTotal = 0;
        // The action items of weekly meetings and one-to-ones this grabber owns that are still
        // open, whatever the period: soonest due first (NoteService::openActionsIn).
        QList<ActionItem> openActions;
        // This grabber's alerts: the rate alerts against the previous period, repeated
        // violations and overload now.
        QList<Alert> alerts;
    };
    static constexpr int kListLimit = 20;
    // NotFound for an unknown grabber, Usage for an invalid period.
    Result<GrabberDashboard> grabberDashboard(qint64 grabberId, const Period &period, int listLimit = kListLimit);

    // A grabber's trend charts over `days` (a chart's days, periods::chartDays): its own figures
    // and rates rolling over `window` days, and the team's line as the mean of every active
    // grabber's own rolling rate (metrics::rollingTrend). `activeGrabbers`: the team's active
    // grabbers, when the caller has already read them (read here otherwise).
    Result<QList<TrendDay>> grabberTrend(qint64 grabberId, const Period &days, int window,
                                         std::optional<QList<qint64>> activeGrabbers = std::nullopt);

    // A drill-down key for a figure of these dashboards (the team's when grabberId is unset).
    static DrillDown::Key drillDown(DrillDown::Figure figure, const Period &period,
                                    std::optional<qint64> grabberId = std::nullopt, int index = -1);

private:
    Context m_ctx;
    AlertThresholds m_thresholds;
};

} // namespace grab
