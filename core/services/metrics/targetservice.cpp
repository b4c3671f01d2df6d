#include "targetservice.h"

#include "services/audit/eventlog.h"
#include "metricsservice.h"
#include "services/rules/ruleservice.h"
#include "services/team/teamservice.h"
#include "base/money.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace grab {
namespace {
QString monthKey(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy-MM"));
}
} // namespace

Status TargetService::set(qint64 grabberId, const QDate &month, qint64 wonCount, qint64 revenueMinor)
{
    if (!month.isValid() || wonCount < 0 || revenueMinor < 0) {
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("grab::TargetService", "A target needs a month and a won count and revenue of 0 or more."));
    }
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    const QSqlDatabase db = m_ctx.db.connection();
    if (auto g = TeamService::grabberCoreIn(db, grabberId); !g) {
        return g.error();
    }
    QJsonObject old;
    {
        auto q = runSql(db, QStringLiteral("SELECT won_count, revenue FROM targets WHERE grabber_id = ? AND month = ?"),
                        {grabberId, monthKey(month)});
        if (!q) {
            return q.error();
        }
        if (q->next()) {
            old = QJsonObject{{QStringLiteral("won"), q->value(0).toLongLong()},
                              {QStringLiteral("revenue"), formatMajorUnits(q->value(1).toLongLong())}};
        } else if (auto end = rowsEnded(*q, QStringLiteral("reading the old target")); !end) {
            return end.error();
        }
    }
    if (auto q = runSql(db,
                        QStringLiteral("INSERT INTO targets (grabber_id, month, won_count, revenue) VALUES (?, ?, ?, ?) "
                                       "ON CONFLICT (grabber_id, month) DO UPDATE SET won_count = excluded.won_count, revenue = excluded.revenue"),
                        {grabberId, monthKey(month), wonCount, revenueMinor}, QStringLiteral("setting a target"));
        !q) {
        return q.error();
    }
    if (auto e = EventLog::record(db, m_ctx.clock.nowMs(), "target_set", m_ctx.actor, std::nullopt, grabberId, std::nullopt, QString(),
                                  QJsonObject{{QStringLiteral("month"), monthKey(month)},
                                              {QStringLiteral("old"), old.isEmpty() ? QJsonValue() : QJsonValue(old)},
                                              {QStringLiteral("new"), QJsonObject{{QStringLiteral("won"), wonCount},
                                                                                  {QStringLiteral("revenue"), formatMajorUnits(revenueMinor)}}}});
        !e) {
        return e.error();
    }
    return tx->commit();
}

Result<QList<TargetService::Target>> TargetService::month(const QDate &anyDay)
{
    const QDate first(anyDay.year(), anyDay.month(), 1);
    const QSqlDatabase db = m_ctx.db.connection();
    QList<Target> out;
    {
        auto q = runSql(db,
                        QStringLiteral("SELECT t.grabber_id, g.name, t.won_count, t.revenue FROM targets t JOIN grabbers g ON g.id = t.grabber_id "
                                       "WHERE t.month = ? ORDER BY t.grabber_id"),
                        {monthKey(first)});
        if (!q) {
            return q.error();
        }
        while (q->next()) {
            out.append(Target{q->value(0).toLongLong(), q->value(1).toString(), first, q->value(2).toLongLong(), q->value(3).toLongLong(), 0, 0, true});
        }
        if (auto end = rowsEnded(*q, QStringLiteral("reading the month's targets")); !end) {
            return end.error();
        }
    }
    auto progress = MetricsService(m_ctx).kpis(Period{first, first.addMonths(1)});
    if (!progress) {
        return progress.error();
    }
    QHash<qint64, const GrabberKpis *> byId;
    for (const GrabberKpis &k : *progress) {
        byId.insert(k.grabberId, &k);
    }
    for (Target &t : out) {
        if (const GrabberKpis *k = byId.value(t.grabberId)) {
            t.won = k->won;
            t.revenueDoneMinor = k->revenueMinor;
        }
    }
    return out;
}

Result<TargetService::Target> TargetService::progress(qint64 grabberId, const QDate &anyDay)
{
    if (!anyDay.isValid()) {
        return makeError(ErrorCode::Usage, QCoreApplication::translate("grab::TargetService", "A month is written YYYY-MM."));
    }
    const QDate first(anyDay.year(), anyDay.month(), 1);
    auto kpis = MetricsService(m_ctx).kpis(Period{first, first.addMonths(1)}, grabberId);
    if (!kpis) {
        return kpis.error();
    }
    Target t;
    t.grabberId = grabberId;
    t.grabberName = kpis->first().name;
    t.month = first;
    t.won = kpis->first().won;
    t.revenueDoneMinor = kpis->first().revenueMinor;
    t.isSet = false;
    auto q = runSql(m_ctx.db.connection(), QStringLiteral("SELECT won_count, revenue FROM targets WHERE grabber_id = ? AND month = ?"),
                    {grabberId, monthKey(first)}, QStringLiteral("reading a target"));
    if (!q) {
        return q.error();
    }
    if (q->next()) {
        t.wonCount = q->value(0).toLongLong();
        t.revenueMinor = q->value(1).toLongLong();
        t.isSet = true;
    } else if (auto end = rowsEnded(*q, QStringLiteral("reading a target")); !end) {
        return end.error();
    }
    return t;
}

} // namespace grab
