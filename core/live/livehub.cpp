#include "livehub.h"

#include "boardfeed.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>

#include <QThread>

#include <algorithm>

namespace grab {

LiveHub::LiveHub(std::unique_ptr<LiveSource> source, QObject *parent) : QObject(parent), m_source(std::move(source))
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("live feed"));
    m_source->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_source.get(), &LiveSource::start);
    connect(m_source.get(), &LiveSource::snapshotReady, this, &LiveHub::onSnapshot);
    connect(m_source.get(), &LiveSource::deltaReady, this, &LiveHub::onDelta);
    connect(m_source.get(), &LiveSource::health, this, &LiveHub::onHealth);
    connect(m_source.get(), &LiveSource::reachability, this, &LiveHub::onReachability);
}

std::unique_ptr<LiveSource> LiveHub::sourceFor(const QString &databasePath, const Clock &clock)
{
    return std::make_unique<BoardFeed>(databasePath, clock);
}

void LiveHub::followWith(Database &db)
{
    m_db = &db;
}

LiveLink LiveHub::link(qint64 nowMs) const
{
    LiveLink link;
    if (m_unreachableSince != 0) {
        link.state = nowMs - m_unreachableSince < LiveLink::kOfflineAfterMs ? LiveLink::State::Reconnecting : LiveLink::State::Offline;
        link.since = m_unreachableSince;
        link.error = m_error;
    } else if (m_reportedAt == 0) {
        link.state = LiveLink::State::Connecting;
    } else if (nowMs - m_reportedAt > LiveLink::kStalledAfterMs) {
        link.state = LiveLink::State::Stalled;
        link.since = m_reportedAt;
    } else if (!m_healthy) {
        link.state = LiveLink::State::Failing;
        link.error = m_error;
    } else {
        link.state = LiveLink::State::Live;
    }
    return link;
}

LiveHub::~LiveHub()
{
    if (m_started) {
        // The source closes its connection in the thread that opened it.
        QMetaObject::invokeMethod(m_source.get(), &LiveSource::stop, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    }
    m_source.reset(); // its thread has ended: nothing runs in it any more
}

void LiveHub::start()
{
    if (!m_started) {
        m_started = true;
        m_thread->start();
    }
}

QList<Order> LiveHub::inPlay() const
{
    QList<Order> out = m_inPlay.values();
    // A stable order for whoever walks it (the escalations of one look come out in it).
    std::sort(out.begin(), out.end(), [](const Order &a, const Order &b) { return a.id < b.id; });
    return out;
}

void LiveHub::poke()
{
    QMetaObject::invokeMethod(m_source.get(), &LiveSource::poke, Qt::QueuedConnection);
}

void LiveHub::reload()
{
    QMetaObject::invokeMethod(m_source.get(), &LiveSource::reload, Qt::QueuedConnection);
}

void LiveHub::onSnapshot(const BoardSnapshot &snapshot)
{
    m_inPlay.clear();
    for (const Order &o : snapshot.inPlay) {
        m_inPlay.insert(o.id, o);
    }
    m_quotas = snapshot.quotas;
    m_rules = snapshot.rules;
    m_loaded = true;
    emit snapshotReady(snapshot);
}

void LiveHub::onDelta(const BoardDelta &delta)
{
    for (const Order &o : delta.orders) {
        if (o.state == OrderState::Open || o.state == OrderState::Assigned) {
            m_inPlay.insert(o.id, o);
        } else {
            m_inPlay.remove(o.id); // closed, cancelled or expired: out of play
        }
    }
    if (delta.quotas) {
        m_quotas = *delta.quotas;
    }
    if (delta.rules) {
        m_rules = *delta.rules;
    }
    emit deltaReady(delta);
}

void LiveHub::onHealth(bool ok, const QString &message, qint64 polledAt)
{
    m_reportedAt = polledAt;
    m_healthy = ok;
    m_error = ok ? QString() : message;
    emit health(ok, message, polledAt);
}

} // namespace grab

namespace grab {

void LiveHub::onReachability(bool reachable, qint64 since)
{
    m_unreachableSince = reachable ? 0 : since;
    if (m_db) {
        if (reachable) {
            Database::holdWrites(m_db->path(), std::nullopt);
            m_db->reconnect(); // a failure shows at the window's next read
        } else {
            const QString at = QDateTime::fromMSecsSinceEpoch(since).toString(QStringLiteral("HH:mm"));
            Database::holdWrites(m_db->path(), makeError(ErrorCode::DatabaseUnusable,
                                                         QCoreApplication::translate("grab::LiveHub", "The team server has not answered since %1, so nothing "
                                                                                     "was changed. GrabDesk reconnects by itself: try again once the status "
                                                                                     "bar says Live.")
                                                             .arg(at),
                                                         QStringLiteral("server_offline")));
        }
    }
    emit reachability(reachable, since);
}

} // namespace grab
