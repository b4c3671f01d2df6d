#include "trainingservice.h"

#include "services/audit/eventlog.h"
#include "services/grab/teamday.h"
#include "teamservice.h"
#include "base/plaintext.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <cmath>

namespace grab {
namespace {

constexpr double kMaxHours = 1000;

// The review's quarter comes along when a review decision made the training.
const QString kSelect = QStringLiteral(
    "SELECT t.id, t.grabber_id, g.name, t.course, t.category, t.taken_on, t.due_on, t.hours, t.passed, "
    "t.review_entry_id, c.quarter "
    "FROM trainings t JOIN grabbers g ON g.id = t.grabber_id "
    "LEFT JOIN review_entries e ON e.id = t.review_entry_id "
    "LEFT JOIN review_cycles c ON c.id = e.cycle_id ");

// Owed first (soonest due first, none last), then taken (newest first).
const QString kOrder = QStringLiteral(
    " ORDER BY (t.taken_on IS NOT NULL OR COALESCE(t.passed, 0) = 1), "
    "CASE WHEN t.taken_on IS NULL THEN COALESCE(t.due_on, '9999-12-31') END, t.taken_on DESC, t.id DESC");

// Owed and due before today; the same test as Training::isOverdue.
const QString kOwed = QStringLiteral("t.taken_on IS NULL AND COALESCE(t.passed, 0) = 0");

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

Training readTraining(const QSqlQuery &q)
{
    Training t;
    t.id = q.value(0).toLongLong();
    t.grabberId = q.value(1).toLongLong();
    t.grabberName = q.value(2).toString();
    t.course = q.value(3).toString();
    t.category = trainingCategoryFromString(q.value(4).toString()).value_or(TrainingCategory::SalesSkills);
    t.takenOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    t.dueOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    if (!q.value(7).isNull()) {
        t.hours = q.value(7).toDouble();
    }
    if (!q.value(8).isNull()) {
        t.passed = q.value(8).toInt() != 0;
    }
    if (!q.value(9).isNull()) {
        t.reviewEntryId = q.value(9).toLongLong();
    }
    t.reviewQuarter = q.value(10).toString();
    return t;
}

Error invalid(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

// A course name as it comes in (added, or renamed): one stored before the check stays editable.
Status checkCourse(const QString &course)
{
    return plaintext::checkLine(course, "grab::TrainingService",
                                QT_TRANSLATE_NOOP("grab::TrainingService", "The course name contains a control character (%1 at position %2); a course name is one line of plain text."));
}

// What every stored training must satisfy.
Status validate(const QString &course, TrainingCategory category, const QDate &dueOn, const QDate &takenOn,
                const std::optional<double> &hours, const QDate &today)
{
    if (course.trimmed().isEmpty()) {
        return invalid(QCoreApplication::translate("grab::TrainingService", "A training needs a course name."));
    }
    if (course.trimmed().size() > 200) {
        return invalid(QCoreApplication::translate("grab::TrainingService", "A course name has at most 200 characters."));
    }
    if (toString(category).isEmpty()) {
        return invalid(QCoreApplication::translate("grab::TrainingService", "A training's category is sales_skills, product_knowledge or customer_service."));
    }
    if (dueOn.isValid() && !isPlausibleDate(dueOn)) {
        return invalid(QCoreApplication::translate("grab::TrainingService", "The due date %1 is not a date between 2000 and 2099.").arg(dueOn.toString(Qt::ISODate)));
    }
    if (takenOn.isValid() && !isPlausibleDate(takenOn)) {
        return invalid(QCoreApplication::translate("grab::TrainingService", "The date taken %1 is not a date between 2000 and 2099.").arg(takenOn.toString(Qt::ISODate)));
    }
    if (takenOn.isValid() && takenOn > today) {
        return invalid(QCoreApplication::translate("grab::TrainingService", "A training cannot have been taken after today (%1): %2 is still to come; give it as the due date.")
                           .arg(today.toString(Qt::ISODate), takenOn.toString(Qt::ISODate)));
    }
    if (hours && (!std::isfinite(*hours) || *hours < 0 || *hours > kMaxHours)) {
        return invalid(QCoreApplication::translate("grab::TrainingService", "Training hours are a number from 0 to %1.").arg(kMaxHours));
    }
    return Done{};
}

Result<Training> readOne(const QSqlDatabase &db, qint64 id)
{
    auto q = runSql(db, kSelect + QStringLiteral("WHERE t.id = ?"), {id}, QStringLiteral("reading a training"));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        if (auto end = rowsEnded(*q, QStringLiteral("reading a training")); !end) {
            return end.error();
        }
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("grab::TrainingService", "There is no training with id %1.").arg(id), QStringLiteral("no_such_training"));
    }
    Training t = readTraining(*q);
    q->finish();
    return t;
}

} // namespace

