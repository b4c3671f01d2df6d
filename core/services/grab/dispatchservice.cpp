#include "dispatchservice.h"

#include "assignmentledger.h"
#include "services/metrics/dayrollup.h"
#include "services/audit/eventlog.h"
#include "orderreader.h"
#include "services/rules/ruleservice.h"
#include "services/team/teamservice.h"
#include "base/plaintext.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace grab {
namespace {

// A refusal code inside a shown sentence: the code in English (grabctl), a few words on screen.
QString reasonName(const QString &code)
{
    static const QHash<QString, const char *> names{
        {QString::fromLatin1(reason::GrabberOnLeave), QT_TRANSLATE_NOOP("grab::DispatchService", "grabber_on_leave")},
        {QString::fromLatin1(reason::GrabberSuspended), QT_TRANSLATE_NOOP("grab::DispatchService", "grabber_suspended")},
        {QString::fromLatin1(reason::Restricted), QT_TRANSLATE_NOOP("grab::DispatchService", "restricted_order")},
        {QString::fromLatin1(reason::LevelRestricted), QT_TRANSLATE_NOOP("grab::DispatchService", "level_restricted")},
        {QString::fromLatin1(reason::LevelReserved), QT_TRANSLATE_NOOP("grab::DispatchService", "level_reserved")},
        {QString::fromLatin1(reason::DeadlinePassed), QT_TRANSLATE_NOOP("grab::DispatchService", "deadline_passed")},
        {QString::fromLatin1(reason::OutsideWindow), QT_TRANSLATE_NOOP("grab::DispatchService", "outside_window")},
        {QString::fromLatin1(reason::DailyCap), QT_TRANSLATE_NOOP("grab::DispatchService", "daily_cap_reached")},
        {QString::fromLatin1(reason::WorkloadCap), QT_TRANSLATE_NOOP("grab::DispatchService", "workload_cap_reached")},
        {QString::fromLatin1(reason::Cooldown), QT_TRANSLATE_NOOP("grab::DispatchService", "cooldown")},
        {QString::fromLatin1(reason::DispatchOnly), QT_TRANSLATE_NOOP("grab::DispatchService", "dispatch_only")},
    };
    const char *source = names.value(code);
    return source ? QCoreApplication::translate("grab::DispatchService", source) : code;
}

// Runs a two-column (grabber id, value) query into a map.
template<typename Fn>
Status forEachRow(const QSqlDatabase &db, const QString &sql, const QVariantList &binds, Fn fn)
{
    auto q = runSql(db, sql, binds, QStringLiteral("reading the team's figures"));
    if (!q) {
        return q.error();
    }
    while (q->next()) {
        fn(*q);
    }
    return rowsEnded(*q, QStringLiteral("reading the team's figures"));
}

Error notOpen(const Order &o, const QString &consequence)
{
    return makeError(ErrorCode::NotOpen, QCoreApplication::translate("grab::DispatchService", "Order %1 is %2, not open: %3").arg(o.id).arg(phraseOf(o.state).shown(), consequence),
                     QStringLiteral("order_%1").arg(toString(o.state)));
}

} // namespace

QJsonObject toJson(const RankedCandidate &c, int factors)
{
    QJsonArray reasons;
    for (int i = 0; i < std::min<int>(factors, int(c.factors.size())); ++i) {
        const ScoreFactor &f = c.factors[i];
        reasons.append(QJsonObject{{QStringLiteral("factor"), f.factor},
                                   {QStringLiteral("contribution"), std::round(f.contribution * 10.0) / 10.0},
                                   {QStringLiteral("detail"), f.logDetail},
                                   {QStringLiteral("detailPhrase"), f.why.toJson()}});
    }
    return QJsonObject{{QStringLiteral("grabber"), c.grabberId},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("score"), std::round(c.score * 10.0) / 10.0},
                       {QStringLiteral("reasons"), reasons}};
}

