#pragma once

#include "base/clock.h"
#include "domain/note.h"
#include "domain/training.h"
#include "services/team/feedbackservice.h"
#include "services/team/noteservice.h"
#include "services/metrics/targetservice.h"
#include "services/team/teamservice.h"
#include "services/team/teamroster.h"
#include "services/team/trainingservice.h"

#include <QList>

namespace grab {
class Database;
}

namespace grab::ui {

// Everything the Team page shows about one grabber, read together.
struct GrabberFile
{
    Grabber grabber;
    QDate today; // the team's calendar day the flags are judged against
    QList<Training> trainings;
    QList<Note> notes;
    FeedbackService::Listing feedback;
    qint64 awaitingFeedback = 0; // closed orders without a score
    TargetService::Target target; // this month's; isSet false when none
    qint64 readMs = 0;            // how long the reads took, for the page's tooltip and the bench
};

// The Team page's one door to the data: reads through core's services (TeamRoster,
// TrainingService, NoteService, FeedbackService, TargetService) and writes through them as
// the manager. No SQL here. It runs on the GUI thread on the window's connection: every read
// is a handful of indexed queries (docs/performance.md, "The Team page").
class TeamSource final
{
public:
    TeamSource(Database &db, const Clock &clock, QString actor = QStringLiteral("manager"));

    static constexpr int kFeedbackLimit = 100; // the newest scores listed (the total is counted)
    static constexpr int kAwaitingLimit = 100; // the newest closed orders offered for a score

    Result<TeamRoster::Roster> roster();
    // With allMeetings every weekly meeting is listed, not only those where the grabber owns
    // an action item.
    Result<GrabberFile> grabberFile(qint64 grabberId, bool allMeetings = false);
    Result<QList<FeedbackService::Awaiting>> awaitingFeedback(qint64 grabberId);

    Result<qint64> addTraining(const TrainingService::NewTraining &training);
    Result<Training> setTrainingResult(qint64 trainingId, bool passed);
    Result<qint64> addNote(const NoteService::NewNote &note);
    Result<ActionItem> setActionDone(qint64 actionId, bool done);
    Result<qint64> recordFeedback(qint64 orderId, int score, const QString &comment);
    Status setTarget(qint64 grabberId, const QDate &month, qint64 wonCount, qint64 revenueMinor);
    Result<qint64> addGrabber(const Grabber &grabber);
    Result<Grabber> updateGrabber(qint64 grabberId, const TeamService::GrabberChanges &changes);

private:
    Context context() const;

    Database &m_db;
    const Clock &m_clock;
    QString m_actor;
};

} // namespace grab::ui
