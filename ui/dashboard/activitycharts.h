#pragma once

#include "dashboardfigures.h"

#include <QWidget>

namespace grab::ui {

class ChartPanel;

// How a grabber works in the period, from GrabberDashboard:
//   - response time: the orders assigned to them by how long each had waited since its
//     publication, one lying bar per responseBuckets() bucket (the shortest wait on top), the
//     count at the end of each bar, the bar that holds the median darker and the median in
//     the title;
//   - activity by hour: their grab attempts in each team-local hour of the day, the won ones
//     green at the foot of the bar, the busiest hour in the title.
// Each bar tells its numbers on hover and a click asks for its rows (DrillDown's response
// bucket or hour), which are as many as the bar is high.
class ActivityCharts final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityCharts)

public:
    explicit ActivityCharts(QWidget *parent = nullptr);

    void setData(const DashboardFigures &data);

    ChartPanel *responseTimes() const { return m_response; }
    ChartPanel *hours() const { return m_hours; }

    // The bucket holding a median response (seconds); -1 when there is none.
    static int medianBucket(std::optional<double> medianS);
    // The response bucket of a bar of the chart (the bars run from the longest wait up), and
    // the other way round.
    static int bucketOfBar(int bar);
    // The hour with the most attempts (the earliest of equals); -1 when there were none.
    static int busiestHour(const QList<DashboardService::HourActivity> &hours);
    // "10:00–11:00"
    static QString hourRange(int hour);
    // A response-time bucket's name on screen ("< 10 s"), by its index in responseBuckets().
    static QString bucketLabel(int index);

    // What a click on a bar asks for (public for tests).
    void drillBucket(int index);
    void drillHour(int hour);

signals:
    void drillRequested(const grab::ui::DrillRequest &request);

private:
    void fillResponse(const DashboardFigures &data);
    void fillHours(const DashboardFigures &data);

    ChartPanel *m_response = nullptr;
    ChartPanel *m_hours = nullptr;
    qint64 m_grabberId = 0;
    QString m_name;
    Period m_period;
    QList<qint64> m_bucketCounts;
    QList<DashboardService::HourActivity> m_hourFigures;
};

} // namespace grab::ui
