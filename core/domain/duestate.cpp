#include "duestate.h"

namespace grab {

DueState dueState(const QDate &dueOn, const QDate &today, bool done)
{
    if (done || !dueOn.isValid() || !today.isValid()) {
        return DueState::None;
    }
    if (dueOn < today) {
        return DueState::Overdue;
    }
    if (today.daysTo(dueOn) <= kDueSoonDays) {
        return DueState::DueSoon;
    }
    return DueState::None;
}

} // namespace grab