Result<QList<DispatchCandidate>> DispatchService::candidatesIn(const QSqlDatabase &db, const RuleSet &rules, const Order &order,
                                                              qint64 now)
{
    auto grabbers = TeamService::grabbersIn(db);
    if (!grabbers) {
        return grabbers.error();
    }
    QList<DispatchCandidate> out;
    QHash<qint64, qsizetype> index;
    for (const Grabber &g : *grabbers) {
        index.insert(g.id, out.size());
        DispatchCandidate c;
        c.grabber = g;
        out.append(c);
    }
    const auto at = [&](const QSqlQuery &q) -> DispatchCandidate * {
        const auto it = index.constFind(q.value(0).toLongLong());
        return it == index.cend() ? nullptr : &out[*it];
    };
    // A handful of grouped, indexed queries for the whole team: no query per grabber.
    Status s = forEachRow(db, QStringLiteral("SELECT grabber_id, volume FROM grabber_days WHERE day = ?"), {DayRollup::dayKey(rules, now)},
                          [&](const QSqlQuery &q) {
                              if (auto *c = at(q)) {
                                  c->takenToday = q.value(1).toInt();
                              }
                          });
    if (s) {
        s = forEachRow(db, QStringLiteral("SELECT grabber_id, wins, closed FROM grabber_segment_stats WHERE skill = ? AND band_from = ?"),
                       {order.skill, rules.priority.bandFrom(order.amountMinor)}, [&](const QSqlQuery &q) {
                           if (auto *c = at(q)) {
                               c->segmentWins = q.value(1).toLongLong();
                               c->segmentClosed = q.value(2).toLongLong();
                           }
                       });
    }
    if (s) {
        s = forEachRow(db, QStringLiteral("SELECT grabber_id, feedback_sum, feedback_count FROM grabber_stats"), {}, [&](const QSqlQuery &q) {
            if (auto *c = at(q)) {
                c->feedbackSum = q.value(1).toLongLong();
                c->feedbackCount = q.value(2).toLongLong();
            }
        });
    }
    if (s) {
        // The orders in hand: orders_in_hand holds only those, a few per grabber.
        s = forEachRow(db, QStringLiteral("SELECT assignee_id, COUNT(*) FROM orders WHERE state = 'assigned' GROUP BY assignee_id"), {},
                       [&](const QSqlQuery &q) {
                           if (auto *c = at(q)) {
                               c->openWorkload = q.value(1).toInt();
                           }
                       });
    }
    if (s) {
        // A grabber's latest holding: one step into assignments_by_grabber_assigned each.
        s = forEachRow(db, QStringLiteral("SELECT g.id, (SELECT MAX(a.assigned_at) FROM assignments a WHERE a.grabber_id = g.id) FROM grabbers g"),
                       {}, [&](const QSqlQuery &q) {
                           if (auto *c = at(q); c && !q.value(1).isNull()) {
                               c->lastAssignedAt = q.value(1).toLongLong();
                           }
                       });
    }
    const qint64 cooldown = qint64(rules.followUp.cooldownHours) * 3600 * 1000;
    if (s) {
        s = forEachRow(db, QStringLiteral("SELECT grabber_id, MAX(ended_at) FROM assignments WHERE order_id = ? AND end_reason = 'reclaimed' "
                                          "GROUP BY grabber_id"),
                       {order.id}, [&](const QSqlQuery &q) {
                           if (auto *c = at(q)) {
                               c->cooldownUntil = q.value(1).toLongLong() + cooldown;
                           }
                       });
    }
    if (!s) {
        return s.error();
    }
    return out;
}

Result<DispatchDecision> DispatchService::preview(qint64 orderId, AssignPath path)
{
    const QSqlDatabase db = m_ctx.db.connection();
    const qint64 now = m_ctx.clock.nowMs();
    auto rules = RuleService::currentIn(db);
    if (!rules) {
        return rules.error();
    }
    auto order = OrderReader::order(db, orderId);
    if (!order) {
        return order.error();
    }
    if (order->state != OrderState::Open) {
        return notOpen(*order, QCoreApplication::translate("grab::DispatchService", "nobody can be given it."));
    }
    auto candidates = candidatesIn(db, *rules, *order, now);
    if (!candidates) {
        return candidates.error();
    }
    return decideDispatch(*rules, *order, *candidates, now, path);
}

