#pragma once

#include "base/phrase.h"

#include "services/context.h"
#include "base/error.h"
#include "domain/ruleset.h"

#include <QList>

namespace grab {

// Violations, manual and automatic. Automatic ones come from the grab (attempts over the cap,
// outside the window, on restricted orders, bursts faster than a person) and from the reclaim
// (no follow-up). Reaching the rule set's escalateCount within escalateDays raises the
// grabber's escalation flag and writes an "escalated" event.
class ViolationService final
{
public:
    explicit ViolationService(Context ctx) : m_ctx(std::move(ctx)) {}

    enum class Severity { Low, Medium, High };
    enum class Source { Auto, Manual };

    struct NewViolation
    {
        qint64 grabberId = 0;
        std::optional<qint64> orderId;
        QString type; // no_follow_up, over_cap, outside_window, restricted_order, rapid_attempts, or a manual type
        Severity severity = Severity::Low;
        Source source = Source::Manual;
        QString note;
        // An automatic note: stored in English as `note` and as this phrase (note_phrase).
        Phrase notePhrase;
    };

    // A manual violation, in its own transaction.
    Result<qint64> record(const NewViolation &v);

    // Inside the caller's transaction. With `oncePerDay`, an automatic violation of the same
    // type for the same grabber on the same team day is not written again (returns 0).
    static Result<qint64> recordIn(const QSqlDatabase &db, const RuleSet &rules, qint64 now, const QString &actor,
                                   const NewViolation &v, bool oncePerDay);

    // After a grab attempt (inside its transaction): a refusal for the cap, the window or a
    // restriction is a violation, and so is an attempt rate beyond the rule set's burst limit.
    // At most one of each type per grabber and team day.
    // `attemptsInWindow` (this one included) when the caller already counted them.
    // True when it wrote a violation, and so an event: a caller that read the event chain's head
    // before must not link its own event to that one then.
    static Result<bool> afterAttempt(const QSqlDatabase &db, const RuleSet &rules, qint64 now, const QString &actor, qint64 grabberId,
                               qint64 orderId, const QString &refusalReason, std::optional<int> attemptsInWindow = std::nullopt,
                               const Phrase &refusalWhy = Phrase());

    struct Flag
    {
        qint64 grabberId = 0;
        int count = 0; // violations within the rule set's escalateDays
    };
    // Grabbers at or over the escalation threshold as of now.
    Result<QList<Flag>> escalated();

private:
    Context m_ctx;
};

QString toString(ViolationService::Severity s);
std::optional<ViolationService::Severity> severityFromString(const QString &s);

} // namespace grab
