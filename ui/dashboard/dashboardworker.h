#pragma once

#include "dashboardfigures.h"
#include "base/clock.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace grab {
class Database;
}

namespace grab::ui {

// Computes the dashboards off the GUI thread: moved to a QThread, it opens its own connection
// in start() and answers compute() and drill() requests by queued signal, each result
// carrying the request's generation token. A request that a newer one has superseded before
// its turn came is skipped (supersede() is called from the GUI thread); one already computed
// is still delivered, and the page drops it by its token.
class DashboardWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardWorker)

public:
    DashboardWorker(QString databasePath, const Clock &clock);
    ~DashboardWorker() override;

    // Thread-safe: the newest generation asked for; compute() skips older ones not yet begun.
    void supersede(quint64 generation) { m_latest.store(generation); }

public slots:
    void start(); // in the worker thread
    void stop();  // in the worker thread: closes the connection there
    void compute(const grab::ui::DashboardRequest &request, quint64 generation);
    void drill(const grab::ui::DrillRequest &request, quint64 generation);

signals:
    void computed(const grab::ui::DashboardFigures &data);
    void drilled(const grab::ui::DrillResult &result);

private:
    QString m_path;
    const Clock &m_clock;
    std::unique_ptr<Database> m_db;
    QString m_openError;
    std::atomic<quint64> m_latest{0};
};

} // namespace grab::ui
