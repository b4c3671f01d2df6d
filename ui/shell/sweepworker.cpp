#include "sweepworker.h"

#include "services/rules/rulesweep.h"
#include "services/rules/servicepresence.h"
#include "store/database.h"
#include "store/dialect.h"

#include <QTimer>

namespace grab::ui {

SweepWorker::SweepWorker(QString databasePath, int intervalMs) : m_path(std::move(databasePath)), m_intervalMs(intervalMs) {}

SweepWorker::~SweepWorker() = default;

void SweepWorker::start()
{
    auto db = Database::open(m_path, Database::Options{});
    if (!db) {
        emit swept(0, 0, 0, 0, db.error().message);
        return;
    }
    m_db = std::move(*db);
    m_timer = new QTimer(this);
    m_timer->setInterval(m_intervalMs);
    connect(m_timer, &QTimer::timeout, this, &SweepWorker::sweep);
    m_timer->start();
    QTimer::singleShot(2000, this, &SweepWorker::sweep); // catch up with what happened while closed
}

void SweepWorker::stop()
{
    if (m_timer) {
        m_timer->stop();
    }
    m_db.reset(); // the connection goes in the thread that opened it
}

void SweepWorker::sweep()
{
    if (!m_db) {
        return;
    }
    const Context ctx{*m_db, m_clock, QStringLiteral("system")};
    // A service that runs the rules comes first; a window sweeps only on one desktop, and only
    // while none is alive (dialect.h, desktopsSweep).
    auto services = ServicePresence(ctx).alive();
    if (!services) {
        emit swept(0, 0, 0, 0, services.error().message);
        return;
    }
    if (!services->isEmpty()) {
        const ServiceBeat &newest = services->first();
        emit delegated(newest.host, newest.sweptAt.value_or(0));
        return;
    }
    if (!dialect::desktopsSweep(m_db->engine())) {
        emit unattended();
        return;
    }
    auto round = RuleSweep(ctx).run();
    if (!round) {
        emit swept(0, 0, 0, 0, round.error().message);
        return;
    }
    emit swept(int(round->reclaimed.size()), int(round->warned.size()), round->expired, int(round->dispatch.placed.size()), QString());
}

} // namespace grab::ui
