#include "teamservice.h"

#include "services/audit/eventlog.h"
#include "base/plaintext.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace grab {
namespace {

// As valueColumns() writes them (store/sql.h).
const QString kGrabberColumns = valueColumns(QStringLiteral("id, name, team, level, status, daily_cap_override, hired_on"));

Error noGrabber(qint64 id)
{
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("grab::TeamService", "There is no grabber with id %1.").arg(id), QStringLiteral("no_such_grabber"));
}

Error noCustomer(qint64 id)
{
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("grab::TeamService", "There is no customer with id %1.").arg(id),
                     QStringLiteral("no_such_customer"));
}

QStringList cleaned(const QStringList &list)
{
    QStringList out;
    for (const QString &s : list) {
        const QString t = s.trimmed();
        if (!t.isEmpty() && !out.contains(t)) {
            out.append(t);
        }
    }
    return out;
}

// With `old` (a change), a text field is judged only when it changes: a grabber stored before
// the plain-text checks stays editable for the rest (grabctl escapes what it prints of it).
Status validate(const Grabber &g, const Grabber *old = nullptr)
{
    if (g.name.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("grab::TeamService", "A grabber needs a name."));
    }
    // What is stored is checked: the trimmed name and team, the cleaned lists.
    if (!old || g.name != old->name) {
        if (auto s = plaintext::checkLine(g.name.trimmed(), "grab::TeamService",
                                          QT_TRANSLATE_NOOP("grab::TeamService", "The grabber's name contains a control character (%1 at position %2); names are one line of plain text."));
            !s) {
            return s;
        }
    }
    if (!old || g.team != old->team) {
        if (auto s = plaintext::checkLine(g.team.trimmed(), "grab::TeamService",
                                          QT_TRANSLATE_NOOP("grab::TeamService", "The grabber's team contains a control character (%1 at position %2); a team is one line of plain text."));
            !s) {
            return s;
        }
    }
    if (!old || g.skills != old->skills) {
        for (const QString &skill : cleaned(g.skills)) {
            if (auto s = plaintext::checkLine(skill, "grab::TeamService",
                                              QT_TRANSLATE_NOOP("grab::TeamService", "One of the grabber's skills contains a control character (%1 at position %2); a skill is one line of plain text."));
                !s) {
                return s;
            }
        }
    }
    if (!old || g.regions != old->regions) {
        for (const QString &region : cleaned(g.regions)) {
            if (auto s = plaintext::checkLine(region, "grab::TeamService",
                                              QT_TRANSLATE_NOOP("grab::TeamService", "One of the grabber's regions contains a control character (%1 at position %2); a region is one line of plain text."));
                !s) {
                return s;
            }
        }
    }
    if (g.dailyCapOverride && *g.dailyCapOverride < 0) {
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("grab::TeamService", "A daily cap cannot be negative."));
    }
    return Done{};
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list) {
        a.append(s);
    }
    return a;
}

Result<QStringList> readList(const QSqlDatabase &db, const QString &sql, qint64 id)
{
    auto q = runSql(db, sql, {id}, QStringLiteral("reading a grabber"));
    if (!q) {
        return q.error();
    }
    QStringList out;
    while (q->next()) {
        out.append(q->value(0).toString());
    }
    if (auto end = rowsEnded(*q, QStringLiteral("reading a grabber")); !end) {
        return end.error();
    }
    q->finish();
    return out;
}

} // namespace

QJsonObject toJson(const Grabber &g)
{
    return QJsonObject{{QStringLiteral("id"), g.id},
                       {QStringLiteral("name"), g.name},
                       {QStringLiteral("team"), g.team},
                       {QStringLiteral("level"), toString(g.level)},
                       {QStringLiteral("skills"), toArray(g.skills)},
                       {QStringLiteral("regions"), toArray(g.regions)},
                       {QStringLiteral("status"), toString(g.status)},
                       {QStringLiteral("dailyCapOverride"), g.dailyCapOverride ? QJsonValue(*g.dailyCapOverride) : QJsonValue()},
                       {QStringLiteral("hiredOn"), g.hiredOn.isValid() ? QJsonValue(g.hiredOn.toString(Qt::ISODate)) : QJsonValue()}};
}

