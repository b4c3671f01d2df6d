#pragma once

#include "escalation.h"
#include "common/notificationcentre.h"

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QTimer;

namespace grab {
class Clock;
class LiveHub;
} // namespace grab

namespace grab::ui {

class AppSettings;
class EscalationWatcher;

// Escalations into the notification centre, and the centre's desktop notices into the tray.
// Watches the window's live feed (the LiveHub's state after each snapshot or delta, at most once
// a second, and every 15 s as time makes orders starve) through an EscalationWatcher and posts
// each new escalation to the NotificationCentre; whatever the centre is given with `desktop`
// set (escalations, service warnings, from any part of the window) it shows with
// QSystemTrayIcon::showMessage. One path: nothing reaches the tray except through the centre.
// Clicking the message asks the window to come up on the order or grabber (activated()). The
// tray menu: Show, Mute notifications (remembered in AppSettings; Preferences has it too), Quit.
// Without a system tray (offscreen, a bare X server) the centre's list still has every notice,
// and each desktop one is counted and logged — never a crash.
class TrayNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)

public:
    TrayNotifier(LiveHub &live, const Clock &clock, AppSettings &settings, NotificationCentre &centre, QObject *parent = nullptr);
    ~TrayNotifier() override;

    EscalationWatcher *watcher() const { return m_watcher; }
    bool hasTray() const { return m_tray != nullptr; }
    int shownCount() const { return m_shown; }   // messages given to the tray
    int loggedCount() const { return m_logged; } // escalations with no tray to show them
    QAction *muteAction() const { return m_mute; }
    NotificationCentre &centre() const { return m_centre; }
    void checkNow();

signals:
    void showRequested();
    void activated(const grab::ui::Notice &notice);
    void quitRequested();

private:
    void onEscalated(const Escalation &escalation);
    void onPosted(const Notice &notice);

    LiveHub &m_live;
    const Clock &m_clock;
    AppSettings &m_settings;
    NotificationCentre &m_centre;
    EscalationWatcher *m_watcher = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_mute = nullptr;
    QTimer *m_soon = nullptr;
    QTimer *m_ageing = nullptr;
    Notice m_last; // what a click on the message is about
    int m_shown = 0;
    int m_logged = 0;
};

} // namespace grab::ui
