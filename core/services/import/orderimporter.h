#pragma once

#include "rowimporter.h"
#include "services/grab/orderservice.h"

#include <QHash>
#include <QMultiHash>
#include <QTimeZone>

namespace grab {

// Orders are published, never imported as history: each row becomes an open order through
// OrderService::publishIn, priced by the rules in force (priority, grab deadline) and written
// with its `published` event. Assignments, outcomes and feedback only come from the events
// that make them (a grab, a dispatch, a close), so no import can bypass the rule engine; a
// `state` column is accepted for files that carry one, and must say open.
//
// customer: an id, or a name that exactly one customer has. amount: yuan, at most 2 decimals.
// published_at (default: now) may be past, not future; grab_deadline (default: the rules')
// must be later than now, and is kept to the minute at or after it. A row with the same
// customer, amount, skill and published_at as another row, or as an order already stored,
// is a duplicate.
class OrderImporter final : public RowImporter
{
public:
    OrderImporter(QTimeZone zone, qint64 nowMs) : m_zone(std::move(zone)), m_now(nowMs) {}

    Status load(const QSqlDatabase &db) override;
    bool check(const ImportRow &row, QList<ImportIssue> &issues) override;
    qsizetype kept() const override { return m_rows.size(); }
    Status apply(qsizetype i, const Context &ctx) override;

private:
    struct CustomerRef
    {
        QString name;
        QString region;
    };
    std::optional<qint64> customerFor(const ImportRow &row, QList<ImportIssue> &issues) const;

    QTimeZone m_zone;
    qint64 m_now = 0;
    QSqlDatabase m_db;
    QHash<qint64, CustomerRef> m_customers;
    QMultiHash<QString, qint64> m_byName;
    QHash<QString, qint64> m_seen; // duplicate key -> line
    QList<OrderService::NewOrder> m_rows;
    QList<qint64> m_lines;
};

} // namespace grab