QJsonObject toJson(const Customer &c)
{
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("tier"), toString(c.tier)},
                       {QStringLiteral("region"), c.region}};
}

QString TeamService::grabberDecisionColumns(const QString &alias)
{
    return valueColumns(QStringLiteral("%1.id, %1.name, %1.level, %1.status, %1.daily_cap_override").arg(alias));
}

Grabber TeamService::readGrabberDecisionRow(const QSqlQuery &q, int first)
{
    Grabber g;
    g.id = q.value(first).toLongLong();
    g.name = q.value(first + 1).toString();
    g.level = levelFromString(q.value(first + 2).toString()).value_or(Level::Junior);
    g.status = statusFromString(q.value(first + 3).toString()).value_or(GrabberStatus::Active);
    if (!q.value(first + 4).isNull()) {
        g.dailyCapOverride = q.value(first + 4).toInt();
    }
    return g;
}

Grabber TeamService::readGrabberRow(const QSqlQuery &q, int first)
{
    const auto v = [&](int i) { return q.value(first + i); };
    Grabber g;
    g.id = v(0).toLongLong();
    g.name = v(1).toString();
    g.team = v(2).toString();
    g.level = levelFromString(v(3).toString()).value_or(Level::Junior);
    g.status = statusFromString(v(4).toString()).value_or(GrabberStatus::Active);
    if (!v(5).isNull()) {
        g.dailyCapOverride = v(5).toInt();
    }
    g.hiredOn = QDate::fromString(v(6).toString(), Qt::ISODate);
    return g;
}

Result<Grabber> TeamService::grabberCoreIn(const QSqlDatabase &db, qint64 id)
{
    static const QString byId = QStringLiteral("SELECT %1 FROM grabbers WHERE id = ?").arg(kGrabberColumns);
    std::optional<Grabber> g;
    if (auto s = forEachCached(db, byId, {id},
                               [&](const QSqlQuery &q) { g = readGrabberRow(q, 0); }, QStringLiteral("reading a grabber"));
        !s) {
        return s.error();
    }
    if (!g) {
        return noGrabber(id);
    }
    return *g;
}

Result<Grabber> TeamService::grabber(qint64 id)
{
    const QSqlDatabase db = m_ctx.db.connection();
    auto g = grabberCoreIn(db, id);
    if (!g) {
        return g;
    }
    auto skills = readList(db, QStringLiteral("SELECT skill FROM grabber_skills WHERE grabber_id = ? ORDER BY skill"), id);
    auto regions = readList(db, QStringLiteral("SELECT region FROM grabber_regions WHERE grabber_id = ? ORDER BY region"), id);
    if (!skills) {
        return skills.error();
    }
    if (!regions) {
        return regions.error();
    }
    g->skills = *skills;
    g->regions = *regions;
    return g;
}

Result<QList<Grabber>> TeamService::grabbers()
{
    return grabbersIn(m_ctx.db.connection());
}

Result<QList<Grabber>> TeamService::grabbersIn(const QSqlDatabase &db)
{
    QList<Grabber> out;
    QHash<qint64, qsizetype> index;
    {
        auto q = runSql(db, QStringLiteral("SELECT %1 FROM grabbers ORDER BY id").arg(kGrabberColumns), {},
                        QStringLiteral("listing grabbers"));
        if (!q) {
            return q.error();
        }
        while (q->next()) {
            index.insert(q->value(0).toLongLong(), out.size());
            out.append(readGrabberRow(*q, 0));
        }
        if (auto end = rowsEnded(*q, QStringLiteral("listing grabbers")); !end) {
            return end.error();
        }
    }
    // Two queries for all skills and regions rather than two per grabber.
    for (const auto &[sql, skills] : {std::pair{QStringLiteral("SELECT grabber_id, skill FROM grabber_skills ORDER BY skill"), true},
                                      std::pair{QStringLiteral("SELECT grabber_id, region FROM grabber_regions ORDER BY region"), false}}) {
        auto q = runSql(db, sql, {}, QStringLiteral("listing grabbers"));
        if (!q) {
            return q.error();
        }
        while (q->next()) {
            const auto it = index.constFind(q->value(0).toLongLong());
            if (it != index.cend()) {
                (skills ? out[*it].skills : out[*it].regions).append(q->value(1).toString());
            }
        }
        if (auto end = rowsEnded(*q, QStringLiteral("listing grabbers")); !end) {
            return end.error();
        }
    }
    return out;
}