Result<DispatchService::Placed> DispatchService::assign(qint64 orderId, qint64 grabberId, const QString &input)
{
    const QString note = plaintext::normalisedMultiline(input);
    if (auto s = plaintext::checkMultiline(note, "grab::DispatchService",
                                           QT_TRANSLATE_NOOP("grab::DispatchService", "The assignment's note contains a control character (%1 at position %2); a note is plain text and line breaks."));
        !s) {
        return s.error();
    }
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    const QSqlDatabase db = m_ctx.db.connection();
    const qint64 now = m_ctx.clock.nowMs();
    auto rules = RuleService::currentIn(db);
    if (!rules) {
        return rules.error();
    }
    auto order = OrderReader::order(db, orderId);
    if (!order) {
        return order.error();
    }
    if (auto g = TeamService::grabberCoreIn(db, grabberId); !g) {
        return g.error();
    }
    if (order->state != OrderState::Open) {
        return notOpen(*order, QCoreApplication::translate("grab::DispatchService", "it cannot be assigned."));
    }
    // The dispatcher's own view of the whole team, so that the assignment can say where this
    // grabber stands and whom the dispatcher would have picked.
    auto candidates = candidatesIn(db, *rules, *order, now);
    if (!candidates) {
        return candidates.error();
    }
    const DispatchDecision decision = decideDispatch(*rules, *order, *candidates, now, AssignPath::Manager);
    const auto chosenAt = std::find_if(decision.ranking.cbegin(), decision.ranking.cend(),
                                       [&](const RankedCandidate &c) { return c.grabberId == grabberId; });
    if (chosenAt == decision.ranking.cend()) {
        const auto refusedAt = std::find_if(decision.ineligible.cbegin(), decision.ineligible.cend(),
                                            [&](const auto &pair) { return pair.first.id == grabberId; });
        if (refusedAt == decision.ineligible.cend()) {
            return makeError(ErrorCode::Internal, QCoreApplication::translate("grab::DispatchService", "Grabber %1 is missing from the candidates for order %2.").arg(grabberId).arg(orderId));
        }
        const Eligibility &verdict = refusedAt->second;
        // Nothing changes hands, but the log shows that the manager tried and which rule said no.
        if (auto e = EventLog::record(db, now, event::AssignRefused, m_ctx.actor, orderId, grabberId, rules->version, verdict.reason,
                                      QJsonObject{{QStringLiteral("why"), verdict.logDetail},
                                                  {QStringLiteral("whyPhrase"), verdict.why.toJson()},
                                                  {QStringLiteral("note"), note}});
            !e) {
            return e.error();
        }
        if (auto c = tx->commit(); !c) {
            return c.error();
        }
        return makeError(ErrorCode::Refused, verdict.detail, verdict.reason);
    }
    const QJsonObject extra{{QStringLiteral("best"), toJson(*decision.best(), 0)}, {QStringLiteral("note"), note}};
    auto placed = placeIn(db, *rules, *order, decision, chosenAt - decision.ranking.cbegin(), AssignVia::Manager,
                          QStringLiteral("manager"), extra, now);
    if (!placed) {
        return placed.error();
    }
    if (auto c = tx->commit(); !c) {
        return c.error();
    }
    placed->eventId = tx->eventId(placed->eventId);
    return placed;
}

Result<DispatchService::Placed> DispatchService::dispatch(qint64 orderId)
{
    return dispatchOne(orderId, nullptr);
}

Result<DispatchService::Placed> DispatchService::dispatchOne(qint64 orderId, bool *teamFull)
{
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    const QSqlDatabase db = m_ctx.db.connection();
    const qint64 now = m_ctx.clock.nowMs();
    auto rules = RuleService::currentIn(db);
    if (!rules) {
        return rules.error();
    }
    auto order = OrderReader::order(db, orderId);
    if (!order) {
        return order.error();
    }
    if (order->state != OrderState::Open) {
        return notOpen(*order, QCoreApplication::translate("grab::DispatchService", "nothing to dispatch."));
    }
    auto candidates = candidatesIn(db, *rules, *order, now);
    if (!candidates) {
        return candidates.error();
    }
    const DispatchDecision decision = decideDispatch(*rules, *order, *candidates, now, AssignPath::Dispatch);
    if (!decision.best()) {
        // Nobody may take it: say which rules excluded how many, and leave it in the pool.
        QHash<QString, int> byReason;
        for (const auto &[g, e] : decision.ineligible) {
            ++byReason[e.reason];
        }
        if (teamFull) {
            // Reasons about the grabber alone, not this order: no other order can be placed now.
            static const QStringList anyOrder{QString::fromLatin1(reason::GrabberOnLeave), QString::fromLatin1(reason::GrabberSuspended),
                                              QString::fromLatin1(reason::DailyCap), QString::fromLatin1(reason::WorkloadCap)};
            *teamFull = std::all_of(byReason.keyBegin(), byReason.keyEnd(), [](const QString &r) { return anyOrder.contains(r); });
        }
        QJsonObject excluded;
        QStringList parts;
        for (auto it = byReason.cbegin(); it != byReason.cend(); ++it) {
            excluded.insert(it.key(), it.value());
        }
        for (const QString &k : excluded.keys()) {
            parts << QCoreApplication::translate("grab::DispatchService", "%1 %2", "how many grabbers a rule excluded, the rule's code")
                         .arg(excluded.value(k).toInt())
                         .arg(reasonName(k));
        }
        const QString message = candidates->isEmpty() ? QCoreApplication::translate("grab::DispatchService", "Order %1 cannot be dispatched: the team has no grabbers.").arg(orderId)
                                                      : QCoreApplication::translate("grab::DispatchService", "Order %1 cannot be dispatched: no grabber is eligible (%2).")
                                                            .arg(orderId)
                                                            .arg(parts.join(QStringLiteral(", ")));
        // A sweep runs every few minutes: log the failure once an hour per order, not every time.
        auto recent = scalar(db, QStringLiteral("SELECT COUNT(*) FROM events WHERE order_id = ? AND type = 'dispatch_failed' AND at > ?"),
                             {orderId, now - 3600 * 1000}, QStringLiteral("checking earlier dispatch failures"));
        if (!recent) {
            return recent.error();
        }
        if (recent->toInt() == 0) {
            if (auto e = EventLog::record(db, now, event::DispatchFailed, m_ctx.actor, orderId, std::nullopt, rules->version,
                                          QStringLiteral("no_eligible_grabber"), QJsonObject{{QStringLiteral("excluded"), excluded}});
                !e) {
                return e.error();
            }
        }
        if (auto c = tx->commit(); !c) {
            return c.error();
        }
        return makeError(ErrorCode::Refused, message, QStringLiteral("no_eligible_grabber"));
    }
    const RankedCandidate &chosen = *decision.best();
    const QString topReason = chosen.factors.isEmpty() ? QString() : chosen.factors.first().factor;
    auto placed = placeIn(db, *rules, *order, decision, 0, AssignVia::Dispatch, topReason, QJsonObject(), now);
    if (!placed) {
        return placed.error();
    }
    if (auto c = tx->commit(); !c) {
        return c.error();
    }
    placed->eventId = tx->eventId(placed->eventId);
    return placed;
}

