#pragma once

#include "services/metrics/dashboardservice.h"
#include "services/metrics/drilldown.h"

#include <QFrame>
#include <QTimeZone>

class QLabel;
class QListWidget;

namespace grab::ui {

// A grabber's recent violations, feedback comments or trainings in the period, newest first,
// one line each (DrillDown::Row and DashboardService::Training, as GrabberDashboard carries
// them): at most a few lines show, the rest scroll; the heading says how many there are in the
// period in all (open action items: all of them, whatever the period). A training past its due date and not taken is flagged red ("overdue"), one
// not passed amber.
class RecentRowsPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentRowsPanel)

public:
    enum class Kind { Violations, Feedback, Trainings, Actions };
    static constexpr int kVisibleRows = 5;

    explicit RecentRowsPanel(Kind kind, QWidget *parent = nullptr);

    void setRows(const DrillDown::Rows &rows, const QTimeZone &zone);
    // Kind::Trainings; `today` (team-local) decides what is overdue.
    void setTrainings(const QList<DashboardService::Training> &trainings, qint64 total, const QDate &today);

    QListWidget *list() const { return m_list; }
    QString countText() const;
    QString emptyText() const; // "" while there are rows

    // One row as the list shows it, times in `zone`.
    static QString line(Kind kind, const DrillDown::Row &row, const QTimeZone &zone);
    // Kind::Actions: open action items, soonest due first; overdue ones red, due soon amber.
    void setActions(const QList<ActionItem> &actions, const QDate &today);
    // "due 2026-11-30 · Call back 王总 · one-to-one 2026-11-23"
    static QString actionLine(const ActionItem &action);
    // A training as the list shows it: "2026-11-20 · Objection handling · sales skills · 2.5 h · passed".
    static QString trainingLine(const DashboardService::Training &training, const QDate &today);
    // Due before today and not taken.
    static bool isOverdue(const DashboardService::Training &training, const QDate &today);
    // How many lines are flagged (overdue or not passed), for tests.
    int flaggedCount() const { return m_flagged; }

private:
    void showCount(qint64 shown, qint64 total);

    Kind m_kind;
    int m_flagged = 0;
    int m_rowHeight = 0;
    QLabel *m_count = nullptr;
    QLabel *m_empty = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace grab::ui
