#include "violationservice.h"

#include "eventlog.h"
#include "orderreader.h"
#include "teamservice.h"
#include "store/sql.h"

#include <QJsonObject>

namespace grab {

Result<qint64> ViolationService::record(const NewViolation &v)
{
    if (v.type.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A violation needs a type."));
    }
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    const QSqlDatabase db = m_ctx.db.connection();
    if (auto g = TeamService::grabberCoreIn(db, v.grabberId); !g) {
        return g.error();
    }
    if (v.orderId) {
        if (auto o = OrderReader::order(db, *v.orderId); !o) {
            return o.error();
        }
    }
    const QString severity = v.severity == Severity::High ? QStringLiteral("high")
                             : v.severity == Severity::Medium ? QStringLiteral("medium")
                                                              : QStringLiteral("low");
    const QString source = v.source == Source::Auto ? QStringLiteral("auto") : QStringLiteral("manual");
    const qint64 now = m_ctx.clock.nowMs();
    auto id = insertReturningId(db,
                                QStringLiteral("INSERT INTO violations (grabber_id, order_id, at, type, severity, source, note) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                {v.grabberId, nullable(v.orderId), now, v.type.trimmed(), severity, source, v.note},
                                QStringLiteral("recording a violation"));
    if (!id) {
        return id;
    }
    if (auto e = EventLog::record(db, now, event::Violation, m_ctx.actor, v.orderId, v.grabberId, std::nullopt, v.type.trimmed(),
                                  QJsonObject{{QStringLiteral("severity"), severity},
                                              {QStringLiteral("source"), source},
                                              {QStringLiteral("note"), v.note}});
        !e) {
        return e.error();
    }
    if (auto s = tx->commit(); !s) {
        return s.error();
    }
    return id;
}

} // namespace grab
