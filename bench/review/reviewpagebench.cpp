// Opening a review cycle through the Reviews page, as a supervisor does, on the database
// make_bench_db builds:
//   review_page_bench --db FILE [--quarter 2026-Q3] [--runs N]
// Each run copies the file (the original is only read), shows a ReviewPage at 1600×970,
// creates the quarter's draft and presses Open: the ReviewOpener thread freezes every active
// grabber's KPIs on its own connection behind the progress dialog, then the page reads the
// cycle back and fills the table and the first grabber's sheet. Timed: Open to the opened()
// signal (the page's whole path, the table filled), and the GUI thread's longest stall meanwhile
// (a 5 ms timer; the longest gap less 5 ms). Run it under xvfb-run or QT_QPA_PLATFORM=offscreen.
#include "review/reviewentrymodel.h"
#include "review/reviewpage.h"
#include "common/messagestrip.h"
#include "common/appsettings.h"
#include "store/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace grab;
using namespace grab::ui;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("db"), QStringLiteral("The database make_bench_db wrote."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("quarter"), QStringLiteral("The quarter to open (default 2026-Q3)."), QStringLiteral("Q"), QStringLiteral("2026-Q3")});
    p.addOption({QStringLiteral("runs"), QStringLiteral("Runs (default 3)."), QStringLiteral("N"), QStringLiteral("3")});
    p.process(app);
    if (!p.isSet(QStringLiteral("db"))) {
        std::fprintf(stderr, "review_page_bench: --db FILE is required\n");
        return 2;
    }
    const QString quarter = p.value(QStringLiteral("quarter"));
    const int runs = std::max(1, p.value(QStringLiteral("runs")).toInt());
    // The end of make_bench_db's history: 2026-11-20 18:00 in Shanghai.
    FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(18, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch());

    QList<qint64> opens;
    QList<double> stalls;
    int entries = 0;
    for (int r = 0; r < runs; ++r) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
        if (!QFile::copy(p.value(QStringLiteral("db")), path)) {
            std::fprintf(stderr, "review_page_bench: cannot copy the database\n");
            return 6;
        }
        auto db = Database::open(path, Database::Options{});
        if (!db) {
            std::fprintf(stderr, "review_page_bench: %s\n", qPrintable(db.error().message));
            return 6;
        }
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        {
            ReviewPage page(**db, clock, settings);
            page.resize(1600, 970);
            page.show();
            if (!page.createCycle(quarter)) {
                std::fprintf(stderr, "review_page_bench: %s\n", qPrintable(page.messages()->text()));
                return 4;
            }
            QElapsedTimer since;
            double last = 0, longest = 0;
            QTimer tick;
            tick.setTimerType(Qt::PreciseTimer);
            tick.setInterval(5);
            QObject::connect(&tick, &QTimer::timeout, [&] {
                const double now = double(since.nsecsElapsed()) / 1e6;
                longest = std::max(longest, now - last - 5);
                last = now;
            });
            QSignalSpy opened(&page, &ReviewPage::opened);
            QElapsedTimer t;
            t.start();
            since.start();
            tick.start();
            page.openCycle();
            if (!opened.wait(60000) || !opened.first().first().toBool()) {
                std::fprintf(stderr, "review_page_bench: the cycle did not open\n");
                return 4;
            }
            opens << t.elapsed();
            stalls << longest;
            entries = page.model()->rowCount();
        }
    }
    std::sort(opens.begin(), opens.end());
    std::sort(stalls.begin(), stalls.end());
    std::printf("review_page_bench: %s, %d grabbers, %d runs\n", qPrintable(quarter), entries, runs);
    std::printf("  Open -> opened() (table and sheet filled): median %lld ms, slowest %lld ms\n", opens.at(opens.size() / 2), opens.last());
    std::printf("  GUI thread's longest stall meanwhile:      median %.0f ms, worst %.0f ms\n", stalls.at(stalls.size() / 2), stalls.last());
    return 0;
}
