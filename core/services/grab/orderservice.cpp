#include "orderservice.h"

#include "assignmentledger.h"
#include "services/audit/eventlog.h"
#include "orderreader.h"
#include "services/rules/ruleservice.h"
#include "services/team/teamservice.h"
#include "base/money.h"
#include "base/plaintext.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace grab {
namespace {

Error notOpenError(const Order &o, const QString &doing)
{
    return makeError(ErrorCode::NotOpen,
                     QCoreApplication::translate("grab::OrderService", "Cannot %1 order %2: it is %3.").arg(doing).arg(o.id).arg(phraseOf(o.state).shown()),
                     QStringLiteral("order_%1").arg(toString(o.state)));
}

// The order, which must be assigned (to `grabberId`, when given): the common check of
// follow-up, close and release.
Result<Order> heldOrder(const QSqlDatabase &db, qint64 orderId, const QString &doing, std::optional<qint64> grabberId)
{
    auto o = OrderReader::order(db, orderId);
    if (!o) {
        return o;
    }
    if (o->state != OrderState::Assigned) {
        return notOpenError(*o, doing);
    }
    if (grabberId && o->assigneeId != *grabberId) {
        return makeError(ErrorCode::Refused,
                         QCoreApplication::translate("grab::OrderService", "Order %1 is assigned to grabber %2, not to grabber %3.").arg(orderId).arg(*o->assigneeId).arg(*grabberId),
                         QStringLiteral("not_assignee"));
    }
    return o;
}

QJsonObject restrictionJson(const QList<qint64> &onlyGrabbers, std::optional<Level> minLevel)
{
    QJsonArray only;
    for (qint64 g : onlyGrabbers) {
        only.append(g);
    }
    return QJsonObject{{QStringLiteral("onlyGrabbers"), only},
                       {QStringLiteral("minLevel"), minLevel ? QJsonValue(toString(*minLevel)) : QJsonValue()}};
}

} // namespace

Result<Order> OrderService::order(qint64 id)
{
    return OrderReader::order(m_ctx.db.connection(), id);
}

Result<OrderService::Published> OrderService::publish(const NewOrder &in)
{
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    auto published = publishIn(in);
    if (!published) {
        return published;
    }
    if (auto s = tx->commit(); !s) {
        return s.error();
    }
    return published;
}

Result<OrderService::Published> OrderService::publishIn(const NewOrder &in)
{
    if (in.amountMinor < 0) {
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("grab::OrderService", "An order amount cannot be negative."), QStringLiteral("negative_amount"));
    }
    if (in.deadlineMinutes && *in.deadlineMinutes <= 0) {
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("grab::OrderService", "A grab deadline must be at least one minute after publication."));
    }
    if (auto s = plaintext::checkLine(in.skill.trimmed(), "grab::OrderService",
                                      QT_TRANSLATE_NOOP("grab::OrderService", "The order's skill contains a control character (%1 at position %2); a skill is one line of plain text."));
        !s) {
        return s.error();
    }
    // Only a region given here: the customer's own was checked when the customer was added.
    if (in.region) {
        if (auto s = plaintext::checkLine(in.region->trimmed(), "grab::OrderService",
                                          QT_TRANSLATE_NOOP("grab::OrderService", "The order's region contains a control character (%1 at position %2); a region is one line of plain text."));
            !s) {
            return s.error();
        }
    }
    const QSqlDatabase db = m_ctx.db.connection();
    auto rules = RuleService::currentIn(db);
    if (!rules) {
        return rules.error();
    }
    TeamService team(m_ctx);
    auto customer = team.customer(in.customerId);
    if (!customer) {
        return customer.error();
    }
    for (qint64 g : in.onlyGrabbers) {
        if (auto found = TeamService::grabberCoreIn(db, g); !found) {
            return found.error();
        }
    }
    const QString region = in.region.value_or(customer->region).trimmed();
    const auto assessment = rules->priority.assess(customer->tier, in.amountMinor, region);
    const qint64 now = m_ctx.clock.nowMs();
    const qint64 publishedAt = in.publishedAt.value_or(now);
    if (publishedAt > now) {
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("grab::OrderService", "An order cannot be published in the future."), QStringLiteral("published_in_future"));
    }
    const qint64 deadline = publishedAt + qint64(in.deadlineMinutes.value_or(rules->grabDeadlineMinutes)) * 60 * 1000;
    auto id = insertReturningId(
        db,
        QStringLiteral("INSERT INTO orders (customer_id, amount, skill, region, priority, priority_score, rule_version, "
                       "published_at, pooled_at, grab_deadline, min_level, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open')"),
        {in.customerId, in.amountMinor, in.skill.trimmed(), region, assessment.priority, assessment.score, rules->version, publishedAt,
         publishedAt, deadline, in.minLevel ? QVariant(toString(*in.minLevel)) : QVariant()},
        QStringLiteral("publishing an order"));
    if (!id) {
        return id.error();
    }
    QJsonArray only;
    for (qint64 g : in.onlyGrabbers) {
        if (auto q = runSql(db, QStringLiteral("INSERT INTO order_restrictions (order_id, grabber_id) VALUES (?, ?)"), {*id, g},
                            QStringLiteral("restricting an order"));
            !q) {
            return q.error();
        }
        only.append(g);
    }
    QJsonObject payload{{QStringLiteral("customer"), in.customerId},
                              {QStringLiteral("amount"), formatMajorUnits(in.amountMinor)},
                              {QStringLiteral("skill"), in.skill.trimmed()},
                              {QStringLiteral("region"), region},
                              {QStringLiteral("priority"), QStringLiteral("P%1").arg(assessment.priority)},
                              {QStringLiteral("priorityWhy"), assessment.explanation},
                              {QStringLiteral("priorityWhyPhrase"), assessment.why.toJson()},
                              {QStringLiteral("onlyGrabbers"), only},
                              {QStringLiteral("minLevel"), in.minLevel ? QJsonValue(toString(*in.minLevel)) : QJsonValue()}};
    if (in.publishedAt) {
        payload.insert(QStringLiteral("publishedAt"), QString::number(publishedAt)); // an imported order's own time
    }
    if (auto e = EventLog::record(db, now, event::Published, m_ctx.actor, *id, std::nullopt, rules->version, QString(), payload); !e) {
        return e.error();
    }
    return Published{*id, assessment.priority, assessment.explanation};
}

