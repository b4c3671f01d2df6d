// The protective triggers (integrity.h): which they are, and whether each is still as GrabDesk
// wrote it, on a file and on a server.
#include "integrity.h"

#include "dialect.h"
#include "schema.h"
#include "sql.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

namespace grab::integrity {

QStringList protectiveTriggers()
{
    return {QStringLiteral("events_no_update"),
            QStringLiteral("events_no_delete"),
            QStringLiteral("review_cycles_locked_update"),
            QStringLiteral("review_cycles_locked_delete"),
            QStringLiteral("review_cycles_transition"),
            QStringLiteral("review_cycles_insert_state"),
            QStringLiteral("review_entries_locked_insert"),
            QStringLiteral("review_entries_locked_update"),
            QStringLiteral("review_entries_locked_delete"),
            QStringLiteral("review_decisions_locked_insert"),
            QStringLiteral("review_decisions_locked_update"),
            QStringLiteral("review_decisions_locked_delete"),
            QStringLiteral("event_chain_no_update"),
            QStringLiteral("event_chain_no_delete")};
}

Status setTriggerAside(const QSqlDatabase &db, const QString &trigger)
{
    const QString sql = dialect::dropTrigger(dialect::engineOf(db), trigger);
    if (sql.isEmpty()) {
        return makeError(ErrorCode::Internal, QStringLiteral("The schema has no trigger %1.").arg(trigger));
    }
    auto q = runSql(db, sql, {}, QStringLiteral("setting the trigger %1 aside").arg(trigger));
    if (!q) {
        return q.error();
    }
    return Done{};
}

Status restoreTrigger(const QSqlDatabase &db, const QString &trigger)
{
    const dialect::Engine engine = dialect::engineOf(db);
    const QString sql = engine == dialect::Engine::SQLite ? schema::triggerSql(trigger) : dialect::postgresTrigger(trigger);
    if (sql.isEmpty()) {
        return makeError(ErrorCode::Internal, QStringLiteral("The schema has no trigger %1.").arg(trigger));
    }
    auto q = runSql(db, sql, {}, QStringLiteral("restoring the trigger %1").arg(trigger));
    if (!q) {
        return q.error();
    }
    return Done{};
}

namespace {

Result<TriggerState> sqliteTriggerState(const QSqlDatabase &db)
{
    QHash<QString, QString> triggers;
    if (auto s = forEachCached(db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"), {},
                               [&](const QSqlQuery &q) { triggers.insert(q.value(0).toString(), q.value(1).toString()); },
                               QStringLiteral("reading the triggers"));
        !s) {
        return s.error();
    }
    TriggerState state;
    for (const QString &name : protectiveTriggers()) {
        if (!triggers.contains(name)) {
            state.missing << name;
        } else if (triggers.value(name) != schema::triggerSql(name)) {
            state.changed << name;
        }
    }
    return state;
}

// pg_trigger.tgtype's bits for what a CREATE TRIGGER statement of ours says.
int triggerType(const QString &sql)
{
    const QString head = sql.left(sql.indexOf(QLatin1String(" ON ")));
    int type = sql.contains(QLatin1String("FOR EACH ROW")) ? 1 : 0;
    type |= head.contains(QLatin1String(" BEFORE ")) ? 2 : 0;
    type |= head.contains(QLatin1String(" INSERT")) ? 4 : 0;
    type |= head.contains(QLatin1String(" DELETE")) ? 8 : 0;
    type |= head.contains(QLatin1String(" UPDATE")) ? 16 : 0;
    type |= head.contains(QLatin1String(" TRUNCATE")) ? 32 : 0;
    return type;
}

Result<TriggerState> serverTriggerState(const QSqlDatabase &db)
{
    struct Found
    {
        int type = 0;
        bool enabled = false;
        bool hasWhen = false;
        QString function;
        QByteArray args;
        QString body;
    };
    QHash<QString, Found> triggers;
    if (auto s = forEachCached(db,
                               QStringLiteral("SELECT t.tgname, t.tgtype, t.tgenabled <> 'D', t.tgqual IS NOT NULL, p.proname, t.tgargs, p.prosrc "
                                              "FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid "
                                              "WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace"),
                               {},
                               [&](const QSqlQuery &q) {
                                   triggers.insert(q.value(0).toString(), Found{q.value(1).toInt(), q.value(2).toBool(), q.value(3).toBool(),
                                                                                q.value(4).toString(), q.value(5).toByteArray(), q.value(6).toString()});
                               },
                               QStringLiteral("reading the triggers"));
        !s) {
        return s.error();
    }
    // The bodies of GrabDesk's trigger functions as the schema wrote them.
    QHash<QString, QString> bodies;
    for (const QString &statement : dialect::postgresSchema()) {
        static const QRegularExpression function(QStringLiteral("^CREATE FUNCTION (\\w+)\\(\\) RETURNS trigger .* AS \\$\\$(.*)\\$\\$$"));
        const QRegularExpressionMatch m = function.match(statement);
        if (m.hasMatch()) {
            bodies.insert(m.captured(1), m.captured(2));
        }
    }
    TriggerState state;
    for (const QString &name : protectiveTriggers()) {
        auto it = triggers.constFind(name);
        if (it == triggers.constEnd()) {
            state.missing << name;
            continue;
        }
        const QString sql = dialect::postgresTrigger(name);
        static const QRegularExpression call(QStringLiteral("EXECUTE FUNCTION (\\w+)\\((?:'([^']*)')?\\)$"));
        const QRegularExpressionMatch m = call.match(sql);
        const QByteArray args = m.captured(2).isEmpty() ? QByteArray() : m.captured(2).toUtf8() + '\0';
        const bool same = it->enabled && it->type == triggerType(sql) && it->hasWhen == sql.contains(QLatin1String(" WHEN ("))
                          && it->function == m.captured(1) && it->args == args && it->body == bodies.value(m.captured(1));
        if (!same) {
            state.changed << name;
        }
    }
    return state;
}

} // namespace

Result<TriggerState> protectiveTriggerState(const QSqlDatabase &db)
{
    return dialect::engineOf(db) == dialect::Engine::SQLite ? sqliteTriggerState(db) : serverTriggerState(db);
}

} // namespace grab::integrity
