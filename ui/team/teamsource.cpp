#include "teamsource.h"

#include "services/grab/orderservice.h"
#include "services/team/teamservice.h"
#include "store/database.h"
#include "store/readsnapshot.h"

#include <QElapsedTimer>

namespace grab::ui {

TeamSource::TeamSource(Database &db, const Clock &clock, QString actor) : m_db(db), m_clock(clock), m_actor(std::move(actor)) {}

Context TeamSource::context() const
{
    return Context{m_db, m_clock, m_actor};
}

Result<TeamRoster::Roster> TeamSource::roster()
{
    return TeamRoster(context()).read();
}

Result<GrabberFile> TeamSource::grabberFile(qint64 grabberId, bool allMeetings)
{
    QElapsedTimer timer;
    timer.start();
    GrabberFile f;
    {
        // One commit throughout: the lists and the counts agree.
        auto snapshot = ReadSnapshot::begin(m_db.connection());
        if (!snapshot) {
            return snapshot.error();
        }
        auto g = TeamService(context()).grabber(grabberId);
        if (!g) {
            return g.error();
        }
        f.grabber = *g;
        TrainingService trainings(context());
        auto today = trainings.today();
        if (!today) {
            return today.error();
        }
        f.today = *today;
        TrainingService::Filter tf;
        tf.grabberId = grabberId;
        auto t = trainings.list(tf);
        if (!t) {
            return t.error();
        }
        f.trainings = *t;
        NoteService::Filter nf;
        nf.grabberId = grabberId;
        nf.allMeetings = allMeetings;
        auto n = NoteService(context()).list(nf);
        if (!n) {
            return n.error();
        }
        f.notes = *n;
        FeedbackService feedback(context());
        auto fb = feedback.list(grabberId, kFeedbackLimit);
        if (!fb) {
            return fb.error();
        }
        f.feedback = *fb;
        auto awaiting = feedback.awaitingCount(grabberId);
        if (!awaiting) {
            return awaiting.error();
        }
        f.awaitingFeedback = *awaiting;
        // MetricsService's own snapshot joins this one.
        auto target = TargetService(context()).progress(grabberId, f.today);
        if (!target) {
            return target.error();
        }
        f.target = *target;
    }
    f.readMs = timer.elapsed();
    return f;
}

Result<QList<FeedbackService::Awaiting>> TeamSource::awaitingFeedback(qint64 grabberId)
{
    return FeedbackService(context()).awaiting(grabberId, kAwaitingLimit);
}

Result<qint64> TeamSource::addTraining(const TrainingService::NewTraining &training)
{
    return TrainingService(context()).add(training);
}

Result<Training> TeamSource::setTrainingResult(qint64 trainingId, bool passed)
{
    // A result without a taken date is taken today (TrainingService::Changes).
    TrainingService::Changes c;
    c.passed = std::optional<bool>(passed);
    return TrainingService(context()).update(trainingId, c);
}

Result<qint64> TeamSource::addNote(const NoteService::NewNote &note)
{
    return NoteService(context()).add(note);
}

Result<ActionItem> TeamSource::setActionDone(qint64 actionId, bool done)
{
    NoteService service(context());
    return done ? service.complete(actionId) : service.reopen(actionId);
}

Result<qint64> TeamSource::addGrabber(const Grabber &grabber)
{
    return TeamService(context()).addGrabber(grabber);
}

Result<Grabber> TeamSource::updateGrabber(qint64 grabberId, const TeamService::GrabberChanges &changes)
{
    return TeamService(context()).updateGrabber(grabberId, changes);
}

Status TeamSource::setTarget(qint64 grabberId, const QDate &month, qint64 wonCount, qint64 revenueMinor)
{
    return TargetService(context()).set(grabberId, month, wonCount, revenueMinor);
}

Result<qint64> TeamSource::recordFeedback(qint64 orderId, int score, const QString &comment)
{
    return OrderService(context()).feedback(orderId, score, comment);
}

} // namespace grab::ui
