#pragma once

#include "domain/types.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace grab::ui {

// One tab of the board over the live orders: the open pool or the orders being worked on,
// narrowed by region, skill, priority, tier and a customer search. Sorting by priority means
// the board's natural order: priority, then the longest waiting first. It holds still where the
// manager acts: the selected order is pinned, and new orders wait while the pointer is on it.
class OrderFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderFilterProxy)

public:
    explicit OrderFilterProxy(OrderState state, QObject *parent = nullptr);

    struct Filter
    {
        QString region; // empty: any
        QString skill;
        int priority = 0; // 0: any
        std::optional<Tier> tier;
        QString search; // part of the customer's name, the order number or the grabber's name, case-insensitive
        qint64 grabberId = 0; // orders being worked on by this grabber only (0: anyone); the pool has no grabber

        bool operator==(const Filter &) const = default;
    };
    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }

    // The order the manager selected in this tab stays in it when it leaves the tab (dispatched
    // out of the pool, taken back, cancelled), greyed, its Waiting cell saying what happened
    // (`cell`, short; `note`, the sentence, as its tooltip), until another is pinned (0: none).
    void pin(qint64 orderId);
    void setPinnedNote(const QString &cell, const QString &note);
    const QString &pinnedNote() const { return m_pinnedNote; }
    qint64 pinned() const { return m_pinned; }
    // Whether the pinned order has left this tab (shown greyed).
    bool pinnedHasLeft() const;

    // While held (the pointer rests on the list), orders that arrive are not shown, so that no
    // row moves under the pointer; the rows shown go on changing. release() shows them.
    void hold();
    void release();
    bool isHolding() const { return m_holding; }
    // Orders held back now (still in this tab's state and filter).
    int heldCount() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    void heldChanged(int count);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool acceptsOrder(int sourceRow, const QModelIndex &sourceParent) const;

    OrderState m_state;
    Filter m_filter;
    qint64 m_pinned = 0;
    QString m_pinnedNote;
    QString m_pinnedCell;
    bool m_holding = false;
    QSet<qint64> m_shownWhenHeld;
    mutable QSet<qint64> m_held;
};

} // namespace grab::ui