Status OrderService::endAssignment(qint64 orderId, qint64 at, const char *endReason)
{
    auto rules = RuleService::currentIn(m_ctx.db.connection());
    if (!rules) {
        return rules.error();
    }
    return AssignmentLedger::end(m_ctx.db.connection(), *rules, orderId, at, endReason);
}

Result<qint64> OrderService::followUp(qint64 orderId, qint64 grabberId, const QString &input)
{
    const QString note = plaintext::normalisedMultiline(input);
    if (auto s = plaintext::checkMultiline(note, "grab::OrderService",
                                           QT_TRANSLATE_NOOP("grab::OrderService", "The follow-up's note contains a control character (%1 at position %2); a note is plain text and line breaks."));
        !s) {
        return s.error();
    }
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    const QSqlDatabase db = m_ctx.db.connection();
    if (auto g = TeamService::grabberCoreIn(db, grabberId); !g) {
        return g.error();
    }
    auto o = heldOrder(db, orderId, QCoreApplication::translate("grab::OrderService", "follow up", "Cannot %1 order"), grabberId);
    if (!o) {
        return o.error();
    }
    const qint64 now = m_ctx.clock.nowMs();
    auto id = insertReturningId(db, QStringLiteral("INSERT INTO follow_ups (order_id, grabber_id, at, note) VALUES (?, ?, ?, ?)"),
                                {orderId, grabberId, now, note}, QStringLiteral("recording a follow-up"));
    if (!id) {
        return id;
    }
    if (auto s = AssignmentLedger::followedUp(db, orderId, now); !s) {
        return s.error();
    }
    if (auto e = EventLog::record(db, now, event::FollowedUp, m_ctx.actor, orderId, grabberId, std::nullopt, QString(),
                                  QJsonObject{{QStringLiteral("note"), note}});
        !e) {
        return e.error();
    }
    if (auto s = tx->commit(); !s) {
        return s.error();
    }
    return id;
}

Status OrderService::close(qint64 orderId, Outcome outcome, std::optional<qint64> grabberId)
{
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    const QSqlDatabase db = m_ctx.db.connection();
    auto o = heldOrder(db, orderId, QCoreApplication::translate("grab::OrderService", "close", "Cannot %1 order"), grabberId);
    if (!o) {
        return o.error();
    }
    const qint64 now = m_ctx.clock.nowMs();
    if (auto q = runSql(db, QStringLiteral("UPDATE orders SET state = ?, closed_at = ? WHERE id = ? AND state = 'assigned'"),
                        {toString(outcome), now, orderId}, QStringLiteral("closing an order"));
        !q) {
        return q.error();
    }
    if (auto s = endAssignment(orderId, now, outcome == Outcome::Won ? "won" : "lost"); !s) {
        return s;
    }
    if (auto e = EventLog::record(db, now, event::Closed, m_ctx.actor, orderId, *o->assigneeId, std::nullopt, QString(),
                                  QJsonObject{{QStringLiteral("outcome"), toString(outcome)},
                                              {QStringLiteral("amount"), formatMajorUnits(o->amountMinor)}});
        !e) {
        return e.error();
    }
    return tx->commit();
}

