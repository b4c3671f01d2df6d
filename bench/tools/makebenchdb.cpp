// Builds the reproducible benchmark database: 200 grabbers, 5,000 customers and 1,000,000
// orders over 400 days (the newest 10,000 still open in the pool), with their assignments,
// grab attempts, feedback and violations. The team, the customers and the rules go through
// the core services; the history is written in bulk (the services would need hours for a
// million orders), shaped like what the services write, and the running figures the
// dispatcher reads are rebuilt from it at the end.
//
//   make_bench_db --out FILE [--orders N] [--grabbers G] [--seed S] [--open K] [--now now|ISO-8601]
#include "base/clock.h"
#include "services/grab/assignmentledger.h"
#include "services/metrics/dayrollup.h"
#include "services/rules/ruleservice.h"
#include "services/team/teamservice.h"
#include "store/database.h"
#include "store/integrity.h"
#include "store/sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

#include <optional>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <cmath>
#include <cstdio>

using namespace grab;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

struct Args
{
    QString out;
    int orders = 1000000;
    int grabbers = 200;
    int customers = 5000;
    int open = 10000;
    int days = 400;
    quint32 seed = 1;
    std::optional<QDateTime> now; // the end of the history; unset: the fixed Friday below
};

class Writer
{
public:
    Writer(const QSqlDatabase &db, const QString &sql) : m_q(db)
    {
        if (!m_q.prepare(sql)) {
            qFatal("prepare failed: %s", qPrintable(sql));
        }
    }
    void run(std::initializer_list<QVariant> values)
    {
        int i = 0;
        for (const QVariant &v : values) {
            m_q.bindValue(i++, v);
        }
        if (!m_q.exec()) {
            qFatal("insert failed: %s", qPrintable(m_q.lastError().text()));
        }
    }

private:
    QSqlQuery m_q;
};

