#pragma once

#include "base/phrase.h"

#include "eligibility.h"
#include "grabber.h"
#include "order.h"
#include "ruleset.h"

#include <QList>
#include <QString>

#include <optional>

namespace grab {

// What the dispatcher knows about one grabber when it places one order.
struct DispatchCandidate
{
    Grabber grabber; // with skills and regions
    int takenToday = 0;
    int openWorkload = 0;
    std::optional<qint64> cooldownUntil;
    qint64 segmentWins = 0; // in the order's segment: skill x amount band
    qint64 segmentClosed = 0;
    qint64 feedbackSum = 0;
    qint64 feedbackCount = 0;
    std::optional<qint64> lastAssignedAt;
};

// One factor of a score, for the why-trace: "skill 云服务 matches +30.0".
struct ScoreFactor
{
    QString factor; // skill, region, workload, winRate, satisfaction
    double contribution = 0;
    QString detail;    // in the user's language, for screens
    QString logDetail; // in English, for the dispatched event's payload
    Phrase why;        // the sentence itself, kept in the payload beside logDetail
};

struct RankedCandidate
{
    qint64 grabberId = 0;
    QString name;
    double score = 0;
    QList<ScoreFactor> factors; // largest contribution first
    std::optional<qint64> lastAssignedAt;
    QString detail;    // why the rules allow it, with the caps' figures (Eligibility::detail)
    QString logDetail; // the same in English (Eligibility::logDetail)
    Phrase why;        // Eligibility::why
};

struct DispatchDecision
{
    int ruleVersion = 0; // the rule set the decision was made under
    bool widened = false;
    QList<RankedCandidate> ranking;                   // eligible grabbers, best first
    QList<std::pair<Grabber, Eligibility>> ineligible; // and why each other one is not
    const RankedCandidate *best() const { return ranking.isEmpty() ? nullptr : &ranking.first(); }
};

// Ranks the eligible candidates for an open order (pure: no I/O). Eligibility is
// checkEligibility() with the given path; the score is the weighted sum of skill match,
// region match, spare workload, smoothed win rate in the segment and smoothed satisfaction.
// Equal scores go to the least recently assigned grabber (never assigned first), then the lower id.
DispatchDecision decideDispatch(const RuleSet &rules, const Order &order, const QList<DispatchCandidate> &candidates, qint64 nowMs,
                                AssignPath path = AssignPath::Dispatch);

} // namespace grab
