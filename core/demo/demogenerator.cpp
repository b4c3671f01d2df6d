#include "demogenerator.h"

#include "democoaching.h"
#include "demonames.h"
#include "demoorders.h"
#include "base/clock.h"
#include "domain/eligibility.h"
#include "services/grab/dispatchservice.h"
#include "services/grab/grabservice.h"
#include "services/grab/orderreader.h"
#include "services/grab/orderservice.h"
#include "services/grab/reclaimservice.h"
#include "services/rules/ruleservice.h"
#include "services/team/teamservice.h"
#include "services/team/violationservice.h"
#include "store/database.h"
#include "store/sql.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <cmath>
#include <functional>
#include <queue>

namespace grab {
namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

struct Trait
{
    qint64 id = 0;
    double meanReactionS = 120; // how fast this grabber reacts to a new order
    double closeSkill = 0.5;    // base probability of winning a deal
    double diligence = 0.9;     // probability of following up in time
    double service = 4.0;       // mean satisfaction score
    Level level = Level::Junior;
    QStringList skills;
    QStringList regions;
};

struct Action
{
    qint64 at = 0;
    quint64 seq = 0; // FIFO among equal times: keeps the run deterministic
    std::function<Status()> run;
    bool operator>(const Action &o) const { return at != o.at ? at > o.at : seq > o.seq; }
};

class Simulation
{
public:
    Simulation(Database &db, const DemoGenerator::Options &options)
        : m_db(db), m_options(options), m_rng(options.seed), m_clock(0)
    {
    }

    Result<DemoGenerator::Summary> run();

private:
    Context ctx(const QString &actor) { return Context{m_db, m_clock, actor}; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * m_rng.generateDouble(); }
    double exponential(double mean) { return -mean * std::log(1.0 - m_rng.generateDouble()); }
    bool chance(double p) { return m_rng.generateDouble() < p; }
    template<typename T>
    const T &pick(const QList<T> &list) { return list[m_rng.bounded(int(list.size()))]; }

    void schedule(qint64 at, std::function<Status()> fn) { m_queue.push(Action{at, m_seq++, std::move(fn)}); }

    Status makeTeam();
    Status makeCustomers();
    void planDay(const QDate &day);
    qint64 publishTime(const QDate &day);
    Status publishOrder(bool race = true);
    void planRace(qint64 orderId, qint64 from, const Order &order, int round);
    Status attempt(qint64 orderId, const Trait &t, int round);
    void planAfterWin(qint64 orderId, const Trait &t);
    void planAfterDispatch(qint64 orderId, qint64 grabberId);
    qint64 nextWindowStart(qint64 from) const;
    qint64 localMs(const QDate &day, int minuteOfDay) const;

