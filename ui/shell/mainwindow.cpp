#include "mainwindow.h"

#include "live/livehub.h"

#include "integritybanner.h"

#include "aboutdialog.h"
#include "common/appsettings.h"
#include "layoutmemory.h"
#include "noticefeeds.h"
#include "windowfit.h"
#include "notify/noticebutton.h"
#include "notify/traynotifier.h"
#include "preferences/preferencesdialog.h"
#include "board/boardpage.h"
#include "common/format.h"
#include "dashboard/dashboardpage.h"
#include "reports/reportspage.h"
#include "rules/rulespage.h"
#include "review/reviewpage.h"
#include "serverconnect/serverconnectdialog.h"
#include "simulatorcontrol.h"
#include "startup.h"
#include "sweepworker.h"
#include "team/teampage.h"
#include "domain/ruleset.h"
#include "store/database.h"
#include "store/databaselocation.h"
#include "common/filedialog.h"

#include <QAction>
#include <QCloseEvent>
#include <QInputDialog>
#include <QLocale>
#include <QTimer>
#include <QUndoStack>
#include <QDateTime>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSignalBlocker>
#include <QShowEvent>
#include <QStackedWidget>
#include <QStyle>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

namespace grab::ui {

MainWindow::MainWindow(OpenedDatabase opened, AppSettings *settings, QWidget *parent) : QMainWindow(parent), m_db(std::move(opened.db))
{
    if (!settings) {
        m_ownSettings = std::make_unique<AppSettings>();
        settings = m_ownSettings.get();
    }
    m_settings = settings;
    const auto location = DatabaseLocation::parse(m_db->path());
    const QString shortName = location ? location->shortName() : QFileInfo(m_db->path()).fileName();
    setWindowTitle(tr("GrabDesk — %1").arg(shortName));
    resize(1440, 880);
    // One live feed for the whole window, created first so that it goes first too.
    m_live = new LiveHub(LiveHub::sourceFor(m_db->path(), m_clock), this);
    m_live->followWith(*m_db);
    m_board = new BoardPage(*m_db, m_clock, *m_settings, *m_live);
    // Edit ▸ Undo: the manager's last reversible actions, each undone through the services.
    m_undo = new QUndoStack(this);
    m_undo->setUndoLimit(20);
    m_board->setUndoStack(m_undo);
    m_dashboards = new DashboardPage(m_db->path(), m_clock, *m_settings);
    // The dashboards follow the live feed, throttled and only while on screen.
    connect(m_live, &LiveHub::deltaReady, m_dashboards, &DashboardPage::dataChanged);
    connect(m_dashboards, &DashboardPage::orderRequested, this, [this](qint64 orderId) {
        showPage(Page::Board);
        m_board->showOrder(orderId);
    });
    m_simulator = new SimulatorControl(m_db->path(), this);
    // The Team page reads on this thread and connection (a few indexed reads; docs/performance.md)
    // and reloads when the board's feed brings an event that concerns it.
    auto *team = new TeamPage(*m_db, m_clock);
    team->setUndoStack(m_undo);
    connect(m_live, &LiveHub::deltaReady, team, &TeamPage::applyDelta);

    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget { background: palette(window); padding-top: 12px; }"
                                               "QListWidget::item { padding: 9px 14px; border-radius: 4px; }"
                                               "QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); }"));
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));

    m_reports = new ReportsPage(*m_db, m_clock, nullptr, m_settings);
    auto *reviews = new ReviewPage(*m_db, m_clock, *m_settings);
    m_rules = new RulesPage(*m_db, m_clock);
    // A version stored here: the board, the dashboards and the status bar read the rules again
    // (the board's feed does not bring its own process's rule change). One stored elsewhere
    // (grabctl, another window) reaches the page through the board's feed.
    connect(m_rules, &RulesPage::rulesSaved, this, [this] {
        m_board->reload();
        m_dashboards->refresh();
        updateGrabWindow();
    });
    connect(m_board, &BoardPage::rulesChanged, m_rules, &RulesPage::rulesChangedElsewhere);
    const QList<std::pair<QString, QWidget *>> pages{
        {tr("Board"), m_board},
        {tr("Dashboards"), m_dashboards},
        {tr("Reviews"), reviews},
        {tr("Team"), team},
        {tr("Rules"), m_rules},
        {tr("Reports"), m_reports},
    };
    for (const auto &[name, page] : pages) {
        m_navigation->addItem(name);
        page->setWindowTitle(name); // the page a notice came from (NoticeFeeds)
        m_pages->addWidget(page);
    }
    // As wide as the longest page name with its padding (14 px a side in the style sheet, and
    // the list's own margins), not more: at 1280 px every pixel goes to the pages.
    int widest = 0;
    for (const auto &[name, page] : pages) {
        widest = std::max(widest, m_navigation->fontMetrics().horizontalAdvance(name));
    }
    m_navigation->setFixedWidth(std::max(120, widest + 2 * 14 + 28));
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        // Leaving the Rules page with unsaved edits asks first; Cancel stays on the page.
        if (m_pages->currentWidget() == m_rules && row != m_pages->currentIndex() && !m_rules->confirmLeave()) {
            const QSignalBlocker block(m_navigation);
            m_navigation->setCurrentRow(m_pages->currentIndex());
            return;
        }
        m_pages->setCurrentIndex(row);
    });

    // The banner: a calm but unmissable strip above the page.
    m_banner = new QFrame;
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setStyleSheet(QStringLiteral("#banner { background: #fff4ce; border-bottom: 1px solid #e8d48a; }"
                                           "#banner QLabel { color: #4a3b00; }"));
    m_bannerText = new QLabel;
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton;
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Hide this message"));
    connect(close, &QToolButton::clicked, m_banner, &QWidget::hide);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(16, 10, 8, 10);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(close, 0, Qt::AlignTop);
    m_banner->hide();

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    // Red, above the notices: the check at start found the file damaged or altered.
    m_integrity = new IntegrityBanner(m_db->path());
    rightLayout->addWidget(m_integrity);
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_pages, 1);

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *line = new QFrame;
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Plain);
    line->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(line);
    layout->addWidget(right, 1);
    setCentralWidget(central);

    buildMenus();
    auto *where = new QLabel(tr("Database: %1").arg(shortName));
    where->setToolTip(m_db->path());
    where->setObjectName(QStringLiteral("databaseLabel"));
    m_sweepLabel = new QLabel;
    m_sweepLabel->setObjectName(QStringLiteral("sweepLabel"));
    m_windowLabel = new QLabel;
    m_windowLabel->setObjectName(QStringLiteral("grabWindowLabel"));
    m_liveLabel = new QLabel;
    m_liveLabel->setObjectName(QStringLiteral("liveLabel"));
    statusBar()->addWidget(m_windowLabel);
    statusBar()->addWidget(m_sweepLabel, 1);
    m_simulatorLabel = new QLabel;
    m_simulatorLabel->setObjectName(QStringLiteral("simulatorLabel"));
    m_simulatorLabel->setStyleSheet(QStringLiteral("color: #6a4c93;"));
    m_simulatorLabel->hide();
    statusBar()->addPermanentWidget(m_simulatorLabel);
    statusBar()->addPermanentWidget(m_liveLabel);
    statusBar()->addPermanentWidget(where);
    connect(m_board, &BoardPage::rulesChanged, this, &MainWindow::updateGrabWindow);
    connect(m_live, &LiveHub::reachability, this, &MainWindow::updateLive);
    auto *statusTimer = new QTimer(this);
    statusTimer->setInterval(1000);
    connect(statusTimer, &QTimer::timeout, this, [this] {
        updateLive();
        if (QTime::currentTime().second() == 0) {
            updateGrabWindow();
        }
    });
    statusTimer->start();
    updateGrabWindow();
    updateLive();
    m_navigation->setCurrentRow(m_settings->lastPage());
    if (!m_settings->windowGeometry().isEmpty()) {
        restoreGeometry(m_settings->windowGeometry());
        restoreState(m_settings->windowState());
    }
    // The splitters and headers the pages do not remember themselves (the board's pool, the
    // board's splitters, the Reviews splitter and the leaderboard save their own).
    m_layout = new LayoutMemory(*m_settings, this);
    m_layout->trackHeader(m_board->workingView()->horizontalHeader(), QStringLiteral("board/workingHeader.v2"));
    m_layout->trackAll(reviews, QStringLiteral("review"), false);
    m_layout->trackAll(team, QStringLiteral("team"));
    m_layout->trackAll(m_reports, QStringLiteral("reports"));
    m_layout->trackAll(m_rules, QStringLiteral("rules"));
    // One notification centre: escalations (through the tray's watcher), refusals in the pages'
    // strips, service warnings; its list in the status bar, its desktop notices in the tray. A
    // click on a notice, in either, brings the window up on the order or the grabber.
    m_notices = new NotificationCentre(this);
    m_notices->setClock([this] { return m_clock.nowMs(); });
    auto *feeds = new NoticeFeeds(*m_notices, m_clock, this);
    feeds->watchStrips(m_pages);
    feeds->watchLive(*m_live);
    m_noticeButton = new NoticeButton(*m_notices);
    statusBar()->addPermanentWidget(m_noticeButton);
    connect(m_noticeButton, &NoticeButton::activated, this, &MainWindow::openNotice);
    m_tray = new TrayNotifier(*m_live, m_clock, *m_settings, *m_notices, this);
    connect(m_tray, &TrayNotifier::showRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_tray, &TrayNotifier::quitRequested, qApp, &QApplication::closeAllWindows);
    connect(m_tray, &TrayNotifier::activated, this, &MainWindow::openNotice);
    startSweeps();
    feeds->watchSweeper(m_sweeper);
    m_integrity->start();

    if (opened.createdDemo) {
        showBanner(tr("No database was found at %1, so GrabDesk created a demo team there: %2 grabbers and %3 orders over "
                      "the last %4 days. Explore freely; use File ▸ Open… to work on another database.")
                       .arg(m_db->path())
                       .arg(opened.demoGrabbers)
                       .arg(opened.demoOrders)
                       .arg(opened.demoDays));
    }
}

