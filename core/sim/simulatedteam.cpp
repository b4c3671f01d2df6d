#include "simulatedteam.h"

#include "demo/demonames.h"
#include "demo/demoorders.h"
#include "domain/eligibility.h"
#include "services/grab/grabservice.h"
#include "services/grab/orderreader.h"
#include "services/grab/orderservice.h"
#include "services/rules/ruleservice.h"
#include "services/team/teamservice.h"
#include "store/sql.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace grab {
namespace {

constexpr int kPoolSample = 200; // open orders kept at hand for races on the pool
constexpr int kFeedbackBacklog = 1000;

} // namespace

SimulatedTeam::SimulatedTeam(Database &db, const Clock &clock, const Simulator::Options &options,
                             Simulator::Summary &counts)
    : m_db(db), m_clock(clock), m_options(options), m_counts(counts), m_rng(options.seed)
{
}

Status SimulatedTeam::load()
{
    auto rules = RuleService(ctx(QStringLiteral("simulator"))).current();
    if (!rules) {
        return rules.error();
    }
    m_rules = *rules;
    auto grabbers = TeamService(ctx(QStringLiteral("simulator"))).grabbers();
    if (!grabbers) {
        return grabbers.error();
    }
    QList<Grabber> active;
    for (const Grabber &g : *grabbers) {
        if (g.status == GrabberStatus::Active) {
            active.append(g);
        }
    }
    std::sort(active.begin(), active.end(), [](const Grabber &a, const Grabber &b) { return a.id < b.id; });
    if (active.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("There is no active grabber to simulate: add grabbers or make a demo first."));
    }
    if (m_options.grabbers > active.size()) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Only %1 grabbers are active, so %2 cannot be simulated.")
                             .arg(active.size())
                             .arg(m_options.grabbers));
    }
    if (m_options.grabbers > 0) {
        active.resize(m_options.grabbers);
    }
    QHash<qint64, qsizetype> byId;
    for (const Grabber &g : active) {
        byId.insert(g.id, m_grabbers.size());
        m_grabbers.append(Member{g.id, QStringLiteral("grabber:%1").arg(g.id), g.level, g.skills, g.regions, 0, false});
    }
    auto customers = TeamService(ctx(QStringLiteral("simulator"))).customers();
    if (!customers) {
        return customers.error();
    }
    m_customers = *customers;
    if (m_customers.isEmpty()) {
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("There is no customer to publish orders for: add customers or make a demo first."));
    }
    for (const Customer &c : std::as_const(m_customers)) {
        if (c.tier == Tier::Vip) {
            m_vipCustomers.append(c);
        }
    }
    // What the simulated grabbers already hold: they follow up and close those too.
    auto assigned = OrderReader::list(m_db.connection(), OrderState::Assigned);
    if (!assigned) {
        return assigned.error();
    }
    for (const Order &o : std::as_const(*assigned)) {
        const auto it = o.assigneeId ? byId.constFind(*o.assigneeId) : byId.cend();
        if (it != byId.cend()) {
            hold(o.id, *it);
        }
    }
    return refresh();
}

// The world may change under the simulator: a manager edits the rules, a window opens or
// closes, other grabbers empty the pool. Re-read what the choices depend on.
Status SimulatedTeam::refresh()
{
    auto rules = RuleService(ctx(QStringLiteral("simulator"))).current();
    if (!rules) {
        return rules.error();
    }
    m_rules = *rules;
    const qint64 now = m_clock.nowMs();
    const qint64 day = m_rules.dayBounds(now).first;
    if (day != m_day) {
        m_day = day; // a new day in the team time zone: the daily caps start again
        for (Member &g : m_grabbers) {
            g.capped = false;
        }
    }
    const bool outside = m_rules.windowAt(now) == nullptr;
    if (outside && !m_outsideWindowAt) {
        m_outsideWindowAt = now;
    }
    m_vipOnly = outside && m_rules.vipAlwaysOpen && !m_vipCustomers.isEmpty();
    m_dispatchOnly = m_dispatchOnly || m_rules.dispatch.mode == DispatchPolicy::Mode::Always;
    // Orders past their grab deadline stay open until a sweep expires them, but nobody can
    // grab them: they neither count against the pool limit nor get raced for.
    auto open = scalar(m_db.connection(),
                       QStringLiteral("SELECT COUNT(*) FROM orders WHERE state = 'open' AND grab_deadline > ?"), {now},
                       QStringLiteral("counting the open pool"));
    if (!open) {
        return open.error();
    }
    m_openPool = open->toLongLong();
    auto sample = OrderReader::list(m_db.connection(), OrderState::Open, kPoolSample);
    if (!sample) {
        return sample.error();
    }
    m_poolSample.clear();
    for (const Order &o : std::as_const(*sample)) {
        if (o.grabDeadline > now) {
            m_poolSample.append(o);
        }
    }
    return Done{};
}

