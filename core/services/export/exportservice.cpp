#include "exportservice.h"

#include "services/rules/ruleservice.h"
#include "services/team/teamservice.h"
#include "base/csvwriter.h"
#include "base/money.h"
#include "services/import/headermap.h"
#include "services/import/importvalues.h"
#include "store/sql.h"

namespace grab {

Result<qint64> ExportService::write(ImportEntity entity, QIODevice *out, bool bom)
{
    const QSqlDatabase db = m_ctx.db.connection();
    CsvWriter csv(out, bom);
    csv.writeHeader(HeaderMap::exportColumns(entity));
    qint64 rows = 0;
    const auto done = [&]() -> Result<qint64> {
        if (!csv.ok()) {
            return makeError(ErrorCode::Internal, QStringLiteral("Cannot write the CSV file."));
        }
        return rows;
    };
    if (entity == ImportEntity::Grabbers) {
        auto list = TeamService::grabbersIn(db);
        if (!list) {
            return list.error();
        }
        for (const Grabber &g : *list) {
            csv.writeRow({g.name, g.team, toString(g.level), g.skills.join(u';'), g.regions.join(u';'), toString(g.status),
                          g.dailyCapOverride ? QVariant(*g.dailyCapOverride) : QVariant(),
                          g.hiredOn.isValid() ? QVariant(g.hiredOn.toString(Qt::ISODate)) : QVariant()});
            ++rows;
        }
        return done();
    }
    if (entity == ImportEntity::Customers) {
        auto list = TeamService(m_ctx).customers();
        if (!list) {
            return list.error();
        }
        for (const Customer &c : *list) {
            csv.writeRow({c.name, toString(c.tier), c.region});
            ++rows;
        }
        return done();
    }
    QString sql;
    if (entity == ImportEntity::Orders) {
        sql = QStringLiteral("SELECT c.name, o.amount, o.skill, o.region, o.published_at, o.grab_deadline FROM orders o "
                             "JOIN customers c ON c.id = o.customer_id WHERE o.state = 'open' ORDER BY o.id");
    } else {
        sql = QStringLiteral("SELECT order_id, score, comment FROM feedback ORDER BY id");
    }
    auto rules = RuleService::currentIn(db);
    if (!rules) {
        return rules.error();
    }
    const QTimeZone zone = rules->zone();
    auto q = runSql(db, sql, {}, QStringLiteral("exporting %1").arg(toString(entity)));
    if (!q) {
        return q.error();
    }
    while (q->next()) {
        if (entity == ImportEntity::Orders) {
            csv.writeRow({q->value(0).toString(), formatMajorUnits(q->value(1).toLongLong()), q->value(2).toString(), q->value(3).toString(),
                          importvalues::formatInstant(q->value(4).toLongLong(), zone),
                          importvalues::formatInstant(q->value(5).toLongLong(), zone)});
        } else {
            csv.writeRow({q->value(0).toLongLong(), q->value(1).toInt(), q->value(2).toString()});
        }
        ++rows;
    }
    if (auto end = rowsEnded(*q, QStringLiteral("exporting %1").arg(toString(entity))); !end) {
        return end.error();
    }
    q->finish();
    return done();
}

} // namespace grab