MainWindow::~MainWindow()
{
    // The board first: it saves its layout into settings this window may own, and its feed
    // thread must stop before the database goes.
    delete m_simulator; // stops a running simulation before the board and the database go
    m_simulator = nullptr;
    delete m_dashboards; // its worker thread stops with it
    m_dashboards = nullptr;
    delete m_board;
    m_board = nullptr;
    if (m_sweepThread) {
        QMetaObject::invokeMethod(m_sweeper, &SweepWorker::stop, Qt::BlockingQueuedConnection);
        m_sweepThread->quit();
        m_sweepThread->wait();
        delete m_sweeper;
    }
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openOther);
    open->setShortcut(QKeySequence::Open);
    QAction *server = file->addAction(tr("Connect to a &team server…"), this, &MainWindow::connectToServer);
    server->setObjectName(QStringLiteral("connectToServer"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z)); // QKeySequence::Undo is empty in some key schemes
    edit->addAction(undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    edit->addAction(redo);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::openPreferences);
    preferences->setObjectName(QStringLiteral("preferences"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_navigation->count(); ++i) {
        QAction *go = view->addAction(m_navigation->item(i)->text(), this, [this, i] { m_navigation->setCurrentRow(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction *find = view->addAction(tr("&Find an order, customer or grabber"), this, [this] {
        showPage(Page::Board);
        m_board->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *reload = view->addAction(tr("&Reload the board"), m_board, &BoardPage::reload);
    reload->setShortcut(QKeySequence::Refresh);

    QMenu *order = menuBar()->addMenu(tr("&Order"));
    QAction *publish = order->addAction(tr("&New order…"), this, [this] {
        showPage(Page::Board);
        m_board->askPublish();
    });
    publish->setObjectName(QStringLiteral("newOrder"));
    publish->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    QAction *customer = order->addAction(tr("New &customer…"), this, [this] {
        showPage(Page::Board);
        m_board->askAddCustomer();
    });
    customer->setObjectName(QStringLiteral("newCustomer"));
    order->addSeparator();
    order->addActions(m_board->orderActions());

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    m_simulatorStart = tools->addAction(tr("&Start the simulator…"), this, [this] {
        bool ok = false;
        const int rate = QInputDialog::getInt(this, tr("Simulator"),
                                              tr("Simulated grabbers race for new orders through the real rules, writing to this "
                                                 "database. Use it on a demo database only.\n\nEvents per second:"),
                                              m_settings->simulatorRate(), 1, 1000, 1, &ok);
        if (ok) {
            m_settings->setSimulatorRate(rate);
            startSimulator(rate);
        }
    });
    m_simulatorStop = tools->addAction(tr("S&top the simulator"), this, &MainWindow::stopSimulator);
    m_simulatorStop->setEnabled(false);
    connect(m_simulator, &SimulatorControl::runningChanged, this, [this](bool running) {
        m_simulatorStart->setEnabled(!running);
        m_simulatorStop->setEnabled(running);
        m_simulatorLabel->setVisible(running);
    });
    connect(m_simulator, &SimulatorControl::progress, this, [this](const QString &text) { m_simulatorLabel->setToolTip(text); });
    connect(m_simulator, &SimulatorControl::finished, this, [this](const QString &summary, bool failed) {
        m_sweepLabel->setText(failed ? tr("The simulator stopped: %1").arg(summary) : tr("Simulator: %1").arg(summary));
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About GrabDesk"), this, &MainWindow::about)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::startSimulator(int eventsPerSecond)
{
    m_simulatorLabel->setText(tr("Simulator running · %1 events/s").arg(eventsPerSecond));
    m_simulator->start(eventsPerSecond);
}

void MainWindow::stopSimulator()
{
    m_simulator->stop();
}

bool MainWindow::isSimulatorRunning() const
{
    return m_simulator->isRunning();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_rules->confirmLeave()) {
        event->ignore();
        return;
    }
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setLastPage(m_pages->currentIndex());
    m_layout->save();
    m_settings->sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_fitted) {
        return;
    }
    m_fitted = true;
    // The first start's size or a layout saved on a larger monitor may not fit this screen. The
    // frame is known once the window system has one; until then, a title bar's worth.
    const QRect frame = frameGeometry();
    const QRect inner = geometry();
    QMargins margins(inner.left() - frame.left(), inner.top() - frame.top(), frame.right() - inner.right(), frame.bottom() - inner.bottom());
    if (margins.isNull()) {
        margins.setTop(style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, this));
    }
    windowfit::fitToScreen(this, margins);
}

void MainWindow::showBanner(const QString &text)
{
    m_bannerText->setText(text);
    m_banner->show();
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

QString MainWindow::databasePath() const
{
    return m_db->path();
}

bool MainWindow::isBannerVisible() const
{
    return !m_banner->isHidden();
}

QString MainWindow::bannerText() const
{
    return m_bannerText->text();
}

void MainWindow::openOther()
{
    const QString path = filedialog::openFileName(this, tr("Open a GrabDesk database"), QFileInfo(m_db->path()).absolutePath(),
                                                      tr("GrabDesk databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    // One window per database: start another GrabDesk on it, which checks the file itself.
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--db"), path})) {
        QMessageBox::warning(this, tr("GrabDesk"), tr("Could not start GrabDesk for %1.").arg(path));
    }
}

void MainWindow::connectToServer()
{
    auto *dialog = new ServerConnectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ServerConnectDialog::connectRequested, this, [this](const QString &address, const QString &password) {
        // One window per database, as for a file. A password not kept in ~/.pgpass reaches the
        // new window through libpq's PGPASSWORD, in its environment only (never its arguments).
        QProcess process;
        process.setProgram(QCoreApplication::applicationFilePath());
        process.setArguments({QStringLiteral("--db"), address});
        if (!password.isEmpty()) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PGPASSWORD"), password);
            process.setProcessEnvironment(env);
        }
        if (!process.startDetached()) {
            QMessageBox::warning(this, tr("GrabDesk"), tr("Could not start GrabDesk for %1.").arg(address));
        }
    });
    dialog->open();
}

void MainWindow::about()
{
    auto engine = m_db->engineVersion();
    auto *dialog = new AboutDialog(m_db->path(), engine ? *engine : tr("unknown (%1)").arg(engine.error().message), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openPreferences()
{
    auto *dialog = new PreferencesDialog(*m_settings, m_db.get(), m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The board's feed sees its own process's rule change only when told: read the rules again.
    connect(dialog, &PreferencesDialog::teamTimeZoneChanged, this, [this] {
        m_board->reload();
        m_dashboards->refresh();
    });
    connect(dialog, &PreferencesDialog::restartRequested, this, &MainWindow::restart, Qt::QueuedConnection);
    dialog->open();
}

void MainWindow::restart()
{
    // The same command line (the same --db), started once this window has saved its layout.
    if (QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1))) {
        close();
    } else {
        QMessageBox::warning(this, tr("GrabDesk"), tr("GrabDesk could not restart itself. Please start it again."));
    }
}

} // namespace grab::ui
