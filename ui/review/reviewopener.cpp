#include "reviewopener.h"

#include "services/review/reviewservice.h"
#include "store/database.h"

#include <QPointer>
#include <QThread>

namespace grab::ui {

ReviewOpener::ReviewOpener(QString databasePath, const Clock &clock, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath)), m_clock(clock)
{
}

ReviewOpener::~ReviewOpener()
{
    cancel();
    wait();
}

void ReviewOpener::wait()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

bool ReviewOpener::start(const QString &quarter, const QString &actor)
{
    if (m_thread) {
        return false;
    }
    m_cancel.store(false);
    QPointer<ReviewOpener> self(this);
    m_thread = QThread::create([this, self, quarter, actor] {
        bool ok = false;
        int entries = 0;
        Error error;
        {
            // This thread's own connection, closed in this thread before it ends.
            auto db = Database::open(m_path, Database::Options{});
            if (!db) {
                error = db.error();
            } else {
                ReviewService service(Context{**db, m_clock, actor});
                auto opened = service.open(quarter, [this, self](int done, int total) {
                    QMetaObject::invokeMethod(
                        this, [self, done, total] {
                            if (self) {
                                emit self->progress(done, total);
                            }
                        },
                        Qt::QueuedConnection);
                    return !m_cancel.load();
                });
                if (opened) {
                    ok = true;
                    entries = opened->entries;
                } else {
                    error = opened.error();
                }
            }
        }
        QMetaObject::invokeMethod(
            this, [self, ok, entries, error] {
                if (!self) {
                    return;
                }
                self->wait(); // the thread has left this lambda: join it before anyone starts another
                emit self->finished(ok, entries, int(error.code), error.reason, error.message);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("review-open"));
    m_thread->start();
    return true;
}

} // namespace grab::ui