    Database &m_db;
    DemoGenerator::Options m_options;
    QRandomGenerator m_rng;
    FixedClock m_clock;
    RuleSet m_rules;
    QList<Trait> m_traits;
    QList<Customer> m_customers;
    std::priority_queue<Action, std::vector<Action>, std::greater<>> m_queue;
    quint64 m_seq = 0;
    DemoGenerator::Summary m_summary;
};

qint64 Simulation::localMs(const QDate &day, int minuteOfDay) const
{
    return QDateTime(day, QTime(minuteOfDay / 60, minuteOfDay % 60), m_rules.zone()).toMSecsSinceEpoch();
}

qint64 Simulation::nextWindowStart(qint64 from) const
{
    // Walk forward in 5-minute steps (at most a week): simple, and right for any window shape.
    for (qint64 t = from; t < from + 7 * kDay; t += 5 * kMinute) {
        if (m_rules.windowAt(t)) {
            return t;
        }
    }
    return from + kDay;
}

Status Simulation::makeTeam()
{
    TeamService team(ctx(QStringLiteral("demo")));
    const QStringList skills = demo::skills();
    const QStringList regions = demo::regions();
    const QStringList names = demo::grabberNames();
    for (int i = 0; i < m_options.grabbers; ++i) {
        Grabber g;
        g.name = names[i % names.size()] + (i >= names.size() ? QString::number(i / names.size() + 1) : QString());
        g.team = QStringLiteral("%1组").arg(QChar(u'A' + i % 3));
        const double roll = m_rng.generateDouble();
        g.level = roll < 0.5 ? Level::Junior : roll < 0.85 ? Level::Senior : Level::Lead;
        Trait t;
        t.skills << pick(skills);
        if (chance(0.6)) {
            t.skills << pick(skills);
        }
        t.regions << pick(regions);
        if (chance(0.4)) {
            t.regions << pick(regions);
        }
        t.skills.removeDuplicates();
        t.regions.removeDuplicates();
        g.skills = t.skills;
        g.regions = t.regions;
        g.hiredOn = QDateTime::fromMSecsSinceEpoch(m_options.endMs, m_rules.zone()).date().addDays(-int(uniform(60, 1500)));
        auto id = team.addGrabber(g);
        if (!id) {
            return id.error();
        }
        t.id = *id;
        t.level = g.level;
        const double seniority = double(int(g.level)) / 3.0;
        t.meanReactionS = uniform(20, 400);
        t.closeSkill = std::clamp(uniform(0.3, 0.6) + 0.2 * seniority, 0.2, 0.9);
        t.diligence = uniform(0.88, 0.995);
        t.service = std::clamp(uniform(3.2, 4.4) + 0.4 * seniority, 1.0, 5.0);
        m_traits.append(t);
        ++m_summary.grabbers;
    }
    return Done{};
}

Status Simulation::makeCustomers()
{
    TeamService team(ctx(QStringLiteral("demo")));
    const QStringList regions = demo::regions();
    const int count = std::max(40, m_options.grabbers * 6);
    QSet<QString> used;
    for (int i = 0; i < count; ++i) {
        Customer c;
        c.name = demo::companyName(m_rng, used);
        const double roll = m_rng.generateDouble();
        c.tier = roll < 0.1 ? Tier::Vip : roll < 0.35 ? Tier::Key : Tier::Regular;
        c.region = pick(regions);
        auto id = team.addCustomer(c);
        if (!id) {
            return id.error();
        }
        c.id = *id;
        m_customers.append(c);
        ++m_summary.customers;
    }
    return Done{};
}

qint64 Simulation::publishTime(const QDate &day)
{
    // The article's rhythm: a morning peak 08:00-10:00, an afternoon bump 14:00-16:00.
    const double roll = m_rng.generateDouble();
    int minute = 0;
    if (roll < 0.40) {
        minute = int(uniform(8 * 60, 10 * 60));
    } else if (roll < 0.60) {
        minute = int(uniform(14 * 60, 16 * 60));
    } else {
        minute = int(uniform(7 * 60 + 30, 19 * 60 + 45));
    }
    return localMs(day, minute) + qint64(uniform(0, 59)) * kSecond;
}

void Simulation::planDay(const QDate &day)
{
    const bool sunday = day.dayOfWeek() == 7;
    const int base = sunday ? 2 : int(m_options.grabbers * 2.2);
    const int orders = std::max(1, base + int(uniform(-base * 0.2, base * 0.2)));
    for (int i = 0; i < orders; ++i) {
        schedule(publishTime(day), [this] { return publishOrder(); });
    }
    // The sweeps the GUI runs on timers: reclaim every hour, escalate-and-dispatch every 5 minutes.
    for (int hour = 0; hour < 24; ++hour) {
        schedule(localMs(day, hour * 60 + 1), [this] {
            auto s = ReclaimService(ctx(QStringLiteral("system"))).sweep();
            return s ? Status(Done{}) : Status(s.error());
        });
    }
    for (int minute = 0; minute < 24 * 60; minute += 5) {
        schedule(localMs(day, minute), [this] {
            auto s = DispatchService(ctx(QStringLiteral("system"))).dispatchPending();
            if (!s) {
                return Status(s.error());
            }
            for (const DispatchService::Placed &p : s->placed) {
                planAfterDispatch(p.orderId, p.chosen.grabberId);
            }
            return Status(Done{});
        });
    }
    // Close the day: orders nobody took by their deadline expire.
    schedule(localMs(day, 23 * 60 + 59), [this] {
        auto n = OrderService(ctx(QStringLiteral("system"))).expireOverdue();
        return n ? Status(Done{}) : Status(n.error());
    });
}

Status Simulation::publishOrder(bool race)
{
    const OrderService::NewOrder n = demo::newOrder(pick(m_customers), m_rng);
    auto published = OrderService(ctx(QStringLiteral("demo"))).publish(n);
    if (!published) {
        return published.error();
    }
    ++m_summary.orders;
    auto order = OrderReader::order(m_db.connection(), published->id);
    if (!order) {
        return order.error();
    }
    if (race) {
        planRace(published->id, m_clock.nowMs(), *order, 0);
    }
    return Done{};
}

void Simulation::planRace(qint64 orderId, qint64 from, const Order &order, int round)
{
    // Contenders: grabbers whose skills or regions fit are likelier to try.
    QList<double> weights;
    double total = 0;
    for (const Trait &t : m_traits) {
        const double w = demo::grabInterest(t.level, t.skills, t.regions, order);
        weights.append(w);
        total += w;
    }
    const int contenders = 1 + int(m_rng.bounded(4));
    for (int i = 0; i < contenders; ++i) {
        double r = uniform(0, total);
        qsizetype chosen = 0;
        while (chosen + 1 < weights.size() && r > weights[chosen]) {
            r -= weights[chosen];
            ++chosen;
        }
        const Trait t = m_traits[chosen];
        qint64 at = from + qint64(exponential(t.meanReactionS) * kSecond) + kSecond;
        if (!m_rules.windowAt(at) && chance(0.9)) {
            // Most grabbers know the windows and wait for the next one; a few try anyway.
            at = nextWindowStart(at) + qint64(exponential(t.meanReactionS) * kSecond);
        }
        schedule(at, [this, orderId, t, round] { return attempt(orderId, t, round); });
    }
}

Status Simulation::attempt(qint64 orderId, const Trait &t, int round)
{
    auto won = GrabService(ctx(QStringLiteral("grabber:%1").arg(t.id))).grab(orderId, t.id);
    ++m_summary.attempts;
    if (won) {
        planAfterWin(orderId, t);
        return Done{};
    }
    const Error &e = won.error();
    if (e.code == ErrorCode::NotOpen) {
        return Done{}; // lost the race: part of the game
    }
    if (e.code != ErrorCode::Refused) {
        return e; // a real failure
    }
    if (round >= 3) {
        return Done{};
    }
    // Refused: somebody tries again later (at the next window, if that was the reason).
    auto order = OrderReader::order(m_db.connection(), orderId);
    if (!order) {
        return order.error();
    }
    if (order->state == OrderState::Open) {
        const qint64 from = e.reason == QLatin1String(reason::OutsideWindow) ? nextWindowStart(m_clock.nowMs())
                                                                             : m_clock.nowMs() + qint64(uniform(5, 40)) * kMinute;
        planRace(orderId, from, *order, round + 1);
    }
    return Done{};
}

void Simulation::planAfterWin(qint64 orderId, const Trait &t)
{
    const qint64 now = m_clock.nowMs();
    const QString actor = QStringLiteral("grabber:%1").arg(t.id);
    if (chance(0.03)) {
        // Gives it back: the order returns to the pool and races again.
        schedule(now + qint64(uniform(1, 6) * kHour), [this, orderId, t, actor] {
            auto s = OrderService(ctx(actor)).release(orderId, t.id);
            if (!s) {
                // Reclaimed or re-assigned meanwhile: nothing to give back.
                return s.error().code == ErrorCode::NotOpen || s.error().code == ErrorCode::Refused ? Status(Done{}) : s;
            }
            auto order = OrderReader::order(m_db.connection(), orderId);
            if (!order) {
                return Status(order.error());
            }
            planRace(orderId, m_clock.nowMs(), *order, 1);
            return Status(Done{});
        });
        return;
    }
    // People work in the daytime (08:00-21:00, weekends too, as sales teams do): closes and
    // follow-ups that would fall at night move to the next morning.
    const auto daytime = [this](qint64 at) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(at, m_rules.zone());
        const int hour = local.time().hour();
        if (hour >= 8 && hour < 21) {
            return at;
        }
        const QDate day = hour < 8 ? local.date() : local.date().addDays(1);
        return QDateTime(day, QTime(8, 0), m_rules.zone()).toMSecsSinceEpoch() + qint64(uniform(5, 90)) * kMinute;
    };
    const qint64 closeAt = daytime(now + qint64(uniform(4, 120) * kHour));
    // Follow-ups every few hours until the close; a less diligent grabber skips some, and an
    // order left quiet past the rule's limit is reclaimed by the sweep.
    for (qint64 at = now + qint64(uniform(0.3, 8) * kHour); at < closeAt; at += qint64(uniform(3, 14) * kHour)) {
        if (chance(t.diligence)) {
            schedule(daytime(at), [this, orderId, t, actor] {
                auto f = OrderService(ctx(actor)).followUp(orderId, t.id, demo::followUpNote(m_rng));
                const bool gone = !f && (f.error().code == ErrorCode::NotOpen || f.error().code == ErrorCode::Refused);
                return f || gone ? Status(Done{}) : Status(f.error());
            });
        }
    }
    schedule(closeAt, [this, orderId, t, actor] {
        const bool won = chance(t.closeSkill);
        auto s = OrderService(ctx(actor)).close(orderId, won ? Outcome::Won : Outcome::Lost, t.id);
        if (!s && (s.error().code == ErrorCode::NotOpen || s.error().code == ErrorCode::Refused)) {
            return Status(Done{}); // reclaimed meanwhile (no follow-up) or taken back
        }
        if (!s) {
            return s;
        }
        if (!won && chance(0.03)) {
            ViolationService::NewViolation v;
            v.grabberId = t.id;
            v.orderId = orderId;
            v.type = QStringLiteral("customer_complaint");
            v.severity = ViolationService::Severity::Medium;
            v.note = QStringLiteral("客户投诉：承诺的报价没有按时发送");
            auto id = ViolationService(ctx(QStringLiteral("manager"))).record(v);
            if (!id) {
                return Status(id.error());
            }
        }
        if (chance(0.6)) {
            schedule(m_clock.nowMs() + qint64(uniform(1, 48) * kHour), [this, orderId, t, won] {
                const double mean = t.service + (won ? 0.3 : -0.8);
                const int score = std::clamp(int(std::lround(mean + uniform(-1.0, 1.0))), 1, 5);
                auto f = OrderService(ctx(QStringLiteral("customer"))).feedback(orderId, score, demo::feedbackComment(score, m_rng));
                if (!f) {
                    return Status(f.error());
                }
                return Status(Done{});
            });
        }
        return Status(Done{});
    });
}

