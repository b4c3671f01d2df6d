#pragma once

#include "base/clock.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QUndoStack;
class QListWidget;
class QStackedWidget;
class QFrame;
class QThread;

namespace grab {
class Database;
class LiveHub;
struct RuleSet;
}

namespace grab::ui {

struct OpenedDatabase;
class AppSettings;
class BoardPage;
class DashboardPage;
class IntegrityBanner;
class LayoutMemory;
class ReportsPage;
class RulesPage;
class TrayNotifier;
class NotificationCentre;
class NoticeButton;
struct Notice;
class SimulatorControl;
class SweepWorker;

// The manager's window: navigation on the left (Board, Dashboards, Reviews, Team, Rules,
// Reports), the page on the right, a banner for things the manager must know (a demo was
// created), and a status bar with the database, the grab window now and when it changes,
// the live feed's health and event rate, and the rules' background sweeps. Geometry, layout
// and the last page come back through AppSettings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Without settings the window uses the user's own GrabDesk settings.
    explicit MainWindow(OpenedDatabase opened, AppSettings *settings = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    enum class Page { Board, Dashboards, Reviews, Team, Rules, Reports };
    void showPage(Page page);
    Page currentPage() const;

    // For tests and the status bar: where the data lives, and whether the banner is up.
    QString databasePath() const;
    bool isBannerVisible() const;
    QString bannerText() const;
    BoardPage *board() const { return m_board; }
    LiveHub *live() const { return m_live; }
    DashboardPage *dashboards() const { return m_dashboards; }
    QString grabWindowText() const;
    QString liveText() const;
    // The Tools menu's simulator, for demonstrations (the menu asks for the rate first).
    void startSimulator(int eventsPerSecond);
    void stopSimulator();
    bool isSimulatorRunning() const;
    // A note for the banner (e.g. main()'s: the preferred database could not be opened).
    void showNotice(const QString &text) { showBanner(isBannerVisible() ? bannerText() + QStringLiteral("\n\n") + text : text); }
    ReportsPage *reports() const { return m_reports; }
    IntegrityBanner *integrity() const { return m_integrity; }
    RulesPage *rules() const { return m_rules; }
    TrayNotifier *tray() const { return m_tray; }
    NotificationCentre *notices() const { return m_notices; }
    NoticeButton *noticeButton() const { return m_noticeButton; }
    // Brings the window up on what a notice is about: its order on the board, or its grabber.
    void openNotice(const grab::ui::Notice &notice);
    LayoutMemory *layoutMemory() const { return m_layout; }
    // Edit ▸ Preferences… and Help ▸ About GrabDesk (modal; tests open them with open()).
    void openPreferences();
    void about();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildMenus();
    void updateGrabWindow();
    void updateLive();
    void showBanner(const QString &text);
    void openOther();
    void connectToServer();
    void restart();
    void startSweeps();
    void showSweep(int reclaimed, int warned, int expired, int dispatched, const QString &error);

    std::unique_ptr<Database> m_db;
    bool m_fitted = false; // made to fit its screen at the first show
    std::unique_ptr<AppSettings> m_ownSettings;
    AppSettings *m_settings = nullptr;
    SystemClock m_clock;
    LiveHub *m_live = nullptr; // the window's one live feed: the board, dashboards, Team page and tray follow it
    BoardPage *m_board = nullptr;
    QUndoStack *m_undo = nullptr;
    DashboardPage *m_dashboards = nullptr;
    ReportsPage *m_reports = nullptr;
    RulesPage *m_rules = nullptr;
    TrayNotifier *m_tray = nullptr;
    NotificationCentre *m_notices = nullptr;
    NoticeButton *m_noticeButton = nullptr;
    LayoutMemory *m_layout = nullptr;
    QLabel *m_windowLabel = nullptr;
    QLabel *m_liveLabel = nullptr;
    QLabel *m_simulatorLabel = nullptr;
    SimulatorControl *m_simulator = nullptr;
    QAction *m_simulatorStart = nullptr;
    QAction *m_simulatorStop = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QFrame *m_banner = nullptr;
    IntegrityBanner *m_integrity = nullptr;
    QLabel *m_bannerText = nullptr;
    QLabel *m_sweepLabel = nullptr;
    QThread *m_sweepThread = nullptr;
    SweepWorker *m_sweeper = nullptr;
};

} // namespace grab::ui
