#pragma once

#include "base/error.h"
#include "domain/order.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace grab {

// Reads orders into plain structs (customer name and tier joined, restrictions filled).
class OrderReader final
{
public:
    static Result<Order> order(const QSqlDatabase &db, qint64 id);
    // Newest first within a state filter; the open pool sorts by priority, then age.
    static Result<QList<Order>> list(const QSqlDatabase &db, std::optional<OrderState> state, int limit = 100000);

    // For a statement that reads an order beside other things (the grab's one read): the
    // columns readRow() reads, 19 of them, over from(), "orders o JOIN customers c".
    static const QString &columns();
    static const QString &from();
    static constexpr int kColumnCount = 19;
    // The order in the row's columns from `first` on, without its restriction list:
    // `restricted` says whether it has one (readRestrictions() reads it).
    static Order readRow(const QSqlQuery &q, int first, bool *restricted);
    static Status readRestrictions(const QSqlDatabase &db, Order &o);
};

Error noOrder(qint64 id);
QJsonObject toJson(const Order &o);

} // namespace grab
