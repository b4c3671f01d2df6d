// The dashboards on the database make_bench_db builds:
//   dashboard_page_bench --db FILE [--runs N]
// prints the median of N runs (after one warm-up) of what the dashboard worker computes for the
// team's and one grabber's view over a month and a quarter, and of the drill-down behind the
// team's volume; then what the GUI thread spends on each answer: filling the cards, the
// leaderboard and the charts, and opening the drill-down's list (sorted). The clock stands at the
// file's end of history (2026-11-20 18:00, Shanghai). Widgets run offscreen.
#include "dashboard/dashboardreader.h"
#include "dashboard/drilldialog.h"
#include "dashboard/grabbercharts.h"
#include "dashboard/kpipanel.h"
#include "dashboard/leaderboardmodel.h"
#include "store/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace grab;
using namespace grab::ui;

namespace {

double timeIt(int runs, const std::function<void()> &fn)
{
    fn(); // warm-up: the page cache as an open session has it
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        ms << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return ms.at(ms.size() / 2);
}

void line(const QString &what, double ms, const QString &note = QString())
{
    std::printf("%-52s %9.1f ms  %s\n", qPrintable(what), ms, qPrintable(note));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("db"), QStringLiteral("The database make_bench_db built."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("runs"), QStringLiteral("Runs per figure (default 5)."), QStringLiteral("N"), QStringLiteral("5")});
    p.process(app);
    const int runs = std::max(1, p.value(QStringLiteral("runs")).toInt());
    auto db = Database::open(p.value(QStringLiteral("db")), Database::Options{});
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 6;
    }
    const FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(18, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch());
    DashboardReader source(Context{**db, clock});

    std::printf("worker thread (DashboardReader)\n");
    QList<DashboardFigures> answers;
    DrillResult drilled;
    for (const auto preset : {PeriodPreset::ThisMonth, PeriodPreset::ThisQuarter}) {
        const QString name = PeriodText::presetName(preset).toLower();
        for (const auto view : {DashboardRequest::View::Team, DashboardRequest::View::Grabber}) {
            DashboardRequest r;
            r.preset = preset;
            r.view = view;
            r.grabberId = 7;
            DashboardFigures d;
            const double ms = timeIt(runs, [&] { d = source.compute(r); });
            if (!d.error.isEmpty()) {
                std::fprintf(stderr, "%s\n", qPrintable(d.error));
                return 1;
            }
            line(QStringLiteral("%1 view, %2").arg(view == DashboardRequest::View::Team ? QStringLiteral("team") : QStringLiteral("grabber"), name),
                 ms, QStringLiteral("%1 grabbers").arg(d.leaderboard.size()));
            answers << d;
        }
        DrillRequest dr;
        dr.figure = KpiFigure::Volume;
        dr.period = periods::resolve(preset, periods::dayOf(QTimeZone("Asia/Shanghai"), clock.nowMs())).current;
        const double ms = timeIt(runs, [&] { drilled = source.drill(dr); });
        line(QStringLiteral("drill-down: the team's volume, %1").arg(name), ms, QStringLiteral("%1 orders").arg(drilled.rows.size()));
    }

    std::printf("GUI thread (applying an answer)\n");
    KpiPanel cards;
    LeaderboardModel leaderboard;
    GrabberCharts charts;
    charts.resize(1400, 320);
    for (const DashboardFigures &d : std::as_const(answers)) {
        const bool team = d.request.view == DashboardRequest::View::Team;
        const double ms = timeIt(runs, [&] {
            cards.setData(d);
            leaderboard.setRows(d.leaderboard);
            if (!team) {
                charts.setData(d);
            }
        });
        line(QStringLiteral("cards + leaderboard%1, %2").arg(team ? QString() : QStringLiteral(" + charts"), PeriodText::presetName(d.period.preset).toLower()),
             ms, team ? QString() : QStringLiteral("%1 days").arg(d.trend.size()));
    }
    const double ms = timeIt(runs, [&] {
        DrillDialog dialog(drilled);
        dialog.show();
        QCoreApplication::processEvents();
    });
    line(QStringLiteral("drill-down dialog, the quarter's volume"), ms, QStringLiteral("%1 rows, sorted").arg(drilled.rows.size()));
    return 0;
}