Result<qint64> OrderService::feedback(qint64 orderId, int score, const QString &comment)
{
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    auto id = feedbackIn(orderId, score, comment);
    if (!id) {
        return id;
    }
    if (auto s = tx->commit(); !s) {
        return s.error();
    }
    return id;
}

Result<qint64> OrderService::feedbackIn(qint64 orderId, int score, const QString &input)
{
    if (score < 1 || score > 5) {
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("grab::OrderService", "A feedback score is a whole number from 1 to 5."));
    }
    const QString comment = plaintext::normalisedMultiline(input);
    if (auto s = plaintext::checkMultiline(comment, "grab::OrderService",
                                           QT_TRANSLATE_NOOP("grab::OrderService", "The feedback's comment contains a control character (%1 at position %2); a comment is plain text and line breaks."));
        !s) {
        return s.error();
    }
    const QSqlDatabase db = m_ctx.db.connection();
    auto o = OrderReader::order(db, orderId);
    if (!o) {
        return o.error();
    }
    if (o->state != OrderState::Won && o->state != OrderState::Lost) {
        return makeError(ErrorCode::NotOpen,
                         QCoreApplication::translate("grab::OrderService", "Order %1 is %2: feedback is taken once an order is won or lost.").arg(orderId).arg(phraseOf(o->state).shown()),
                         QStringLiteral("order_not_closed"));
    }
    auto existing = scalar(db, QStringLiteral("SELECT COUNT(*) FROM feedback WHERE order_id = ?"), {orderId});
    if (!existing) {
        return existing.error();
    }
    if (existing->toInt() > 0) {
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("grab::OrderService", "Order %1 already has feedback.").arg(orderId),
                         QStringLiteral("feedback_exists"));
    }
    const qint64 now = m_ctx.clock.nowMs();
    auto id = insertReturningId(db, QStringLiteral("INSERT INTO feedback (order_id, grabber_id, score, comment, at) VALUES (?, ?, ?, ?, ?)"),
                                {orderId, *o->assigneeId, score, comment, now}, QStringLiteral("recording feedback"));
    if (!id) {
        return id;
    }
    auto rules = RuleService::currentIn(db);
    if (!rules) {
        return rules.error();
    }
    if (auto s = AssignmentLedger::feedbackGiven(db, *rules, *o->assigneeId, score, now); !s) {
        return s.error();
    }
    if (auto e = EventLog::record(db, now, event::Feedback, m_ctx.actor, orderId, *o->assigneeId, std::nullopt, QString(),
                                  QJsonObject{{QStringLiteral("score"), score}, {QStringLiteral("comment"), comment}});
        !e) {
        return e.error();
    }
    return id;
}

Status OrderService::release(qint64 orderId, std::optional<qint64> grabberId)
{
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    const QSqlDatabase db = m_ctx.db.connection();
    if (grabberId) {
        if (auto g = TeamService::grabberCoreIn(db, *grabberId); !g) {
            return g.error();
        }
    }
    auto o = heldOrder(db, orderId, QCoreApplication::translate("grab::OrderService", "release", "Cannot %1 order"), grabberId);
    if (!o) {
        return o.error();
    }
    const qint64 now = m_ctx.clock.nowMs();
    auto rules = RuleService::currentIn(db);
    if (!rules) {
        return rules.error();
    }
    if (auto s = AssignmentLedger::backToPool(db, *rules, orderId, now, "released"); !s) {
        return s;
    }
    if (auto e = EventLog::record(db, now, event::Released, m_ctx.actor, orderId, *o->assigneeId); !e) {
        return e.error();
    }
    return tx->commit();
}

