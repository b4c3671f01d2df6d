#pragma once

#include "domain/types.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace grab::ui {

// One tab of the board over the live orders: the open pool or the orders being worked on,
// narrowed by region, skill, priority, tier and a customer search. Sorting by priority means
// the board's natural order: priority, then the longest waiting first.
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
        QString search; // part of the customer's name, case-insensitive

        bool operator==(const Filter &) const = default;
    };
    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    OrderState m_state;
    Filter m_filter;
};

} // namespace grab::ui
