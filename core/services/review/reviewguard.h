#pragma once

#include "services/context.h"
#include "reviewdata.h"
#include "base/error.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace grab {

// What every write of ReviewService checks and does the same way, inside its transaction: the
// refusals with their reason codes, the state a change needs, a state change with its event,
// and a grabber's entry row. Internal to the review services.
class ReviewGuard final
{
public:
    static QString compact(const QJsonObject &o);
    static Error refused(const QString &reason, const QString &message);
    static Error lockedError(const QString &quarter);
    // A write the schema's lock triggers refused (another writer locked the cycle meanwhile) is
    // the same refusal as ours.
    static Error mapped(const Error &e, const QString &quarter);
    // Scores and decisions are taken while the cycle is open or scoring.
    static Status editable(const ReviewCycle &c);
    // A transition the cycle's state does not allow (the lock's own refusal when locked).
    static Error illegal(const ReviewCycle &c, const QString &what);
    // One state change of a cycle and its event.
    static Status moveState(const Context &ctx, const ReviewCycle &c, ReviewState to, const QString &sql, const QVariantList &binds,
                            QJsonObject extraNew = {});
    // The first score or decision of an open cycle starts its scoring.
    static Status scoringIfOpen(const Context &ctx, ReviewCycle &c);

    struct EntryRow
    {
        qint64 id = 0;
        std::optional<double> kpiScore;
        std::optional<int> supervisorScore;
        QString comment;
        std::optional<double> finalScore;
        QString grade;
    };
    // NotFound for an unknown grabber or one who is not part of the cycle.
    static Result<EntryRow> entryRow(const QSqlDatabase &db, const ReviewCycle &c, qint64 grabberId);
};

} // namespace grab
