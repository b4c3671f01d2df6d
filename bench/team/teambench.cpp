// The Team page on the database make_bench_db builds (200 grabbers, a million orders):
//   team_bench --db FILE [--runs N]
// First, once, gives the file a year of coaching through the real services when it has none:
// per grabber a dozen trainings and a one-to-one every other week with two action items, and a
// weekly team meeting with five — about 2,400 trainings, 5,300 notes and 10,700 action items.
// Then prints the median and the slowest of N runs (after a warm-up) of what the page does on
// the GUI thread: the roster (TeamRoster), one grabber's file (trainings, notes, feedback, the
// orders awaiting a score, the month's target) for a few grabbers, and the whole page's reload
// and a change of grabber, models and views included. The clock stands at the file's end of
// history (2026-11-20 18:00, Shanghai). Widgets run offscreen.
#include "services/team/noteservice.h"
#include "services/team/teamroster.h"
#include "services/team/trainingservice.h"
#include "store/database.h"
#include "store/sql.h"
#include "team/teampage.h"
#include "team/teamsource.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace grab;
using namespace grab::ui;

namespace {

struct Timing
{
    double median = 0;
    double slowest = 0;
};

Timing timeIt(int runs, const std::function<void()> &fn)
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
    return Timing{ms.at(ms.size() / 2), ms.last()};
}

void line(const QString &what, const Timing &t)
{
    std::printf("%-58s %8.1f ms %8.1f ms\n", qPrintable(what), t.median, t.slowest);
}

[[noreturn]] void die(const Error &e)
{
    std::fprintf(stderr, "team_bench: %s\n", qPrintable(e.message));
    std::exit(6);
}

