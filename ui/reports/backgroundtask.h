#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QThread;

namespace grab {
class Database;
}

namespace grab::ui {

// One long job (an export, an import's check or write) on a thread of its own with its own
// connection to the database, so the window keeps painting. The job reports progress through
// report(), which also says whether the user cancelled; the page polls done()/total() for its
// progress dialog. finished() comes in the GUI thread once the job has returned and its
// connection is closed.
class BackgroundTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundTask)

public:
    using Work = std::function<void(Database &db, BackgroundTask &task)>;

    explicit BackgroundTask(QString databasePath, QObject *parent = nullptr);
    ~BackgroundTask() override; // cancels and waits for a running job

    bool start(Work work); // false while another job runs
    bool isRunning() const { return m_thread != nullptr; }

    // From the job's thread: records progress; false once cancel() was asked for.
    bool report(qint64 done, qint64 total);
    void cancel() { m_cancel.store(true); }
    bool cancelRequested() const { return m_cancel.load(); }
    qint64 done() const { return m_done.load(); }
    qint64 total() const { return m_total.load(); }
    // Why the job could not even begin (the database could not be opened); empty otherwise.
    QString openError() const { return m_openError; }

signals:
    void finished();

private:
    QString m_path;
    QThread *m_thread = nullptr;
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    std::atomic<bool> m_cancel{false};
    QString m_openError;
};

} // namespace grab::ui