QJsonObject toJson(const Training &t, const QDate &today)
{
    QJsonObject o{{QStringLiteral("id"), t.id},
                  {QStringLiteral("grabberId"), t.grabberId},
                  {QStringLiteral("grabberName"), t.grabberName},
                  {QStringLiteral("course"), t.course},
                  {QStringLiteral("category"), toString(t.category)},
                  {QStringLiteral("dueOn"), t.dueOn.isValid() ? QJsonValue(t.dueOn.toString(Qt::ISODate)) : QJsonValue()},
                  {QStringLiteral("takenOn"), t.takenOn.isValid() ? QJsonValue(t.takenOn.toString(Qt::ISODate)) : QJsonValue()},
                  {QStringLiteral("hours"), t.hours ? QJsonValue(*t.hours) : QJsonValue()},
                  {QStringLiteral("passed"), t.passed ? QJsonValue(*t.passed) : QJsonValue()},
                  {QStringLiteral("reviewEntryId"), t.reviewEntryId ? QJsonValue(*t.reviewEntryId) : QJsonValue()},
                  {QStringLiteral("reviewQuarter"), t.reviewQuarter.isEmpty() ? QJsonValue() : QJsonValue(t.reviewQuarter)}};
    if (today.isValid()) {
        o.insert(QStringLiteral("owed"), t.isOwed());
        o.insert(QStringLiteral("overdue"), t.isOverdue(today));
    }
    return o;
}

Result<QDate> TrainingService::today()
{
    return teamToday(m_ctx.db.connection(), m_ctx.clock.nowMs());
}

Result<qint64> TrainingService::addIn(const QSqlDatabase &db, const QDate &today, qint64 nowMs, const QString &actor,
                                      const NewTraining &input)
{
    NewTraining t = input;
    t.course = t.course.trimmed();
    if (auto s = checkCourse(t.course); !s) {
        return s.error();
    }
    if (t.passed && !t.takenOn.isValid()) {
        t.takenOn = today; // a result is given on the day it is known
    }
    if (auto s = validate(t.course, t.category, t.dueOn, t.takenOn, t.hours, today); !s) {
        return s.error();
    }
    if (auto g = TeamService::grabberCoreIn(db, t.grabberId); !g) {
        return g.error();
    }
    if (t.reviewEntryId) {
        auto known = scalar(db, QStringLiteral("SELECT COUNT(*) FROM review_entries WHERE id = ? AND grabber_id = ?"),
                            {*t.reviewEntryId, t.grabberId}, QStringLiteral("reading a review entry"));
        if (!known) {
            return known.error();
        }
        if (known->toInt() == 0) {
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("grab::TrainingService", "There is no review entry %1 for grabber %2.").arg(*t.reviewEntryId).arg(t.grabberId),
                             QStringLiteral("no_such_review_entry"));
        }
    }
    auto id = insertReturningId(
        db,
        QStringLiteral("INSERT INTO trainings (grabber_id, course, category, taken_on, due_on, hours, passed, review_entry_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {t.grabberId, t.course, toString(t.category), dateValue(t.takenOn), dateValue(t.dueOn),
         t.hours ? QVariant(*t.hours) : QVariant(), t.passed ? QVariant(int(*t.passed)) : QVariant(), nullable(t.reviewEntryId)},
        QStringLiteral("adding a training"));
    if (!id) {
        return id;
    }
    auto stored = readOne(db, *id);
    if (!stored) {
        return stored.error();
    }
    if (auto e = EventLog::record(db, nowMs, event::TrainingAdded, actor, std::nullopt, t.grabberId, std::nullopt, QString(),
                                  toJson(*stored, QDate()));
        !e) {
        return e.error();
    }
    return id;
}

Result<qint64> TrainingService::add(const NewTraining &training)
{
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    const QSqlDatabase db = m_ctx.db.connection();
    auto day = teamToday(db, m_ctx.clock.nowMs());
    if (!day) {
        return day.error();
    }
    auto id = addIn(db, *day, m_ctx.clock.nowMs(), m_ctx.actor, training);
    if (!id) {
        return id;
    }
    if (auto s = tx->commit(); !s) {
        return s.error();
    }
    return id;
}