Status TeamService::writeLists(qint64 id, const QStringList &skills, const QStringList &regions)
{
    const QSqlDatabase db = m_ctx.db.connection();
    for (const auto &[table, column, values] :
         {std::tuple{QStringLiteral("grabber_skills"), QStringLiteral("skill"), cleaned(skills)},
          std::tuple{QStringLiteral("grabber_regions"), QStringLiteral("region"), cleaned(regions)}}) {
        if (auto q = runSql(db, QStringLiteral("DELETE FROM %1 WHERE grabber_id = ?").arg(table), {id}); !q) {
            return q.error();
        }
        for (const QString &v : values) {
            if (auto q = runSql(db, QStringLiteral("INSERT INTO %1 (grabber_id, %2) VALUES (?, ?)").arg(table, column), {id, v},
                                QStringLiteral("saving a grabber"));
                !q) {
                return q.error();
            }
        }
    }
    return Done{};
}

Result<qint64> TeamService::addGrabber(const Grabber &input)
{
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    auto id = addGrabberIn(input);
    if (!id) {
        return id;
    }
    if (auto s = tx->commit(); !s) {
        return s.error();
    }
    return id;
}

Result<qint64> TeamService::addGrabberIn(const Grabber &input)
{
    if (auto s = validate(input); !s) {
        return s.error();
    }
    const qint64 now = m_ctx.clock.nowMs();
    auto id = insertReturningId(
        m_ctx.db.connection(),
        QStringLiteral("INSERT INTO grabbers (name, team, level, status, daily_cap_override, hired_on, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {input.name.trimmed(), input.team.trimmed(), toString(input.level), toString(input.status), nullable(input.dailyCapOverride),
         input.hiredOn.isValid() ? QVariant(input.hiredOn.toString(Qt::ISODate)) : QVariant(), now},
        QStringLiteral("adding a grabber"));
    if (!id) {
        return id;
    }
    if (auto s = writeLists(*id, input.skills, input.regions); !s) {
        return s.error();
    }
    Grabber stored = input;
    stored.id = *id;
    stored.skills = cleaned(input.skills);
    stored.regions = cleaned(input.regions);
    Event e;
    e.at = now;
    e.type = QString::fromLatin1(event::GrabberAdded);
    e.actor = m_ctx.actor;
    e.grabberId = *id;
    e.payload = toJson(stored);
    if (auto ev = EventLog::append(m_ctx.db.connection(), e); !ev) {
        return ev.error();
    }
    return id;
}

Result<Grabber> TeamService::updateGrabber(qint64 id, const GrabberChanges &c)
{
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    auto old = grabber(id);
    if (!old) {
        return old;
    }
    Grabber g = *old;
    if (c.name) {
        g.name = c.name->trimmed();
    }
    if (c.team) {
        g.team = c.team->trimmed();
    }
    if (c.level) {
        g.level = *c.level;
    }
    if (c.skills) {
        g.skills = cleaned(*c.skills);
    }
    if (c.regions) {
        g.regions = cleaned(*c.regions);
    }
    if (c.status) {
        g.status = *c.status;
    }
    if (c.dailyCapOverride) {
        g.dailyCapOverride = *c.dailyCapOverride;
    }
    if (c.hiredOn) {
        g.hiredOn = *c.hiredOn;
    }
    if (auto s = validate(g, &*old); !s) {
        return s.error();
    }
    if (auto q = runSql(m_ctx.db.connection(),
                        QStringLiteral("UPDATE grabbers SET name = ?, team = ?, level = ?, status = ?, daily_cap_override = ?, "
                                       "hired_on = ? WHERE id = ?"),
                        {g.name, g.team, toString(g.level), toString(g.status), nullable(g.dailyCapOverride),
                         g.hiredOn.isValid() ? QVariant(g.hiredOn.toString(Qt::ISODate)) : QVariant(),
                         id},
                        QStringLiteral("changing a grabber"));
        !q) {
        return q.error();
    }
    if (auto s = writeLists(id, g.skills, g.regions); !s) {
        return s.error();
    }
    Event e;
    e.at = m_ctx.clock.nowMs();
    e.type = QString::fromLatin1(event::GrabberChanged);
    e.actor = m_ctx.actor;
    e.grabberId = id;
    e.payload = QJsonObject{{QStringLiteral("old"), toJson(*old)}, {QStringLiteral("new"), toJson(g)}};
    if (auto ev = EventLog::append(m_ctx.db.connection(), e); !ev) {
        return ev.error();
    }
    if (auto s = tx->commit(); !s) {
        return s.error();
    }
    return g;
}

