#pragma once

#include "domain/kpis.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace grab::ui {

// The figures a KPI card shows, and how each one reads: its value from GrabberKpis (the
// numbers of PRODUCT.md "Metrics", computed in core), its text, which way is good, what a
// change reads like and why it can be undefined. One place, so the cards, the leaderboard's
// tooltips and the export agree.
class KpiFigure final
{
    Q_DECLARE_TR_FUNCTIONS(KpiFigure)

public:
    enum Figure {
        Volume,
        Won,
        Lost,
        Reclaimed,
        SuccessRate,
        FailureRate,
        HitRate,
        Satisfaction,
        Revenue,
        MedianResponse,
        Violations,
        Fairness, // the team's only
        Workload, // open now, not in the period
        Count
    };
    enum class Better { Higher, Lower, Neither };

    // The figure's value; nullopt when undefined (a rate with nothing to divide by). Revenue
    // is in fen, the median response in seconds. Fairness is not in GrabberKpis: pass it.
    static std::optional<double> value(Figure figure, const GrabberKpis &kpis,
                                       std::optional<double> fairness = std::nullopt);
    static Better better(Figure figure);
    static bool isRate(Figure figure); // a share: shown in %, a change in points
    static bool isCount(Figure figure);
    // Whether a click lists the rows behind the figure (DashboardReader::drillFigure): every
    // card does, a count its own rows, a rate or a mean the rows it is worked out from.
    static bool drillable(Figure figure);
    // What the click lists, for the card's tooltip: "Click to list the closed orders it divides."
    static QString drillHint(Figure figure);
    // Whether a change against the previous period means anything (not for "open now").
    static bool hasPrevious(Figure figure) { return figure != Workload; }

    static QString title(Figure figure);
    // Its definition, for the tooltip.
    static QString definition(Figure figure);
    // Why it is undefined, shown under the "—": "no order closed in this period"; and the
    // same for the period compared with.
    static QString whyUndefined(Figure figure);
    static QString whyUndefinedBefore(Figure figure);
    // "54.3 %", "¥12,345.60", "4.21", "1 min", or "—".
    static QString text(Figure figure, std::optional<double> value);
    // A change, with its arrow: "▲ 3.2 pts", "▼ ¥12,300", "▲ 12", "= no change".
    static QString deltaText(Figure figure, double delta);
    // Whether a change is good news: +1 good, -1 bad, 0 neither (or no change to speak of).
    static int verdict(Figure figure, double delta);
    // A stable machine name for CSV headers ("success_rate"), as grabctl names the figures.
    static QString key(Figure figure);

private:
    static bool negligible(Figure figure, double delta);
};

} // namespace grab::ui
