#pragma once

#include "base/clock.h"
#include "domain/order.h"
#include "domain/ruleset.h"
#include "services/grab/grabberview.h"
#include "services/grab/quotaledger.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <limits>
#include <optional>

namespace grab::ui {

// The open pool as one grabber sees it: every open order with the rule engine's verdict for
// this grabber (GrabberView::judge). The model holds what the board feed delivered and never
// touches the database: the snapshot fills it (one reset), each delta inserts, changes or
// removes rows, and a change of the rules, the grabber's quota or the cool-downs judges every
// row again with one dataChanged. Rows are in arrival order; GrabPoolFilter sorts and filters.
class GrabPoolModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrabPoolModel)

public:
    enum Column {
        PriorityColumn,
        OrderColumn,
        CustomerColumn,
        TierColumn,
        AmountColumn,
        SkillColumn,
        RegionColumn,
        AgeColumn,      // time since the order entered the pool, ticking
        DeadlineColumn, // time left to grab it, ticking (next to AgeColumn: one dataChanged covers both)
        ReasonColumn,   // why this grabber cannot grab it; empty when it can
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values for sorting: numbers, epoch ms, plain text
        OrderIdRole,                 // qint64
        GrabbableRole,               // bool: the rules let this grabber grab it now
        ReasonCodeRole,              // a reason:: code, empty when grabbable
        ReasonDetailRole,            // the rule engine's sentence
        PriorityRole,                // int 1..4
        PooledAtRole,                // epoch ms: the age tie-break of the pool's order
    };

    explicit GrabPoolModel(const Clock &clock, QObject *parent = nullptr);
    ~GrabPoolModel() override;

    // What the verdicts depend on besides the order: the rules, this grabber's quota and the
    // orders reclaimed from the grabber (id -> when). Every row is judged again.
    void setContext(const RuleSet &rules, const Quota &quota, const QHash<qint64, qint64> &reclaimedAt);
    bool hasContext() const { return m_rules.has_value(); }

    // The snapshot: the open pool, replacing whatever was here (the only reset).
    void resetPool(const QList<Order> &orders); // the open ones among them
    // A delta: each order's current state. Open ones are inserted or updated, the others
    // leave the pool. Incremental: insert/remove/dataChanged, never a reset.
    void applyOrders(const QList<Order> &orders);
    // This process took or lost the order: it leaves the pool now rather than at the next delta.
    bool removeOrder(qint64 orderId);
    // A second passed: ages and countdowns change (one dataChanged over those two columns), or,
    // when the clock can have changed a verdict (a window edge, a deadline), every row is judged.
    void tick();

    int rowOf(qint64 orderId) const { return m_rowOf.value(orderId, -1); }
    const Order &orderAt(int row) const { return m_rows.at(row).order; }
    const GrabberView::Verdict &verdictAt(int row) const { return m_rows.at(row).verdict; }
    int grabbableCount() const { return m_grabbable; }
    qint64 nowMs() const { return m_now; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // After any change in which orders there are or which are grabbable.
    void countsChanged(int grabbable, int total);

private:
    struct Row
    {
        Order order;
        GrabberView::Verdict verdict;
    };
    std::optional<GrabberView> view() const;
    void judge(Row &row, const std::optional<GrabberView> &view);
    void judgeAll();
    void reindex();
    void recount();
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;

    const Clock &m_clock;
    qint64 m_now = 0;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowOf;
    std::optional<RuleSet> m_rules;
    Quota m_quota;
    QHash<qint64, qint64> m_reclaimedAt;
    qint64 m_recheckAt = std::numeric_limits<qint64>::max(); // the earliest Verdict::recheckAt
    int m_grabbable = 0;
};

} // namespace grab::ui
