#pragma once

#include "domain/order.h"
#include "domain/ruleset.h"

#include <QAbstractTableModel>
#include <QHash>

namespace grab::ui {

// The orders still in play — open in the pool, or assigned and being worked on — as the board
// shows them. Filled once from a snapshot, then changed row by row as deltas arrive: an order
// that leaves play is removed, a new one appended, a changed one updated in place, so views
// keep their selection and scroll position. data() never touches the database.
class LiveOrderModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveOrderModel)

public:
    // Time first after the money: waiting and deadline are what a manager scans for.
    // FollowUp and Reclaim are for orders being worked on: the last follow-up, and the time left
    // before the rules take the order back for want of one.
    enum Column { Priority, Id, Customer, Tier, Amount, Waiting, Deadline, Skill, Region, Restriction, Assignee, FollowUp, Reclaim, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value of the column, for sorting
        OrderIdRole,
        StateRole,   // int(OrderState)
        AgeingRole,  // int(grab::Ageing)
        PriorityRole,
        TierRole,    // int(grab::Tier)
        SearchRole,  // customer name, order number and grabber, for the search box
        PooledAtRole,
        AssigneeRole, // qint64 grabber id, 0 when unassigned
    };

    explicit LiveOrderModel(QObject *parent = nullptr);

    // Replaces everything (a snapshot).
    void reset(const QList<Order> &orders, const RuleSet &rules, qint64 nowMs);
    // Applies the current state of changed orders: remove, insert or update each.
    void apply(const QList<Order> &orders);
    // The order the manager has selected (0: none). When it leaves play (cancelled, closed,
    // expired) it stays, updated, until another is kept: a selection never turns into another
    // order, nor vanishes under the pointer.
    void keep(qint64 id);
    void setRules(const RuleSet &rules);
    // Time moves: waiting times, countdowns and ageing colours change (one dataChanged).
    void setNow(qint64 nowMs);
    // For assignee names; unknown ids show as "#id".
    void setGrabberNames(const QHash<qint64, QString> &names);

    const Order *order(qint64 id) const;
    const Order &orderAt(int row) const { return m_orders.at(row); }
    int rowOf(qint64 id) const;
    int openCount() const { return m_open; }
    qint64 now() const { return m_now; }
    const RuleSet &rules() const { return m_rules; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static bool inPlay(const Order &o) { return o.state == OrderState::Open || o.state == OrderState::Assigned; }
    QString restrictionText(const Order &o) const;
    QVariant followUpData(const Order &o, int column, int role) const;
    void rebuildIndex();

    QList<Order> m_orders;
    QHash<qint64, int> m_rowById;
    QHash<qint64, QString> m_names;
    RuleSet m_rules;
    qint64 m_now = 0;
    int m_open = 0;
    qint64 m_kept = 0;
};

} // namespace grab::ui
