#include "traynotifier.h"

#include "escalationwatcher.h"
#include "base/clock.h"
#include "live/livehub.h"
#include "common/appsettings.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QMenu>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>

namespace grab::ui {

TrayNotifier::TrayNotifier(LiveHub &live, const Clock &clock, AppSettings &settings, NotificationCentre &centre, QObject *parent)
    : QObject(parent), m_live(live), m_clock(clock), m_settings(settings), m_centre(centre), m_watcher(new EscalationWatcher(this))
{
    // Mute silences the desktop, not the centre: the list in the window keeps every escalation.
    connect(m_watcher, &EscalationWatcher::escalated, this, &TrayNotifier::onEscalated);
    connect(&m_centre, &NotificationCentre::posted, this, &TrayNotifier::onPosted);

    m_mute = new QAction(tr("&Mute notifications"), this);
    m_mute->setObjectName(QStringLiteral("muteNotifications"));
    m_mute->setCheckable(true);
    m_mute->setChecked(m_settings.notificationsMuted());
    connect(m_mute, &QAction::toggled, &m_settings, &AppSettings::setNotificationsMuted);
    connect(&m_settings, &AppSettings::changed, this, [this](const QString &key) {
        if (key == u"notifications/muted") {
            m_mute->setChecked(m_settings.notificationsMuted());
        }
    });

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        QIcon icon = QApplication::windowIcon();
        if (icon.isNull()) {
            icon = QIcon::fromTheme(QStringLiteral("dialog-warning"), QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
        m_menu = new QMenu;
        m_menu->addAction(tr("&Show GrabDesk"), this, &TrayNotifier::showRequested);
        m_menu->addAction(m_mute);
        m_menu->addSeparator();
        m_menu->addAction(tr("&Quit"), this, &TrayNotifier::quitRequested);
        m_tray = new QSystemTrayIcon(icon, this);
        m_tray->setToolTip(tr("GrabDesk"));
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { emit activated(m_last); });
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
                emit showRequested();
            }
        });
        m_tray->show();
    }

    // At most one look a second however fast events arrive (a look walks the pool's VIP orders
    // and the grabbers), and one every 15 s because waiting alone makes an order starve.
    m_soon = new QTimer(this);
    m_soon->setSingleShot(true);
    m_soon->setInterval(1000);
    connect(m_soon, &QTimer::timeout, this, &TrayNotifier::checkNow);
    m_ageing = new QTimer(this);
    m_ageing->setInterval(15000);
    connect(m_ageing, &QTimer::timeout, this, &TrayNotifier::checkNow);
    m_ageing->start();
    connect(&m_live, &LiveHub::snapshotReady, this, &TrayNotifier::checkNow);
    connect(&m_live, &LiveHub::deltaReady, this, [this] {
        if (!m_soon->isActive()) {
            m_soon->start();
        }
    });
}

TrayNotifier::~TrayNotifier()
{
    delete m_menu; // a QMenu has no parent here (the tray does not own its menu)
}

void TrayNotifier::checkNow()
{
    if (!m_live.isLoaded()) {
        return;
    }
    // The window's clock, so tests with a fixed clock agree.
    m_watcher->check(m_live.inPlay(), m_live.quotas(), m_live.rules(), m_clock.nowMs());
}

void TrayNotifier::onEscalated(const Escalation &escalation)
{
    Notice n;
    n.kind = Notice::Kind::Escalation;
    n.title = escalation.title;
    n.message = escalation.message;
    n.source = tr("Board");
    n.at = m_clock.nowMs();
    n.orderId = escalation.orderId;
    n.grabberId = escalation.grabberId;
    n.desktop = true;
    m_centre.post(n);
}

void TrayNotifier::onPosted(const Notice &notice)
{
    if (!notice.desktop || m_settings.notificationsMuted()) {
        return; // in the centre's list only
    }
    if (m_tray && QSystemTrayIcon::supportsMessages()) {
        m_last = notice;
        m_tray->showMessage(notice.title, notice.message,
                            notice.kind == Notice::Kind::ServiceWarning ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning, 15000);
        ++m_shown;
        return;
    }
    ++m_logged;
    qInfo("grabdesk: notice (no system tray to show it): %s — %s", qPrintable(notice.title), qPrintable(notice.message));
}

} // namespace grab::ui
