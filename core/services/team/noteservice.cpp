#include "noteservice.h"

#include "services/audit/eventlog.h"
#include "services/grab/teamday.h"
#include "teamservice.h"
#include "base/plaintext.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace grab {
namespace {

// note_actions has no index but its primary key: every read below scans it once (a
// non-correlated IN is evaluated once), never once per note.
const QString kActionSelect = QStringLiteral(
    "SELECT a.id, a.note_id, a.owner_grabber_id, COALESCE(g.name, a.owner_name), a.text, a.due_on, a.done_at, "
    "n.kind, n.held_on, n.title "
    "FROM note_actions a JOIN notes n ON n.id = a.note_id LEFT JOIN grabbers g ON g.id = a.owner_grabber_id ");

// Open first, soonest due first (none last); then done, latest first.
const QString kActionOrder = QStringLiteral(
    " ORDER BY (a.done_at IS NOT NULL), CASE WHEN a.done_at IS NULL THEN COALESCE(a.due_on, '9999-12-31') END, "
    "a.done_at DESC, a.id");

const QString kNoteSelect = QStringLiteral(
    "SELECT n.id, n.kind, n.held_on, n.grabber_id, g.name, n.author, n.title, n.body, n.created_at "
    "FROM notes n LEFT JOIN grabbers g ON g.id = n.grabber_id ");

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

Error invalid(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

ActionItem readAction(const QSqlQuery &q)
{
    ActionItem a;
    a.id = q.value(0).toLongLong();
    a.noteId = q.value(1).toLongLong();
    if (!q.value(2).isNull()) {
        a.ownerGrabberId = q.value(2).toLongLong();
    }
    a.ownerName = q.value(3).toString();
    a.text = q.value(4).toString();
    a.dueOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    if (!q.value(6).isNull()) {
        a.doneAt = q.value(6).toLongLong();
    }
    a.noteKind = noteKindFromString(q.value(7).toString()).value_or(NoteKind::OneToOne);
    a.noteHeldOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    a.noteTitle = q.value(9).toString();
    return a;
}

Note readNote(const QSqlQuery &q)
{
    Note n;
    n.id = q.value(0).toLongLong();
    n.kind = noteKindFromString(q.value(1).toString()).value_or(NoteKind::OneToOne);
    n.heldOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    if (!q.value(3).isNull()) {
        n.grabberId = q.value(3).toLongLong();
    }
    n.grabberName = q.value(4).toString();
    n.author = q.value(5).toString();
    n.title = q.value(6).toString();
    n.body = q.value(7).toString();
    n.createdAt = q.value(8).toLongLong();
    return n;
}

Result<QList<ActionItem>> readActions(const QSqlDatabase &db, const QString &where, const QVariantList &binds)
{
    auto q = runSql(db, kActionSelect + where + kActionOrder, binds, QStringLiteral("reading action items"));
    if (!q) {
        return q.error();
    }
    QList<ActionItem> out;
    while (q->next()) {
        out.append(readAction(*q));
    }
    if (auto end = rowsEnded(*q, QStringLiteral("reading action items")); !end) {
        return end.error();
    }
    return out;
}

Result<ActionItem> readAction(const QSqlDatabase &db, qint64 id)
{
    auto list = readActions(db, QStringLiteral("WHERE a.id = ?"), {id});
    if (!list) {
        return list.error();
    }
    if (list->isEmpty()) {
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("grab::NoteService", "There is no action item with id %1.").arg(id), QStringLiteral("no_such_action"));
    }
    return list->first();
}

// The notes' action items in the order they were written.
Status attachActions(const QSqlDatabase &db, QList<Note> &notes)
{
    if (notes.isEmpty()) {
        return Done{};
    }
    QHash<qint64, qsizetype> index;
    QStringList marks;
    QVariantList ids;
    for (qsizetype i = 0; i < notes.size(); ++i) {
        index.insert(notes[i].id, i);
        marks << QStringLiteral("?");
        ids << notes[i].id;
    }
    auto q = runSql(db, kActionSelect + QStringLiteral("WHERE a.note_id IN (%1) ORDER BY a.id").arg(marks.join(u',')), ids,
                    QStringLiteral("reading action items"));
    if (!q) {
        return q.error();
    }
    while (q->next()) {
        const ActionItem a = readAction(*q);
        notes[index.value(a.noteId)].actions.append(a);
    }
    return rowsEnded(*q, QStringLiteral("reading action items"));
}

Result<Note> readNoteById(const QSqlDatabase &db, qint64 id)
{
    QList<Note> notes;
    {
        auto q = runSql(db, kNoteSelect + QStringLiteral("WHERE n.id = ?"), {id}, QStringLiteral("reading a note"));
        if (!q) {
            return q.error();
        }
        if (!q->next()) {
            if (auto end = rowsEnded(*q, QStringLiteral("reading a note")); !end) {
                return end.error();
            }
            return makeError(ErrorCode::NotFound, QCoreApplication::translate("grab::NoteService", "There is no note with id %1.").arg(id), QStringLiteral("no_such_note"));
        }
        notes.append(readNote(*q));
    }
    if (auto s = attachActions(db, notes); !s) {
        return s.error();
    }
    return notes.first();
}

// Validates an action item of a note held on `heldOn` (owned by `noteGrabber` unless it names
// its owner) and writes it. Inside the caller's transaction.
Result<qint64> insertAction(const QSqlDatabase &db, qint64 noteId, const QDate &heldOn, const std::optional<qint64> &noteGrabber,
                            const NoteService::NewAction &a)
{
    const QString text = plaintext::normalisedMultiline(a.text).trimmed();
    if (text.isEmpty()) {
        return invalid(QCoreApplication::translate("grab::NoteService", "An action item needs some text: what is to be done."));
    }
    if (auto s = plaintext::checkMultiline(text, "grab::NoteService",
                                           QT_TRANSLATE_NOOP("grab::NoteService", "An action item's text contains a control character (%1 at position %2); it is plain text and line breaks."));
        !s) {
        return s.error();
    }
    if (a.dueOn.isValid() && !isPlausibleDate(a.dueOn)) {
        return invalid(QCoreApplication::translate("grab::NoteService", "The due date %1 is not a date between 2000 and 2099.").arg(a.dueOn.toString(Qt::ISODate)));
    }
    if (a.dueOn.isValid() && a.dueOn < heldOn) {
        return invalid(QCoreApplication::translate("grab::NoteService", "An action item cannot be due (%1) before the meeting it came from (%2).")
                           .arg(a.dueOn.toString(Qt::ISODate), heldOn.toString(Qt::ISODate)));
    }
    std::optional<qint64> owner = a.ownerGrabberId;
    QString ownerName = a.ownerName.trimmed();
    if (auto s = plaintext::checkLine(ownerName, "grab::NoteService",
                                      QT_TRANSLATE_NOOP("grab::NoteService", "An action item's owner contains a control character (%1 at position %2); names are one line of plain text."));
        !s) {
        return s.error();
    }
    if (!owner && ownerName.isEmpty()) {
        owner = noteGrabber;
    }
    if (owner) {
        auto g = TeamService::grabberCoreIn(db, *owner);
        if (!g) {
            return g.error();
        }
        ownerName = g->name;
    } else if (ownerName.isEmpty()) {
        return invalid(QCoreApplication::translate("grab::NoteService", "An action item of a team meeting needs an owner: a grabber or a name."));
    }
    return insertReturningId(db,
                             QStringLiteral("INSERT INTO note_actions (note_id, owner_grabber_id, owner_name, text, due_on) "
                                            "VALUES (?, ?, ?, ?, ?)"),
                             {noteId, nullable(owner), ownerName, text, dateValue(a.dueOn)}, QStringLiteral("adding an action item"));
}

} // namespace

