#pragma once

#include "dashboardperiod.h"
#include "kpifigure.h"
#include "services/awardservice.h"
#include "services/dashboardalerts.h"
#include "services/drilldown.h"
#include "services/targetservice.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace grab::ui {

// Plain values that travel between the dashboard page (GUI thread) and its worker: what to
// compute, and everything the page shows for it. Nothing here touches the database.

struct DashboardRequest
{
    enum class View { Team, Grabber };
    View view = View::Team;
    qint64 grabberId = 0; // for View::Grabber
    DashboardPeriod::Preset preset = DashboardPeriod::Preset::ThisMonth;
    QDate customFirst; // inclusive, for Preset::Custom
    QDate customLast;
};

struct DashboardGrabber
{
    qint64 id = 0;
    QString name;
    bool active = true;
};

// One day of a grabber's trend charts. The rates are over the `rollingDays` days ending on
// this day (a single day's rate swings on two or three closes); the team's lines are the mean
// of the active grabbers' own rolling rates where defined, like the cards' team average.
struct TrendDay
{
    QDate day;
    qint64 volume = 0;
    qint64 won = 0;
    qint64 lost = 0;
    qint64 reclaimed = 0;
    std::optional<double> successRate;
    std::optional<double> teamSuccessRate;
    std::optional<double> satisfaction;
    std::optional<double> teamSatisfaction;
};

using FigureValues = std::array<std::optional<double>, KpiFigure::Count>;

struct DashboardData
{
    quint64 generation = 0; // the request's token: the page drops results older than its last request
    DashboardRequest request;
    DashboardPeriod::Resolved period;
    QDate today; // team-local
    QString timeZone;
    int ruleVersion = 0;
    QString error; // set when the figures could not be computed; the rest is then empty

    QList<DashboardGrabber> grabbers; // everyone, by id, for the grabber picker
    QList<GrabberKpis> leaderboard;   // MetricsService::kpis for the period, by id

    // What the cards show: the team's totals (grabberId 0) or the one grabber, now and in the
    // previous period.
    GrabberKpis current;
    GrabberKpis previous;
    std::optional<double> fairness; // team only
    std::optional<double> previousFairness;
    int activeGrabbers = 0;
    FigureValues teamAverage{}; // grabber view: the mean over active grabbers with the figure defined

    std::optional<AwardService::MonthBest> award; // team view: the month of the period's last day
    QList<Alert> alerts;                          // team view: DashboardService::teamDashboard's, in its order

    Period trendDays; // grabber view
    int rollingDays = 7;
    QList<TrendDay> trend;
    QDate targetMonth;
    std::optional<TargetService::Target> target;
    // Grabber view: the newest violations and feedback in the period (DrillDown rows, at most
    // DashboardService::kListLimit; `total` is all of them), as GrabberDashboard lists them.
    DrillDown::Rows violations;
    DrillDown::Rows feedback;
};

// The rows behind a figure, from core's DrillDown, selected exactly as MetricsService counts
// them. A card's drill-down names its KpiFigure (volume by assignment time; won, lost and
// reclaimed by the time the holding ended so); an alert's passes the alert's own key and sentence.
struct DrillRequest
{
    KpiFigure::Figure figure = KpiFigure::Volume;
    std::optional<qint64> grabberId; // none: the whole team
    QString grabberName;
    Period period;
    std::optional<DrillDown::Key> key; // set: an alert's rows (figure, grabberId and period are then unused)
    QString sentence;                  // the alert's sentence, for the dialog's heading
};

// One fact behind the figure: a holding, an attempt, a feedback score or a violation (see
// DrillDown::Row for what each column means for which figure).
using DrillRow = DrillDown::Row;

struct DrillResult
{
    quint64 generation = 0;
    DrillRequest request;
    QString timeZone;
    QList<DrillRow> rows; // newest first
    qint64 total = 0;     // DrillDown::Rows::total: equal to the figure
    QString error;
};

} // namespace grab::ui
