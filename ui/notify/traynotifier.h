#pragma once

#include "escalation.h"

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

// The tray side of escalations: watches the window's live feed (the LiveHub's state after each
// snapshot or delta, at most once a second, and every 15 s as time makes orders starve) through an
// EscalationWatcher and shows each new escalation with QSystemTrayIcon::showMessage. Clicking
// the message asks the window to come up on the order or grabber (activated()). The tray menu:
// Show, Mute notifications (remembered in AppSettings; Preferences has it too), Quit.
// Without a system tray (offscreen, a bare X server) nothing is shown, but every escalation is
// still counted and logged — never a crash.
class TrayNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)

public:
    TrayNotifier(LiveHub &live, const Clock &clock, AppSettings &settings, QObject *parent = nullptr);
    ~TrayNotifier() override;

    EscalationWatcher *watcher() const { return m_watcher; }
    bool hasTray() const { return m_tray != nullptr; }
    int shownCount() const { return m_shown; }   // messages given to the tray
    int loggedCount() const { return m_logged; } // escalations with no tray to show them
    QAction *muteAction() const { return m_mute; }
    void checkNow();

signals:
    void showRequested();
    void activated(const grab::ui::Escalation &escalation);
    void quitRequested();

private:
    void onEscalated(const Escalation &escalation);

    LiveHub &m_live;
    const Clock &m_clock;
    AppSettings &m_settings;
    EscalationWatcher *m_watcher = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_mute = nullptr;
    QTimer *m_soon = nullptr;
    QTimer *m_ageing = nullptr;
    Escalation m_last; // what a click on the message is about
    int m_shown = 0;
    int m_logged = 0;
};

} // namespace grab::ui
