#pragma once

// A demo database (DemoGenerator, fixed seed and end time) in a temporary folder, for the
// tests that compare dashboard figures, drill-downs and MetricsService on realistic data.

#include "base/clock.h"
#include "services/context.h"
#include "demo/demogenerator.h"
#include "store/database.h"
#include "../common/testbackend.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace grab::test {

class DemoDb
{
public:
    // The history ends (and "now" is) Friday 2026-11-20 15:00 in Shanghai.
    explicit DemoDb(quint32 seed = 7, int grabbers = 8, int days = 21)
        : clock(QDateTime(QDate(2026, 11, 20), QTime(15, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch())
    {
        Database::Options o;
        o.mode = Database::Mode::OpenOrCreate;
        auto db = Database::open(where(), o);
        if (!db) {
            qFatal("open: %s", qPrintable(db.error().message));
        }
        // The "pg" copy of a suite must really run on the server, not fall back to a file.
        if (onServer() != ((*db)->connection().driverName() == QLatin1String("QPSQL"))) {
            qFatal("the test database is not on the engine this run is for");
        }
        m_db = std::move(*db);
        DemoGenerator::Options d;
        d.seed = seed;
        d.grabbers = grabbers;
        d.days = days;
        d.timeZone = QStringLiteral("Asia/Shanghai");
        d.endMs = clock.nowMs();
        if (auto s = DemoGenerator::generate(*m_db, d); !s) {
            qFatal("generate: %s", qPrintable(s.error().message));
        }
    }

    Database &db() { return *m_db; }
    Context ctx() { return Context{*m_db, clock, QStringLiteral("test")}; }

    FixedClock clock;

private:
    // A file in a temporary folder, or a fresh database on the test cluster (testbackend.h).
    QString where()
    {
        if (onServer()) {
            return m_server.emplace().address();
        }
        return m_dir.filePath(QStringLiteral("demo.sqlite"));
    }

    QTemporaryDir m_dir;
    std::optional<ServerDatabase> m_server; // dropped after the database below is closed
    std::unique_ptr<Database> m_db;
};

} // namespace grab::test
