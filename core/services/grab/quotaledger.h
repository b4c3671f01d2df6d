#pragma once

#include "base/error.h"
#include "domain/grabber.h"
#include "domain/ruleset.h"

#include <QList>
#include <QSqlDatabase>

namespace grab {

// One grabber's quotas as the rules count them right now: the daily cap (successful grabs and
// dispatches in today's team-time-zone calendar day) and the open-workload cap. The board's
// load strip and the grabber's own ledger show these, so nobody has to guess what a rule
// engine will say.
struct Quota
{
    qint64 grabberId = 0;
    QString name;
    Level level = Level::Junior;
    GrabberStatus status = GrabberStatus::Active;
    int dailyCap = 0;
    bool capOverridden = false; // the grabber's own cap, not the level's
    int takenToday = 0;         // orders that reached the grabber today, any path
    int attemptsToday = 0;      // grab attempts today that did not win (lost races and refusals)
    int workloadCap = 0;
    int openWorkload = 0;
    qint64 dayStart = 0; // [dayStart, dayEnd): the calendar day the daily cap counts, epoch ms
    qint64 dayEnd = 0;

    int dailyLeft() const { return std::max(0, dailyCap - takenToday); }
    int workloadLeft() const { return std::max(0, workloadCap - openWorkload); }
    // At or past a cap: the next grab will be refused.
    bool atLimit() const { return takenToday >= dailyCap || openWorkload >= workloadCap; }
    // Within 20 % of a cap (at least one left): worth a glance before dispatching more.
    bool nearLimit() const;

    bool operator==(const Quota &) const = default;
};

class QuotaLedger final
{
public:
    // Every grabber, by id: three grouped queries, no query per grabber.
    static Result<QList<Quota>> teamIn(const QSqlDatabase &db, const RuleSet &rules, qint64 nowMs);
    static Result<Quota> grabberIn(const QSqlDatabase &db, const RuleSet &rules, qint64 grabberId, qint64 nowMs);
};

} // namespace grab
