#include "erasureservice.h"

#include "services/audit/eventlog.h"
#include "domain/event.h"
#include "base/plaintext.h"
#include "store/eventinbox.h"
#include "store/integrity.h"
#include "store/dialect.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace grab {
namespace {

const QString kDoing = QStringLiteral("erasing a customer's personal data");

// The customer's orders, as a sub-select the updates share.
const QString kOrdersOf = QStringLiteral("SELECT id FROM orders WHERE customer_id = ?");

} // namespace

QString ErasureService::erasedName(qint64 customerId)
{
    return QStringLiteral("Erased customer #%1").arg(customerId);
}

Result<ErasureService::Erasure> ErasureService::eraseCustomer(qint64 customerId, const QString &reasonIn)
{
    const QString reason = reasonIn.trimmed().isEmpty() ? QStringLiteral("pipl_request") : reasonIn.trimmed();
    if (auto s = plaintext::checkLine(reason, "grab::ErasureService",
                                      QT_TRANSLATE_NOOP("grab::ErasureService", "The reason contains a control character (%1 at position %2); a reason is one line of plain text."));
        !s) {
        return s.error();
    }
    if (reason.size() > 200) {
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("grab::ErasureService", "A reason has at most 200 characters."));
    }

    const QSqlDatabase db = m_ctx.db.connection();
    const dialect::Engine engine = m_ctx.db.engine();
    // Freed space is zeroed while this connection erases, so the text does not linger in the
    // pages (where the engine can: dialect.h); the setting is the connection's own and is put
    // back however the erasure ends.
    if (const QString on = dialect::secureDelete(engine, true); !on.isEmpty()) {
        if (auto s = runSql(db, on, {}, kDoing); !s) {
            return s.error();
        }
    }
    struct SecureDeleteOff
    {
        QSqlDatabase db;
        QString off;
        ~SecureDeleteOff()
        {
            if (!off.isEmpty()) {
                runSql(db, off);
            }
        }
    } restore{db, dialect::secureDelete(engine, false)};

    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    // On a server, events committed a moment ago may still wait to be linked, with the
    // customer's text in them: into the log first, where this erasure finds them.
    if (auto s = eventinbox::linkPending(db); !s) {
        return s.error();
    }
    auto exists = scalar(db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE id = ?"), {customerId}, kDoing);
    if (!exists) {
        return exists.error();
    }
    if (exists->toInt() == 0) {
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("grab::ErasureService", "There is no customer with id %1.").arg(customerId),
                         QStringLiteral("no_such_customer"));
    }
    auto before = scalar(db,
                         QStringLiteral("SELECT COUNT(*) FROM events WHERE type = ? AND %1 = ?").arg(dialect::jsonMember(engine, QStringLiteral("payload"), QStringLiteral("customer"))),
                         {QString::fromLatin1(event::CustomerErased), customerId}, kDoing);
    if (!before) {
        return before.error();
    }
    if (before->toInt() > 0) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("grab::ErasureService", "Customer %1's personal data was already erased.").arg(customerId),
                         QStringLiteral("already_erased"));
    }

    Erasure done;
    done.customerId = customerId;

    // The events that hold the customer's text, read with their payload: the customer's own
    // addition, and each note or comment written about one of the customer's orders (through
    // events_by_order).
    QList<integrity::StoredPayload> events;
    const auto collect = [&](const QSqlQuery &q) { events.append({q.value(0).toLongLong(), q.value(1).toString()}); };
    if (auto s = forEachCached(db, QStringLiteral("SELECT id, payload FROM events WHERE type = ? AND %1 = ?").arg(dialect::jsonMember(engine, QStringLiteral("payload"), QStringLiteral("id"))),
                               {QString::fromLatin1(event::CustomerAdded), customerId}, collect, kDoing);
        !s) {
        return s.error();
    }
    if (auto s = forEachCached(db, QStringLiteral("SELECT id, payload FROM events WHERE order_id IN (%1) AND type IN (?, ?)").arg(kOrdersOf),
                               {customerId, QString::fromLatin1(event::FollowedUp), QString::fromLatin1(event::Feedback)}, collect, kDoing);
        !s) {
        return s.error();
    }
    auto erased = integrity::erasePayloads(db, events);
    if (!erased) {
        return erased.error();
    }
    done.events = *erased;

    if (auto n = execCached(db, QStringLiteral("UPDATE customers SET name = ? WHERE id = ?"), {erasedName(customerId), customerId}, kDoing);
        !n) {
        return n.error();
    }
    auto notes = execCached(db, QStringLiteral("UPDATE follow_ups SET note = '' WHERE note <> '' AND order_id IN (%1)").arg(kOrdersOf),
                            {customerId}, kDoing);
    if (!notes) {
        return notes.error();
    }
    done.followUps = *notes;
    auto comments = execCached(db, QStringLiteral("UPDATE feedback SET comment = '' WHERE comment <> '' AND order_id IN (%1)").arg(kOrdersOf),
                               {customerId}, kDoing);
    if (!comments) {
        return comments.error();
    }
    done.feedback = *comments;

    auto id = EventLog::record(db, m_ctx.clock.nowMs(), event::CustomerErased, m_ctx.actor, std::nullopt, std::nullopt, std::nullopt, reason,
                               QJsonObject{{QStringLiteral("customer"), customerId},
                                           {QStringLiteral("events"), done.events},
                                           {QStringLiteral("followUps"), done.followUps},
                                           {QStringLiteral("feedback"), done.feedback}});
    if (!id) {
        return id.error();
    }
    if (auto s = tx->commit(); !s) {
        return s.error();
    }
    done.eventId = tx->eventId(*id);
    // The pages before the erasure are still in the WAL (and the main file holds them until a
    // checkpoint): copy the new ones back and empty the WAL. Busy means another reader holds an
    // older snapshot; the erasure stands, and the bytes go at a later checkpoint.
    // On a server there is no such step: the old row versions stay until VACUUM reuses them.
    if (const QString push = dialect::pushErasedBytesOut(engine); !push.isEmpty()) {
        if (auto q = runSql(db, push, {}, kDoing); q && q->next()) {
            done.bytesGone = q->value(0).toInt() == 0; // TRUNCATE reports busy unless it emptied the WAL
        }
    }
    return done;
}

} // namespace grab
