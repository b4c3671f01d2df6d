// Fairness by simulation: 30 days, 40 grabbers whose reaction speeds differ by a factor of
// sixty, the same stream of orders run three times through the real services — pure grabbing,
// grab-then-dispatch (fallback) and always-dispatch — then Jain's index of volume, the orders
// that waited past the dispatch threshold T2, and an independent replay of the event log that
// asserts no order ever went to an ineligible grabber.
//   fairness_sim [--days 30] [--grabbers 40] [--seed 7]
#include "base/clock.h"
#include "domain/metrics.h"
#include "services/grab/dispatchservice.h"
#include "services/audit/eventlog.h"
#include "services/grab/grabservice.h"
#include "services/metrics/metricsservice.h"
#include "services/grab/orderservice.h"
#include "services/rules/ruleservice.h"
#include "services/team/teamservice.h"
#include "store/database.h"
#include "store/sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cmath>
#include <cstdio>
#include <functional>
#include <queue>

using namespace grab;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

struct Racer
{
    qint64 id = 0;
    Level level = Level::Junior;
    double meanReactionS = 60;
};

struct Action
{
    qint64 at;
    quint64 seq;
    std::function<void()> run;
    bool operator>(const Action &o) const { return at != o.at ? at > o.at : seq > o.seq; }
};

struct RunFigures
{
    std::optional<double> jain;
    qint64 orders = 0;
    qint64 waitedPastT2 = 0;
    qint64 neverAssigned = 0;
    qint64 dispatched = 0;
    std::optional<double> medianResponseS;
    qint64 breaches = 0;
    qint64 checked = 0;
};

// Replays the event log with the rules in force and checks every placement against the caps,
// the windows and the mode, independently of the rule engine that made it.
void replayAndCheck(Database &db, const RuleSet &rules, const QHash<qint64, Level> &levels, RunFigures &out)
{
    QHash<qint64, int> workload;
    QHash<QPair<qint64, QDate>, int> taken;
    QHash<qint64, qint64> holder; // order -> grabber
    qint64 since = 0;
    for (;;) {
        auto events = EventLog::since(db.connection(), since, 5000);
        if (!events || events->isEmpty()) {
            break;
        }
        for (const Event &e : *events) {
            since = e.id;
            const bool placement = e.type == QLatin1String("grab_won") || e.type == QLatin1String("dispatched");
            if (placement) {
                const qint64 g = *e.grabberId;
                const QDate day = QDateTime::fromMSecsSinceEpoch(e.at, rules.zone()).date();
                const int cap = rules.dailyCapFor(levels.value(g), std::nullopt);
                ++out.checked;
                bool ok = workload.value(g) < rules.maxOpenWorkload && taken.value({g, day}) < cap;
                if (e.type == QLatin1String("grab_won")) {
                    ok = ok && rules.dispatch.mode != DispatchPolicy::Mode::Always && rules.windowAt(e.at) != nullptr;
                }
                if (!ok) {
                    ++out.breaches;
                    std::fprintf(stderr, "breach: event %lld %s order %lld grabber %lld\n", static_cast<long long>(e.id), qPrintable(e.type),
                                 static_cast<long long>(*e.orderId), static_cast<long long>(g));
                }
                ++workload[g];
                ++taken[{g, day}];
                holder.insert(*e.orderId, g);
            } else if (e.type == QLatin1String("closed") || e.type == QLatin1String("released") || e.type == QLatin1String("reclaimed")
                       || e.type == QLatin1String("cancelled")) {
                if (e.orderId && holder.contains(*e.orderId)) {
                    --workload[holder.take(*e.orderId)];
                }
            }
        }
    }
}

