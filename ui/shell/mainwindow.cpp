#include "mainwindow.h"

#include "pageplaceholder.h"
#include "startup.h"
#include "sweepworker.h"
#include "domain/clock.h"
#include "services/teamsnapshot.h"

#include <QAction>
#include <QDateTime>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

namespace grab::ui {

MainWindow::MainWindow(OpenedDatabase opened, QWidget *parent) : QMainWindow(parent), m_db(std::move(opened.db))
{
    setWindowTitle(tr("GrabDesk — %1").arg(QFileInfo(m_db->path()).fileName()));
    resize(1280, 800);

    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFixedWidth(180);
    m_navigation->setSpacing(2);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget { background: palette(window); padding-top: 12px; }"
                                               "QListWidget::item { padding: 9px 14px; border-radius: 4px; }"
                                               "QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); }"));
    m_pages = new QStackedWidget;

    const QList<std::pair<QString, QWidget *>> pages{
        {tr("Board"), buildBoardPage()},
        {tr("Dashboards"), new PagePlaceholder(tr("Dashboards"),
                                               tr("KPI cards, trends and the leaderboard for the team and for each grabber: volume, "
                                                  "success and failure rates, satisfaction, response time, fairness."))},
        {tr("Reviews"), new PagePlaceholder(tr("Quarterly reviews"),
                                            tr("The quarterly appraisal: a KPI snapshot frozen at opening, supervisor scores, rewards, "
                                               "coaching and penalties, and a lock nobody can undo."))},
        {tr("Team"), new PagePlaceholder(tr("Team"), tr("Grabbers, their skills, regions and caps; trainings, monthly targets and "
                                                        "the notes of weekly meetings and one-to-ones."))},
        {tr("Rules"), new PagePlaceholder(tr("Rules"), tr("Grab windows, priorities, daily caps, reserved priorities, follow-up and "
                                                          "dispatch: every version, who changed what, and a what-if replay."))},
        {tr("Reports"), new PagePlaceholder(tr("Reports"), tr("CSV exports that open right in Excel (UTF-8 with BOM), each stating its "
                                                              "period, filters and rule version; imports that never half-happen."))},
    };
    for (const auto &[name, page] : pages) {
        m_navigation->addItem(name);
        m_pages->addWidget(page);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

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
    auto *where = new QLabel(tr("Database: %1").arg(m_db->path()));
    where->setObjectName(QStringLiteral("databaseLabel"));
    m_sweepLabel = new QLabel;
    m_sweepLabel->setObjectName(QStringLiteral("sweepLabel"));
    statusBar()->addWidget(m_sweepLabel, 1);
    statusBar()->addPermanentWidget(where);
    m_navigation->setCurrentRow(0);
    startSweeps();

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
    if (m_sweepThread) {
        QMetaObject::invokeMethod(m_sweeper, &SweepWorker::stop, Qt::BlockingQueuedConnection);
        m_sweepThread->quit();
        m_sweepThread->wait();
        delete m_sweeper;
    }
}

void MainWindow::startSweeps()
{
    m_sweepThread = new QThread(this);
    m_sweeper = new SweepWorker(m_db->path());
    m_sweeper->moveToThread(m_sweepThread);
    connect(m_sweepThread, &QThread::started, m_sweeper, &SweepWorker::start);
    connect(m_sweeper, &SweepWorker::swept, this, &MainWindow::showSweep);
    m_sweepThread->start();
}

void MainWindow::showSweep(int reclaimed, int warned, int dispatched, const QString &error)
{
    const QString time = QTime::currentTime().toString(QStringLiteral("HH:mm"));
    m_sweepLabel->setText(error.isEmpty() ? tr("Rules checked at %1: %2 reclaimed, %3 warned, %4 dispatched.")
                                                .arg(time)
                                                .arg(reclaimed)
                                                .arg(warned)
                                                .arg(dispatched)
                                          : tr("Rules check at %1 failed: %2").arg(time, error));
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openOther);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About GrabDesk"), this, &MainWindow::about);
}

