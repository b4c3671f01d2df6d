#pragma once

#include "base/error.h"
#include "services/context.h"

#include <QDate>
#include <QList>
#include <QTimeZone>

#include <functional>

namespace grab::demo {

// One thing the demo's manager does on the people side, at its time: a training planned,
// taken or passed; a weekly meeting or a one-to-one written down with its action items; an
// action item ticked done. Each runs through TrainingService or NoteService.
struct CoachingStep
{
    qint64 at = 0; // epoch ms, UTC
    std::function<Status(const Context &)> run;
};

// The demo team's coaching over the team-local days [firstDay, lastDay]: per grabber a course
// taken and one planned (some done in time, some left overdue), a weekly meeting every Monday
// with action items for a few grabbers, and one-to-ones with some of them. It draws from its
// own random stream seeded by `seed`, so the rest of the demo (orders, races, feedback) is
// the same with or without it, and the same seed gives the same steps.
QList<CoachingStep> coachingPlan(const QList<qint64> &grabberIds, const QDate &firstDay, const QDate &lastDay, const QTimeZone &zone,
                                 quint32 seed);

} // namespace grab::demo