// A year of coaching up to `today`, through the services (one transaction each), timed.
void populate(Database &db, FixedClock &clock, const QDate &today)
{
    const qint64 grabbers = scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM grabbers"))->toLongLong();
    if (auto s = db.setSynchronous(Database::Synchronous::Off); !s) {
        die(s.error());
    }
    QRandomGenerator rng(11);
    const QTimeZone zone("Asia/Shanghai");
    QElapsedTimer timer;
    timer.start();
    int trainings = 0;
    int notes = 0;
    const QDate first = today.addDays(-364);
    for (QDate d = first; d <= today; d = d.addDays(1)) {
        clock.set(QDateTime(d, QTime(17, 0), zone).toMSecsSinceEpoch());
        const Context ctx{db, clock, QStringLiteral("manager")};
        // Trainings: 200 x 12 a year, about 6.6 a day; a third still owed, some overdue.
        for (int i = 0; i < 7; ++i) {
            TrainingService::NewTraining t;
            t.grabberId = 1 + rng.bounded(int(grabbers));
            t.course = QStringLiteral("Course %1").arg(rng.bounded(40));
            t.category = TrainingCategory(rng.bounded(3));
            if (rng.bounded(3) == 0) {
                t.dueOn = d.addDays(rng.bounded(30));
            } else {
                t.takenOn = d;
                t.hours = 1 + rng.bounded(8);
                t.passed = rng.bounded(10) != 0;
            }
            if (auto id = TrainingService(ctx).add(t); !id) {
                die(id.error());
            }
            ++trainings;
        }
        NoteService notesService(ctx);
        // A one-to-one with every grabber every other week (200 / 14 a day), two items each.
        for (int i = 0; i < 15; ++i) {
            NoteService::NewNote n;
            n.kind = NoteKind::OneToOne;
            n.heldOn = d;
            n.grabberId = 1 + rng.bounded(int(grabbers));
            n.title = QStringLiteral("One-to-one");
            n.body = QStringLiteral("What was said, a few lines of it.");
            for (int a = 0; a < 2; ++a) {
                NoteService::NewAction item;
                item.text = QStringLiteral("Action %1").arg(a);
                item.dueOn = d.addDays(7);
                n.actions << item;
            }
            if (auto id = notesService.add(n); !id) {
                die(id.error());
            }
            ++notes;
        }
        if (d.dayOfWeek() == 1) {
            NoteService::NewNote n;
            n.kind = NoteKind::WeeklyMeeting;
            n.heldOn = d;
            n.title = QStringLiteral("Weekly meeting");
            for (int a = 0; a < 5; ++a) {
                NoteService::NewAction item;
                item.text = QStringLiteral("Team action %1").arg(a);
                item.ownerGrabberId = 1 + rng.bounded(int(grabbers));
                item.dueOn = d.addDays(5);
                n.actions << item;
            }
            if (auto id = notesService.add(n); !id) {
                die(id.error());
            }
            ++notes;
        }
    }
    // Most action items older than a fortnight are done.
    const qint64 cutoff = QDateTime(today.addDays(-14), QTime(0, 0), zone).toMSecsSinceEpoch();
    if (auto q = runSql(db.connection(),
                        QStringLiteral("UPDATE note_actions SET done_at = ? WHERE id IN (SELECT a.id FROM note_actions a JOIN notes n ON "
                                       "n.id = a.note_id WHERE n.created_at < ? AND a.id % 10 <> 0)"),
                        {cutoff, cutoff});
        !q) {
        die(q.error());
    }
    if (auto s = db.setSynchronous(Database::Synchronous::Full); !s) {
        die(s.error());
    }
    std::printf("populated: %d trainings, %d notes in %.1f s\n", trainings, notes, double(timer.elapsed()) / 1000);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("db"), QStringLiteral("The database make_bench_db built."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("runs"), QStringLiteral("Runs per figure (default 7)."), QStringLiteral("N"), QStringLiteral("7")});
    p.process(app);
    const int runs = std::max(1, p.value(QStringLiteral("runs")).toInt());
    auto db = Database::open(p.value(QStringLiteral("db")), Database::Options{});
    if (!db) {
        die(db.error());
    }
    const QDate today(2026, 11, 20);
    FixedClock clock(QDateTime(today, QTime(18, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch());
    if (scalar((*db)->connection(), QStringLiteral("SELECT COUNT(*) FROM trainings"))->toInt() == 0) {
        populate(**db, clock, today);
        clock.set(QDateTime(today, QTime(18, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch());
    }
    const QSqlDatabase c = (*db)->connection();
    std::printf("%d grabbers, %d orders, %d feedback, %d trainings, %d notes, %d action items (%d open)\n",
                scalar(c, QStringLiteral("SELECT COUNT(*) FROM grabbers"))->toInt(), scalar(c, QStringLiteral("SELECT COUNT(*) FROM orders"))->toInt(),
                scalar(c, QStringLiteral("SELECT COUNT(*) FROM feedback"))->toInt(), scalar(c, QStringLiteral("SELECT COUNT(*) FROM trainings"))->toInt(),
                scalar(c, QStringLiteral("SELECT COUNT(*) FROM notes"))->toInt(), scalar(c, QStringLiteral("SELECT COUNT(*) FROM note_actions"))->toInt(),
                scalar(c, QStringLiteral("SELECT COUNT(*) FROM note_actions WHERE done_at IS NULL"))->toInt());
    std::printf("%-58s %11s %11s\n", "GUI thread, median and slowest of the runs", "median", "slowest");

    TeamSource source(**db, clock);
    line(QStringLiteral("TeamRoster::read (200 grabbers with their counts)"), timeIt(runs, [&] {
             if (!source.roster()) {
                 std::exit(1);
             }
         }));
    for (qint64 g : {1, 57, 123, 200}) {
        GrabberFile f;
        const Timing t = timeIt(runs, [&] { f = *source.grabberFile(g); });
        line(QStringLiteral("grabber %1's file: %2 trainings, %3 notes, %4 of %5 scores").arg(g).arg(f.trainings.size()).arg(f.notes.size())
                 .arg(f.feedback.entries.size()).arg(f.feedback.total),
             t);
    }
    GrabberFile all;
    line(QStringLiteral("grabber 57's file, every weekly meeting"), timeIt(runs, [&] { all = *source.grabberFile(57, true); }));
    std::printf("  (%lld notes with every weekly meeting)\n", qint64(all.notes.size()));
    line(QStringLiteral("TrainingService::list, the whole team"), timeIt(runs, [&] {
             TrainingService(Context{**db, clock}).list(TrainingService::Filter{});
         }));
    line(QStringLiteral("NoteService::openActions (the dashboard's list)"), timeIt(runs, [&] { NoteService(Context{**db, clock}).openActions(57); }));

    TeamPage page(**db, clock);
    page.resize(1400, 900);
    page.show();
    line(QStringLiteral("TeamPage::reload (roster + file, models, views)"), timeIt(runs, [&] {
             page.reload();
             QCoreApplication::processEvents();
         }));
    line(QStringLiteral("  of which TeamPage::reload itself (before painting)"), timeIt(runs, [&] { page.reload(); }));
    line(QStringLiteral("  of which painting it (QWidget::grab)"), timeIt(runs, [&] { page.grab(); }));
    qint64 next = 1;
    line(QStringLiteral("TeamPage: select another grabber"), timeIt(runs, [&] {
             next = next % 200 + 1;
             page.selectGrabber(next);
             QCoreApplication::processEvents();
         }));
    return 0;
}
