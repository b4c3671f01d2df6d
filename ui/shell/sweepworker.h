#pragma once

#include "base/clock.h"

#include <QObject>
#include <QString>

#include <memory>

class QTimer;

namespace grab {
class Database;
}

namespace grab::ui {

// The rules' timers, run while GrabDesk is open (RuleSweep: reclaim, expiry, escalation and
// dispatch) when no `grabctl serve` runs them: on one desktop the window stands in for a service
// that is not there; on a team server only services sweep, and the window warns when none is
// alive. It lives in a worker thread with its own connection, so a sweep over a large pool never
// stalls the window.
class SweepWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SweepWorker)

public:
    explicit SweepWorker(QString databasePath, int intervalMs = 60000);
    ~SweepWorker() override;

public slots:
    void start(); // in the worker thread: opens the connection, sweeps soon, then every interval
    void stop();  // in the worker thread: stops the timer and closes the connection
    void sweep();

signals:
    void swept(int reclaimed, int warned, int expired, int dispatched, const QString &error);
    // A service runs the rules: on which machine, and when it last swept (0: not yet).
    void delegated(const QString &host, qint64 sweptAt);
    // A team server, and no service alive: nobody runs the rules.
    void unattended();

private:
    QString m_path;
    int m_intervalMs;
    std::unique_ptr<Database> m_db;
    QTimer *m_timer = nullptr;
    SystemClock m_clock;
};

} // namespace grab::ui
