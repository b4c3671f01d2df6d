#include "startup.h"

#include "base/clock.h"
#include "demo/demogenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace grab::ui {

Result<OpenedDatabase> openOrCreateDemo(const QString &path, bool isDefaultLocation)
{
    // A team server is opened as it is: the window never fills a server with a demo team (an
    // empty database there is made a team's with "grabctl server init").
    if (path.contains(QLatin1String("://"))) {
        auto db = Database::open(path, Database::Options{});
        if (!db) {
            return db.error();
        }
        OpenedDatabase opened;
        opened.db = std::move(*db);
        return opened;
    }
    const QFileInfo info(path);
    if (isDefaultLocation) {
        QDir().mkpath(info.absolutePath());
    }
    const bool firstRun = !info.exists();
    Database::Options options;
    options.mode = firstRun ? Database::Mode::OpenOrCreate : Database::Mode::OpenExisting;
    auto db = Database::open(path, options);
    if (!db) {
        return db.error();
    }
    OpenedDatabase opened;
    opened.db = std::move(*db);
    if (firstRun) {
        DemoGenerator::Options demo;
        demo.seed = 20261127;
        demo.grabbers = 24;
        demo.days = 30;
        demo.endMs = SystemClock().nowMs();
        auto summary = DemoGenerator::generate(*opened.db, demo);
        if (!summary) {
            // Leave no half-made team behind: the next start would open it as a real database.
            opened.db.reset();
            for (const char *suffix : {"", "-wal", "-shm"}) {
                QFile::remove(path + QString::fromLatin1(suffix));
            }
            return summary.error();
        }
        opened.createdDemo = true;
        opened.demoGrabbers = summary->grabbers;
        opened.demoOrders = summary->orders;
        opened.demoDays = demo.days;
    }
    return opened;
}

} // namespace grab::ui