Result<DispatchService::Placed> DispatchService::placeIn(const QSqlDatabase &db, const RuleSet &rules, const Order &order,
                                                         const DispatchDecision &decision, qsizetype rank, AssignVia via,
                                                         const QString &reason, const QJsonObject &extra, qint64 now)
{
    const RankedCandidate &chosen = decision.ranking.at(rank);
    auto taken = AssignmentLedger::start(db, rules, order, chosen.grabberId, via, now);
    if (!taken) {
        return taken.error();
    }
    if (!*taken) {
        return makeError(ErrorCode::NotOpen, QCoreApplication::translate("grab::DispatchService", "Order %1 was taken meanwhile.").arg(order.id), QStringLiteral("order_assigned"));
    }
    Placed placed;
    placed.orderId = order.id;
    placed.chosen = chosen;
    placed.rank = int(rank) + 1;
    // The runner-up is the best eligible grabber other than the chosen one.
    if (rank > 0) {
        placed.runnerUp = decision.ranking.first();
    } else if (decision.ranking.size() > 1) {
        placed.runnerUp = decision.ranking.at(1);
    }
    placed.eligible = int(decision.ranking.size());
    placed.ineligible = int(decision.ineligible.size());
    placed.widened = decision.widened;
    QJsonObject payload = toJson(chosen);
    payload.insert(QStringLiteral("why"), chosen.logDetail);
    payload.insert(QStringLiteral("whyPhrase"), chosen.why.toJson());
    payload.insert(QStringLiteral("rank"), placed.rank);
    payload.insert(QStringLiteral("runnerUp"), placed.runnerUp ? QJsonValue(toJson(*placed.runnerUp, 0)) : QJsonValue());
    payload.insert(QStringLiteral("eligible"), placed.eligible);
    payload.insert(QStringLiteral("ineligible"), placed.ineligible);
    payload.insert(QStringLiteral("widened"), placed.widened);
    payload.insert(QStringLiteral("waitedMs"), now - order.pooledAt);
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        payload.insert(it.key(), it.value());
    }
    auto eventId = EventLog::record(db, now, event::Dispatched, m_ctx.actor, order.id, chosen.grabberId, rules.version, reason, payload);
    if (!eventId) {
        return eventId.error();
    }
    placed.eventId = *eventId;
    return placed;
}

Result<DispatchService::Sweep> DispatchService::dispatchPending()
{
    const QSqlDatabase db = m_ctx.db.connection();
    const qint64 now = m_ctx.clock.nowMs();
    auto rules = RuleService::currentIn(db);
    if (!rules) {
        return rules.error();
    }
    Sweep sweep;
    if (rules->dispatch.mode == DispatchPolicy::Mode::Off) {
        return sweep;
    }
    auto open = OrderReader::list(db, OrderState::Open);
    if (!open) {
        return open.error();
    }
    QList<Order> due;
    for (const Order &o : *open) {
        if (isDueForDispatch(*rules, o, now)) {
            due.append(o);
        }
    }
    std::sort(due.begin(), due.end(), [](const Order &a, const Order &b) {
        return a.pooledAt != b.pooledAt ? a.pooledAt < b.pooledAt : a.id < b.id;
    });
    for (qsizetype i = 0; i < due.size(); ++i) {
        bool teamFull = false;
        auto placed = dispatchOne(due.at(i).id, &teamFull);
        if (placed) {
            sweep.placed.append(*placed);
        } else if (placed.error().code == ErrorCode::Refused || placed.error().code == ErrorCode::NotOpen) {
            sweep.failed.append({due.at(i).id, placed.error()});
            if (teamFull) {
                sweep.untriedTeamFull = int(due.size() - i - 1);
                break;
            }
        } else {
            return placed.error();
        }
    }
    return sweep;
}

} // namespace grab
