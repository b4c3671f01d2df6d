#pragma once

#include "services/context.h"
#include "noteservice.h"
#include "trainingservice.h"
#include "base/error.h"
#include "domain/grabber.h"

#include <QList>

namespace grab {

// The Team page's list: every grabber with what is owed — open and overdue action items,
// owed and overdue trainings — judged against the team-local today, read in one snapshot.
class TeamRoster final
{
public:
    explicit TeamRoster(Context ctx) : m_ctx(std::move(ctx)) {}

    struct Row
    {
        Grabber grabber; // with skills and regions
        NoteService::Counts actions;
        TrainingService::Counts trainings;
    };
    struct Roster
    {
        QDate today;
        QList<Row> rows; // by id
    };

    Result<Roster> read();

private:
    Context m_ctx;
};

} // namespace grab
