#pragma once

#include "base/clock.h"

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace grab::ui {

// Opens a review cycle (ReviewService::open: every active grabber's KPIs frozen in one write
// transaction) off the GUI thread, so the window keeps painting while a big team's quarter is
// read. The thread opens its own Database connection and closes it before it ends. Progress
// comes back by queued signal; cancel() makes the next progress callback say no, and the core
// then rolls everything back and refuses with "cancelled".
class ReviewOpener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewOpener)

public:
    // The clock is read from the worker thread: it must outlive the opener (the page's does).
    ReviewOpener(QString databasePath, const Clock &clock, QObject *parent = nullptr);
    ~ReviewOpener() override;

    // False when an opening is already running.
    // `actor` is recorded on the review_changed event.
    bool start(const QString &quarter, const QString &actor);
    bool isRunning() const { return m_thread != nullptr; }
    void cancel() { m_cancel.store(true); }
    // Waits for the thread (the page's destructor).
    void wait();

signals:
    void progress(int done, int total);
    // ok, or the core's refusal: its ErrorCode (as int), reason code and sentence.
    void finished(bool ok, int entries, int errorCode, const QString &reason, const QString &message);

private:
    QString m_path;
    const Clock &m_clock;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
};

} // namespace grab::ui
