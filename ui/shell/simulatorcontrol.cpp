#include "simulatorcontrol.h"

#include "sim/simulator.h"
#include "store/database.h"

#include <QRandomGenerator>
#include <QThread>

namespace grab::ui {
namespace {

QString describe(const Simulator::Summary &s)
{
    QString text = SimulatorControl::tr("%1 events in %2 s (%3/s): %4 published, %5 won, %6 lost races, %7 refused, %8 closed.")
                       .arg(s.events)
                       .arg(s.elapsedMs / 1000)
                       .arg(s.achievedRate, 0, 'f', 1)
                       .arg(s.published)
                       .arg(s.won)
                       .arg(s.lostRaces)
                       .arg(s.refused)
                       .arg(s.closedWon + s.closedLost);
    if (!s.notes.isEmpty()) {
        text += QLatin1Char(' ') + s.notes.join(QLatin1Char(' '));
    }
    return text;
}

} // namespace

SimulatorControl::SimulatorControl(QString databasePath, QObject *parent) : QObject(parent), m_path(std::move(databasePath)) {}

SimulatorControl::~SimulatorControl()
{
    stop();
    if (m_thread) {
        m_thread->wait();
    }
}

bool SimulatorControl::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void SimulatorControl::start(int eventsPerSecond)
{
    if (isRunning()) {
        return;
    }
    {
        const std::lock_guard lock(m_mutex);
        m_stopAsked = false;
    }
    delete m_thread;
    const QString path = m_path;
    const quint32 seed = QRandomGenerator::global()->generate();
    m_thread = QThread::create([this, path, eventsPerSecond, seed] {
        auto db = Database::open(path, Database::Options{});
        if (!db) {
            emit finished(db.error().message, true);
            return;
        }
        SystemClock clock;
        Simulator::Options options;
        options.rate = eventsPerSecond;
        options.seed = seed;
        options.progressIntervalMs = 5000;
        options.onProgress = [this](const Simulator::Summary &s) { emit progress(describe(s)); };
        Simulator simulator(**db, clock, options);
        {
            const std::lock_guard lock(m_mutex);
            if (m_stopAsked) {
                return;
            }
            m_simulator = &simulator;
        }
        auto summary = simulator.run();
        {
            const std::lock_guard lock(m_mutex);
            m_simulator = nullptr;
        }
        if (!summary) {
            emit finished(summary.error().message, true);
        } else if (summary->failure) {
            emit finished(describe(*summary) + QLatin1Char(' ') + summary->failure->message, true);
        } else {
            emit finished(describe(*summary), false);
        }
    });
    m_thread->setObjectName(QStringLiteral("simulator"));
    connect(m_thread, &QThread::finished, this, [this] { emit runningChanged(false); });
    m_thread->start();
    emit runningChanged(true);
}

void SimulatorControl::stop()
{
    const std::lock_guard lock(m_mutex);
    m_stopAsked = true;
    if (m_simulator) {
        m_simulator->requestStop();
    }
}

} // namespace grab::ui
