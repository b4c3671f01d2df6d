#include "livehub.h"

#include "boardfeed.h"

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
}

std::unique_ptr<LiveSource> LiveHub::sqliteSource(const QString &databasePath, const Clock &clock)
{
    return std::make_unique<BoardFeed>(databasePath, clock);
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
    m_healthy = ok;
    m_error = ok ? QString() : message;
    emit health(ok, message, polledAt);
}

} // namespace grab