void SimulatedTeam::hold(qint64 orderId, qsizetype who)
{
    m_holdings.append(Holding{orderId, who});
    ++m_grabbers[who].held;
}

SimulatedTeam::Holding SimulatedTeam::dropHolding(qsizetype i)
{
    const Holding h = m_holdings[i];
    m_holdings.swapItemsAt(i, m_holdings.size() - 1);
    m_holdings.removeLast();
    --m_grabbers[h.who].held;
    return h;
}

// Who goes for this order: 1 to 4 grabbers, drawn by interest (skills, regions, level) without
// repetition. Those who know they are at their daily cap or full up mostly let it pass; with
// `mustTry`, somebody tries all the same (a race on the pool when it is over its limit).
void SimulatedTeam::startRace(const Order &order, qsizetype exclude, bool mustTry)
{
    QList<double> weights;
    QList<double> keen; // the same, willing or not
    double total = 0;
    for (qsizetype i = 0; i < m_grabbers.size(); ++i) {
        const Member &g = m_grabbers[i];
        const double w = i == exclude ? 0.0 : demo::grabInterest(g.level, g.skills, g.regions, order);
        const bool willing = !(g.capped && !chance(0.05)) && !(g.held >= m_rules.maxOpenWorkload && !chance(0.1));
        keen.append(w);
        weights.append(willing ? w : 0.0);
        total += weights.last();
    }
    if (total <= 0 && mustTry) {
        weights = keen;
        total = std::accumulate(keen.cbegin(), keen.cend(), 0.0);
    }
    const int contenders = 1 + int(m_rng.bounded(4));
    for (int c = 0; c < contenders; ++c) {
        double r = m_rng.generateDouble() * total;
        qsizetype chosen = -1;
        for (qsizetype i = 0; i < weights.size(); ++i) {
            if (weights[i] <= 0) {
                continue;
            }
            chosen = i; // the last one with a weight, should rounding leave r over
            if (r < weights[i]) {
                break;
            }
            r -= weights[i];
        }
        if (chosen < 0) {
            break; // nobody (more) wants it
        }
        m_pending.push_back(Attempt{order.id, chosen});
        total -= weights[chosen];
        weights[chosen] = 0;
    }
}

Result<int> SimulatedTeam::step()
{
    if (!m_pending.empty()) {
        const Attempt a = m_pending.front();
        m_pending.pop_front();
        return attempt(a);
    }
    // The more the grabbers hold, the more they close, so the workload settles instead of
    // running into the cap: half the cap on average counts as fully loaded.
    const double busy = double(m_grabbers.size()) * std::max(1, m_rules.maxOpenWorkload) / 2.0;
    const double load = std::min(1.0, double(m_holdings.size()) / busy);
    double r = m_rng.generateDouble();
    if (!m_feedbackDue.isEmpty() && (r -= 0.06) < 0) {
        return feedback();
    }
    if (!m_holdings.isEmpty()) {
        if ((r -= 0.05 + 0.45 * load) < 0) {
            return close();
        }
        if ((r -= 0.10) < 0) {
            return followUp();
        }
        if ((r -= 0.015) < 0) {
            return release();
        }
    }
    // A new race: mostly on a fresh order; on one waiting in the pool now and then, and always
    // while the pool is over its limit, so it does not grow without bound.
    if ((m_openPool >= m_options.poolLimit || chance(0.1)) && !m_poolSample.isEmpty()) {
        return raceFromPool();
    }
    return publish();
}

Result<int> SimulatedTeam::attempt(const Attempt &a)
{
    Member &g = m_grabbers[a.who];
    auto won = GrabService(ctx(g.actor)).grab(a.orderId, g.id);
    if (won) {
        ++m_counts.attempts;
        ++m_counts.won;
        --m_openPool;
        hold(a.orderId, a.who);
        return 1;
    }
    const Error &e = won.error();
    switch (e.code) {
    case ErrorCode::NotOpen: // somebody was faster: part of the game, and an event
        ++m_counts.attempts;
        ++m_counts.lostRaces;
        return 1;
    case ErrorCode::Refused: // a rule said no: an event with its reason
        ++m_counts.attempts;
        ++m_counts.refused;
        ++m_counts.refusedBy[e.reason];
        if (e.reason == QLatin1String(reason::DailyCap)) {
            g.capped = true;
        }
        return 1;
    case ErrorCode::NotFound: // nothing recorded
        ++m_counts.skipped;
        return 0;
    default:
        return e;
    }
}

Result<int> SimulatedTeam::publish()
{
    const QList<Customer> &from = m_vipOnly ? m_vipCustomers : m_customers;
    const Customer &c = from[index(from.size())];
    const OrderService::NewOrder n = demo::newOrder(c, m_rng);
    auto published = OrderService(ctx(QStringLiteral("simulator"))).publish(n);
    if (!published) {
        return published.error();
    }
    ++m_counts.published;
    ++m_openPool;
    // What the race needs to know of the new order, without reading it back.
    Order o;
    o.id = published->id;
    o.customerId = c.id;
    o.customerTier = c.tier;
    o.amountMinor = n.amountMinor;
    o.skill = n.skill;
    o.region = n.region.value_or(c.region);
    o.priority = published->priority;
    o.minLevel = n.minLevel;
    startRace(o);
    return 1;
}