void Simulation::planAfterDispatch(qint64 orderId, qint64 grabberId)
{
    for (const Trait &t : m_traits) {
        if (t.id == grabberId) {
            planAfterWin(orderId, t);
            return;
        }
    }
}

Result<DemoGenerator::Summary> Simulation::run()
{
    // The start of history is the origin of every timestamp.
    const QString zone = m_options.timeZone.isEmpty() ? systemTimeZoneId() : m_options.timeZone;
    const QTimeZone tz(zone.toUtf8());
    const QDate lastDay = QDateTime::fromMSecsSinceEpoch(m_options.endMs, tz).date();
    const QDate firstDay = lastDay.addDays(-m_options.days + 1);
    m_clock.set(QDateTime(firstDay.addDays(-1), QTime(9, 0), tz).toMSecsSinceEpoch());

    if (auto v = RuleService(ctx(QStringLiteral("demo"))).ensureDefaults(zone); !v) {
        return v.error();
    }
    auto rules = RuleService(ctx(QStringLiteral("demo"))).current();
    if (!rules) {
        return rules.error();
    }
    m_rules = *rules;
    auto existing = scalar(m_db.connection(), QStringLiteral("SELECT (SELECT COUNT(*) FROM grabbers) + (SELECT COUNT(*) FROM orders)"));
    if (!existing) {
        return existing.error();
    }
    if (existing->toInt() > 0) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The demo goes into an empty database; %1 already has a team.")
                                                      .arg(m_db.path()));
    }
    if (auto s = makeTeam(); !s) {
        return s.error();
    }
    if (auto s = makeCustomers(); !s) {
        return s.error();
    }
    for (QDate d = firstDay; d <= lastDay; d = d.addDays(1)) {
        planDay(d);
    }
    // A few orders have just arrived and nobody has reacted yet: the pool is never empty "now".
    for (int i = 0; i < std::max(3, m_options.grabbers / 3); ++i) {
        schedule(m_options.endMs - qint64(uniform(0, 20)) * kMinute - 1, [this] { return publishOrder(false); });
    }
    // The manager's side of the same weeks: trainings, weekly meetings and one-to-ones with
    // their action items, at their times. Its own random stream: the orders above are the same.
    QList<qint64> ids;
    for (const Trait &t : m_traits) {
        ids.append(t.id);
    }
    for (const demo::CoachingStep &step : demo::coachingPlan(ids, firstDay, lastDay, tz, m_options.seed)) {
        schedule(step.at, [this, step] { return step.run(ctx(QStringLiteral("manager"))); });
    }
    while (!m_queue.empty()) {
        Action a = m_queue.top();
        m_queue.pop();
        if (a.at > m_options.endMs) {
            break; // the future: orders still open or in progress stay so
        }
        m_clock.set(a.at);
        if (auto s = a.run(); !s) {
            return s.error();
        }
    }
    // One grabber is on leave today: the board shows it.
    if (!m_traits.isEmpty()) {
        m_clock.set(m_options.endMs);
        TeamService::GrabberChanges leave;
        leave.status = GrabberStatus::OnLeave;
        if (auto g = TeamService(ctx(QStringLiteral("manager"))).updateGrabber(m_traits.last().id, leave); !g) {
            return g.error();
        }
    }
    // The figures as the store has them (reclaims and dispatches make counting along the way unreliable).
    auto counts = runSql(m_db.connection(), QStringLiteral("SELECT (SELECT COUNT(*) FROM orders WHERE state = 'won'), "
                                                            "(SELECT COUNT(*) FROM orders WHERE state = 'lost'), "
                                                            "(SELECT COUNT(*) FROM feedback), (SELECT COUNT(*) FROM violations)"));
    if (!counts) {
        return counts.error();
    }
    if (counts->next()) {
        m_summary.won = counts->value(0).toInt();
        m_summary.lost = counts->value(1).toInt();
        m_summary.feedback = counts->value(2).toInt();
        m_summary.violations = counts->value(3).toInt();
    } else if (auto end = rowsEnded(*counts, QStringLiteral("counting the demo's outcomes")); !end) {
        return end.error();
    }
    return m_summary;
}

} // namespace

