#pragma once

#include "duestate.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace grab {

// PRODUCT.md "Note": what was said in a weekly team meeting or a one-to-one, and the action
// items that came out of it. The text forms are the schema's and never change.
enum class NoteKind { WeeklyMeeting, OneToOne };

QString toString(NoteKind kind); // weekly_meeting, one_to_one
std::optional<NoteKind> noteKindFromString(QStringView text);

struct ActionItem
{
    qint64 id = 0;
    qint64 noteId = 0;
    // The owner: a grabber (ownerName then holds the grabber's name when it was written), or
    // someone named only (ownerName, e.g. the manager).
    std::optional<qint64> ownerGrabberId;
    QString ownerName;
    QString text;
    QDate dueOn;                  // invalid: no due date
    std::optional<qint64> doneAt; // epoch ms, UTC; unset while open
    // The note it came from, for lists of actions without their notes.
    NoteKind noteKind = NoteKind::OneToOne;
    QDate noteHeldOn;
    QString noteTitle;

    bool isDone() const { return doneAt.has_value(); }
    DueState dueState(const QDate &today) const { return grab::dueState(dueOn, today, isDone()); }
    bool isOverdue(const QDate &today) const { return dueState(today) == DueState::Overdue; }
};

struct Note
{
    qint64 id = 0;
    NoteKind kind = NoteKind::OneToOne;
    QDate heldOn;
    std::optional<qint64> grabberId; // a one-to-one's grabber; unset for a team meeting
    QString grabberName;
    QString author;
    QString title;
    QString body;
    qint64 createdAt = 0; // epoch ms, UTC
    QList<ActionItem> actions; // in the order they were written
};

} // namespace grab