Result<int> SimulatedTeam::raceFromPool()
{
    const Order o = m_poolSample.takeAt(index(m_poolSample.size()));
    startRace(o, -1, true);
    if (m_pending.empty()) {
        return publish(); // cannot happen while anyone is simulated; never loop on it
    }
    return step();
}

Result<int> SimulatedTeam::close()
{
    // Of two holdings, the one of the busier grabber: who is full up closes first.
    qsizetype i = index(m_holdings.size());
    const qsizetype other = index(m_holdings.size());
    if (m_grabbers[m_holdings[other].who].held > m_grabbers[m_holdings[i].who].held) {
        i = other;
    }
    const Holding h = dropHolding(i);
    const Member &g = m_grabbers[h.who];
    const bool won = chance(0.35 + 0.1 * int(g.level));
    auto s = OrderService(ctx(g.actor)).close(h.orderId, won ? Outcome::Won : Outcome::Lost, g.id);
    if (!s) {
        return gone(s.error());
    }
    ++(won ? m_counts.closedWon : m_counts.closedLost);
    if (chance(0.6) && m_feedbackDue.size() < kFeedbackBacklog) {
        m_feedbackDue.append(h.orderId);
    }
    return 1;
}

Result<int> SimulatedTeam::followUp()
{
    const qsizetype i = index(m_holdings.size());
    const Holding h = m_holdings[i];
    const Member &g = m_grabbers[h.who];
    auto id = OrderService(ctx(g.actor)).followUp(h.orderId, g.id, demo::followUpNote(m_rng));
    if (!id) {
        dropHolding(i);
        return gone(id.error());
    }
    ++m_counts.followUps;
    return 1;
}

Result<int> SimulatedTeam::release()
{
    const Holding h = dropHolding(index(m_holdings.size()));
    const Member &g = m_grabbers[h.who];
    auto s = OrderService(ctx(g.actor)).release(h.orderId, g.id);
    if (!s) {
        return gone(s.error());
    }
    ++m_counts.released;
    ++m_openPool;
    // Back in the pool: the others race for it again.
    auto order = OrderReader::order(m_db.connection(), h.orderId);
    if (!order) {
        return order.error();
    }
    startRace(*order, h.who);
    return 1;
}

Result<int> SimulatedTeam::feedback()
{
    const qint64 orderId = m_feedbackDue.takeAt(index(m_feedbackDue.size()));
    const int score = std::clamp(int(std::lround(3.9 + 2.4 * (m_rng.generateDouble() - 0.5))), 1, 5);
    auto id =
        OrderService(ctx(QStringLiteral("customer"))).feedback(orderId, score, demo::feedbackComment(score, m_rng));
    if (!id) {
        return gone(id.error());
    }
    ++m_counts.feedback;
    return 1;
}

// An order the simulator can no longer act on (reclaimed, released or closed by someone else)
// writes nothing and is no failure; anything else is.
Result<int> SimulatedTeam::gone(const Error &e)
{
    if (e.code == ErrorCode::NotOpen || e.code == ErrorCode::Refused || e.code == ErrorCode::NotFound ||
        e.reason == QLatin1String("feedback_exists")) {
        ++m_counts.skipped;
        return 0;
    }
    return e;
}

QStringList SimulatedTeam::notes() const
{
    QStringList notes;
    if (m_outsideWindowAt) {
        const QString when = QDateTime::fromMSecsSinceEpoch(*m_outsideWindowAt, m_rules.zone())
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        if (m_rules.vipAlwaysOpen && !m_vipCustomers.isEmpty()) {
            notes << QStringLiteral(
                         "At %1 (%2) no grab window was open: only VIP orders could be grabbed, so the simulator "
                         "published VIP orders, and other grabs were refused (outside_window).")
                         .arg(when, m_rules.timeZone);
        } else {
            notes << QStringLiteral(
                         "At %1 (%2) no grab window was open: the rules refused every grab (outside_window), so "
                         "nothing could be won then. The windows are in the rule set.")
                         .arg(when, m_rules.timeZone);
        }
    }
    if (m_dispatchOnly) {
        notes << QStringLiteral(
            "The rules are in dispatch-only mode: every grab was refused (dispatch_only); orders reach "
            "grabbers by dispatch only.");
    }
    if (std::all_of(m_grabbers.cbegin(), m_grabbers.cend(), [](const Member &g) { return g.capped; })) {
        notes << QStringLiteral("Every simulated grabber reached today's daily cap: their grabs were refused "
                                "(daily_cap_reached) from then on, until the next day in the team time zone.");
    }
    return notes;
}

} // namespace grab