Status OrderService::cancel(qint64 orderId, const QString &input)
{
    const QString why = plaintext::normalisedMultiline(input);
    if (auto s = plaintext::checkMultiline(why, "grab::OrderService",
                                           QT_TRANSLATE_NOOP("grab::OrderService", "The reason for cancelling contains a control character (%1 at position %2); a reason is plain text and line breaks."));
        !s) {
        return s;
    }
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    const QSqlDatabase db = m_ctx.db.connection();
    auto o = OrderReader::order(db, orderId);
    if (!o) {
        return o.error();
    }
    if (o->state != OrderState::Open && o->state != OrderState::Assigned) {
        return notOpenError(*o, QStringLiteral("cancel"));
    }
    const qint64 now = m_ctx.clock.nowMs();
    if (auto q = runSql(db, QStringLiteral("UPDATE orders SET state = 'cancelled', assignee_id = NULL, assigned_at = NULL, closed_at = ? "
                                           "WHERE id = ?"),
                        {now, orderId}, QStringLiteral("cancelling an order"));
        !q) {
        return q.error();
    }
    if (o->state == OrderState::Assigned) {
        if (auto s = endAssignment(orderId, now, "cancelled"); !s) {
            return s;
        }
    }
    if (auto e = EventLog::record(db, now, event::Cancelled, m_ctx.actor, orderId, o->assigneeId, std::nullopt, QString(),
                                  QJsonObject{{QStringLiteral("why"), why}});
        !e) {
        return e.error();
    }
    return tx->commit();
}

Status OrderService::restrict(qint64 orderId, QList<qint64> onlyGrabbers, std::optional<Level> minLevel)
{
    // Stored and compared as a set, in the order OrderReader reads it back.
    std::sort(onlyGrabbers.begin(), onlyGrabbers.end());
    onlyGrabbers.erase(std::unique(onlyGrabbers.begin(), onlyGrabbers.end()), onlyGrabbers.end());
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    const QSqlDatabase db = m_ctx.db.connection();
    auto o = OrderReader::order(db, orderId);
    if (!o) {
        return o.error();
    }
    if (o->state != OrderState::Open && o->state != OrderState::Assigned) {
        return notOpenError(*o, QStringLiteral("restrict"));
    }
    for (qint64 g : onlyGrabbers) {
        if (auto found = TeamService::grabberCoreIn(db, g); !found) {
            return found.error();
        }
    }
    if (o->onlyGrabbers == onlyGrabbers && o->minLevel == minLevel) {
        return Done{}; // no change, no event; the transaction rolls back
    }
    if (auto q = runSql(db, QStringLiteral("DELETE FROM order_restrictions WHERE order_id = ?"), {orderId},
                        QStringLiteral("restricting an order"));
        !q) {
        return q.error();
    }
    for (qint64 g : onlyGrabbers) {
        if (auto q = runSql(db, QStringLiteral("INSERT INTO order_restrictions (order_id, grabber_id) VALUES (?, ?)"), {orderId, g},
                            QStringLiteral("restricting an order"));
            !q) {
            return q.error();
        }
    }
    if (auto q = runSql(db, QStringLiteral("UPDATE orders SET min_level = ? WHERE id = ?"),
                        {minLevel ? QVariant(toString(*minLevel)) : QVariant(), orderId}, QStringLiteral("restricting an order"));
        !q) {
        return q.error();
    }
    QJsonObject payload = restrictionJson(onlyGrabbers, minLevel);
    payload.insert(QStringLiteral("previous"), restrictionJson(o->onlyGrabbers, o->minLevel));
    payload.insert(QStringLiteral("state"), toString(o->state));
    payload.insert(QStringLiteral("assignee"), o->assigneeId ? QJsonValue(*o->assigneeId) : QJsonValue());
    if (auto e = EventLog::record(db, m_ctx.clock.nowMs(), event::Restricted, m_ctx.actor, orderId, std::nullopt, std::nullopt, QString(),
                                  payload);
        !e) {
        return e.error();
    }
    return tx->commit();
}

Result<int> OrderService::expireOverdue()
{
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    const QSqlDatabase db = m_ctx.db.connection();
    const qint64 now = m_ctx.clock.nowMs();
    QList<qint64> ids;
    {
        auto q = runSql(db, QStringLiteral("SELECT id FROM orders WHERE state = 'open' AND grab_deadline <= ? ORDER BY id"), {now},
                        QStringLiteral("finding overdue orders"));
        if (!q) {
            return q.error();
        }
        while (q->next()) {
            ids.append(q->value(0).toLongLong());
        }
        if (auto end = rowsEnded(*q, QStringLiteral("finding overdue orders")); !end) {
            return end.error();
        }
    }
    for (qint64 id : ids) {
        if (auto q = runSql(db, QStringLiteral("UPDATE orders SET state = 'expired', closed_at = ? WHERE id = ?"), {now, id},
                            QStringLiteral("expiring an order"));
            !q) {
            return q.error();
        }
        if (auto e = EventLog::record(db, now, event::Expired, m_ctx.actor, id, std::nullopt, std::nullopt,
                                      QStringLiteral("deadline_passed"));
            !e) {
            return e.error();
        }
    }
    if (auto s = tx->commit(); !s) {
        return s.error();
    }
    return int(ids.size());
}

} // namespace grab
