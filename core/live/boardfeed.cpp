#include "boardfeed.h"

#include "services/audit/eventlog.h"
#include "services/grab/orderreader.h"
#include "services/rules/ruleservice.h"
#include "store/database.h"
#include "store/sql.h"

#include <QSet>
#include <QTimer>

namespace grab {
namespace {

// A read transaction: everything read inside sees one commit, so the pool, the quotas and
// the last event id of a snapshot agree with each other. Deferred on purpose: it never writes.
class ReadTransaction final
{
public:
    explicit ReadTransaction(QSqlDatabase db) : m_db(std::move(db)) { m_open = bool(runSql(m_db, QStringLiteral("BEGIN"))); }
    ~ReadTransaction()
    {
        if (m_open) {
            runSql(m_db, QStringLiteral("COMMIT"));
        }
    }
    Q_DISABLE_COPY_MOVE(ReadTransaction)

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

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
    auto db = Database::open(m_path, Database::Options{});
    if (!db) {
        emit health(false, db.error().message, m_clock.nowMs());
        return;
    }
    m_db = std::move(*db);
    m_feed = std::make_unique<EventFeed>(m_db->connection());
    if (auto s = readSnapshot(); !s) {
        m_healthy = false;
        emit health(false, s.error().message, m_clock.nowMs());
    }
    m_timer = new QTimer(this);
    m_timer->setInterval(m_options.pollMs);
    connect(m_timer, &QTimer::timeout, this, &BoardFeed::poll);
    m_timer->start();
}

void BoardFeed::stop()
{
    if (m_timer) {
        m_timer->stop();
    }
    m_feed.reset();
    m_db.reset(); // the connection goes in the thread that opened it
}

void BoardFeed::poke()
{
    poll();
}

void BoardFeed::reload()
{
    if (!m_db) {
        return;
    }
    if (auto s = readSnapshot(); !s) {
        emit health(false, s.error().message, m_clock.nowMs());
    }
}

void BoardFeed::poll()
{
    if (!m_db) {
        return;
    }
    const qint64 now = m_clock.nowMs();
    Status s = Done{};
    if (m_feed->lastId() == 0 && m_rules.version == 0) {
        s = readSnapshot(); // the first snapshot failed: try again
    } else {
        auto moved = m_feed->changed();
        if (!moved) {
            s = moved.error();
        } else if (*moved || now - m_quotasReadAt >= m_options.quotaRefreshMs) {
            s = readDelta();
        }
    }
    m_healthy = bool(s);
    emit health(m_healthy, s ? QString() : s.error().message, now);
}

Status BoardFeed::readSnapshot()
{
    const QSqlDatabase db = m_db->connection();
    const qint64 now = m_clock.nowMs();
    BoardSnapshot snapshot;
    {
        ReadTransaction read(db);
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
        ReadTransaction read(db);
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
