#include "boardfeed.h"

#include "services/audit/eventlog.h"
#include "services/grab/orderreader.h"
#include "services/rules/ruleservice.h"
#include "store/database.h"
#include "store/readsnapshot.h"
#include "store/sql.h"
#include "store/sqlerror.h"

#include <QSqlDriver>

#include <QSet>
#include <QTimer>

namespace grab {
namespace {

// Event types after which a grabber's quotas may have moved.
bool movesQuotas(const QString &type)
{
    static const QSet<QString> types{QString::fromLatin1(event::GrabWon),      QString::fromLatin1(event::GrabLostRace),
                                     QString::fromLatin1(event::GrabRejected), QString::fromLatin1(event::Dispatched),
                                     QString::fromLatin1(event::Released),     QString::fromLatin1(event::Reclaimed),
                                     QString::fromLatin1(event::Closed),       QString::fromLatin1(event::Cancelled),
                                     QString::fromLatin1(event::GrabberAdded), QString::fromLatin1(event::GrabberChanged),
                                     QString::fromLatin1(event::RuleChanged)};
    return types.contains(type);
}

} // namespace

BoardFeed::BoardFeed(QString databasePath, const Clock &clock, Options options)
    : m_path(std::move(databasePath)), m_clock(clock), m_options(options)
{
}

BoardFeed::~BoardFeed() = default;

void BoardFeed::start()
{
    m_stopped = false;
    m_timer = new QTimer(this);
    m_timer->setInterval(m_options.pollMs);
    connect(m_timer, &QTimer::timeout, this, &BoardFeed::poll);
    const qint64 now = m_clock.nowMs();
    if (auto s = connectNow(); !s) {
        if (!m_db) {
            lost(s.error(), now); // not opened: try again after a pause
        }
        emit health(false, s.error().message, now);
    }
    m_timer->start();
}

void BoardFeed::stop()
{
    // Stopped for good: a look still queued (a notification's, a poke's) must not connect again
    // after this, in a thread about to end with the connection still open.
    m_stopped = true;
    if (m_timer) {
        m_timer->stop();
    }
    disconnectNow();
}

// Opens the connection, listens where the engine notifies, and catches up: the first snapshot,
// or after a reconnect every event since the last one delivered.
Status BoardFeed::connectNow()
{
    auto db = Database::open(m_path, Database::Options{});
    if (!db) {
        return db.error();
    }
    m_db = std::move(*db);
    m_feed = std::make_unique<EventFeed>(m_db->connection());
    m_feed->startAfter(m_resumeAfter);
    m_notified = false;
    const QString channel = dialect::commitChannel(m_db->engine());
    QSqlDriver *driver = m_db->connection().driver();
    if (!channel.isEmpty() && driver->subscribeToNotification(channel)) {
        m_notified = true;
        connect(driver, &QSqlDriver::notification, this, &BoardFeed::onNotification);
    }
    m_timer->setInterval(m_notified ? m_options.healthMs : m_options.pollMs);
    if (!m_snapshotDelivered) {
        return readSnapshot();
    }
    if (auto moved = m_feed->changed(); !moved) {
        return moved.error();
    }
    return readDelta();
}

void BoardFeed::disconnectNow()
{
    if (m_feed) {
        m_resumeAfter = m_feed->lastId(); // where the next connection takes up
    }
    m_feed.reset();
    m_db.reset();   // the connection goes in the thread that opened it
    m_notified = false;
}

// Notifications come one per committed transaction; a burst of them makes one look.
void BoardFeed::onNotification()
{
    if (!m_lookPending) {
        m_lookPending = true;
        QTimer::singleShot(0, this, [this] {
            m_lookPending = false;
            poll();
        });
    }
}

void BoardFeed::poke()
{
    poll();
}

void BoardFeed::reload()
{
    if (m_stopped || !m_db) {
        return;
    }
    if (auto s = readSnapshot(); !s) {
        emit health(false, s.error().message, m_clock.nowMs());
    }
}

void BoardFeed::poll()
{
    if (m_stopped) {
        return;
    }
    const qint64 now = m_clock.nowMs();
    if (m_db) {
        look(now);
        return;
    }
    if (now < m_nextAttemptAt) {
        emit health(false, m_lostMessage, now); // still away; the pause is not over
        return;
    }
    if (auto s = connectNow(); !s) {
        if (m_db) {
            disconnectNow(); // connected, but the catching up failed: try it all again
        }
        lost(s.error(), now);
        emit health(false, s.error().message, now);
        return;
    }
    m_backoffMs = 0;
    if (m_lostAt != 0) {
        m_lostAt = 0;
        emit reachability(true, now);
    }
    emit health(true, QString(), now);
}

void BoardFeed::look(qint64 now)
{
    Status s = Done{};
    if (!m_snapshotDelivered) {
        s = readSnapshot(); // the first snapshot failed: try again
    } else {
        auto moved = m_feed->changed();
        if (!moved) {
            s = moved.error();
        } else if (*moved || now - m_quotasReadAt >= m_options.quotaRefreshMs) {
            s = readDelta();
        }
    }
    if (!s && isServerLost(s.error())) {
        disconnectNow();
        lost(s.error(), now);
    }
    emit health(bool(s), s ? QString() : s.error().message, now);
}

// The connection is gone or could not be made: wait a growing pause before each attempt, and
// when the server itself cannot be reached, say so once (the window refuses writes meanwhile).
void BoardFeed::lost(const Error &error, qint64 now)
{
    m_lostMessage = error.message;
    m_backoffMs = m_backoffMs == 0 ? m_options.reconnectFirstMs : std::min(m_backoffMs * 2, m_options.reconnectMaxMs);
    m_nextAttemptAt = now + m_backoffMs;
    if (m_lostAt == 0 && isServerLost(error)) {
        m_lostAt = now;
        emit reachability(false, now);
    }
}

Status BoardFeed::readSnapshot()
{
    const QSqlDatabase db = m_db->connection();
    const qint64 now = m_clock.nowMs();
    BoardSnapshot snapshot;
    {
        auto read = ReadSnapshot::begin(db);
        if (!read) {
            return read.error();
        }
        auto rules = RuleService::currentIn(db);
        if (!rules) {
            return rules.error();
        }
        auto pool = OrderReader::list(db, OrderState::Open);
        if (!pool) {
            return pool.error();
        }
        auto assigned = OrderReader::list(db, OrderState::Assigned);
        if (!assigned) {
            return assigned.error();
        }
        pool->append(std::move(*assigned));
        auto quotas = QuotaLedger::teamIn(db, *rules, now);
        if (!quotas) {
            return quotas.error();
        }
        if (auto s = m_feed->startAtEnd(); !s) {
            return s;
        }
        auto recent = EventLog::since(db, std::max<qint64>(0, m_feed->lastId() - m_options.recentEvents), m_options.recentEvents);
        if (!recent) {
            return recent.error();
        }
        // Mark the data version as seen: what this snapshot read is not news.
        if (auto moved = m_feed->changed(); !moved) {
            return moved.error();
        }
        QSet<qint64> inPool;
        for (const Order &o : *pool) {
            inPool.insert(o.id);
        }
        QSet<qint64> named;
        for (const Event &e : *recent) {
            if (e.orderId && !inPool.contains(*e.orderId) && !named.contains(*e.orderId)) {
                named.insert(*e.orderId);
                auto o = OrderReader::order(db, *e.orderId);
                if (o) {
                    snapshot.recentOrders.append(std::move(*o));
                } else if (o.error().code != ErrorCode::NotFound) {
                    return o.error();
                }
            }
        }
        snapshot.rules = *rules;
        snapshot.inPlay = std::move(*pool);
        snapshot.quotas = std::move(*quotas);
        snapshot.recent = std::move(*recent);
    }
    m_rules = snapshot.rules;
    m_quotasReadAt = now;
    m_snapshotDelivered = true;
    snapshot.readAt = now;
    snapshot.lastEventId = m_feed->lastId();
    emit snapshotReady(snapshot);
    return Done{};
}

Status BoardFeed::readDelta()
{
    const QSqlDatabase db = m_db->connection();
    const qint64 now = m_clock.nowMs();
    BoardDelta delta;
    delta.readAt = now;
    {
        auto read = ReadSnapshot::begin(db);
        if (!read) {
            return read.error();
        }
        bool quotasMoved = now - m_quotasReadAt >= m_options.quotaRefreshMs;
        QList<qint64> orderIds;
        QSet<qint64> seen;
        // Drain everything new; the batches keep each query small.
        for (;;) {
            auto batch = m_feed->next();
            if (!batch) {
                return batch.error();
            }
            for (const Event &e : *batch) {
                if (e.orderId && !seen.contains(*e.orderId)) {
                    seen.insert(*e.orderId);
                    orderIds.append(*e.orderId);
                }
                quotasMoved = quotasMoved || movesQuotas(e.type);
                if (e.type == QLatin1String(event::RuleChanged)) {
                    auto rules = RuleService::currentIn(db);
                    if (!rules) {
                        return rules.error();
                    }
                    m_rules = *rules;
                    delta.rules = *rules;
                }
            }
            const bool full = batch->size() >= 2000;
            delta.events.append(std::move(*batch));
            if (!full) {
                break;
            }
        }
        for (const qint64 id : orderIds) {
            auto order = OrderReader::order(db, id);
            if (order) {
                delta.orders.append(std::move(*order));
            } else if (order.error().code != ErrorCode::NotFound) {
                return order.error();
            }
        }
        if (quotasMoved) {
            auto quotas = QuotaLedger::teamIn(db, m_rules, now);
            if (!quotas) {
                return quotas.error();
            }
            delta.quotas = std::move(*quotas);
            m_quotasReadAt = now;
        }
    }
    if (!delta.events.isEmpty() || delta.quotas) {
        emit deltaReady(delta);
    }
    return Done{};
}

} // namespace grab
