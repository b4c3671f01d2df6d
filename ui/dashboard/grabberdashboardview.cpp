#include "grabberdashboardview.h"

#include "activitycharts.h"
#include "grabbercharts.h"
#include "recentrowspanel.h"
#include "targetpanel.h"

#include <QHBoxLayout>
#include <QTimeZone>
#include <QVBoxLayout>

namespace grab::ui {

GrabberDashboardView::GrabberDashboardView(QWidget *parent) : QWidget(parent)
{
    m_target = new TargetPanel;
    m_charts = new GrabberCharts;
    m_activity = new ActivityCharts;
    connect(m_charts, &GrabberCharts::drillRequested, this, &GrabberDashboardView::drillRequested);
    connect(m_activity, &ActivityCharts::drillRequested, this, &GrabberDashboardView::drillRequested);
    m_violations = new RecentRowsPanel(RecentRowsPanel::Kind::Violations);
    m_feedback = new RecentRowsPanel(RecentRowsPanel::Kind::Feedback);
    m_trainings = new RecentRowsPanel(RecentRowsPanel::Kind::Trainings);
    m_actions = new RecentRowsPanel(RecentRowsPanel::Kind::Actions);
    auto *lists = new QHBoxLayout;
    lists->setSpacing(16);
    lists->addWidget(m_violations, 1);
    lists->addWidget(m_feedback, 1);
    lists->addWidget(m_trainings, 1);
    lists->addWidget(m_actions, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_target);
    layout->addWidget(m_charts, 1);
    layout->addWidget(m_activity, 1);
    layout->addLayout(lists);
}

void GrabberDashboardView::setData(const DashboardFigures &data)
{
    m_charts->setData(data);
    m_activity->setData(data);
    m_target->setTarget(data.targetMonth, data.target);
    const QTimeZone zone(data.timeZone.toUtf8());
    m_violations->setRows(data.violations, zone);
    m_feedback->setRows(data.feedback, zone);
    m_trainings->setTrainings(data.trainings, data.trainingsTotal, data.today);
    m_actions->setActions(data.openActions, data.today);
}

} // namespace grab::ui
