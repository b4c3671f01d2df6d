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

// The rules' timers, run while GrabDesk is open: the reclaim sweep (warn, then return orders
// without follow-up to the pool), expiry of open orders past their grab deadline, and the
// escalate-and-dispatch sweep. It lives in a worker
// thread with its own connection, so a sweep over a large pool never stalls the window.
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

private:
    QString m_path;
    int m_intervalMs;
    std::unique_ptr<Database> m_db;
    QTimer *m_timer = nullptr;
    SystemClock m_clock;
};

} // namespace grab::ui
