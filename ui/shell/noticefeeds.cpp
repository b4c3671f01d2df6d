#include "noticefeeds.h"

#include "sweepworker.h"
#include "base/clock.h"
#include "common/messagestrip.h"
#include "live/livehub.h"

#include <QStackedWidget>

namespace grab::ui {
namespace {

// The page a widget is on: the child of the window's page stack that holds it.
QString pageOf(QWidget *w)
{
    for (QWidget *p = w; p && p->parentWidget(); p = p->parentWidget()) {
        if (qobject_cast<QStackedWidget *>(p->parentWidget()) && !p->windowTitle().isEmpty()) {
            return p->windowTitle();
        }
    }
    return {};
}

} // namespace

NoticeFeeds::NoticeFeeds(NotificationCentre &centre, const Clock &clock, QObject *parent) : QObject(parent), m_centre(centre), m_clock(clock)
{
}

void NoticeFeeds::post(Notice::Kind kind, const QString &title, const QString &message, const QString &source, bool desktop)
{
    Notice n;
    n.kind = kind;
    n.title = title;
    n.message = message;
    n.source = source;
    n.at = m_clock.nowMs();
    n.desktop = desktop;
    m_centre.post(n);
}

void NoticeFeeds::watchStrips(QWidget *root)
{
    for (MessageStrip *strip : root->findChildren<MessageStrip *>()) {
        connect(strip, &MessageStrip::shown, this, [this, strip](MessageStrip::Kind kind, const QString &text) {
            if (kind != MessageStrip::Kind::Warning && kind != MessageStrip::Kind::Error) {
                return; // done, or for information: the strip says it, the list need not
            }
            const QString page = pageOf(strip);
            const QString title = kind == MessageStrip::Kind::Warning ? (page.isEmpty() ? tr("Not done") : tr("Not done on %1").arg(page))
                                                                      : (page.isEmpty() ? tr("Failed") : tr("Failed on %1").arg(page));
            post(Notice::Kind::Refusal, title, text, page, false);
        });
    }
}

void NoticeFeeds::watchSweeper(SweepWorker *sweeper)
{
    connect(sweeper, &SweepWorker::swept, this, [this](int, int, int, int, const QString &error) {
        if (!error.isEmpty()) {
            post(Notice::Kind::ServiceWarning, tr("The rules' timers failed"),
                 tr("Orders were not reclaimed, expired or dispatched this time: %1").arg(error.section(u'\n', 0, 0)), tr("Rules"), true);
        }
    });
    connect(sweeper, &SweepWorker::unattended, this, [this] {
        post(Notice::Kind::ServiceWarning, tr("No rules service is running"),
             tr("Nothing is reclaimed, expired or dispatched until the GrabDesk service runs again on the team server (grabctl serve)."),
             tr("Rules"), true);
    });
}

void NoticeFeeds::watchLive(LiveHub &live)
{
    connect(&live, &LiveHub::reachability, this, [this](bool reachable, qint64) {
        if (!reachable && !m_liveLost) {
            post(Notice::Kind::ServiceWarning, tr("The live feed was lost"),
                 tr("The board no longer follows the database, and changes are refused until it answers again. GrabDesk keeps trying."),
                 tr("Live feed"), true);
        }
        m_liveLost = !reachable;
    });
}

} // namespace grab::ui
