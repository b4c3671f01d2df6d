#include "sweepworker.h"

#include "services/grab/dispatchservice.h"
#include "services/grab/orderservice.h"
#include "services/grab/reclaimservice.h"
#include "store/database.h"

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
    auto reclaim = ReclaimService(ctx).sweep();
    if (!reclaim) {
        emit swept(0, 0, 0, 0, reclaim.error().message);
        return;
    }
    const int reclaimed = int(reclaim->reclaimed.size());
    const int warned = int(reclaim->warned.size());
    // Expire before dispatching: an order past its deadline is nobody's any more.
    auto expired = OrderService(ctx).expireOverdue();
    if (!expired) {
        emit swept(reclaimed, warned, 0, 0, expired.error().message);
        return;
    }
    auto dispatch = DispatchService(ctx).dispatchPending();
    if (!dispatch) {
        emit swept(reclaimed, warned, *expired, 0, dispatch.error().message);
        return;
    }
    emit swept(reclaimed, warned, *expired, int(dispatch->placed.size()), QString());
}

} // namespace grab::ui
