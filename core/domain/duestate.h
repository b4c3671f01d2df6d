#pragma once

#include <QDate>

namespace grab {

// How a dated to-do stands against today (the team's calendar day): the trainings and the
// action items of notes share it, so a screen colours both the same way.
enum class DueState {
    None,    // done, no due date, or more than kDueSoonDays away
    DueSoon, // due today or within kDueSoonDays days, not done
    Overdue, // due before today, not done
};

// "Due soon" is today and the next three days.
inline constexpr int kDueSoonDays = 3;

// Pure: `done` means nothing is owed any more (a training taken, an action ticked).
DueState dueState(const QDate &dueOn, const QDate &today, bool done);

} // namespace grab
