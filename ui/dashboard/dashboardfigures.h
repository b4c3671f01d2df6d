#pragma once

#include "domain/trend.h"
#include "common/periodtext.h"
#include "kpifigure.h"
#include "services/metrics/awardservice.h"
#include "services/metrics/dashboardalerts.h"
#include "services/metrics/dashboardservice.h"
#include "services/metrics/drilldown.h"
#include "services/metrics/drillsummary.h"
#include "services/metrics/targetservice.h"

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
    PeriodPreset preset = PeriodPreset::ThisMonth;
    QDate customFirst; // inclusive, for Preset::Custom
    QDate customLast;
    AlertThresholds thresholds; // the manager's, from Preferences (AppSettings::alertThresholds)
};

struct DashboardGrabber
{
    qint64 id = 0;
    QString name;
    bool active = true;
};

using FigureValues = std::array<std::optional<double>, KpiFigure::Count>;

struct DashboardFigures
{
    quint64 generation = 0; // the request's token: the page drops results older than its last request
    DashboardRequest request;
    periods::Resolved period;
    QDate today; // team-local
    QString timeZone;
    int ruleVersion = 0;
    QString error; // set when the figures could not be computed; the rest is then empty

    QList<DashboardGrabber> grabbers; // everyone, by id, for the grabber picker
    QList<GrabberKpis> leaderboard;   // team view: MetricsService::kpis for the period, by id

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

    // Grabber view, from DashboardService::grabberDashboard (one snapshot).
    Period trendDays;
    int rollingDays = 7;
    QList<TrendDay> trend;
    QDate targetMonth;
    std::optional<TargetService::Target> target;
    // Holdings assigned in the period by response time, one count per responseBuckets()
    // entry (they add up to the volume), and the median (== the card's).
    DashboardService::ResponseHistogram responseTimes;
    // Grab attempts and the winning ones per team-local hour, 24 entries, hour 0 first.
    QList<DashboardService::HourActivity> hours;
    // The newest violations, feedback and trainings in the period (at most
    // DashboardService::kListLimit each; `total` and trainingsTotal count all of them).
    DrillDown::Rows violations;
    DrillDown::Rows feedback;
    QList<DashboardService::Training> trainings;
    qint64 trainingsTotal = 0;
    QList<ActionItem> openActions; // grabber view: open action items from meetings and one-to-ones
};

// The rows behind a figure, from core's DrillDown, selected exactly as MetricsService counts
// them. A card's drill-down names its KpiFigure (DashboardReader::drillFigure says which rows:
// a count's own, a rate's denominator, a mean's scores); an alert's or a chart bar's passes its
// own key, with a title and a sentence for the dialog.
struct DrillRequest
{
    KpiFigure::Figure figure = KpiFigure::Volume; // a card's (unused when `key` is set)
    std::optional<qint64> grabberId;              // none: the whole team
    QString grabberName;
    Period period;
    QList<qint64> activeGrabbers; // Fairness: the active grabbers the index is over

    std::optional<DrillDown::Key> key; // set: an alert's or a chart's rows (figure and period are then unused)
    QString title;                     // with `key`: what the rows are, short ("Alert", "Won on 2026-11-05")
    QString sentence;                  // with `key`: the heading's sentence

    // At most this many rows travel to the dialog (the newest): a quarter of the team's volume
    // is 130,000 holdings, and a table of them took the GUI thread a third of a second to fill
    // and sort. The figure, the count and the summary are still worked out over every row.
    int shownRows = 5000;
};

// One fact behind the figure: a holding, an attempt, a feedback score or a violation (see
// DrillDown::Row for what each column means for which figure).
using DrillRow = DrillDown::Row;

struct DrillResult
{
    quint64 generation = 0;
    DrillRequest request;
    DrillDown::Figure rowsOf = DrillDown::Figure::Volume; // the DrillDown figure the rows are of
    QString timeZone;
    QList<DrillRow> rows; // newest first, at most request.shownRows of them
    qint64 total = 0;     // DrillDown::Rows::total: every row, equal to the figure's count
    DrillSummary summary; // a card's drill-down
    QString error;
};

} // namespace grab::ui
