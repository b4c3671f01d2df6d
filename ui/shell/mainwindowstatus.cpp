// MainWindow's status bar: the grab window, the rules' timers (started here on their worker
// thread), the live feed's state, and opening what a notice is about. Split from mainwindow.cpp,
// which builds the window.
#include "mainwindow.h"

#include "board/boardpage.h"
#include "common/format.h"
#include "common/notificationcentre.h"
#include "dashboard/dashboardpage.h"
#include "domain/ruleset.h"
#include "live/livehub.h"
#include "store/database.h"
#include "sweepworker.h"

#include <QDateTime>
#include <QLabel>
#include <QThread>

namespace grab::ui {

void MainWindow::startSweeps()
{
    m_sweepThread = new QThread(this);
    m_sweeper = new SweepWorker(m_db->path());
    m_sweeper->moveToThread(m_sweepThread);
    connect(m_sweepThread, &QThread::started, m_sweeper, &SweepWorker::start);
    connect(m_sweeper, &SweepWorker::swept, this, &MainWindow::showSweep);
    connect(m_sweeper, &SweepWorker::delegated, this, [this](const QString &host, qint64 sweptAt) {
        m_sweepLabel->setStyleSheet(QString());
        m_sweepLabel->setText(sweptAt == 0 ? tr("Rules run by the GrabDesk service on %1.").arg(host)
                                           : tr("Rules run by the GrabDesk service on %1 · last checked %2.")
                                                 .arg(host, Format::time(QDateTime::fromMSecsSinceEpoch(sweptAt))));
        m_sweepLabel->setToolTip(tr("A service (grabctl serve) reclaims, expires and dispatches on the rules' schedule, with no window open."));
    });
    connect(m_sweeper, &SweepWorker::unattended, this, [this] {
        m_sweepLabel->setStyleSheet(QStringLiteral("color: #b01e1e;"));
        m_sweepLabel->setText(tr("No rules service is running: nothing is reclaimed, expired or dispatched."));
        m_sweepLabel->setToolTip(tr("On a team server only the service runs the rules. Start it where the server runs: grabctl --db ADDRESS serve "
                                    "(the README's \"A team server\" says how to keep it running)."));
    });
    m_sweepThread->start();
}

void MainWindow::openNotice(const Notice &notice)
{
    showNormal();
    raise();
    activateWindow();
    if (notice.orderId != 0) {
        showPage(Page::Board);
        m_board->selectOrder(notice.orderId);
    } else if (notice.grabberId != 0) {
        showPage(Page::Dashboards);
        m_dashboards->showGrabber(notice.grabberId);
    }
}

void MainWindow::showSweep(int reclaimed, int warned, int expired, int dispatched, const QString &error)
{
    m_sweepLabel->setStyleSheet(QString());
    const QString time = Format::time(QDateTime::currentDateTime());
    m_sweepLabel->setText(error.isEmpty() ? tr("Rules checked at %1: %2 reclaimed, %3 warned, %4 expired, %5 dispatched.")
                                                .arg(time)
                                                .arg(reclaimed)
                                                .arg(warned)
                                                .arg(expired)
                                                .arg(dispatched)
                                          : tr("Rules check at %1 failed: %2").arg(time, error.section(u'\n', 0, 0)));
    m_sweepLabel->setToolTip(error); // a failure's whole text; the bar keeps one line
}

void MainWindow::updateGrabWindow()
{
    const RuleSet &rules = m_board->rules();
    if (rules.version == 0) {
        m_windowLabel->setText(tr("Grab window: …"));
        return;
    }
    const qint64 now = m_clock.nowMs();
    const GrabWindow *w = rules.windowAt(now);
    const std::optional<qint64> next = rules.nextWindowChange(now);
    const QDateTime at = next ? QDateTime::fromMSecsSinceEpoch(*next, rules.zone()) : QDateTime();
    const QString when = !next ? QString()
                         : at.date() == QDateTime::fromMSecsSinceEpoch(now, rules.zone()).date()
                             ? Format::time(at)
                             : Format::dayTime(at);
    // Whole sentences, so that a translation can order the window, its label and the time.
    QString text;
    const QString label = w ? Format::windowLabel(w->label) : QString();
    if (w && next) {
        text = w->peak ? tr("Grab window: %1 (peak) · until %2").arg(label, when) : tr("Grab window: %1 · until %2").arg(label, when);
    } else if (w) {
        text = w->peak ? tr("Grab window: %1 (peak)").arg(label) : tr("Grab window: %1").arg(label);
    } else {
        text = next ? tr("Grab window: closed · opens %1").arg(when) : tr("Grab window: closed");
    }
    m_windowLabel->setText(text);
    m_windowLabel->setToolTip(tr("Times in the team's time zone, %1.").arg(rules.timeZone));
}

void MainWindow::updateLive()
{
    const qint64 now = m_clock.nowMs();
    const LiveLink link = m_live->link(now);
    QString text;
    QString colour = QStringLiteral("#b01e1e");
    QString tip = link.error;
    switch (link.state) {
    case LiveLink::State::Connecting:
        text = tr("● Connecting…");
        colour = QStringLiteral("#777777");
        break;
    case LiveLink::State::Live:
        text = tr("● Live · %1 events/s").arg(QLocale().toString(m_board->eventRate(), 'f', 1));
        colour = QStringLiteral("#2e7d32");
        break;
    case LiveLink::State::Stalled:
        text = tr("● Live feed not responding for %1").arg(Format::duration(now - link.since));
        break;
    case LiveLink::State::Failing:
        text = tr("● Live feed stopped");
        break;
    case LiveLink::State::Reconnecting:
        text = tr("● Reconnecting…");
        colour = QStringLiteral("#a15c00");
        tip = tr("%1\nChanges are refused until the server answers again.").arg(link.error);
        break;
    case LiveLink::State::Offline:
        text = tr("● Offline since %1").arg(QDateTime::fromMSecsSinceEpoch(link.since).toString(QStringLiteral("HH:mm")));
        tip = tr("%1\nChanges are refused until the server answers again; GrabDesk keeps trying.").arg(link.error);
        break;
    }
    m_liveLabel->setText(text);
    m_liveLabel->setToolTip(tip); // why, without widening the window
    m_liveLabel->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
}

QString MainWindow::grabWindowText() const
{
    return m_windowLabel->text();
}

QString MainWindow::liveText() const
{
    return m_liveLabel->text();
}

} // namespace grab::ui
