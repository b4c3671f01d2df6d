#pragma once

#include "domain/kpis.h"
#include "domain/reviewcycle.h"
#include "domain/reviewscoring.h"
#include "domain/reviewsettings.h"
#include "domain/reviewsnapshot.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <QByteArray>

#include <optional>

namespace grab {

// What the review service hands out: plain structs for grabctl, the export and the UI.

struct ReviewDecision
{
    qint64 id = 0;
    qint64 entryId = 0;
    qint64 grabberId = 0;
    DecisionKind kind = DecisionKind::Bonus;
    std::optional<qint64> amountMinor; // bonus and bonus deduction
    QString text;                      // the honour or title, the promotion, the course, where to
    QDate dueOn;                       // training: invalid when none
    QString reason;                    // required for a penalty
    QString category;                  // training: sales_skills | product_knowledge | customer_service
    std::optional<qint64> trainingId;  // the trainings row a training decision assigned
    QString decidedBy;
    std::optional<qint64> decidedAt;
};

// One grabber in one cycle: the frozen KPIs and every score with its reason.
struct ReviewEntry
{
    qint64 id = 0;
    qint64 cycleId = 0;
    QString quarter;
    ReviewState cycleState = ReviewState::Draft;
    qint64 grabberId = 0;
    QString grabberName; // the name now (the snapshot keeps the name at opening)
    ReviewSnapshot snapshot;
    ReviewKpiScore kpi;
    std::optional<int> supervisorScore;
    QString comment;
    ReviewFinalScore final;
    QList<ReviewDecision> decisions;

    bool isScored() const { return supervisorScore.has_value(); }
    bool hasPenalty() const;
    // The violations a penalty stands on: the quarter's, as frozen at opening.
    const QList<ReviewViolation> &violations() const { return snapshot.violations; }
};

struct ReviewProgress
{
    int total = 0;  // grabbers in the cycle
    int scored = 0; // with a supervisor score
    int decisions = 0;
    QList<std::pair<qint64, QString>> missing; // not scored yet: id and name, by name (cycle views only)
    QMap<QString, int> grades;                 // "A" -> 3, ...
    int unscored() const { return total - scored; }
};

struct ReviewCycle
{
    qint64 id = 0;
    QString quarter;
    Period period;
    ReviewState state = ReviewState::Draft;
    ReviewSettings settings;
    qint64 createdAt = 0;
    std::optional<qint64> openedAt;
    QString approvedBy;
    std::optional<qint64> approvedAt;
    std::optional<qint64> lockedAt;
    ReviewProgress progress;
};

struct ReviewCycleView
{
    ReviewCycle cycle;
    QList<ReviewEntry> entries; // by grabber name
    QString formula;            // reviewscoring::shownFormula(cycle.settings): for screens
    QString logFormula;         // reviewscoring::formula(cycle.settings): in English, for files
    // For a locked cycle: whether its seal still holds (IntegrityCheck::reviewSealHolds): the
    // sheet and the exports say "verified" or "altered after locking". Empty before locking.
    std::optional<bool> sealHolds;
    // The event chain's head when the view was read: printed sheets carry it as a witness.
    qint64 chainHeadId = 0;
    QByteArray chainHeadHash;
};

// A decision as the supervisor takes it.
struct NewReviewDecision
{
    DecisionKind kind = DecisionKind::Bonus;
    std::optional<qint64> amountMinor;
    QString text;
    QDate dueOn;
    QString reason;
    QString category;
};

} // namespace grab
