#include "teamroster.h"

#include "services/grab/teamday.h"
#include "teamservice.h"
#include "store/readsnapshot.h"

namespace grab {

Result<TeamRoster::Roster> TeamRoster::read()
{
    const QSqlDatabase db = m_ctx.db.connection();
    auto snapshot = ReadSnapshot::begin(db);
    if (!snapshot) {
        return snapshot.error();
    }
    auto today = teamToday(db, m_ctx.clock.nowMs());
    if (!today) {
        return today.error();
    }
    auto grabbers = TeamService::grabbersIn(db);
    if (!grabbers) {
        return grabbers.error();
    }
    auto actions = NoteService::countsByGrabberIn(db, *today);
    if (!actions) {
        return actions.error();
    }
    auto trainings = TrainingService::countsByGrabberIn(db, *today);
    if (!trainings) {
        return trainings.error();
    }
    Roster out;
    out.today = *today;
    out.rows.reserve(grabbers->size());
    for (const Grabber &g : *grabbers) {
        out.rows.append(Row{g, actions->value(g.id), trainings->value(g.id)});
    }
    return out;
}

} // namespace grab
