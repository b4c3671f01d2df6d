#pragma once

#include "dashboardfigures.h"

#include <QWidget>

namespace grab::ui {

class ChartPanel;

// A grabber's trends over the period's days so far: the orders closed each day, stacked as
// won / lost / reclaimed; the success rate and the satisfaction, each over a rolling window,
// against the team's average (dashed). Days share one axis across the three charts. A day's
// bar tells its numbers on hover; a click on a colour asks for that day's orders of it.
class GrabberCharts final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrabberCharts)

public:
    explicit GrabberCharts(QWidget *parent = nullptr);

    void setData(const DashboardFigures &data);

    ChartPanel *outcomes() const { return m_outcomes; }
    ChartPanel *success() const { return m_success; }
    ChartPanel *satisfaction() const { return m_satisfaction; }

    // What a click on the day `index` of the outcome bars asks for (public for tests).
    void drillDay(DrillDown::Figure figure, int index);

signals:
    void drillRequested(const grab::ui::DrillRequest &request);

private:
    // `reach` marks a chart that reaches back before the period (" · last 7 days").
    void fillOutcomes(const DashboardFigures &data, const QString &name, const QString &reach);
    void fillTrend(ChartPanel *panel, const DashboardFigures &data, const QString &name, bool success,
                   const QString &reach);

    ChartPanel *m_outcomes = nullptr;
    ChartPanel *m_success = nullptr;
    ChartPanel *m_satisfaction = nullptr;
    qint64 m_grabberId = 0;
    QString m_name;
    QList<TrendDay> m_trend;
};

} // namespace grab::ui
