#include "teamtext.h"

#include <algorithm>

namespace grab::ui {
namespace {

QString days(qint64 n)
{
    return n == 1 ? TeamText::tr("1 day") : TeamText::tr("%1 days").arg(n);
}

} // namespace

QString TeamText::category(TrainingCategory category)
{
    switch (category) {
    case TrainingCategory::SalesSkills: return tr("Sales skills");
    case TrainingCategory::ProductKnowledge: return tr("Product knowledge");
    case TrainingCategory::CustomerService: return tr("Customer service");
    }
    return {};
}

QString TeamText::kind(NoteKind kind)
{
    return kind == NoteKind::WeeklyMeeting ? tr("Weekly meeting") : tr("One-to-one");
}

QString TeamText::date(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("—");
}

QString TeamText::dueShort(const QDate &dueOn, const QDate &today, DueState state)
{
    switch (state) {
    case DueState::Overdue: {
        return tr("Overdue · %1").arg(days(dueOn.daysTo(today)));
    }
    case DueState::DueSoon: {
        const qint64 left = today.daysTo(dueOn);
        return left == 0 ? tr("Due today") : left == 1 ? tr("Due tomorrow") : tr("Due in %1 days").arg(left);
    }
    case DueState::None:
        break;
    }
    return {};
}

QString TeamText::trainingWhy(const Training &t, const QDate &today)
{
    switch (t.dueState(today)) {
    case DueState::Overdue:
        return tr("Overdue: it was due on %1, %2 ago, and has not been taken yet. Mark it passed once it is done, "
                  "or agree a new due date.")
            .arg(date(t.dueOn), days(t.dueOn.daysTo(today)));
    case DueState::DueSoon:
        return tr("Due soon: it must be taken by %1 and has not been taken yet.").arg(date(t.dueOn));
    case DueState::None:
        break;
    }
    if (t.passed == false) {
        return tr("Taken on %1 and not passed: plan it again if it matters.").arg(date(t.takenOn));
    }
    return {};
}

QString TeamText::actionWhy(const ActionItem &a, const QDate &today)
{
    switch (a.dueState(today)) {
    case DueState::Overdue:
        return tr("Overdue: %1 was to do this by %2, %3 ago, and it is still open. Tick it when it is done.")
            .arg(a.ownerName, date(a.dueOn), days(a.dueOn.daysTo(today)));
    case DueState::DueSoon:
        return tr("Due soon: %1 is to do this by %2.").arg(a.ownerName, date(a.dueOn));
    case DueState::None:
        break;
    }
    return {};
}

QString TeamText::trainingStatus(const Training &t, const QDate &today)
{
    if (t.passed) {
        return *t.passed ? tr("Passed") : tr("Not passed");
    }
    if (t.isTaken()) {
        return tr("Taken, no result");
    }
    const DueState state = t.dueState(today);
    if (state != DueState::None) {
        return dueShort(t.dueOn, today, state);
    }
    return tr("Planned");
}

QString TeamText::trainingSource(const Training &t)
{
    if (!t.reviewEntryId) {
        return tr("By hand");
    }
    return t.reviewQuarter.isEmpty() ? tr("From a review") : tr("From review %1").arg(t.reviewQuarter);
}

QString TeamText::stars(int score)
{
    score = std::clamp(score, 0, 5);
    return QString(score, QChar(0x2605)) + QString(5 - score, QChar(0x2606));
}

QColor TeamText::background(DueState state)
{
    switch (state) {
    case DueState::Overdue: return QColor(0xfd, 0xe7, 0xe9);
    case DueState::DueSoon: return QColor(0xff, 0xf4, 0xce);
    case DueState::None: break;
    }
    return {};
}

QColor TeamText::foreground(DueState state)
{
    switch (state) {
    case DueState::Overdue: return QColor(0xa1, 0x1d, 0x2a);
    case DueState::DueSoon: return QColor(0x7a, 0x52, 0x00);
    case DueState::None: break;
    }
    return {};
}

} // namespace grab::ui