QJsonObject toJson(const ActionItem &a, const QDate &today)
{
    QJsonObject o{{QStringLiteral("id"), a.id},
                  {QStringLiteral("noteId"), a.noteId},
                  {QStringLiteral("ownerGrabberId"), a.ownerGrabberId ? QJsonValue(*a.ownerGrabberId) : QJsonValue()},
                  {QStringLiteral("ownerName"), a.ownerName},
                  {QStringLiteral("text"), a.text},
                  {QStringLiteral("dueOn"), a.dueOn.isValid() ? QJsonValue(a.dueOn.toString(Qt::ISODate)) : QJsonValue()},
                  {QStringLiteral("done"), a.isDone()},
                  {QStringLiteral("doneAt"), a.doneAt ? QJsonValue(QDateTime::fromMSecsSinceEpoch(*a.doneAt, Qt::UTC).toString(Qt::ISODateWithMs))
                                                      : QJsonValue()}};
    if (today.isValid()) {
        o.insert(QStringLiteral("overdue"), a.isOverdue(today));
        o.insert(QStringLiteral("noteKind"), toString(a.noteKind));
        o.insert(QStringLiteral("noteHeldOn"), a.noteHeldOn.toString(Qt::ISODate));
        o.insert(QStringLiteral("noteTitle"), a.noteTitle);
    }
    return o;
}

