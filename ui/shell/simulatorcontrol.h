#pragma once

#include <QObject>
#include <QString>

#include <mutex>

class QThread;

namespace grab {
class Simulator;
}

namespace grab::ui {

// Starts and stops the live simulator (the same one as `grabctl simulate`) from the window's
// Tools menu, for demonstrations: it runs in a thread of its own, on its own connection, so
// its writes reach the board through the feed like any other process's.
class SimulatorControl final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatorControl)

public:
    explicit SimulatorControl(QString databasePath, QObject *parent = nullptr);
    ~SimulatorControl() override; // stops a running simulation and waits for it

    bool isRunning() const;
    void start(int eventsPerSecond);
    void stop();

signals:
    void runningChanged(bool running);
    // While running, every few seconds; and once at the end with what it did.
    void progress(const QString &text);
    void finished(const QString &summary, bool failed);

private:
    QString m_path;
    QThread *m_thread = nullptr;
    mutable std::mutex m_mutex;
    Simulator *m_simulator = nullptr; // the running one, guarded by m_mutex
    bool m_stopAsked = false;
};

} // namespace grab::ui