Result<DemoGenerator::Summary> DemoGenerator::generate(Database &db, const Options &options)
{
    if (options.grabbers < 1 || options.grabbers > 1000 || options.days < 1 || options.days > 3660) {
        return makeError(ErrorCode::Usage, QStringLiteral("A demo needs 1 to 1000 grabbers and 1 to 3660 days."));
    }
    // Generation writes thousands of small transactions: durability is pointless for a
    // throw-away history, so sync is off while it runs and back to FULL afterwards.
    if (auto s = db.setSynchronous(Database::Synchronous::Off); !s) {
        return s.error();
    }
    // All or nothing: a demo that fails half-way (a full disk) must not leave half a team, which
    // a second "demo" would then refuse. The services' own transactions become savepoints inside.
    auto result = [&]() -> Result<Summary> {
        auto tx = Transaction::begin(db);
        if (!tx) {
            return tx.error();
        }
        Simulation sim(db, options);
        auto made = sim.run();
        if (!made) {
            return made; // the transaction rolls back
        }
        if (auto s = tx->commit(); !s) {
            return s.error();
        }
        return made;
    }();
    if (auto s = db.setSynchronous(Database::Synchronous::Full); !s) {
        return result ? Result<Summary>(s.error()) : result;
    }
    return result;
}

} // namespace grab