RunFigures simulate(const QString &path, DispatchPolicy::Mode mode, int days, int grabbers, quint32 seed)
{
    Database::Options o;
    o.mode = Database::Mode::OpenOrCreate;
    o.synchronous = Database::Synchronous::Off; // a simulation: durability is not the point
    auto opened = Database::open(path, o);
    if (!opened) {
        qFatal("%s", qPrintable(opened.error().message));
    }
    Database &db = **opened;
    const QTimeZone tz("Asia/Shanghai");
    const QDate first(2026, 10, 1);
    FixedClock clock(QDateTime(first.addDays(-1), QTime(12, 0), tz).toMSecsSinceEpoch());
    const auto ctx = [&](const QString &actor) { return Context{db, clock, actor}; };
    RuleService(ctx(QStringLiteral("sim"))).ensureDefaults(QStringLiteral("Asia/Shanghai"));
    RuleSet rules = *RuleService(ctx(QStringLiteral("sim"))).current();
    rules.dispatch.mode = mode;
    rules.followUp.hours = 24 * 30; // reclaim is not what this run studies
    rules.followUp.warnBeforeHours = 1;
    if (auto v = RuleService(ctx(QStringLiteral("sim"))).replace(rules); !v) {
        qFatal("%s", qPrintable(v.error().message));
    }
    rules = *RuleService(ctx(QStringLiteral("sim"))).current();

    // The same team and the same order stream in every mode: one generator per purpose.
    QRandomGenerator teamRng(seed);
    QList<Racer> racers;
    QHash<qint64, Level> levels;
    for (int i = 0; i < grabbers; ++i) {
        Grabber g;
        g.name = QStringLiteral("grabber %1").arg(i + 1);
        const double roll = teamRng.generateDouble();
        g.level = roll < 0.5 ? Level::Junior : roll < 0.85 ? Level::Senior : Level::Lead;
        g.skills = {QStringLiteral("云服务")};
        auto id = TeamService(ctx(QStringLiteral("sim"))).addGrabber(g);
        // Reaction speeds from 10 s to 600 s, log-uniform: a few very fast, many slow.
        racers.append(Racer{*id, g.level, 10.0 * std::pow(60.0, teamRng.generateDouble())});
        levels.insert(*id, g.level);
    }
    QList<qint64> customers;
    for (int i = 0; i < 60; ++i) {
        const double roll = teamRng.generateDouble();
        customers << *TeamService(ctx(QStringLiteral("sim")))
                         .addCustomer(Customer{0, QStringLiteral("customer %1").arg(i), roll < 0.1 ? Tier::Vip : roll < 0.35 ? Tier::Key : Tier::Regular,
                                               QStringLiteral("华东")});
    }

    QRandomGenerator rng(seed * 31 + 1);
    std::priority_queue<Action, std::vector<Action>, std::greater<>> queue;
    quint64 seq = 0;
    const auto schedule = [&](qint64 at, std::function<void()> fn) { queue.push(Action{at, seq++, std::move(fn)}); };
    const auto closeLater = [&](qint64 orderId, qint64 grabberId) {
        schedule(clock.nowMs() + 2 * kHour + qint64(rng.generateDouble() * 46.0 * kHour), [&, orderId, grabberId] {
            OrderService(ctx(QStringLiteral("grabber"))).close(orderId, rng.generateDouble() < 0.5 ? grab::Outcome::Won : grab::Outcome::Lost,
                                                             grabberId);
        });
    };
    for (int d = 0; d < days; ++d) {
        const QDate day = first.addDays(d);
        const int perDay = day.dayOfWeek() == 7 ? 0 : grabbers * 4;
        for (int i = 0; i < perDay; ++i) {
            const double roll = rng.generateDouble();
            // 08:00-10:00 peak; the rest from 07:00 to 21:00, some of it outside the grab windows.
            const int minute = roll < 0.4 ? 480 + int(rng.generateDouble() * 120) : 420 + int(rng.generateDouble() * 840);
            const qint64 at = QDateTime(day, QTime(minute / 60, minute % 60), tz).toMSecsSinceEpoch();
            const qint64 customer = customers[rng.bounded(int(customers.size()))];
            const qint64 amount = 100000 + qint64(rng.generateDouble() * 3000000);
            // Big orders draw a crowd, small ones few or nobody (they starve under pure grabbing);
            // each contender reacts at its own speed, and the first eligible one takes the order.
            const double appeal = std::pow(double(amount) / 3100000.0, 1.5);
            const double lambda = 0.3 + 6.0 * appeal;
            int crowd = 0;
            for (double l = std::exp(-lambda), prod = rng.generateDouble(); prod > l; prod *= rng.generateDouble()) {
                ++crowd; // Poisson(lambda), Knuth's method
            }
            QList<std::pair<qint64, qint64>> contenders;
            for (int k = 0; k < crowd; ++k) {
                const Racer &r = racers[rng.bounded(int(racers.size()))];
                contenders.append({r.id, qint64(-std::log(1.0 - rng.generateDouble()) * r.meanReactionS * 1000.0) + 1000});
            }
            schedule(at, [&, customer, amount, contenders] {
                OrderService::NewOrder n;
                n.customerId = customer;
                n.amountMinor = amount;
                n.skill = QStringLiteral("云服务");
                auto p = OrderService(ctx(QStringLiteral("sim"))).publish(n);
                if (!p) {
                    return;
                }
                const qint64 orderId = p->id;
                for (const auto &[grabberId, delay] : contenders) {
                    schedule(clock.nowMs() + delay, [&, orderId, grabberId = grabberId] {
                        if (GrabService(ctx(QStringLiteral("grabber"))).grab(orderId, grabberId)) {
                            closeLater(orderId, grabberId);
                        }
                    });
                }
            });
        }
        // The timers of a running GrabDesk: escalate and dispatch every 5 minutes, expire at night.
        for (int minute = 0; minute < 1440; minute += 5) {
            schedule(QDateTime(day, QTime(minute / 60, minute % 60), tz).toMSecsSinceEpoch(), [&] {
                auto sweep = DispatchService(ctx(QStringLiteral("system"))).dispatchPending();
                if (sweep) {
                    for (const DispatchService::Placed &placed : sweep->placed) {
                        closeLater(placed.orderId, placed.chosen.grabberId);
                    }
                }
            });
        }
        schedule(QDateTime(day, QTime(23, 59), tz).toMSecsSinceEpoch(), [&] { OrderService(ctx(QStringLiteral("system"))).expireOverdue(); });
    }
    const qint64 end = QDateTime(first.addDays(days), QTime(0, 0), tz).toMSecsSinceEpoch();
    while (!queue.empty() && queue.top().at < end) {
        Action a = queue.top();
        queue.pop();
        clock.set(a.at);
        a.run();
    }

    RunFigures out;
    auto team = MetricsService(ctx(QStringLiteral("sim"))).team(Period{first, first.addDays(days)});
    out.jain = team->fairness;
    out.medianResponseS = team->totals.medianResponseS;
    const QSqlDatabase c = db.connection();
    out.orders = scalar(c, QStringLiteral("SELECT COUNT(*) FROM orders"))->toLongLong();
    out.dispatched = scalar(c, QStringLiteral("SELECT COUNT(*) FROM assignments WHERE via = 'dispatch'"))->toLongLong();
    // Waited past T2: first placement later than the threshold for its tier plus one sweep
    // period (the dispatcher runs every 5 minutes), or never placed at all.
    out.waitedPastT2 = scalar(c, QStringLiteral("SELECT COUNT(*) FROM orders o JOIN customers cu ON cu.id = o.customer_id "
                                                "WHERE COALESCE((SELECT MIN(a.assigned_at) FROM assignments a WHERE a.order_id = o.id), ?) - o.published_at "
                                                "> CASE WHEN cu.tier = 'vip' THEN ? ELSE ? END"),
                              {end, qint64(rules.dispatch.vipDispatchAfterMinutes + 5) * kMinute, qint64(rules.dispatch.dispatchAfterMinutes + 5) * kMinute})
                           ->toLongLong();
    out.neverAssigned = scalar(c, QStringLiteral("SELECT COUNT(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM assignments a WHERE a.order_id = o.id)"))
                            ->toLongLong();
    replayAndCheck(db, rules, levels, out);
    return out;
}

