#pragma once

#include "common/notificationcentre.h"

#include <QObject>

namespace grab {
class Clock;
class LiveHub;
} // namespace grab

namespace grab::ui {

class SweepWorker;

// What feeds the window's notification centre besides the escalations (TrayNotifier posts
// those): every page's message strip, whose warnings and errors are refusals or failures of the
// manager's own actions; the rules' timers, whose failures and absence are service warnings; and
// the live feed, whose loss is one. The shell wires each source once, here, so that a feature
// never talks to the tray or the centre itself.
class NoticeFeeds final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeFeeds)

public:
    NoticeFeeds(NotificationCentre &centre, const Clock &clock, QObject *parent = nullptr);

    // Every MessageStrip under `root` as it is now (the pages' strips, made with the window).
    void watchStrips(QWidget *root);
    void watchSweeper(SweepWorker *sweeper);
    void watchLive(LiveHub &live);

private:
    void post(Notice::Kind kind, const QString &title, const QString &message, const QString &source, bool desktop);

    NotificationCentre &m_centre;
    const Clock &m_clock;
    bool m_liveLost = false;
};

} // namespace grab::ui
