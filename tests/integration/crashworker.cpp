// A writer for tst_crash: grabs the open orders one by one and prints "COMMITTED <id>" (and
// flushes) only after grab() returned success, i.e. after COMMIT. The test kills it with
// SIGKILL at a random moment and checks that every reported grab is in the store.
//   crash_worker DB GRABBER NOW_MS
#include "base/clock.h"
#include "services/grab/grabservice.h"
#include "store/database.h"
#include "store/sql.h"

#include <QCoreApplication>

#include <cstdio>

using namespace grab;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList a = QCoreApplication::arguments();
    if (a.size() != 4) {
        std::fprintf(stderr, "usage: crash_worker DB GRABBER NOW_MS\n");
        return 2;
    }
    auto db = Database::open(a[1], Database::Options{});
    if (!db) {
        std::printf("ERROR %s\n", qPrintable(db.error().message));
        return 6;
    }
    const qint64 grabber = a[2].toLongLong();
    FixedClock clock(a[3].toLongLong());
    QList<qint64> open;
    {
        auto q = runSql((*db)->connection(), QStringLiteral("SELECT id FROM orders WHERE state = 'open' ORDER BY id"));
        while (q && q->next()) {
            open.append(q->value(0).toLongLong());
        }
    }
    GrabService service(Context{**db, clock, QStringLiteral("grabber:%1").arg(grabber)});
    std::printf("READY %lld\n", static_cast<long long>(open.size()));
    std::fflush(stdout);
    for (qint64 id : open) {
        auto r = service.grab(id, grabber);
        if (r) {
            std::printf("COMMITTED %lld\n", static_cast<long long>(id));
            std::fflush(stdout);
        } else if (r.error().code != ErrorCode::NotOpen) {
            std::printf("ERROR %s\n", qPrintable(r.error().message));
            std::fflush(stdout);
        }
    }
    std::printf("DONE\n");
    return 0;
}
