#include "dashboardworker.h"

#include "dashboardreader.h"
#include "store/database.h"

namespace grab::ui {

DashboardWorker::DashboardWorker(QString databasePath, const Clock &clock)
    : m_path(std::move(databasePath)), m_clock(clock)
{
}

DashboardWorker::~DashboardWorker() = default;

void DashboardWorker::start()
{
    auto db = Database::open(m_path, Database::Options{});
    if (!db) {
        m_openError = db.error().message;
        return;
    }
    m_db = std::move(*db);
}

void DashboardWorker::stop()
{
    m_db.reset(); // the connection goes in the thread that opened it
}

void DashboardWorker::compute(const DashboardRequest &request, quint64 generation)
{
    if (generation < m_latest.load()) {
        return; // superseded before it began: nobody will look at it
    }
    DashboardFigures data;
    if (!m_db) {
        data.request = request;
        data.error = m_openError.isEmpty() ? tr("The dashboards have no connection to the database.") : m_openError;
    } else {
        data = DashboardReader(Context{*m_db, m_clock, QStringLiteral("manager")}).compute(request);
    }
    data.generation = generation;
    emit computed(data);
}

void DashboardWorker::drill(const DrillRequest &request, quint64 generation)
{
    DrillResult result;
    if (!m_db) {
        result.request = request;
        result.error = m_openError.isEmpty() ? tr("The dashboards have no connection to the database.") : m_openError;
    } else {
        result = DashboardReader(Context{*m_db, m_clock, QStringLiteral("manager")}).drill(request);
    }
    result.generation = generation;
    emit drilled(result);
}

} // namespace grab::ui