QJsonObject toJson(const Note &n, const QDate &today)
{
    QJsonArray actions;
    for (const ActionItem &a : n.actions) {
        QJsonObject o = toJson(a, today);
        o.remove(QStringLiteral("noteKind"));
        o.remove(QStringLiteral("noteHeldOn"));
        o.remove(QStringLiteral("noteTitle"));
        actions.append(o);
    }
    return QJsonObject{{QStringLiteral("id"), n.id},
                       {QStringLiteral("kind"), toString(n.kind)},
                       {QStringLiteral("heldOn"), n.heldOn.toString(Qt::ISODate)},
                       {QStringLiteral("grabberId"), n.grabberId ? QJsonValue(*n.grabberId) : QJsonValue()},
                       {QStringLiteral("grabberName"), n.grabberId ? QJsonValue(n.grabberName) : QJsonValue()},
                       {QStringLiteral("author"), n.author},
                       {QStringLiteral("title"), n.title},
                       {QStringLiteral("body"), n.body},
                       {QStringLiteral("actions"), actions}};
}

Result<QDate> NoteService::today()
{
    return teamToday(m_ctx.db.connection(), m_ctx.clock.nowMs());
}

Result<qint64> NoteService::add(const NewNote &input)
{
    const QString title = input.title.trimmed();
    const QString body = plaintext::normalisedMultiline(input.body).trimmed();
    if (title.isEmpty() && body.isEmpty()) {
        return invalid(QCoreApplication::translate("grab::NoteService", "A note needs a title or some text."));
    }
    if (title.size() > 200) {
        return invalid(QCoreApplication::translate("grab::NoteService", "A note's title has at most 200 characters."));
    }
    if (auto s = plaintext::checkLine(title, "grab::NoteService",
                                      QT_TRANSLATE_NOOP("grab::NoteService", "A note's title contains a control character (%1 at position %2); a title is one line of plain text."));
        !s) {
        return s.error();
    }
    if (auto s = plaintext::checkMultiline(body, "grab::NoteService",
                                           QT_TRANSLATE_NOOP("grab::NoteService", "A note's text contains a control character (%1 at position %2); it is plain text and line breaks."));
        !s) {
        return s.error();
    }
    if (auto s = plaintext::checkLine(input.author.trimmed(), "grab::NoteService",
                                      QT_TRANSLATE_NOOP("grab::NoteService", "A note's author contains a control character (%1 at position %2); names are one line of plain text."));
        !s) {
        return s.error();
    }
    if (!isPlausibleDate(input.heldOn)) {
        return invalid(QCoreApplication::translate("grab::NoteService", "A note needs the date the meeting was held, between 2000 and 2099."));
    }
    if (input.kind == NoteKind::OneToOne && !input.grabberId) {
        return invalid(QCoreApplication::translate("grab::NoteService", "A one-to-one note needs its grabber."));
    }
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    const QSqlDatabase db = m_ctx.db.connection();
    const qint64 now = m_ctx.clock.nowMs();
    auto day = teamToday(db, now);
    if (!day) {
        return day.error();
    }
    if (input.heldOn > *day) {
        return invalid(QCoreApplication::translate("grab::NoteService", "A note records a meeting that was held: %1 is after today (%2).")
                           .arg(input.heldOn.toString(Qt::ISODate), day->toString(Qt::ISODate)));
    }
    if (input.grabberId) {
        if (auto g = TeamService::grabberCoreIn(db, *input.grabberId); !g) {
            return g.error();
        }
    }
    const QString author = input.author.trimmed().isEmpty() ? m_ctx.actor : input.author.trimmed();
    auto id = insertReturningId(db,
                                QStringLiteral("INSERT INTO notes (kind, held_on, grabber_id, author, title, body, created_at) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                {toString(input.kind), input.heldOn.toString(Qt::ISODate), nullable(input.grabberId), author, title,
                                 body, now},
                                QStringLiteral("adding a note"));
    if (!id) {
        return id;
    }
    for (const NewAction &a : input.actions) {
        if (auto action = insertAction(db, *id, input.heldOn, input.grabberId, a); !action) {
            return action.error(); // the transaction rolls back: no note without its actions
        }
    }
    auto stored = readNoteById(db, *id);
    if (!stored) {
        return stored.error();
    }
    if (auto e = EventLog::record(db, now, event::NoteAdded, m_ctx.actor, std::nullopt, input.grabberId, std::nullopt, QString(),
                                  toJson(*stored, QDate()));
        !e) {
        return e.error();
    }
    if (auto s = tx->commit(); !s) {
        return s.error();
    }
    return id;
}

