#pragma once

#include "base/error.h"
#include "domain/order.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace grab {

// Reads orders into plain structs (customer name and tier joined, restrictions filled).
class OrderReader final
{
public:
    static Result<Order> order(const QSqlDatabase &db, qint64 id);
    // Newest first within a state filter; the open pool sorts by priority, then age.
    static Result<QList<Order>> list(const QSqlDatabase &db, std::optional<OrderState> state, int limit = 100000);
};

Error noOrder(qint64 id);
QJsonObject toJson(const Order &o);

} // namespace grab
