#pragma once

#include "dashboardfigures.h"
#include "base/clock.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QThread;
class QTimer;

namespace grab::ui {

class ActivityCharts;
class AlertList;
class AppSettings;
class AwardCard;
class DashboardWorker;
class DrillDialog;
class GrabberCharts;
class GrabberDashboardView;
class KpiCard;
class KpiPanel;
class LeaderboardModel;
class MessageStrip;
class PeriodPicker;
class RecentRowsPanel;
class TargetPanel;
class TeamDashboardView;

// The Dashboards page: the team's or one grabber's KPIs over a period of whole team-local days,
// each against the previous period, on cards (KpiPanel); under them the team's view
// (TeamDashboardView: alerts, leaderboard, Grabber of the Month) or a grabber's
// (GrabberDashboardView: the team average beside each figure, target, trends, response times,
// hours, recent violations, feedback and trainings). Every card, and every bar of a grabber's
// charts, opens the rows behind it in a DrillDialog.
//
// Nothing here reads the database: a DashboardWorker on its own thread and connection computes
// a DashboardFigures per request and sends it back by queued signal with the request's generation;
// a result older than the latest request is dropped, and the figures on screen stay until the
// new ones arrive ("Computing…" meanwhile). Live events (dataChanged(), from the board's feed)
// recompute at most once per refresh interval, and only while the page is visible.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    DashboardPage(const QString &databasePath, const Clock &clock, AppSettings &settings, QWidget *parent = nullptr);
    ~DashboardPage() override;

    void showTeam();
    void showGrabber(qint64 grabberId);
    // Custom takes the first and the last day (inclusive).
    void setPeriod(PeriodPreset preset, const QDate &first = QDate(), const QDate &last = QDate());
    void refresh(); // recompute now, whatever the throttle says
    void setRefreshInterval(int ms) { m_refreshMs = ms; }

    // What is on screen, for tests and the export.
    bool hasFigures() const { return m_shown.generation != 0; }
    const DashboardFigures &shown() const { return m_shown; }
    bool isComputing() const;
    quint64 requestedGeneration() const { return m_generation; }
    int droppedResults() const { return m_dropped; }
    QString periodText() const;
    QString errorText() const;
    KpiCard *card(KpiFigure::Figure figure) const;
    TeamDashboardView *teamView() const { return m_team; }
    GrabberDashboardView *grabberView() const { return m_grabber; }
    LeaderboardModel *leaderboard() const;
    QTableView *leaderboardView() const;
    AwardCard *award() const;
    AlertList *alerts() const;
    GrabberCharts *charts() const;
    ActivityCharts *activity() const;
    TargetPanel *target() const;
    RecentRowsPanel *recentViolations() const;
    RecentRowsPanel *recentFeedback() const;
    RecentRowsPanel *recentTrainings() const;
    RecentRowsPanel *openActions() const; // the grabber's open action items from notes
    QComboBox *grabberPicker() const { return m_grabberPicker; }
    DrillDialog *drillDialog() const;
    DashboardWorker *worker() const { return m_worker; }

    // Lists the rows behind a card of the figures shown (its count's rows, or those its rate or
    // mean is worked out from), in a dialog, once the worker has read them.
    void openDrill(KpiFigure::Figure figure);
    // Lists the rows behind an alert (its DrillDown::Key) in the same dialog.
    void openAlertDrill(const grab::Alert &alert);
    // Lists the rows of any request (a chart's bar) in the same dialog.
    void openDrillRequest(const grab::ui::DrillRequest &request);
    // Writes the figures shown as CSV; on failure returns false and says why in `error`.
    bool exportFigures(const QString &path, QString *error = nullptr) const;

public slots:
    // Something was committed (the board's feed delivered events): the figures may be stale.
    void dataChanged();

signals:
    void figuresShown(quint64 generation);
    void drillShown(int orders);
    // A drill-down row was opened: the window shows that order.
    void orderRequested(qint64 orderId);
    // To the worker (queued).
    void computeRequested(const grab::ui::DashboardRequest &request, quint64 generation);
    void drillRequested(const grab::ui::DrillRequest &request, quint64 generation);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildTop();
    void request();
    void scheduleRefresh();
    void onComputed(const grab::ui::DashboardFigures &data);
    void onDrilled(const grab::ui::DrillResult &result);
    void fillGrabberPicker(const QList<DashboardGrabber> &grabbers);
    void askExport();
    void updateBusy();

    const Clock &m_clock;
    AppSettings &m_settings;
    DashboardRequest m_request;
    DashboardFigures m_shown;
    quint64 m_generation = 0;
    quint64 m_drillGeneration = 0;
    int m_dropped = 0;
    bool m_dirty = false;
    int m_refreshMs = 5000;
    QElapsedTimer m_sinceRequest;
    QTimer *m_refreshTimer = nullptr;

    PeriodPicker *m_period = nullptr;
    QButtonGroup *m_viewButtons = nullptr;
    QComboBox *m_grabberPicker = nullptr;
    QLabel *m_busy = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_periodLine = nullptr;
    MessageStrip *m_messages = nullptr;
    KpiPanel *m_cards = nullptr;
    QStackedWidget *m_views = nullptr;
    TeamDashboardView *m_team = nullptr;
    GrabberDashboardView *m_grabber = nullptr;
    QPointer<DrillDialog> m_drill;

    QThread *m_thread = nullptr;
    DashboardWorker *m_worker = nullptr;
};

} // namespace grab::ui