QWidget *MainWindow::buildBoardPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(32, 28, 32, 28);
    auto *heading = new QLabel(tr("Board"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);
    auto snapshot = readSnapshot(*m_db, SystemClock().nowMs());
    if (!snapshot) {
        layout->addWidget(new QLabel(snapshot.error().message));
    } else {
        auto *form = new QFormLayout;
        form->setHorizontalSpacing(24);
        form->setVerticalSpacing(8);
        form->addRow(tr("Orders waiting in the pool:"), new QLabel(QString::number(snapshot->openOrders)));
        form->addRow(tr("Orders being worked on:"), new QLabel(QString::number(snapshot->assignedOrders)));
        form->addRow(tr("Active grabbers:"), new QLabel(tr("%1 of %2").arg(snapshot->activeGrabbers).arg(snapshot->grabbers)));
        form->addRow(tr("Grab window now:"), new QLabel(snapshot->windowNow.isEmpty() ? tr("closed") : snapshot->windowNow));
        form->addRow(tr("Team time zone:"), new QLabel(snapshot->timeZone));
        form->addRow(tr("Rule set in force:"), new QLabel(tr("version %1").arg(snapshot->ruleVersion)));
        layout->addLayout(form);
        if (!snapshot->recent.isEmpty()) {
            auto *title = new QLabel(tr("Latest activity"));
            QFont bold = title->font();
            bold.setBold(true);
            title->setFont(bold);
            title->setContentsMargins(0, 18, 0, 4);
            layout->addWidget(title);
            auto *list = new QListWidget;
            list->setObjectName(QStringLiteral("recentActivity"));
            list->setFrameShape(QFrame::NoFrame);
            list->setMaximumHeight(260);
            list->setFocusPolicy(Qt::NoFocus);
            for (const TeamSnapshot::Activity &a : snapshot->recent) {
                const QString when = QDateTime::fromMSecsSinceEpoch(a.at).toString(QStringLiteral("MM-dd HH:mm"));
                QString what;
                if (a.type == QLatin1String("grab_won")) {
                    what = tr("%1 grabbed order %2").arg(a.grabberName).arg(a.orderId);
                } else if (a.type == QLatin1String("grab_rejected")) {
                    what = tr("%1 was refused order %2 (%3)").arg(a.grabberName).arg(a.orderId).arg(a.reason);
                } else if (a.type == QLatin1String("dispatched") && a.reason == QLatin1String("manager")) {
                    what = tr("order %2 assigned to %1 by the manager").arg(a.grabberName).arg(a.orderId);
                } else if (a.type == QLatin1String("dispatched")) {
                    what = tr("order %2 dispatched to %1 (best %3)").arg(a.grabberName).arg(a.orderId).arg(a.reason);
                } else if (a.type == QLatin1String("reclaimed")) {
                    what = tr("order %2 reclaimed from %1: no follow-up").arg(a.grabberName).arg(a.orderId);
                } else {
                    what = tr("%1 closed order %2").arg(a.grabberName).arg(a.orderId);
                }
                list->addItem(when + QStringLiteral("    ") + what);
            }
            layout->addWidget(list);
        }
    }
    auto *note = new QLabel(tr("The live grab board — the pool by priority and age, every grab as it happens, the load strip "
                               "and the activity feed — takes this place."));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #6b6b6b; margin-top: 16px;"));
    layout->addWidget(note);
    layout->addStretch(1);
    return page;
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
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a GrabDesk database"), QFileInfo(m_db->path()).absolutePath(),
                                                      tr("GrabDesk databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    // One window per database: start another GrabDesk on it, which checks the file itself.
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--db"), path})) {
        QMessageBox::warning(this, tr("GrabDesk"), tr("Could not start GrabDesk for %1.").arg(path));
    }
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About GrabDesk"),
                       tr("<b>GrabDesk %1</b><p>A console for sales managers who run a team of order grabbers: fair rules, "
                          "live grabs, dispatch and appraisal, each decision with its reason.</p><p>Built with Qt %2 and SQLite.</p>")
                           .arg(QStringLiteral(GRABDESK_VERSION), QString::fromLatin1(qVersion())));
}

} // namespace grab::ui
