#pragma once

#include "services/context.h"
#include "base/error.h"
#include "domain/note.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

namespace grab {

// Notes of weekly team meetings and one-to-ones, with their action items (owner, due date,
// done). A one-to-one belongs to its grabber; a weekly meeting is the team's and reaches a
// grabber through the action items they own. An action item is overdue when it is open past
// its due date (due before today, the team-local calendar day). Each change is one BEGIN
// IMMEDIATE transaction with its event (note_added holding its action items, action_added,
// action_done, action_reopened); a refused change writes nothing.
class NoteService final
{
public:
    explicit NoteService(Context ctx) : m_ctx(std::move(ctx)) {}

    struct NewAction
    {
        QString text; // required
        // The owner: a grabber, or a name (the manager, someone outside the team). With
        // neither, the note's grabber owns it; a team meeting's action needs one.
        std::optional<qint64> ownerGrabberId;
        QString ownerName;
        QDate dueOn; // optional; not before the note's date
    };

    struct NewNote
    {
        NoteKind kind = NoteKind::OneToOne;
        QDate heldOn;                    // required, not after today
        std::optional<qint64> grabberId; // required for a one-to-one
        QString author;                  // default: the context's actor
        QString title;                   // a title or a body is required
        QString body;
        QList<NewAction> actions;
    };

    struct Filter
    {
        // A grabber's notes: their one-to-ones and the meetings where they own an action item
        // (with allMeetings, every weekly meeting). NotFound when it names nobody.
        std::optional<qint64> grabberId;
        bool allMeetings = false;
        std::optional<NoteKind> kind;
        QDate from; // held on or after (optional)
        QDate to;   // held before (optional)
        int limit = 500;
    };

    struct ActionFilter
    {
        std::optional<qint64> ownerGrabberId; // NotFound when it names nobody
        bool openOnly = true;
        bool overdueOnly = false;
    };

    struct Counts
    {
        int open = 0;
        int overdue = 0;
        int dueSoon = 0;
    };

    // Errors: NotFound for an unknown grabber or owner; InvalidInput for an empty title and
    // body, an empty action text, a one-to-one without a grabber, an action without an owner,
    // a date outside 2000..2099, a meeting after today or an action due before its meeting.
    Result<qint64> add(const NewNote &note);
    Result<Note> note(qint64 id);
    // Newest first (held on, then written), each with its action items.
    Result<QList<Note>> list(const Filter &filter);

    Result<qint64> addAction(qint64 noteId, const NewAction &action);
    // Ticking a done action (or reopening an open one) changes nothing and writes no event.
    Result<ActionItem> complete(qint64 actionId);
    Result<ActionItem> reopen(qint64 actionId);
    // Open ones: soonest due first (no due date last); with openOnly false the done ones
    // follow, latest done first.
    Result<QList<ActionItem>> actions(const ActionFilter &filter);
    // What a grabber's dashboard shows: the open action items they own, soonest due first,
    // with the note each came from. NotFound for an unknown grabber.
    Result<QList<ActionItem>> openActions(qint64 grabberId);
    // The same inside the caller's transaction or ReadSnapshot (DashboardService).
    static Result<QList<ActionItem>> openActionsIn(const QSqlDatabase &db, qint64 grabberId);
    // Open action items per owning grabber.
    Result<QHash<qint64, Counts>> countsByGrabber();
    static Result<QHash<qint64, Counts>> countsByGrabberIn(const QSqlDatabase &db, const QDate &today);
    // The team-local calendar day the overdue flags are judged against.
    Result<QDate> today();

private:
    Result<ActionItem> setDone(qint64 actionId, bool done);
    Context m_ctx;
};

QJsonObject toJson(const ActionItem &a, const QDate &today);
QJsonObject toJson(const Note &n, const QDate &today);

} // namespace grab