Result<Training> TrainingService::update(qint64 id, const Changes &c)
{
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    const QSqlDatabase db = m_ctx.db.connection();
    auto day = teamToday(db, m_ctx.clock.nowMs());
    if (!day) {
        return day.error();
    }
    auto old = readOne(db, id);
    if (!old) {
        return old;
    }
    Training t = *old;
    if (c.course) {
        t.course = c.course->trimmed();
        if (auto s = checkCourse(t.course); !s) {
            return s.error();
        }
    }
    if (c.category) {
        t.category = *c.category;
    }
    if (c.dueOn) {
        t.dueOn = *c.dueOn;
    }
    if (c.takenOn) {
        t.takenOn = *c.takenOn;
        if (!t.takenOn.isValid()) {
            t.passed.reset(); // not taken: no result either
        }
    }
    if (c.hours) {
        t.hours = *c.hours;
    }
    if (c.passed) {
        t.passed = *c.passed;
        if (t.passed && !t.takenOn.isValid()) {
            t.takenOn = *day;
        }
    }
    if (auto s = validate(t.course, t.category, t.dueOn, t.takenOn, t.hours, *day); !s) {
        return s.error();
    }
    const QJsonObject before = toJson(*old, QDate());
    const QJsonObject after = toJson(t, QDate());
    if (before == after) {
        return t; // nothing changes: no write, no event
    }
    if (auto q = runSql(db,
                        QStringLiteral("UPDATE trainings SET course = ?, category = ?, taken_on = ?, due_on = ?, hours = ?, passed = ? "
                                       "WHERE id = ?"),
                        {t.course, toString(t.category), dateValue(t.takenOn), dateValue(t.dueOn),
                         t.hours ? QVariant(*t.hours) : QVariant(), t.passed ? QVariant(int(*t.passed)) : QVariant(), id},
                        QStringLiteral("changing a training"));
        !q) {
        return q.error();
    }
    if (auto e = EventLog::record(db, m_ctx.clock.nowMs(), event::TrainingChanged, m_ctx.actor, std::nullopt, t.grabberId, std::nullopt,
                                  QString(),
                                  QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("old"), before}, {QStringLiteral("new"), after}});
        !e) {
        return e.error();
    }
    if (auto s = tx->commit(); !s) {
        return s.error();
    }
    return t;
}

Result<Training> TrainingService::markTaken(qint64 id, const QDate &on, std::optional<bool> passed, std::optional<double> hours)
{
    Changes c;
    if (on.isValid()) {
        c.takenOn = on;
    } else {
        // Without a date: today, unless a date is recorded already (a result given later).
        auto t = training(id);
        if (!t) {
            return t;
        }
        auto day = today();
        if (!day) {
            return day.error();
        }
        c.takenOn = t->takenOn.isValid() ? t->takenOn : *day;
    }
    if (passed) {
        c.passed = passed;
    }
    if (hours) {
        c.hours = hours;
    }
    return update(id, c);
}

Result<Training> TrainingService::training(qint64 id)
{
    return readOne(m_ctx.db.connection(), id);
}

Result<QList<Training>> TrainingService::list(const Filter &filter)
{
    const QSqlDatabase db = m_ctx.db.connection();
    auto day = teamToday(db, m_ctx.clock.nowMs());
    if (!day) {
        return day.error();
    }
    QStringList where;
    QVariantList binds;
    if (filter.grabberId) {
        if (auto g = TeamService::grabberCoreIn(db, *filter.grabberId); !g) {
            return g.error();
        }
        where << QStringLiteral("t.grabber_id = ?");
        binds << *filter.grabberId;
    }
    if (filter.category) {
        where << QStringLiteral("t.category = ?");
        binds << toString(*filter.category);
    }
    if (filter.owedOnly || filter.overdueOnly) {
        where << kOwed;
    }
    if (filter.overdueOnly) {
        where << QStringLiteral("t.due_on < ?");
        binds << day->toString(Qt::ISODate);
    }
    const QString sql = kSelect + (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))) + kOrder;
    auto q = runSql(db, sql, binds, QStringLiteral("listing trainings"));
    if (!q) {
        return q.error();
    }
    QList<Training> out;
    while (q->next()) {
        out.append(readTraining(*q));
    }
    if (auto end = rowsEnded(*q, QStringLiteral("listing trainings")); !end) {
        return end.error();
    }
    return out;
}

Result<QHash<qint64, TrainingService::Counts>> TrainingService::countsByGrabberIn(const QSqlDatabase &db, const QDate &today)
{
    const QString d = today.toString(Qt::ISODate);
    const QString soon = today.addDays(kDueSoonDays).toString(Qt::ISODate);
    auto q = runSql(db,
                    QStringLiteral("SELECT t.grabber_id, COUNT(*), "
                                   "SUM(CASE WHEN %1 THEN 1 ELSE 0 END), "
                                   "SUM(CASE WHEN %1 AND t.due_on < ? THEN 1 ELSE 0 END), "
                                   "SUM(CASE WHEN %1 AND t.due_on >= ? AND t.due_on <= ? THEN 1 ELSE 0 END) "
                                   "FROM trainings t GROUP BY t.grabber_id")
                        .arg(kOwed),
                    {d, d, soon}, QStringLiteral("counting trainings"));
    if (!q) {
        return q.error();
    }
    QHash<qint64, Counts> out;
    while (q->next()) {
        out.insert(q->value(0).toLongLong(), Counts{q->value(1).toInt(), q->value(2).toInt(), q->value(3).toInt(), q->value(4).toInt()});
    }
    if (auto end = rowsEnded(*q, QStringLiteral("counting trainings")); !end) {
        return end.error();
    }
    return out;
}

Result<QHash<qint64, TrainingService::Counts>> TrainingService::countsByGrabber()
{
    auto day = today();
    if (!day) {
        return day.error();
    }
    return countsByGrabberIn(m_ctx.db.connection(), *day);
}

} // namespace grab
