#pragma once

#include "base/error.h"
#include "base/jsontext.h"
#include "domain/event.h"
#include "store/integrity.h"

#include <QList>
#include <QSqlDatabase>

namespace grab {

// The append-only event log. append() joins the caller's transaction: an event is written
// together with the change it records, or not at all. What it returns is the event's id on a
// file, and on a server a ticket that the transaction turns into the id once it committed
// (Transaction::eventId; store/eventinbox.h says why).
class EventLog final
{
public:
    static Result<qint64> append(const QSqlDatabase &db, const Event &event);
    // The same, field by field: the form most services use.
    static Result<qint64> record(const QSqlDatabase &db, qint64 at, const char *type, const QString &actor,
                                 std::optional<qint64> orderId, std::optional<qint64> grabberId,
                                 std::optional<int> ruleVersion = std::nullopt, const QString &reason = QString(),
                                 const QJsonObject &payload = QJsonObject());
    // The same with the payload written as text without a QJsonObject (the same bytes): the
    // grab path's events, one for every attempt. `previous` is the newest event as the caller
    // read it in this transaction (integrity::headColumns() in its own statement); without it,
    // it is read here.
    static Result<qint64> record(const QSqlDatabase &db, qint64 at, const char *type, const QString &actor,
                                 std::optional<qint64> orderId, std::optional<qint64> grabberId, std::optional<int> ruleVersion,
                                 const QString &reason, const JsonText &payload,
                                 const std::optional<integrity::Head> &previous = std::nullopt);
    // Events with id > sinceId, oldest first, at most `limit`.
    static Result<QList<Event>> since(const QSqlDatabase &db, qint64 sinceId, int limit = 1000);
    static Result<QList<Event>> forOrder(const QSqlDatabase &db, qint64 orderId);

private:
    static Result<qint64> appendText(const QSqlDatabase &db, const Event &event, const QString &payloadText,
                                     const std::optional<integrity::Head> &previous = std::nullopt);
};

} // namespace grab
