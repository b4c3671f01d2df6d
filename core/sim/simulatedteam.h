#pragma once

#include "domain/customer.h"
#include "domain/order.h"
#include "domain/ruleset.h"
#include "services/context.h"
#include "simulator.h"

#include <QList>
#include <QRandomGenerator>

#include <deque>
#include <optional>

namespace grab {

// The simulated team's behaviour, one action at a time: the customers publish orders, the
// grabbers race for them, follow up, close (won or lost) and now and then release, and the
// customers give feedback. Every action goes through the real services and writes one event of
// its own, or none when its order was taken away meanwhile (reclaimed, released by a manager).
// Simulator decides when; this class decides what. The figures go into `counts`.
class SimulatedTeam final
{
public:
    SimulatedTeam(Database &db, const Clock &clock, const Simulator::Options &options, Simulator::Summary &counts);
    Q_DISABLE_COPY_MOVE(SimulatedTeam)

    // Reads the rules, the first N active grabbers by id (0: all), the customers and what those
    // grabbers already hold. InvalidInput when nobody can be simulated or nothing published.
    Status load();
    // Re-reads what the choices depend on: the rules, whether a window is open, the open pool.
    Status refresh();
    // One action. Returns the events it wrote (0 or 1); an Error is a failure of the store.
    Result<int> step();
    int size() const { return int(m_grabbers.size()); }
    // Sentences about what the run met: outside every window, dispatch-only, every grabber capped.
    QStringList notes() const;

private:
    struct Member
    {
        qint64 id = 0;
        QString actor; // "grabber:ID", as the demo writes it
        Level level = Level::Junior;
        QStringList skills;
        QStringList regions;
        int held = 0;        // open orders this grabber holds, as far as the simulator knows
        bool capped = false; // refused for the daily cap: knows it, and rarely tries again today
    };
    struct Holding
    {
        qint64 orderId = 0;
        qsizetype who = 0; // index into m_grabbers
    };
    struct Attempt
    {
        qint64 orderId = 0;
        qsizetype who = 0;
    };

    Context ctx(const QString &actor) const { return Context{m_db, m_clock, actor}; }
    bool chance(double p) { return m_rng.generateDouble() < p; }
    qsizetype index(qsizetype size) { return qsizetype(m_rng.bounded(quint32(size))); }

    Result<int> attempt(const Attempt &a);
    Result<int> publish();
    Result<int> raceFromPool();
    Result<int> close();
    Result<int> followUp();
    Result<int> release();
    Result<int> feedback();
    Result<int> gone(const Error &e); // 0 events when the order was taken away, else the error
    void startRace(const Order &order, qsizetype exclude = -1, bool mustTry = false);
    void hold(qint64 orderId, qsizetype who);
    Holding dropHolding(qsizetype i);

    Database &m_db;
    const Clock &m_clock;
    const Simulator::Options &m_options;
    Simulator::Summary &m_counts;
    QRandomGenerator m_rng;
    RuleSet m_rules;
    QList<Member> m_grabbers;
    QList<Customer> m_customers;
    QList<Customer> m_vipCustomers;
    QList<Holding> m_holdings;
    QList<Order> m_poolSample; // open orders at hand for races on the pool
    QList<qint64> m_feedbackDue;
    std::deque<Attempt> m_pending; // the contenders of the current races, in the order they react
    qint64 m_openPool = 0;
    qint64 m_day = 0;                        // start of the team-time-zone day the caps were seen in
    std::optional<qint64> m_outsideWindowAt; // first seen outside every window
    bool m_vipOnly = false;                  // outside every window, VIP orders still open: publish those
    bool m_dispatchOnly = false;
};

} // namespace grab
