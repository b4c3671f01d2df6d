// A grabber process for tst_race: waits for the start signal (a file), then tries to grab
// every order in its own shuffled order through the real GrabService, and reports each win.
//   race_worker DB GRABBER ORDERS SEED NOW_MS START_FILE
#include "base/clock.h"
#include "services/grab/grabservice.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace grab;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList a = QCoreApplication::arguments();
    if (a.size() != 7) {
        std::fprintf(stderr, "usage: race_worker DB GRABBER ORDERS SEED NOW_MS START_FILE\n");
        return 2;
    }
    auto db = Database::open(a[1], Database::Options{});
    if (!db) {
        std::printf("ERROR %s\n", qPrintable(db.error().message));
        return 6;
    }
    const qint64 grabber = a[2].toLongLong();
    QList<qint64> orders;
    for (qint64 i = 1; i <= a[3].toLongLong(); ++i) {
        orders.append(i);
    }
    QRandomGenerator rng(a[4].toUInt());
    std::shuffle(orders.begin(), orders.end(), rng);
    FixedClock clock(a[5].toLongLong());
    GrabService service(Context{**db, clock, QStringLiteral("grabber:%1").arg(grabber)});
    std::printf("READY\n");
    std::fflush(stdout);
    while (!QFile::exists(a[6])) {
        QThread::usleep(500);
    }
    int won = 0, lost = 0, refused = 0, errors = 0;
    for (qint64 id : orders) {
        auto r = service.grab(id, grabber);
        if (r) {
            ++won;
            std::printf("WON %lld\n", static_cast<long long>(id));
        } else if (r.error().code == ErrorCode::NotOpen) {
            ++lost;
        } else if (r.error().code == ErrorCode::Refused) {
            ++refused;
        } else {
            ++errors;
            std::printf("ERROR %s\n", qPrintable(r.error().message));
        }
    }
    std::printf("DONE won=%d lost=%d refused=%d errors=%d\n", won, lost, refused, errors);
    return errors == 0 ? 0 : 1;
}
