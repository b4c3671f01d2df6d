#pragma once

#include "context.h"
#include "domain/error.h"
#include "domain/ruleset.h"

namespace grab {

// Reads and changes the versioned rule set. A change writes a new version and a
// rule_changed event with the old and the new rules; versions are never edited.
class RuleService final
{
public:
    explicit RuleService(Context ctx) : m_ctx(std::move(ctx)) {}

    // The rule set in force (the highest version).
    Result<RuleSet> current();
    // Stores `rules` as a new version unless they equal the current ones; returns the version in force.
    Result<int> replace(const RuleSet &rules);
    // Moves the team to another IANA time zone: the rules in force with only the zone changed,
    // stored like any change (a new version and its rule_changed event, as `grabctl rules set
    // timeZone=...`). An unknown zone is InvalidInput and changes nothing.
    Result<int> setTimeZone(const QString &ianaId);
    // Creates version 1 with RuleSet::defaults() when the store has no rules yet.
    Result<int> ensureDefaults(const QString &timeZone);

    // Inside an open transaction (the grab uses it): the rules in force. Parsed JSON is cached
    // per connection and version, so a grab does not parse the rules every time.
    static Result<RuleSet> currentIn(const QSqlDatabase &db);

private:
    Result<int> storeNewVersion(const RuleSet &rules, const std::optional<RuleSet> &old);
    Context m_ctx;
};

// The zone a new team starts with: the system's, as an IANA id.
QString systemTimeZoneId();

} // namespace grab