QString fmt(const std::optional<double> &v, int places)
{
    return v ? QString::number(*v, 'f', places) : QStringLiteral("—");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions({{QStringLiteral("days"), QStringLiteral("Simulated days (default 30)."), QStringLiteral("N"), QStringLiteral("30")},
                  {QStringLiteral("grabbers"), QStringLiteral("Grabbers (default 40)."), QStringLiteral("N"), QStringLiteral("40")},
                  {QStringLiteral("seed"), QStringLiteral("Random seed (default 7)."), QStringLiteral("S"), QStringLiteral("7")}});
    p.process(app);
    const int days = p.value(QStringLiteral("days")).toInt();
    const int grabbers = p.value(QStringLiteral("grabbers")).toInt();
    const quint32 seed = p.value(QStringLiteral("seed")).toUInt();
    QTemporaryDir dir;
    std::printf("fairness_sim: %d days, %d grabbers (reaction 10-600 s), seed %u, T2 = 30 min (VIP 10 min) + the 5-min sweep; orders 07:00-21:00, "
                "contenders ~ Poisson(0.3 + 6 x (amount/max)^1.5)\n",
                days, grabbers, seed);
    std::printf("%-10s %8s %8s %14s %10s %11s %12s %16s\n", "mode", "orders", "Jain", "waited > T2", "never", "dispatched", "median resp",
                "breaches/checked");
    int breaches = 0;
    for (const auto mode : {DispatchPolicy::Mode::Off, DispatchPolicy::Mode::Fallback, DispatchPolicy::Mode::Always}) {
        const RunFigures o = simulate(dir.filePath(QStringLiteral("%1.sqlite").arg(toString(mode))), mode, days, grabbers, seed);
        std::printf("%-10s %8lld %8s %8lld %4.1f%% %10lld %11lld %10s s %9lld/%lld\n", qPrintable(toString(mode)), static_cast<long long>(o.orders),
                    qPrintable(fmt(o.jain, 3)), static_cast<long long>(o.waitedPastT2), 100.0 * double(o.waitedPastT2) / double(std::max<qint64>(1, o.orders)),
                    static_cast<long long>(o.neverAssigned), static_cast<long long>(o.dispatched), qPrintable(fmt(o.medianResponseS, 0)),
                    static_cast<long long>(o.breaches), static_cast<long long>(o.checked));
        std::fflush(stdout);
        breaches += int(o.breaches);
    }
    if (breaches > 0) {
        std::printf("FAILED: %d placements broke a rule\n", breaches);
        return 1;
    }
    std::printf("Every placement of every run respected the caps, the windows and the mode.\n");
    return 0;
}
