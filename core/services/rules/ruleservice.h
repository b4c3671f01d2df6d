#pragma once

#include "services/context.h"
#include "base/error.h"
#include "domain/ruleset.h"

#include <QList>

#include <optional>

namespace grab {

// One stored version of the rules, as the history lists it.
struct RuleVersion
{
    int version = 0;
    qint64 createdAt = 0; // UTC epoch ms
    QString createdBy;
    RuleSet rules;
};

// Reads and changes the versioned rule set. A change writes a new version and a
// rule_changed event with the old and the new rules; versions are never edited.
class RuleService final
{
public:
    explicit RuleService(Context ctx) : m_ctx(std::move(ctx)) {}

    // The rule set in force (the highest version).
    Result<RuleSet> current();
    // Stores `rules` as a new version unless they equal the current ones; returns the version in force.
    // With `expectedVersion` (the version an editor started from) a newer version stored meanwhile
    // by someone else is Refused ("rules_changed", naming who and when) and nothing is stored: the
    // check and the insert are one BEGIN IMMEDIATE transaction, so no other writer slips between.
    Result<int> replace(const RuleSet &rules, std::optional<int> expectedVersion = std::nullopt);
    // Every stored version, oldest first.
    Result<QList<RuleVersion>> history();
    // Stores the rules of an older version as a new version (history is never rewritten); the
    // same optimistic check as replace().
    Result<int> restore(int version, std::optional<int> expectedVersion = std::nullopt);
    // Moves the team to another IANA time zone: the rules in force with only the zone changed,
    // stored like any change (a new version and its rule_changed event, as `grabctl rules set
    // timeZone=...`). An unknown zone is InvalidInput and changes nothing.
    Result<int> setTimeZone(const QString &ianaId);
    // Creates version 1 with RuleSet::defaults() when the store has no rules yet.
    Result<int> ensureDefaults(const QString &timeZone);

    // Inside an open transaction (the grab uses it): the rules in force. Parsed JSON is cached
    // per connection and version, so a grab does not parse the rules every time.
    static Result<RuleSet> currentIn(const QSqlDatabase &db);
    // The rules this connection read last, without asking the store which version is in force
    // (the current ones when it has read none): for a caller whose own statement reads
    // versionColumn() beside what it needs, and calls currentIn() when the two differ. The grab
    // does: one statement fewer on every attempt.
    static Result<RuleSet> lastReadIn(const QSqlDatabase &db);
    // The version in force, as a column of a larger statement.
    static QString versionColumn();

private:
    static Result<RuleVersion> versionIn(const QSqlDatabase &db, int version);
    Result<int> storeNewVersion(const RuleSet &rules, const std::optional<RuleSet> &old);
    Context m_ctx;
};

// The zone a new team starts with: the system's, as an IANA id.
QString systemTimeZoneId();

} // namespace grab
