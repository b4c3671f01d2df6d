#include "backgroundtask.h"

#include "store/database.h"

#include <QThread>

namespace grab::ui {

BackgroundTask::BackgroundTask(QString databasePath, QObject *parent) : QObject(parent), m_path(std::move(databasePath)) {}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

bool BackgroundTask::start(Work work)
{
    if (m_thread) {
        return false;
    }
    m_done.store(0);
    m_total.store(0);
    m_cancel.store(false);
    m_openError.clear();
    m_thread = QThread::create([this, work = std::move(work)] {
        auto db = Database::open(m_path, Database::Options{});
        if (!db) {
            m_openError = db.error().message;
            return;
        }
        work(**db, *this);
        // The connection closes here, in the thread that opened it.
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished();
    });
    m_thread->start();
    return true;
}

bool BackgroundTask::report(qint64 done, qint64 total)
{
    m_done.store(done);
    m_total.store(total);
    return !m_cancel.load();
}

} // namespace grab::ui