void exec(const QSqlDatabase &db, const QString &sql)
{
    if (auto q = runSql(db, sql); !q) {
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.error().message));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions({{QStringLiteral("out"), QStringLiteral("Database file to create (must not exist)."), QStringLiteral("FILE")},
                  {QStringLiteral("orders"), QStringLiteral("Orders (default 1000000)."), QStringLiteral("N")},
                  {QStringLiteral("grabbers"), QStringLiteral("Grabbers (default 200)."), QStringLiteral("G")},
                  {QStringLiteral("open"), QStringLiteral("Orders still open in the pool (default 10000)."), QStringLiteral("K")},
                  {QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("S")},
                  {QStringLiteral("now"),
                   QStringLiteral("End the history at this instant: \"now\" or ISO-8601 (default: Friday 2026-11-20 18:00 in "
                                  "Shanghai, so the file is the same on every run). The board benchmark needs a pool that is "
                                  "live now: --now now."),
                   QStringLiteral("WHEN")}});
    p.process(app);
    Args a;
    a.out = p.value(QStringLiteral("out"));
    if (a.out.isEmpty() || QFile::exists(a.out)) {
        std::fprintf(stderr, "make_bench_db: --out must name a file that does not exist yet\n");
        return 2;
    }
    if (p.isSet(QStringLiteral("orders"))) {
        a.orders = p.value(QStringLiteral("orders")).toInt();
    }
    if (p.isSet(QStringLiteral("grabbers"))) {
        a.grabbers = p.value(QStringLiteral("grabbers")).toInt();
    }
    if (p.isSet(QStringLiteral("open"))) {
        a.open = p.value(QStringLiteral("open")).toInt();
    }
    if (p.isSet(QStringLiteral("now"))) {
        const QString when = p.value(QStringLiteral("now"));
        a.now = when == QLatin1String("now") ? QDateTime::currentDateTimeUtc() : QDateTime::fromString(when, Qt::ISODate);
        if (!a.now->isValid()) {
            std::fprintf(stderr, "make_bench_db: --now must be \"now\" or an ISO-8601 time\n");
            return 2;
        }
    }
    if (p.isSet(QStringLiteral("seed"))) {
        a.seed = p.value(QStringLiteral("seed")).toUInt();
    }
    if (a.orders < 1 || a.grabbers < 2 || a.open < 0 || a.open > a.orders) {
        std::fprintf(stderr, "make_bench_db: bad sizes\n");
        return 2;
    }
    a.customers = std::max(100, a.orders / 200);

    QElapsedTimer timer;
    timer.start();
    Database::Options options;
    options.mode = Database::Mode::OpenOrCreate;
    options.synchronous = Database::Synchronous::Off; // a throw-away build: durability is pointless
    auto opened = Database::open(a.out, options);
    if (!opened) {
        std::fprintf(stderr, "make_bench_db: %s\n", qPrintable(opened.error().message));
        return 6;
    }
    Database &db = **opened;
    const QSqlDatabase c = db.connection();
    const QString zone = QStringLiteral("Asia/Shanghai");
    const QTimeZone tz(zone.toUtf8());
    // A fixed "now" keeps the file identical from run to run: Friday 2026-11-20 18:00 in Shanghai.
    const qint64 end = a.now ? a.now->toMSecsSinceEpoch() : QDateTime(QDate(2026, 11, 20), QTime(18, 0), tz).toMSecsSinceEpoch();
    FixedClock clock(end - qint64(a.days + 1) * kDay);
    Context ctx{db, clock, QStringLiteral("bench")};
    if (!RuleService(ctx).ensureDefaults(zone)) {
        qFatal("rules");
    }
    RuleSet rules = *RuleService(ctx).current();
    QRandomGenerator rng(a.seed);

    QList<qint64> grabberIds;
    QList<double> weight; // some grabbers are much busier than others
    static const QStringList skills{QStringLiteral("企业软件"), QStringLiteral("云服务"), QStringLiteral("办公设备"),
                                    QStringLiteral("物流服务"), QStringLiteral("培训服务")};
    static const QStringList regions{QStringLiteral("华东"), QStringLiteral("华南"), QStringLiteral("华北"), QStringLiteral("华中"),
                                     QStringLiteral("西南")};
    TeamService team(ctx);
    for (int i = 0; i < a.grabbers; ++i) {
        Grabber g;
        g.name = QStringLiteral("抢单员%1").arg(i + 1, 3, 10, QChar(u'0'));
        const double roll = rng.generateDouble();
        g.level = roll < 0.5 ? Level::Junior : roll < 0.85 ? Level::Senior : Level::Lead;
        g.skills = {skills[rng.bounded(5)], skills[rng.bounded(5)]};
        g.skills.removeDuplicates();
        g.regions = {regions[rng.bounded(5)]};
        auto id = team.addGrabber(g);
        if (!id) {
            qFatal("grabber");
        }
        grabberIds.append(*id);
        weight.append(0.3 + rng.generateDouble() * 1.7);
    }
    struct Cust
    {
        qint64 id;
        Tier tier;
        QString region;
    };
    QList<Cust> customers;
    for (int i = 0; i < a.customers; ++i) {
        const double roll = rng.generateDouble();
        Customer cu{0, QStringLiteral("客户%1").arg(i + 1, 5, 10, QChar(u'0')),
                    roll < 0.1 ? Tier::Vip : roll < 0.35 ? Tier::Key : Tier::Regular, regions[rng.bounded(5)]};
        auto id = team.addCustomer(cu);
        if (!id) {
            qFatal("customer");
        }
        customers.append(Cust{*id, cu.tier, cu.region});
    }
    double totalWeight = 0;
    for (double w : weight) {
        totalWeight += w;
    }
    const auto pickGrabber = [&]() {
        double r = rng.generateDouble() * totalWeight;
        for (qsizetype i = 0; i < weight.size(); ++i) {
            r -= weight[i];
            if (r <= 0) {
                return i;
            }
        }
        return weight.size() - 1;
    };

    // Bulk load without the secondary indexes, then build them once from sorted data: the
    // same indexes as the schema's, ten times faster than maintaining them row by row.
    exec(c, QStringLiteral("PRAGMA cache_size = -262144"));
    QStringList indexes;
    QStringList names;
    {
        QSqlQuery q(c);
        q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"));
        while (q.next()) {
            names << q.value(0).toString();
            indexes << q.value(1).toString();
        }
    }
    for (const QString &name : names) {
        exec(c, QStringLiteral("DROP INDEX %1").arg(name));
    }
    // Rows of one order are written child-first below: keys are checked once, at the end
    // (PRAGMA foreign_key_check), instead of on every row.
    exec(c, QStringLiteral("PRAGMA foreign_keys = OFF"));
    exec(c, QStringLiteral("BEGIN IMMEDIATE"));
    Writer orders(c, QStringLiteral("INSERT INTO orders (id, customer_id, amount, skill, region, priority, priority_score, rule_version, "
                                    "published_at, pooled_at, grab_deadline, state, assignee_id, assigned_at, closed_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)"));
    Writer assignments(c, QStringLiteral("INSERT INTO assignments (order_id, grabber_id, via, assigned_at, response_ms, amount, skill, "
                                         "last_follow_up_at, ended_at, end_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // A grab attempt is its event (schema 4: grab_attempts is a view over these).
    Writer attempts(c, QStringLiteral("INSERT INTO events (at, type, actor, order_id, grabber_id, rule_version, reason, payload) "
                                      "VALUES (?, ?, 'bench', ?, ?, 1, ?, '{}')"));
    Writer feedback(c, QStringLiteral("INSERT INTO feedback (order_id, grabber_id, score, comment, at) VALUES (?, ?, ?, '', ?)"));
    Writer violations(c, QStringLiteral("INSERT INTO violations (grabber_id, order_id, at, type, severity, source, note) "
                                        "VALUES (?, ?, ?, ?, 'low', 'auto', '')"));
    Writer events(c, QStringLiteral("INSERT INTO events (at, type, actor, order_id, grabber_id, rule_version, payload) "
                                    "VALUES (?, ?, 'bench', ?, ?, 1, '{}')"));
    const QVariant nullInt;
    const qint64 first = end - qint64(a.days) * kDay;
    const qint64 span = end - first;
    for (int i = 0; i < a.orders; ++i) {
        const qint64 id = i + 1;
        // Orders in time order; the newest `open` ones are still in the pool.
        const bool isOpen = i >= a.orders - a.open;
        qint64 published = isOpen ? end - qint64(a.open - (i - (a.orders - a.open))) * (6 * kHour / std::max(1, a.open))
                                  : first + qint64(double(span - 6 * kHour) * double(i) / double(a.orders - a.open));
        const Cust &cu = customers[rng.bounded(int(customers.size()))];
        const double scale = cu.tier == Tier::Vip ? 10000 + rng.generateDouble() * 140000
                             : cu.tier == Tier::Key ? 3000 + rng.generateDouble() * 27000
                                                    : 300 + rng.generateDouble() * 7700;
        const qint64 amount = qint64(scale) * 100;
        const QString skill = skills[rng.bounded(5)];
        const auto assessment = rules.priority.assess(cu.tier, amount, cu.region);
        const qint64 deadline = published + 480 * kMinute;
        if (isOpen) {
            orders.run({id, cu.id, amount, skill, cu.region, assessment.priority, assessment.score, published, published, deadline,
                        QStringLiteral("open"), nullInt, nullInt, nullInt});
            if (end - published < 2 * kDay) {
                events.run({published, QStringLiteral("published"), id, nullInt});
            }
            continue;
        }
        const qsizetype gi = pickGrabber();
        const qint64 grabber = grabberIds[gi];
        const qint64 response = qint64(-std::log(1.0 - rng.generateDouble()) * 120000.0) + 1000;
        const qint64 assigned = published + response;
        const bool dispatched = rng.generateDouble() < 0.12;
        // Contenders who lost the race, and now and then a refusal.
        const int losers = int(rng.bounded(4));
        for (int k = 0; k < losers; ++k) {
            attempts.run({assigned + 200 + k * 150, QStringLiteral("grab_lost_race"), id, grabberIds[pickGrabber()], QStringLiteral("order_assigned")});
        }
        if (rng.generateDouble() < 0.05) {
            attempts.run({assigned - 500, QStringLiteral("grab_rejected"), id, grabberIds[pickGrabber()], QStringLiteral("daily_cap_reached")});
        }
        if (!dispatched) {
            attempts.run({assigned, QStringLiteral("grab_won"), id, grabber, nullInt});
        }
        // Outcome: most close within five days; the newest are still in progress.
        const qint64 closeAt = assigned + 4 * kHour + qint64(rng.generateDouble() * 116.0 * double(kHour));
        const double roll = rng.generateDouble();
        const bool inProgress = closeAt > end;
        const QString outcome = inProgress ? QString() : roll < 0.04 ? QStringLiteral("reclaimed") : roll < 0.55 ? QStringLiteral("won") : QStringLiteral("lost");
        const QString via = dispatched ? QStringLiteral("dispatch") : QStringLiteral("grab");
        if (outcome == QLatin1String("reclaimed")) {
            // Reclaimed a day later, then taken by another grabber and closed.
            const qint64 reclaimedAt = assigned + kDay;
            assignments.run({id, grabber, via, assigned, response, amount, skill, nullInt, reclaimedAt, outcome});
            violations.run({grabber, id, reclaimedAt, QStringLiteral("no_follow_up")});
            const qint64 second = grabberIds[pickGrabber()];
            const qint64 again = reclaimedAt + 5 * kMinute;
            const qint64 closed2 = std::min(end - kMinute, again + 2 * kDay);
            const bool won2 = rng.generateDouble() < 0.5;
            attempts.run({again, QStringLiteral("grab_won"), id, second, nullInt});
            assignments.run({id, second, QStringLiteral("grab"), again, again - published, amount, skill, nullInt, closed2,
                             won2 ? QStringLiteral("won") : QStringLiteral("lost")});
            orders.run({id, cu.id, amount, skill, cu.region, assessment.priority, assessment.score, published, reclaimedAt,
                        reclaimedAt + 480 * kMinute, won2 ? QStringLiteral("won") : QStringLiteral("lost"), second, again, closed2});
            continue;
        }
        assignments.run({id, grabber, via, assigned, response, amount, skill, inProgress ? QVariant(assigned + kHour) : nullInt,
                         inProgress ? nullInt : QVariant(closeAt), inProgress ? nullInt : QVariant(outcome)});
        orders.run({id, cu.id, amount, skill, cu.region, assessment.priority, assessment.score, published, published, deadline,
                    inProgress ? QStringLiteral("assigned") : outcome, grabber, assigned, inProgress ? nullInt : QVariant(closeAt)});
        if (!inProgress && rng.generateDouble() < 0.6) {
            const int score = std::clamp(int(std::lround(3.9 + (outcome == QLatin1String("won") ? 0.4 : -0.7) + rng.generateDouble() * 2 - 1)), 1, 5);
            feedback.run({id, grabber, score, closeAt + kHour});
        }
        if (rng.generateDouble() < 0.01) {
            violations.run({grabber, id, assigned, QStringLiteral("outside_window")});
        }
        if (i % 100000 == 0 && i > 0) {
            exec(c, QStringLiteral("COMMIT"));
            exec(c, QStringLiteral("BEGIN IMMEDIATE"));
            std::fprintf(stderr, "  %d orders, %.1f s\n", i, double(timer.elapsed()) / 1000.0);
        }
    }
    // The running figures the dispatcher reads, rebuilt from the history.
    if (auto s = AssignmentLedger::rebuildSegments(c, rules); !s) {
        qFatal("%s", qPrintable(s.error().message));
    }
    if (auto s = DayRollup::rebuild(c, rules); !s) {
        qFatal("%s", qPrintable(s.error().message));
    }
    exec(c, QStringLiteral("INSERT INTO grabber_stats (grabber_id, feedback_sum, feedback_count) "
                           "SELECT g.id, COALESCE((SELECT SUM(score) FROM feedback f WHERE f.grabber_id = g.id), 0), "
                           "(SELECT COUNT(*) FROM feedback f WHERE f.grabber_id = g.id) FROM grabbers g"));
    for (const QString &sql : indexes) {
        exec(c, sql);
    }
    // The events were written in bulk, around EventLog: chain them as GrabDesk would have.
    if (auto h = integrity::hashEvents(c); !h) {
        qFatal("%s", qPrintable(h.error().message));
    }
    exec(c, QStringLiteral("COMMIT"));
    {
        QSqlQuery check(c);
        if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")) || check.next()) {
            qFatal("the generated history breaks a foreign key");
        }
    }
    exec(c, QStringLiteral("PRAGMA foreign_keys = ON"));
    exec(c, QStringLiteral("ANALYZE"));
    exec(c, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    std::printf("%s: %d grabbers, %d customers, %d orders (%d open) in %.1f s\n", qPrintable(a.out), a.grabbers, a.customers, a.orders,
                a.open, double(timer.elapsed()) / 1000.0);
    return 0;
}
