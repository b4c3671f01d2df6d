#pragma once

#include "services/context.h"
#include "base/error.h"

#include <QDate>
#include <QList>

namespace grab {

// Monthly targets per grabber (won orders and revenue) and the progress against them.
class TargetService final
{
public:
    explicit TargetService(Context ctx) : m_ctx(std::move(ctx)) {}

    struct Target
    {
        qint64 grabberId = 0;
        QString grabberName;
        QDate month; // first day
        qint64 wonCount = 0;
        qint64 revenueMinor = 0;
        // Progress so far in the month (from the day figures).
        qint64 won = 0;
        qint64 revenueDoneMinor = 0;
        bool isSet = true; // false: no target for this month (progress() still fills the progress)
    };

    // Sets (or replaces) a grabber's target for a month; a target_set event holds old and new.
    Status set(qint64 grabberId, const QDate &month, qint64 wonCount, qint64 revenueMinor);
    // Every target of the month with its progress.
    Result<QList<Target>> month(const QDate &month);
    // One grabber's target and progress for the month holding `anyDay` (the whole month, like
    // month()); isSet is false, with zero targets, when none was set. NotFound for an unknown grabber.
    Result<Target> progress(qint64 grabberId, const QDate &anyDay);

private:
    Context m_ctx;
};

} // namespace grab