Result<qint64> TeamService::addCustomer(const Customer &c)
{
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    auto id = addCustomerIn(c);
    if (!id) {
        return id;
    }
    if (auto s = tx->commit(); !s) {
        return s.error();
    }
    return id;
}

Result<qint64> TeamService::addCustomerIn(const Customer &c)
{
    if (c.name.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("grab::TeamService", "A customer needs a name."));
    }
    if (auto s = plaintext::checkLine(c.name.trimmed(), "grab::TeamService",
                                      QT_TRANSLATE_NOOP("grab::TeamService", "The customer's name contains a control character (%1 at position %2); names are one line of plain text."));
        !s) {
        return s.error();
    }
    if (auto s = plaintext::checkLine(c.region.trimmed(), "grab::TeamService",
                                      QT_TRANSLATE_NOOP("grab::TeamService", "The customer's region contains a control character (%1 at position %2); a region is one line of plain text."));
        !s) {
        return s.error();
    }
    const qint64 now = m_ctx.clock.nowMs();
    auto id = insertReturningId(m_ctx.db.connection(),
                                QStringLiteral("INSERT INTO customers (name, tier, region, created_at) VALUES (?, ?, ?, ?)"),
                                {c.name.trimmed(), toString(c.tier), c.region.trimmed(), now}, QStringLiteral("adding a customer"));
    if (!id) {
        return id;
    }
    Customer stored = c;
    stored.id = *id;
    Event e;
    e.at = now;
    e.type = QString::fromLatin1(event::CustomerAdded);
    e.actor = m_ctx.actor;
    e.payload = toJson(stored);
    if (auto ev = EventLog::append(m_ctx.db.connection(), e); !ev) {
        return ev.error();
    }
    return id;
}

Result<Customer> TeamService::customer(qint64 id)
{
    auto q = runSql(m_ctx.db.connection(), QStringLiteral("SELECT id, name, tier, region FROM customers WHERE id = ?"), {id},
                    QStringLiteral("reading a customer"));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        if (auto end = rowsEnded(*q, QStringLiteral("reading a customer")); !end) {
            return end.error();
        }
        return noCustomer(id);
    }
    Customer c{q->value(0).toLongLong(), q->value(1).toString(), tierFromString(q->value(2).toString()).value_or(Tier::Regular),
               q->value(3).toString()};
    q->finish();
    return c;
}

Result<QList<Customer>> TeamService::customers()
{
    auto q = runSql(m_ctx.db.connection(), QStringLiteral("SELECT id, name, tier, region FROM customers ORDER BY id"), {},
                    QStringLiteral("listing customers"));
    if (!q) {
        return q.error();
    }
    QList<Customer> out;
    while (q->next()) {
        out.append(Customer{q->value(0).toLongLong(), q->value(1).toString(),
                            tierFromString(q->value(2).toString()).value_or(Tier::Regular), q->value(3).toString()});
    }
    if (auto end = rowsEnded(*q, QStringLiteral("listing customers")); !end) {
        return end.error();
    }
    return out;
}

} // namespace grab
