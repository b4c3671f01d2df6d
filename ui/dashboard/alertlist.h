#pragma once

#include "services/metrics/dashboardalerts.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace grab::ui {

// The team's alerts (DashboardService::teamDashboard), one line each: a dot in the severity's
// colour and the alert's sentence. At most kVisibleRows lines show, the rest scroll. A
// double-click on an alert about a grabber asks for that grabber's dashboard; on any other
// (the team's rates, starving VIP orders) for the rows behind it.
class AlertList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertList)

public:
    static constexpr int kVisibleRows = 6;

    explicit AlertList(QWidget *parent = nullptr);

    void setAlerts(const QList<Alert> &alerts);

    const QList<Alert> &alerts() const { return m_alerts; }
    QListWidget *list() const { return m_list; }
    QString emptyText() const; // "" while there are alerts

signals:
    void grabberRequested(qint64 grabberId);
    void drillRequested(const grab::Alert &alert);

private:
    void activate(QListWidgetItem *item);
    void fitHeight();

    QList<Alert> m_alerts;
    QLabel *m_count = nullptr;
    QLabel *m_empty = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace grab::ui
