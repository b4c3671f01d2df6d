// What a manager feels when switching the Dashboards page, on the database make_bench_db builds:
//   dashboard_switch_bench --db FILE [--runs N]
// drives the real DashboardPage (its worker thread, its own connection) at 1600×970 and, for
// each kind of switch (another grabber, another period, team ↔ grabber), times from the call to
// the moment the new figures are painted: the page's figuresShown for that request, then a
// synchronous repaint of the whole window (so the time includes painting the cards, the
// leaderboard and the charts). Meanwhile a 5 ms timer ticks on the GUI thread; the longest gap
// between two ticks, less the 5 ms, is the longest the window could not answer a click or a key.
// Also: five grabbers picked within 100 ms (a manager scrolling the picker), timed to the last
// one's figures — the page drops the answers it no longer wants.
// The clock stands at the file's end of history (2026-11-20 18:00, Shanghai). Run it under
// xvfb-run, or with QT_QPA_PLATFORM=offscreen.
#include "dashboard/dashboardpage.h"
#include "common/appsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace grab;
using namespace grab::ui;

namespace {

constexpr int kTickMs = 5;

double percentile(QList<double> v, double p)
{
    if (v.isEmpty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5)));
}

// Ticks every 5 ms and keeps the longest gap since the last reset.
class StallWatch final : public QObject
{
public:
    StallWatch()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTickMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double now = double(m_clock.nsecsElapsed()) / 1e6;
            m_longest = std::max(m_longest, now - m_last - kTickMs);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    void reset()
    {
        m_last = double(m_clock.nsecsElapsed()) / 1e6;
        m_longest = 0;
    }
    double longest() const { return std::max(0.0, m_longest); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    double m_longest = 0;
};

struct Switch
{
    double ms = -1;     // to painted; -1: timed out
    double paintMs = 0; // of which the repaint of the window
    double stall = 0;   // longest GUI stall meanwhile
};

// Runs `action`, then waits for the figures of the page's newest request and repaints.
Switch timeSwitch(DashboardPage &page, StallWatch &watch, const std::function<void()> &action)
{
    Switch s;
    QElapsedTimer t;
    bool shown = false;
    const auto conn = QObject::connect(&page, &DashboardPage::figuresShown, &page, [&](quint64 generation) {
        if (generation == page.requestedGeneration()) {
            const double before = double(t.nsecsElapsed()) / 1e6;
            page.window()->repaint();
            s.ms = double(t.nsecsElapsed()) / 1e6;
            s.paintMs = s.ms - before;
            shown = true;
        }
    });
    watch.reset();
    t.start();
    action();
    while (!shown && t.elapsed() < 30000) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    QObject::disconnect(conn);
    s.stall = watch.longest();
    return s;
}

void report(const char *what, const QList<Switch> &runs)
{
    QList<double> ms, paints, stalls;
    for (const Switch &s : runs) {
        if (s.ms < 0) {
            std::printf("%-50s timed out\n", what);
            return;
        }
        ms << s.ms;
        paints << s.paintMs;
        stalls << s.stall;
    }
    std::printf("%-48s median %6.1f ms (repaint %5.1f)  slowest %6.1f ms  longest GUI stall %5.1f ms\n", what,
                percentile(ms, 0.5), percentile(paints, 0.5), percentile(ms, 1.0), percentile(stalls, 1.0));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("db"), QStringLiteral("The database make_bench_db built."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("runs"), QStringLiteral("Runs per kind of switch (default 7)."), QStringLiteral("N"),
                 QStringLiteral("7")});
    p.process(app);
    const QString db = p.value(QStringLiteral("db"));
    if (db.isEmpty()) {
        std::fprintf(stderr, "dashboard_switch_bench: --db FILE is required\n");
        return 2;
    }
    const int runs = std::max(1, p.value(QStringLiteral("runs")).toInt());
    const FixedClock clock(
        QDateTime(QDate(2026, 11, 20), QTime(18, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch());
    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")));

    DashboardPage page(db, clock, settings);
    page.setRefreshInterval(3600 * 1000); // nothing else is writing: no live refreshes
    page.resize(1600, 970);
    StallWatch watch;
    QElapsedTimer opened;
    opened.start();
    page.show();
    const Switch first = timeSwitch(page, watch, [] {});
    if (first.ms < 0 || !page.errorText().isEmpty()) {
        std::fprintf(stderr, "dashboard_switch_bench: no figures: %s\n", qPrintable(page.errorText()));
        return 1;
    }
    std::printf("first figures after show: %.1f ms (this month, team)\n", double(opened.nsecsElapsed()) / 1e6);

    using Preset = PeriodPreset;
    QList<Switch> teamPeriod, grabberPeriod, nextGrabber, toTeam, toGrabber;
    for (int i = 0; i < runs; ++i) {
        page.showTeam();
        timeSwitch(page, watch, [&] { page.setPeriod(Preset::ThisMonth); });
        teamPeriod << timeSwitch(page, watch, [&] { page.setPeriod(Preset::ThisQuarter); });
        toGrabber << timeSwitch(page, watch, [&] { page.showGrabber(1 + i); });
        nextGrabber << timeSwitch(page, watch, [&] { page.showGrabber(101 + i); });
        grabberPeriod << timeSwitch(page, watch, [&] { page.setPeriod(Preset::ThisMonth); });
        timeSwitch(page, watch, [&] { page.setPeriod(Preset::ThisQuarter); });
        toTeam << timeSwitch(page, watch, [&] { page.showTeam(); });
    }
    std::printf("switch (median of %d, 200 grabbers, 1,000,000 orders), to the new figures painted:\n", runs);
    report("team: this month -> this quarter", teamPeriod);
    report("team -> a grabber, this quarter", toGrabber);
    report("grabber -> another grabber, this quarter", nextGrabber);
    report("grabber: this quarter -> this month", grabberPeriod);
    report("grabber -> team, this quarter", toTeam);

    QList<Switch> burst;
    for (int i = 0; i < runs; ++i) {
        page.showGrabber(50);
        timeSwitch(page, watch, [] {});
        burst << timeSwitch(page, watch, [&] {
            for (int g = 0; g < 5; ++g) {
                page.showGrabber(60 + 10 * i + g);
                QElapsedTimer gap;
                gap.start();
                while (gap.elapsed() < 20) {
                    QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
                }
            }
        });
    }
    report("five grabbers within 100 ms, to the last painted", burst);
    std::printf("answers dropped as stale: %d\n", page.droppedResults());
    return 0;
}
