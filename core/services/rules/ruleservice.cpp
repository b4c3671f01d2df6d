#include "ruleservice.h"

#include "services/grab/assignmentledger.h"
#include "services/metrics/dayrollup.h"
#include "services/audit/eventlog.h"
#include "base/plaintext.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QTimeZone>

namespace grab {
namespace {

struct CachedRules
{
    int version = 0;
    RuleSet rules;
};

// Keyed by connection name: each connection lives in one thread, but the cache is shared.
QMutex s_cacheMutex;
QHash<QString, CachedRules> s_cache;

} // namespace

QString systemTimeZoneId()
{
    const QByteArray id = QTimeZone::systemTimeZoneId();
    return id.isEmpty() ? QStringLiteral("UTC") : QString::fromUtf8(id);
}

Result<RuleSet> RuleService::currentIn(const QSqlDatabase &db)
{
    auto version = scalar(db, QStringLiteral("SELECT MAX(version) FROM rule_sets"), {}, QStringLiteral("reading the rule set"));
    if (!version) {
        return version.error();
    }
    if (version->isNull()) {
        return makeError(ErrorCode::DatabaseUnusable,
                         QCoreApplication::translate("grab::RuleService", "The database has no rule set. Run \"grabctl init\" to create the default rules."),
                         QStringLiteral("no_rules"));
    }
    const int v = version->toInt();
    {
        QMutexLocker lock(&s_cacheMutex);
        const auto it = s_cache.constFind(db.connectionName());
        if (it != s_cache.cend() && it->version == v) {
            return it->rules;
        }
    }
    auto body = scalar(db, QStringLiteral("SELECT body FROM rule_sets WHERE version = ?"), {v}, QStringLiteral("reading the rule set"));
    if (!body) {
        return body.error();
    }
    auto rules = RuleSet::fromJson(QJsonDocument::fromJson(body->toString().toUtf8()).object());
    if (!rules) {
        return makeError(ErrorCode::DatabaseUnusable,
                         QCoreApplication::translate("grab::RuleService", "Rule set version %1 in the database is damaged: %2").arg(v).arg(rules.error().message));
    }
    rules->version = v;
    rules->zone(); // built once here; every copy handed out shares it
    QMutexLocker lock(&s_cacheMutex);
    s_cache.insert(db.connectionName(), CachedRules{v, *rules});
    return rules;
}

Result<RuleSet> RuleService::lastReadIn(const QSqlDatabase &db)
{
    {
        QMutexLocker lock(&s_cacheMutex);
        const auto it = s_cache.constFind(db.connectionName());
        if (it != s_cache.cend()) {
            return it->rules;
        }
    }
    return currentIn(db);
}

QString RuleService::versionColumn()
{
    return QStringLiteral("(SELECT MAX(version) FROM rule_sets)");
}

Result<RuleSet> RuleService::current()
{
    return currentIn(m_ctx.db.connection());
}

Result<int> RuleService::storeNewVersion(const RuleSet &rules, const std::optional<RuleSet> &old)
{
    const QSqlDatabase db = m_ctx.db.connection();
    const int version = old ? old->version + 1 : 1;
    const qint64 now = m_ctx.clock.nowMs();
    const QString body = QString::fromUtf8(QJsonDocument(rules.toJson()).toJson(QJsonDocument::Compact));
    if (auto q = runSql(db, QStringLiteral("INSERT INTO rule_sets (version, body, created_at, created_by) VALUES (?, ?, ?, ?)"),
                        {version, body, now, m_ctx.actor}, QStringLiteral("storing the rule set"));
        !q) {
        return q.error();
    }
    Event e;
    e.at = now;
    e.type = QString::fromLatin1(event::RuleChanged);
    e.actor = m_ctx.actor;
    e.ruleVersion = version;
    e.payload = QJsonObject{{QStringLiteral("old"), old ? QJsonValue(old->toJson()) : QJsonValue()},
                            {QStringLiteral("new"), rules.toJson()},
                            {QStringLiteral("oldVersion"), old ? QJsonValue(old->version) : QJsonValue()}};
    if (auto id = EventLog::append(db, e); !id) {
        return id.error();
    }
    return version;
}

Result<RuleVersion> RuleService::versionIn(const QSqlDatabase &db, int version)
{
    auto q = runSql(db, QStringLiteral("SELECT body, created_at, created_by FROM rule_sets WHERE version = ?"), {version},
                    QStringLiteral("reading a rule set version"));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        if (auto end = rowsEnded(*q, QStringLiteral("reading a rule set version")); !end) {
            return end.error();
        }
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("grab::RuleService", "There is no rule set version %1.").arg(version));
    }
    auto rules = RuleSet::fromJson(QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object());
    if (!rules) {
        return makeError(ErrorCode::DatabaseUnusable,
                         QCoreApplication::translate("grab::RuleService", "Rule set version %1 in the database is damaged: %2").arg(version).arg(rules.error().message));
    }
    rules->version = version;
    return RuleVersion{version, q->value(1).toLongLong(), q->value(2).toString(), *rules};
}

