#pragma once

#include "services/context.h"
#include "base/error.h"
#include "domain/training.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

namespace grab {

// Trainings per grabber (PRODUCT.md "Training"): entered by hand, or created by a quarterly
// review's decision (reviewEntryId set; the listing names the review's quarter). A training is
// owed until it is taken or passed, and overdue when owed past its due date: due before today,
// the team-local calendar day. Each change is one BEGIN IMMEDIATE transaction with its event
// (training_added, training_changed with old and new); a refused change writes nothing.
class TrainingService final
{
public:
    explicit TrainingService(Context ctx) : m_ctx(std::move(ctx)) {}

    struct NewTraining
    {
        qint64 grabberId = 0;
        QString course; // required
        TrainingCategory category = TrainingCategory::SalesSkills;
        QDate dueOn;    // optional: by when it must be taken
        QDate takenOn;  // optional: when it was taken (not after today)
        std::optional<double> hours; // 0 .. 1000
        std::optional<bool> passed;  // a result needs takenOn (today when left out)
        std::optional<qint64> reviewEntryId;
    };

    // Unset fields stay as they are. An invalid QDate in takenOn or dueOn clears it; clearing
    // takenOn clears the result too.
    struct Changes
    {
        std::optional<QString> course;
        std::optional<TrainingCategory> category;
        std::optional<QDate> dueOn;
        std::optional<QDate> takenOn;
        std::optional<std::optional<double>> hours;
        std::optional<std::optional<bool>> passed; // a result without a taken date takes today
    };

    struct Filter
    {
        std::optional<qint64> grabberId; // NotFound when it names nobody
        std::optional<TrainingCategory> category;
        bool owedOnly = false;    // not taken and not passed
        bool overdueOnly = false; // owed and due before today
    };

    // Owed, overdue and due-soon counts of one grabber (see DueState).
    struct Counts
    {
        int total = 0;
        int owed = 0;
        int overdue = 0;
        int dueSoon = 0;
    };

    // Errors: NotFound for an unknown grabber (or review entry); InvalidInput for an empty
    // course, hours below 0 or above 1000, a date outside 2000..2099, a taken date after today.
    Result<qint64> add(const NewTraining &training);
    Result<Training> update(qint64 id, const Changes &changes);
    // "Done": taken on `on` (when invalid: the date already recorded, else today), with a
    // result and the hours when given.
    Result<Training> markTaken(qint64 id, const QDate &on, std::optional<bool> passed, std::optional<double> hours = std::nullopt);
    Result<Training> training(qint64 id);
    // Owed ones first, soonest due first (no due date last); then the taken ones, newest first.
    Result<QList<Training>> list(const Filter &filter);
    // Per grabber who has any training.
    Result<QHash<qint64, Counts>> countsByGrabber();
    // The team-local calendar day the overdue flags are judged against.
    Result<QDate> today();

    // Inside the caller's BEGIN IMMEDIATE transaction (a review decision creating its
    // training): validates, inserts and records training_added, or changes nothing.
    static Result<qint64> addIn(const QSqlDatabase &db, const QDate &today, qint64 nowMs, const QString &actor,
                                const NewTraining &training);
    static Result<QHash<qint64, Counts>> countsByGrabberIn(const QSqlDatabase &db, const QDate &today);

private:
    Context m_ctx;
};

QJsonObject toJson(const Training &t, const QDate &today);

} // namespace grab
