#pragma once

#include "services/context.h"
#include "base/error.h"
#include "domain/kpis.h"

#include <QList>
#include <QStringView>

#include <optional>
#include <utility>

namespace grab {

// The rows behind a dashboard figure, selected exactly as MetricsService counts them, so that
// the number on a card and the length of the list it opens are the same number:
//
//   figure        rows                                            counted by          placed by
//   Volume        holdings (assignments)                          assigned_at in the period
//   Won           holdings that ended won                         ended_at
//   Lost          holdings that ended lost                        ended_at
//   Reclaimed     holdings that ended reclaimed                   ended_at
//   Closed        holdings that ended won, lost or reclaimed      ended_at
//   Revenue       the Won rows; `sum` is the revenue (their holding amounts)
//   Attempts      grab attempts, any result                       at
//   AttemptsWon   grab attempts that obtained the order           at
//   Feedback      feedback scores; `sum` is the sum of the scores at (when given)
//   Violations    violations, any type                            at
//   ResponseBucket the Volume rows whose response time falls in responseBuckets()[index]
//   Hour          the Attempts rows made in team-local hour `index` (0..23, HourOfDay)
//   Workload      holdings open now (the period is ignored)       -
//   StarvingVip   open VIP orders that assessAgeing() calls Starving now (period and grabber
//                 ignored; no grabber on the rows)
//
// Released and cancelled holdings count in Volume (the order was assigned) but in no outcome,
// as in the KPIs. "In the period" is [start, end) of periods::instants() in the team's time zone,
// which is what the day rollup behind the KPIs adds up.
class DrillDown final
{
public:
    explicit DrillDown(Context ctx) : m_ctx(std::move(ctx)) {}

    enum class Figure {
        Volume,
        Won,
        Lost,
        Reclaimed,
        Closed,
        Attempts,
        AttemptsWon,
        Revenue,
        Feedback,
        Violations,
        ResponseBucket,
        Hour,
        Workload,
        StarvingVip,
    };

    // Which figure, over which days, for whom. A dashboard hands these out with its figures and
    // alerts; the UI passes one back unchanged.
    struct Key
    {
        Figure figure = Figure::Volume;
        Period period;
        std::optional<qint64> grabberId; // nullopt: the whole team
        int index = -1;                  // ResponseBucket: 0..7; Hour: 0..23; otherwise unused
        // When set, these instants [first, second) in epoch ms instead of the period's days:
        // the repeated-violations alert counts over the last D days up to now, not whole days.
        std::optional<std::pair<qint64, qint64>> instants;
    };

    // One fact behind the figure. Which columns mean what depends on the figure:
    //   holdings (Volume, outcomes, Revenue, ResponseBucket, Workload): outcome = end reason
    //     (won, lost, reclaimed, released, cancelled) or "open"; reason = how it was assigned
    //     (grab, dispatch, manager); responseMs set; id = the assignment.
    //   attempts (Attempts, AttemptsWon, Hour): outcome = won, lost_race or rejected;
    //     reason = the rule's refusal code for a rejected one; id = the attempt.
    //   Feedback: outcome "feedback", score set, note = the comment; id = the feedback.
    //   Violations: outcome = the violation type, reason = its severity, note = its note;
    //     orderId unset for a violation about no order; id = the violation.
    //   StarvingVip: outcome = the ageing cause (deadline_passed, due_for_dispatch,
    //     deadline_near), reason = the priority ("P1"); atMs = when it entered the pool; id = the order.
    struct Row
    {
        qint64 id = 0;
        std::optional<qint64> orderId;
        QString customerName;
        qint64 amountMinor = 0; // the holding's amount for holdings, else the order's
        qint64 grabberId = 0;   // 0 for StarvingVip
        QString grabberName;
        qint64 atMs = 0; // the instant that places the row in the figure (see the table above)
        QString outcome;
        QString reason;
        std::optional<qint64> responseMs;
        std::optional<int> score;
        QString note;      // as stored (English for an automatic violation)
        QString shownNote; // an automatic violation's note in the user's language, when it has one
        // What a screen shows: the translated note when there is one, else the note as stored.
        const QString &noteForScreen() const { return shownNote.isEmpty() ? note : shownNote; }
    };

    struct Rows
    {
        qint64 total = 0; // every row behind the figure: equal to the figure (to its count for Revenue and Feedback)
        // Revenue: the revenue; Feedback: the sum of the scores; StarvingVip: the amounts
        // waiting; otherwise 0 (a sum of the others would read past the covering indexes).
        qint64 sum = 0;
        QList<Row> rows; // newest first (atMs, then id, descending), at most `limit` of them
    };

    // The rows behind the figure. `limit` < 0: all of them. Usage error for an invalid period
    // (unless `instants` is set) or an index out of range; NotFound for an unknown grabber.
    // Reads one snapshot: total, sum and rows agree.
    Result<Rows> rows(const Key &key, int limit = -1);

    // Stable names for the figures (grabctl, logs): volume, won, lost, reclaimed, closed,
    // attempts, attemptsWon, revenue, feedback, violations, responseBucket, hour, workload,
    // starvingVip.
    static QString figureName(Figure figure);
    static std::optional<Figure> figureFromName(QStringView name);

private:
    Context m_ctx;
};

} // namespace grab
