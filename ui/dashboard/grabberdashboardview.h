#pragma once

#include "dashboardfigures.h"

#include <QWidget>

namespace grab::ui {

class ActivityCharts;
class GrabberCharts;
class RecentRowsPanel;
class TargetPanel;

// One grabber's view under the cards: the month's target, the trends (orders closed per day,
// success rate and satisfaction against the team), how they work (response-time distribution,
// grab attempts by hour of day), and their recent violations, feedback comments and
// trainings. A click on a chart's bar asks for the rows behind it (drillRequested()).
class GrabberDashboardView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrabberDashboardView)

public:
    explicit GrabberDashboardView(QWidget *parent = nullptr);

    void setData(const DashboardFigures &data);

    TargetPanel *target() const { return m_target; }
    GrabberCharts *charts() const { return m_charts; }
    ActivityCharts *activity() const { return m_activity; }
    RecentRowsPanel *violations() const { return m_violations; }
    RecentRowsPanel *feedback() const { return m_feedback; }
    RecentRowsPanel *trainings() const { return m_trainings; }
    RecentRowsPanel *openActions() const { return m_actions; }

signals:
    void drillRequested(const grab::ui::DrillRequest &request);

private:
    TargetPanel *m_target = nullptr;
    GrabberCharts *m_charts = nullptr;
    ActivityCharts *m_activity = nullptr;
    RecentRowsPanel *m_violations = nullptr;
    RecentRowsPanel *m_feedback = nullptr;
    RecentRowsPanel *m_trainings = nullptr;
    RecentRowsPanel *m_actions = nullptr;
};

} // namespace grab::ui
