#include "grabservice.h"

#include "assignmentledger.h"
#include "services/metrics/dayrollup.h"
#include "services/audit/eventlog.h"
#include "orderreader.h"
#include "services/rules/ruleservice.h"
#include "services/team/teamservice.h"
#include "services/team/violationservice.h"
#include "domain/eligibility.h"
#include "store/integrity.h"
#include "store/sql.h"
#include "store/sqlerror.h"

#include <QSqlQuery>

#include <QCoreApplication>

namespace grab {
namespace {

// Counts a refused or lost attempt in the day's figures (a winning one is counted there by the
// assignment itself). The attempt itself is kept once, as its event (schema version 4).
Status countAttempt(const QSqlDatabase &db, const RuleSet &rules, qint64 grabberId, qint64 at)
{
    return DayRollup::add(db, rules, grabberId, at, {{"attempts", 1}});
}

// What a grab decides on, and what its event links to.
struct Facts
{
    Grabber grabber;
    Order order;
    AssignmentLedger::Load load;
    int ruleVersion = 0;     // the version in force (0: none)
    integrity::Head newest;  // the newest event, which the grab's own event follows
};

// One statement for everything a grab reads, each part read by its own reader: what the rules
// decide on of the grabber and the order (their decision columns), the grabber's counts, the
// rule version in force and the event chain's head. Five statements before, with ten values
// bound instead of five (docs/performance.md). Without a row, the grabber or the order is
// missing: their own readers say which.
Result<Facts> readFacts(const QSqlDatabase &db, const RuleSet &rules, qint64 grabberId, qint64 orderId, qint64 now)
{
    static const QString sql = QStringLiteral("SELECT %1, %2, %3, %4, %5 FROM grabbers g, %6 WHERE g.id = ? AND o.id = ?")
                                   .arg(TeamService::grabberDecisionColumns(QStringLiteral("g")), OrderReader::decisionColumns(),
                                        AssignmentLedger::loadColumns(QStringLiteral("g.id"), QStringLiteral("o.id")),
                                        RuleService::versionColumn(), integrity::headColumns(), OrderReader::from());
    constexpr int orderFirst = TeamService::kGrabberDecisionColumnCount;
    constexpr int loadFirst = orderFirst + OrderReader::kDecisionColumnCount;
    constexpr int versionAt = loadFirst + AssignmentLedger::kLoadColumnCount;
    constexpr int headFirst = versionAt + 1;
    QVariantList binds = AssignmentLedger::loadValues(rules, now);
    binds << grabberId << orderId;
    std::optional<Facts> facts;
    bool restricted = false;
    if (auto s = forEachCached(
            db, sql, binds,
            [&](const QSqlQuery &q) {
                facts = Facts{TeamService::readGrabberDecisionRow(q, 0), OrderReader::readDecisionRow(q, orderFirst, &restricted),
                              AssignmentLedger::readLoad(q, loadFirst, rules), q.value(versionAt).toInt(), integrity::readHead(q, headFirst)};
            },
            QStringLiteral("reading the grabber, the order and the counts"));
        !s) {
        return s.error();
    }
    if (!facts) {
        auto grabber = TeamService::grabberCoreIn(db, grabberId);
        if (!grabber) {
            return grabber.error();
        }
        auto order = OrderReader::order(db, orderId);
        if (!order) {
            return order.error();
        }
        return makeError(ErrorCode::Internal, QStringLiteral("Grabber %1 and order %2 exist but could not be read together.").arg(grabberId).arg(orderId));
    }
    if (restricted) {
        if (auto s = OrderReader::readRestrictions(db, facts->order); !s) {
            return s.error();
        }
    }
    return *facts;
}

} // namespace

Result<GrabService::Won> GrabService::grab(qint64 orderId, qint64 grabberId)
{
    // On a server two transactions can still get in each other's way (a deadlock the server broke
    // by failing one): the grab is tried again, so the grabber hears a verdict, never the clash.
    for (int attempt = 1;; ++attempt) {
        auto result = grabOnce(orderId, grabberId);
        if (result || !isWriteConflict(result.error()) || attempt == kConflictAttempts) {
            return result;
        }
    }
}

Result<GrabService::Won> GrabService::grabOnce(qint64 orderId, qint64 grabberId)
{
    // Grabs run beside each other on a server, each holding the grabber and the order it decides
    // on: the same grabber's grabs queue (so their counts and caps stay exact), and so do the
    // grabs of one order (so it has one winner). Other grabs do not wait. On SQLite each grab
    // holds the whole file, as every write does (dialect.h).
    auto tx = Transaction::begin(m_ctx.db, dialect::WriteScope::Rows);
    if (!tx) {
        return tx.error();
    }
    if (auto s = tx->lockRow(QStringLiteral("grabbers"), grabberId); !s) {
        return s.error();
    }
    if (auto s = tx->lockRow(QStringLiteral("orders"), orderId); !s) {
        return s.error();
    }
    const QSqlDatabase db = m_ctx.db.connection();
    const qint64 now = m_ctx.clock.nowMs();

    // The rules this connection read last; the facts say which version is in force, and a
    // changed one is read and the facts again under it (the counts' day and window follow it).
    auto rules = RuleService::lastReadIn(db);
    if (!rules) {
        return rules.error();
    }
    auto facts = readFacts(db, *rules, grabberId, orderId, now);
    if (facts && facts->ruleVersion != rules->version) {
        rules = RuleService::currentIn(db);
        if (!rules) {
            return rules.error();
        }
        facts = readFacts(db, *rules, grabberId, orderId, now);
    }
    if (!facts) {
        return facts.error();
    }
    const Grabber &grabber = facts->grabber;
    const Order &order = facts->order;
    const AssignmentLedger::Load &load = facts->load;

    // Not open: somebody else was faster, or the order is over. Recorded, then reported.
    if (order.state != OrderState::Open) {
        const QString state = toString(order.state);
        if (auto s = countAttempt(db, *rules, grabberId, now); !s) {
            return s.error();
        }
        if (auto e = EventLog::record(db, now, event::GrabLostRace, m_ctx.actor, orderId, grabberId, rules->version,
                                      QStringLiteral("order_%1").arg(state),
                                      order.assigneeId ? JsonText().field("state", state).field("holder", *order.assigneeId)
                                                        : JsonText().field("state", state).null("holder"),
                                      facts->newest);
            !e) {
            return e.error();
        }
        // After the event: the attempt is its event, and the rapid-attempt check counts it.
        if (auto s = ViolationService::afterAttempt(db, *rules, now, m_ctx.actor, grabberId, orderId, QString()); !s) {
            return s.error();
        }
        if (auto s = tx->commit(); !s) {
            return s.error();
        }
        const QString message = order.state == OrderState::Assigned
                                    ? QCoreApplication::translate("grab::GrabService", "Order %1 was already taken by grabber %2.").arg(orderId).arg(*order.assigneeId)
                                    : QCoreApplication::translate("grab::GrabService", "Order %1 is %2, not open.").arg(orderId).arg(phraseOf(order.state).shown());
        return makeError(ErrorCode::NotOpen, message, QStringLiteral("order_%1").arg(state));
    }

    const GrabContext ctx{*rules,         grabber, order, load.takenToday, load.openWorkload,
                          now,            AssignPath::Grab, isWidened(*rules, order, now), load.cooldownUntil};
    const Eligibility verdict = checkEligibility(ctx);
    if (!verdict.allowed) {
        if (auto s = countAttempt(db, *rules, grabberId, now); !s) {
            return s.error();
        }
        if (auto e = EventLog::record(db, now, event::GrabRejected, m_ctx.actor, orderId, grabberId, rules->version, verdict.reason,
                                      JsonText().field("why", verdict.logDetail).raw("whyPhrase", verdict.why.toJsonText()), facts->newest);
            !e) {
            return e.error();
        }
        if (auto s = ViolationService::afterAttempt(db, *rules, now, m_ctx.actor, grabberId, orderId, verdict.reason, load.recentAttempts + 1,
                                                    verdict.why);
            !s) {
            return s.error();
        }
        if (auto s = tx->commit(); !s) {
            return s.error();
        }
        return makeError(ErrorCode::Refused, verdict.detail, verdict.reason);
    }

    // Compare-and-set: we hold the write lock, so this cannot lose; the WHERE keeps it honest anyway.
    auto taken = AssignmentLedger::start(db, *rules, order, grabberId, AssignVia::Grab, now, true);
    if (!taken) {
        return taken.error();
    }
    if (!*taken) {
        return makeError(ErrorCode::NotOpen, QCoreApplication::translate("grab::GrabService", "Order %1 was taken by someone else.").arg(orderId),
                         QStringLiteral("order_assigned"));
    }
    auto violation = ViolationService::afterAttempt(db, *rules, now, m_ctx.actor, grabberId, orderId, QString(), load.recentAttempts + 1);
    if (!violation) {
        return violation.error();
    }
    auto eventId = EventLog::record(db, now, event::GrabWon, m_ctx.actor, orderId, grabberId, rules->version, QString(),
                                    JsonText()
                                        .field("window", verdict.window)
                                        .field("why", verdict.logDetail)
                                        .raw("whyPhrase", verdict.why.toJsonText())
                                        .field("waitedMs", now - order.publishedAt)
                                        .field("widened", ctx.widened),
                                    *violation ? std::nullopt : std::optional<integrity::Head>(facts->newest)); // a violation's event came first
    if (!eventId) {
        return eventId.error();
    }
    if (auto s = tx->commit(); !s) {
        return s.error();
    }
    return Won{orderId, grabberId, tx->eventId(*eventId), rules->version, verdict.detail};
}

} // namespace grab