Result<QList<RuleVersion>> RuleService::history()
{
    const QSqlDatabase db = m_ctx.db.connection();
    // A handful of versions a year: read them all, bodies included, in one short query.
    auto q = runSql(db, QStringLiteral("SELECT version, body, created_at, created_by FROM rule_sets ORDER BY version"), {},
                    QStringLiteral("reading the rule history"));
    if (!q) {
        return q.error();
    }
    QList<RuleVersion> out;
    while (q->next()) {
        const int version = q->value(0).toInt();
        auto rules = RuleSet::fromJson(QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object());
        if (!rules) {
            return makeError(ErrorCode::DatabaseUnusable,
                             QCoreApplication::translate("grab::RuleService", "Rule set version %1 in the database is damaged: %2").arg(version).arg(rules.error().message));
        }
        rules->version = version;
        out.append(RuleVersion{version, q->value(2).toLongLong(), q->value(3).toString(), *rules});
    }
    if (auto end = rowsEnded(*q, QStringLiteral("reading the rule history")); !end) {
        return end.error();
    }
    return out;
}

Result<int> RuleService::restore(int version, std::optional<int> expectedVersion)
{
    auto old = versionIn(m_ctx.db.connection(), version);
    if (!old) {
        return old.error();
    }
    return replace(old->rules, expectedVersion);
}

Result<int> RuleService::replace(const RuleSet &rules, std::optional<int> expectedVersion)
{
    // What is stored must read back: validate through the same parser as a rules file.
    if (auto valid = RuleSet::fromJson(rules.toJson()); !valid) {
        return valid.error();
    }
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    auto old = currentIn(m_ctx.db.connection());
    if (!old) {
        return old.error();
    }
    if (expectedVersion && old->version != *expectedVersion) {
        // Someone else (another window, grabctl) stored a version while this one was edited:
        // saving now would silently undo their change.
        auto who = versionIn(m_ctx.db.connection(), old->version);
        if (!who) {
            return who.error();
        }
        const QString when = QDateTime::fromMSecsSinceEpoch(who->createdAt, old->zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        return makeError(ErrorCode::Refused,
                         QCoreApplication::translate("grab::RuleService",
                                                     "The rules were changed to version %1 by %2 at %3 while you edited; reload to see them.")
                             .arg(old->version)
                             .arg(who->createdBy, when),
                         QStringLiteral("rules_changed"));
    }
    // A rule set has no name, but its regions are names from a file or the Rules page, printed in
    // every priority explanation. Only regions the version in force lacks are judged, so saving
    // again never trips over one stored before the check.
    for (auto it = rules.priority.regionPoints.cbegin(); it != rules.priority.regionPoints.cend(); ++it) {
        if (old->priority.regionPoints.contains(it.key())) {
            continue;
        }
        if (auto s = plaintext::checkLine(it.key(), "grab::RuleService",
                                          QT_TRANSLATE_NOOP("grab::RuleService", "A region of the priority rules contains a control character (%1 at position %2); a region is one line of plain text."));
            !s) {
            return s.error();
        }
    }
    if (*old == rules) {
        return old->version; // nothing changed: no new version, no event
    }
    auto version = storeNewVersion(rules, *old);
    if (!version) {
        return version.error();
    }
    // Figures kept by team-local day or by amount band follow the new zone and bands.
    RuleSet stored = rules;
    stored.version = *version;
    if (old->timeZone != rules.timeZone) {
        if (auto s = DayRollup::rebuild(m_ctx.db.connection(), stored); !s) {
            return s.error();
        }
    }
    if (old->priority.amountBands != rules.priority.amountBands) {
        if (auto s = AssignmentLedger::rebuildSegments(m_ctx.db.connection(), stored); !s) {
            return s.error();
        }
    }
    if (auto s = tx->commit(); !s) {
        return s.error();
    }
    return version;
}

Result<int> RuleService::setTimeZone(const QString &ianaId)
{
    if (ianaId.isEmpty() || !QTimeZone(ianaId.toUtf8()).isValid()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("\"%1\" is not an IANA time zone name such as \"Asia/Shanghai\".").arg(ianaId));
    }
    auto rules = current();
    if (!rules) {
        return rules.error();
    }
    RuleSet changed = *rules;
    changed.timeZone = ianaId;
    return replace(changed);
}

Result<int> RuleService::ensureDefaults(const QString &timeZone)
{
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    auto existing = scalar(m_ctx.db.connection(), QStringLiteral("SELECT MAX(version) FROM rule_sets"));
    if (!existing) {
        return existing.error();
    }
    if (!existing->isNull()) {
        return existing->toInt();
    }
    auto version = storeNewVersion(RuleSet::defaults(timeZone), std::nullopt);
    if (!version) {
        return version.error();
    }
    if (auto s = tx->commit(); !s) {
        return s.error();
    }
    return version;
}

} // namespace grab
