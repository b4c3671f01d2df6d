#pragma once

#include "domain/duestate.h"
#include "domain/note.h"
#include "domain/training.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace grab::ui {

// How the Team page says its things — categories, kinds, due dates, scores — and the two
// colours of lateness, in one place so the list, the tables and the tooltips agree.
class TeamText final
{
    Q_DECLARE_TR_FUNCTIONS(TeamText)

public:
    static QString category(TrainingCategory category);
    static QString kind(NoteKind kind);
    static QString date(const QDate &date); // 2026-11-20, or "—"
    // "Overdue · 5 days", "Due today", "Due in 2 days", or empty when not due soon.
    static QString dueShort(const QDate &dueOn, const QDate &today, DueState state);
    // A sentence for the tooltip: why a training is flagged.
    static QString trainingWhy(const Training &t, const QDate &today);
    // The same for an action item.
    static QString actionWhy(const ActionItem &a, const QDate &today);
    // A training's state in a word or two: "Overdue · 5 days", "Planned", "Passed", ...
    static QString trainingStatus(const Training &t, const QDate &today);
    // "By hand", or "From review 2026-Q3".
    static QString trainingSource(const Training &t);
    // ★★★★☆
    static QString stars(int score);

    // Amber for due soon, red for overdue; invalid colours for nothing to flag.
    static QColor background(DueState state);
    static QColor foreground(DueState state);
};

} // namespace grab::ui
