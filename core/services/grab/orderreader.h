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
    // tables as from() names them, "orders o JOIN customers c", and the order's restriction
    // list when its row said it has one.
    static const QString &from();
    static Status readRestrictions(const QSqlDatabase &db, Order &o);

    // What a grab decides on and records (checkEligibility, isWidened, AssignmentLedger::start):
    // id, tier, amount, skill, priority, publication, pool entry, deadline, minimum level,
    // state, assignee, and whether it is restricted. The rest stay unset (customer id and name,
    // region, score, rule version, assignment and close times): Qt's driver spends ~3,000
    // instructions a column on every statement, and the grab reads this on every attempt.
    // tst_grabservice holds the grab's verdicts on this read to the verdicts on the full one.
    static const QString &decisionColumns();
    static constexpr int kDecisionColumnCount = 12;
    // The order in the row's decision columns from `first` on; `restricted` says whether it
    // has a restriction list (readRestrictions() reads it).
    static Order readDecisionRow(const QSqlQuery &q, int first, bool *restricted);

private:
    // Every field, from the row's columns from `first` on (the restriction list aside).
    static Order readRow(const QSqlQuery &q, int first, bool *restricted);
};

Error noOrder(qint64 id);
QJsonObject toJson(const Order &o);

} // namespace grab
