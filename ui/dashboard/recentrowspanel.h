#pragma once

#include "services/drilldown.h"

#include <QFrame>
#include <QTimeZone>

class QLabel;
class QListWidget;

namespace grab::ui {

// A grabber's recent violations or feedback comments in the period, newest first, one line
// each (DrillDown::Row, as DashboardService::GrabberDashboard carries them): at most a few
// lines show, the rest scroll; the heading says how many there are in the period in all.
class RecentRowsPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentRowsPanel)

public:
    enum class Kind { Violations, Feedback };
    static constexpr int kVisibleRows = 5;

    explicit RecentRowsPanel(Kind kind, QWidget *parent = nullptr);

    void setRows(const DrillDown::Rows &rows, const QTimeZone &zone);

    QListWidget *list() const { return m_list; }
    QString countText() const;
    QString emptyText() const; // "" while there are rows

    // One row as the list shows it, times in `zone`.
    static QString line(Kind kind, const DrillDown::Row &row, const QTimeZone &zone);

private:
    Kind m_kind;
    QLabel *m_count = nullptr;
    QLabel *m_empty = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace grab::ui
