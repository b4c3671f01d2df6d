#pragma once

#include "duestate.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace grab {

// PRODUCT.md "Training": a course a grabber takes, entered by hand or decided in a quarterly
// review. The text forms are the schema's and never change.
enum class TrainingCategory { SalesSkills, ProductKnowledge, CustomerService };

QString toString(TrainingCategory category); // sales_skills, product_knowledge, customer_service
std::optional<TrainingCategory> trainingCategoryFromString(QStringView text);

struct Training
{
    qint64 id = 0;
    qint64 grabberId = 0;
    QString grabberName;
    QString course;
    TrainingCategory category = TrainingCategory::SalesSkills;
    QDate takenOn; // invalid: not taken yet
    QDate dueOn;   // invalid: no due date
    std::optional<double> hours;
    std::optional<bool> passed; // unset: no result yet
    // Set when a review decision created it; reviewQuarter is its cycle's "2026-Q3".
    std::optional<qint64> reviewEntryId;
    QString reviewQuarter;

    bool isTaken() const { return takenOn.isValid(); }
    // Owed: not taken and not passed. Overdue when owed and its due date is before today.
    bool isOwed() const { return !takenOn.isValid() && passed != true; }
    DueState dueState(const QDate &today) const { return grab::dueState(dueOn, today, !isOwed()); }
    bool isOverdue(const QDate &today) const { return dueState(today) == DueState::Overdue; }
};

} // namespace grab