Result<Note> NoteService::note(qint64 id)
{
    return readNoteById(m_ctx.db.connection(), id);
}

Result<QList<Note>> NoteService::list(const Filter &filter)
{
    const QSqlDatabase db = m_ctx.db.connection();
    QStringList where;
    QVariantList binds;
    if (filter.grabberId) {
        if (auto g = TeamService::grabberCoreIn(db, *filter.grabberId); !g) {
            return g.error();
        }
        QString mine = QStringLiteral("(n.grabber_id = ? OR n.id IN (SELECT note_id FROM note_actions WHERE owner_grabber_id = ?)");
        if (filter.allMeetings) {
            mine += QStringLiteral(" OR n.kind = 'weekly_meeting'");
        }
        where << mine + u')';
        binds << *filter.grabberId << *filter.grabberId;
    }
    if (filter.kind) {
        where << QStringLiteral("n.kind = ?");
        binds << toString(*filter.kind);
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("n.held_on >= ?");
        binds << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("n.held_on < ?");
        binds << filter.to.toString(Qt::ISODate);
    }
    binds << std::max(1, filter.limit);
    QList<Note> notes;
    {
        auto q = runSql(db,
                        kNoteSelect + (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")))
                            + QStringLiteral(" ORDER BY n.held_on DESC, n.id DESC LIMIT ?"),
                        binds, QStringLiteral("listing notes"));
        if (!q) {
            return q.error();
        }
        while (q->next()) {
            notes.append(readNote(*q));
        }
        if (auto end = rowsEnded(*q, QStringLiteral("listing notes")); !end) {
            return end.error();
        }
    }
    if (auto s = attachActions(db, notes); !s) {
        return s.error();
    }
    return notes;
}

Result<qint64> NoteService::addAction(qint64 noteId, const NewAction &action)
{
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    const QSqlDatabase db = m_ctx.db.connection();
    auto n = readNoteById(db, noteId);
    if (!n) {
        return n.error();
    }
    auto id = insertAction(db, noteId, n->heldOn, n->grabberId, action);
    if (!id) {
        return id;
    }
    auto stored = readAction(db, *id);
    if (!stored) {
        return stored.error();
    }
    if (auto e = EventLog::record(db, m_ctx.clock.nowMs(), event::ActionAdded, m_ctx.actor, std::nullopt, stored->ownerGrabberId,
                                  std::nullopt, QString(), toJson(*stored, QDate()));
        !e) {
        return e.error();
    }
    if (auto s = tx->commit(); !s) {
        return s.error();
    }
    return id;
}

Result<ActionItem> NoteService::setDone(qint64 actionId, bool done)
{
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    const QSqlDatabase db = m_ctx.db.connection();
    auto a = readAction(db, actionId);
    if (!a) {
        return a;
    }
    if (a->isDone() == done) {
        return a; // already so: nothing changes, no event
    }
    const qint64 now = m_ctx.clock.nowMs();
    if (auto q = runSql(db, QStringLiteral("UPDATE note_actions SET done_at = ? WHERE id = ?"), {done ? QVariant(now) : QVariant(), actionId},
                        QStringLiteral("changing an action item"));
        !q) {
        return q.error();
    }
    a->doneAt = done ? std::optional<qint64>(now) : std::nullopt;
    if (auto e = EventLog::record(db, now, done ? event::ActionDone : event::ActionReopened, m_ctx.actor, std::nullopt, a->ownerGrabberId,
                                  std::nullopt, QString(),
                                  QJsonObject{{QStringLiteral("id"), a->id},
                                              {QStringLiteral("noteId"), a->noteId},
                                              {QStringLiteral("text"), a->text},
                                              {QStringLiteral("ownerName"), a->ownerName},
                                              {QStringLiteral("dueOn"), a->dueOn.isValid() ? QJsonValue(a->dueOn.toString(Qt::ISODate)) : QJsonValue()}});
        !e) {
        return e.error();
    }
    if (auto s = tx->commit(); !s) {
        return s.error();
    }
    return a;
}

Result<ActionItem> NoteService::complete(qint64 actionId)
{
    return setDone(actionId, true);
}

Result<ActionItem> NoteService::reopen(qint64 actionId)
{
    return setDone(actionId, false);
}

Result<QList<ActionItem>> NoteService::actions(const ActionFilter &filter)
{
    const QSqlDatabase db = m_ctx.db.connection();
    QStringList where;
    QVariantList binds;
    if (filter.ownerGrabberId) {
        if (auto g = TeamService::grabberCoreIn(db, *filter.ownerGrabberId); !g) {
            return g.error();
        }
        where << QStringLiteral("a.owner_grabber_id = ?");
        binds << *filter.ownerGrabberId;
    }
    if (filter.openOnly || filter.overdueOnly) {
        where << QStringLiteral("a.done_at IS NULL");
    }
    if (filter.overdueOnly) {
        auto day = teamToday(db, m_ctx.clock.nowMs());
        if (!day) {
            return day.error();
        }
        where << QStringLiteral("a.due_on < ?");
        binds << day->toString(Qt::ISODate);
    }
    return readActions(db, where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")), binds);
}

Result<QList<ActionItem>> NoteService::openActionsIn(const QSqlDatabase &db, qint64 grabberId)
{
    if (auto g = TeamService::grabberCoreIn(db, grabberId); !g) {
        return g.error();
    }
    return readActions(db, QStringLiteral("WHERE a.owner_grabber_id = ? AND a.done_at IS NULL"), {grabberId});
}

Result<QList<ActionItem>> NoteService::openActions(qint64 grabberId)
{
    return openActionsIn(m_ctx.db.connection(), grabberId);
}

Result<QHash<qint64, NoteService::Counts>> NoteService::countsByGrabberIn(const QSqlDatabase &db, const QDate &today)
{
    const QString d = today.toString(Qt::ISODate);
    auto q = runSql(db,
                    QStringLiteral("SELECT owner_grabber_id, COUNT(*), SUM(CASE WHEN due_on < ? THEN 1 ELSE 0 END), "
                                   "SUM(CASE WHEN due_on >= ? AND due_on <= ? THEN 1 ELSE 0 END) "
                                   "FROM note_actions WHERE done_at IS NULL AND owner_grabber_id IS NOT NULL GROUP BY owner_grabber_id"),
                    {d, d, today.addDays(kDueSoonDays).toString(Qt::ISODate)}, QStringLiteral("counting action items"));
    if (!q) {
        return q.error();
    }
    QHash<qint64, Counts> out;
    while (q->next()) {
        out.insert(q->value(0).toLongLong(), Counts{q->value(1).toInt(), q->value(2).toInt(), q->value(3).toInt()});
    }
    if (auto end = rowsEnded(*q, QStringLiteral("counting action items")); !end) {
        return end.error();
    }
    return out;
}

Result<QHash<qint64, NoteService::Counts>> NoteService::countsByGrabber()
{
    auto day = today();
    if (!day) {
        return day.error();
    }
    return countsByGrabberIn(m_ctx.db.connection(), *day);
}

} // namespace grab
