#include "reviewguard.h"

#include "services/audit/eventlog.h"
#include "services/team/teamservice.h"
#include "domain/event.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace grab {
namespace {

// The state as a sentence shows it: the code in English (grabctl), the review's word on screen.
QString stateName(ReviewState state)
{
    switch (state) {
    case ReviewState::Draft: return QCoreApplication::translate("grab::ReviewState", "draft");
    case ReviewState::Open: return QCoreApplication::translate("grab::ReviewState", "open");
    case ReviewState::Scoring: return QCoreApplication::translate("grab::ReviewState", "scoring");
    case ReviewState::Approved: return QCoreApplication::translate("grab::ReviewState", "approved");
    case ReviewState::Locked: return QCoreApplication::translate("grab::ReviewState", "locked");
    }
    return toString(state);
}

} // namespace

QString ReviewGuard::compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Error ReviewGuard::refused(const QString &reason, const QString &message)
{
    return makeError(ErrorCode::Refused, message, reason);
}

Error ReviewGuard::lockedError(const QString &quarter)
{
    return refused(QStringLiteral("cycle_locked"), QCoreApplication::translate("grab::ReviewService", "The review cycle %1 is locked: nothing in it can change.").arg(quarter));
}

Error ReviewGuard::mapped(const Error &e, const QString &quarter)
{
    return e.message.contains(QLatin1String("review cycle is locked")) ? lockedError(quarter) : e;
}

Status ReviewGuard::editable(const ReviewCycle &c)
{
    switch (c.state) {
    case ReviewState::Open:
    case ReviewState::Scoring: return Done{};
    case ReviewState::Draft:
        return refused(QStringLiteral("cycle_not_open"),
                       QCoreApplication::translate("grab::ReviewService", "The review cycle %1 is a draft: open it first (its KPI snapshots are taken then).").arg(c.quarter));
    case ReviewState::Approved:
        return refused(QStringLiteral("cycle_approved"),
                       QCoreApplication::translate("grab::ReviewService", "The review cycle %1 is approved: withdraw the approval to change scores or decisions.").arg(c.quarter));
    case ReviewState::Locked: return lockedError(c.quarter);
    }
    return Done{};
}

Error ReviewGuard::illegal(const ReviewCycle &c, const QString &what)
{
    if (c.state == ReviewState::Locked) {
        return lockedError(c.quarter);
    }
    return refused(QStringLiteral("illegal_transition"),
                   QCoreApplication::translate("grab::ReviewService", "The review cycle %1 is %2: %3.").arg(c.quarter, stateName(c.state), what));
}

Status ReviewGuard::moveState(const Context &ctx, const ReviewCycle &c, ReviewState to, const QString &sql, const QVariantList &binds, QJsonObject extraNew)
{
    const QSqlDatabase db = ctx.db.connection();
    if (auto q = execCached(db, sql, binds, QStringLiteral("changing a review cycle's state")); !q) {
        return mapped(q.error(), c.quarter);
    }
    extraNew.insert(QStringLiteral("state"), toString(to));
    QJsonObject old{{QStringLiteral("state"), toString(c.state)}};
    if (!c.approvedBy.isEmpty()) {
        old.insert(QStringLiteral("approvedBy"), c.approvedBy);
    }
    if (auto e = EventLog::record(db, ctx.clock.nowMs(), event::ReviewChanged, ctx.actor, std::nullopt, std::nullopt, std::nullopt, toString(to),
                                  QJsonObject{{QStringLiteral("quarter"), c.quarter},
                                              {QStringLiteral("change"), toString(to)},
                                              {QStringLiteral("old"), old},
                                              {QStringLiteral("new"), extraNew}});
        !e) {
        return e.error();
    }
    return Done{};
}

Status ReviewGuard::scoringIfOpen(const Context &ctx, ReviewCycle &c)
{
    if (c.state != ReviewState::Open) {
        return Done{};
    }
    if (auto s = moveState(ctx, c, ReviewState::Scoring, QStringLiteral("UPDATE review_cycles SET state = 'scoring' WHERE id = ?"), {c.id}); !s) {
        return s;
    }
    c.state = ReviewState::Scoring;
    return Done{};
}

Result<ReviewGuard::EntryRow> ReviewGuard::entryRow(const QSqlDatabase &db, const ReviewCycle &c, qint64 grabberId)
{
    if (auto g = TeamService::grabberCoreIn(db, grabberId); !g) {
        return g.error();
    }
    auto q = runSql(db,
                    QStringLiteral("SELECT id, kpi_score, supervisor_score, supervisor_comment, final_score, grade FROM review_entries "
                                   "WHERE cycle_id = ? AND grabber_id = ?"),
                    {c.id, grabberId}, QStringLiteral("reading a review entry"));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        if (auto end = rowsEnded(*q, QStringLiteral("reading a review entry")); !end) {
            return end.error();
        }
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("grab::ReviewService", "Grabber %1 is not part of the review %2 (only the grabbers active when it opened are).").arg(grabberId).arg(c.quarter),
                         QStringLiteral("not_in_cycle"));
    }
    EntryRow r;
    r.id = q->value(0).toLongLong();
    if (!q->value(1).isNull()) {
        r.kpiScore = q->value(1).toDouble();
    }
    if (!q->value(2).isNull()) {
        r.supervisorScore = q->value(2).toInt();
    }
    r.comment = q->value(3).toString();
    if (!q->value(4).isNull()) {
        r.finalScore = q->value(4).toDouble();
    }
    r.grade = q->value(5).toString();
    return r;
}

} // namespace grab
