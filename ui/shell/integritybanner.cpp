#include "integritybanner.h"

#include "common/filedialog.h"
#include "base/clock.h"
#include "services/audit/integritycheck.h"
#include "store/database.h"
#include "store/integrity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QThread>

namespace grab::ui {

IntegrityBanner::IntegrityBanner(const QString &databasePath, QWidget *parent) : QFrame(parent), m_path(databasePath)
{
    setObjectName(QStringLiteral("integrityBanner"));
    setStyleSheet(QStringLiteral("#integrityBanner { background: #fde7e9; border-bottom: 1px solid #e6a1a8; }"
                                 "#integrityBanner QLabel { color: #7a1020; }"));
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("integrityText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_save = new QPushButton(tr("Save a recovered copy…"));
    m_save->setObjectName(QStringLiteral("saveRecoveredCopy"));
    m_save->hide();
    connect(m_save, &QPushButton::clicked, this, &IntegrityBanner::askAndSave);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_save, 0, Qt::AlignTop);
    hide();
}

IntegrityBanner::~IntegrityBanner()
{
    if (m_thread) {
        m_thread->wait();
    }
    if (m_saver) {
        m_saver->wait(); // a copy half-written is not left behind: saveRecoveredCopy removes it on failure
    }
}

void IntegrityBanner::start()
{
    const QString path = m_path;
    QPointer<IntegrityBanner> self(this);
    // Its own connection on its own thread: a quick_check of a million orders takes seconds.
    m_thread = QThread::create([path, self] {
        QStringList damage;
        QStringList tampering;
        QString error;
        Database::Options o;
        auto db = Database::open(path, o);
        if (!db) {
            if (db.error().reason == QLatin1String("database_corrupt") || db.error().reason == QLatin1String("database_io")) {
                damage << db.error().message;
            } else {
                error = db.error().message;
            }
        } else {
            auto problems = integrity::quickCheck((*db)->connection());
            if (!problems) {
                error = problems.error().message;
            } else {
                damage = *problems;
            }
            if (damage.isEmpty() && error.isEmpty()) {
                SystemClock clock;
                auto report = IntegrityCheck(Context{**db, clock, QStringLiteral("manager")}).run();
                if (!report) {
                    error = report.error().message;
                } else {
                    for (const IntegrityBreak &b : report->breaks) {
                        tampering << b.message;
                    }
                }
            }
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [self, damage, tampering, error] {
                if (self) {
                    self->checked(damage, tampering, error);
                }
            },
            Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

void IntegrityBanner::checked(const QStringList &damage, const QStringList &tampering, const QString &error)
{
    m_finished = true;
    m_damaged = !damage.isEmpty();
    m_tampered = !tampering.isEmpty();
    if (m_damaged) {
        // SQLite lists every page it finds wrong, up to twenty: the first two say what it is, and
        // the rest is counted (all of it is in the tooltip, for whoever repairs the file).
        QStringList lines;
        for (const QString &d : damage) {
            for (const QString &line : d.split(u'\n', Qt::SkipEmptyParts)) {
                if (!line.trimmed().startsWith(QLatin1String("***"))) {
                    lines << line.trimmed();
                }
            }
        }
        QString said = lines.mid(0, 2).join(QStringLiteral("; "));
        if (lines.size() > 2) {
            said += QLatin1Char(' ') + tr("(and %n more)", nullptr, int(lines.size() - 2));
        }
        const QString why = tr("The database %1 is damaged: GrabDesk will not write to it, so that the damage does not spread. "
                               "Save a recovered copy and open that. SQLite says: %2")
                                .arg(QDir::toNativeSeparators(m_path), said);
        setToolTip(lines.join(u'\n'));
        Database::refuseWrites(m_path, makeError(ErrorCode::DatabaseUnusable, why, QStringLiteral("database_corrupt")));
        m_text->setText(why);
        m_save->show();
        show();
    } else if (m_tampered) {
        m_text->setText(tr("This database was altered outside GrabDesk: %1 Run \"grabctl verify\" for every place found (%n in all).", nullptr,
                           int(tampering.size()))
                            .arg(tampering.constFirst()));
        show();
    } else if (!error.isEmpty()) {
        m_text->setText(tr("GrabDesk could not check this database at start: %1").arg(error));
        show();
    }
    emit finished();
}

void IntegrityBanner::saveRecoveredCopy(const QString &target)
{
    if (m_saver) {
        return;
    }
    m_save->setEnabled(false);
    m_save->setText(tr("Saving a recovered copy…"));
    const QString path = m_path;
    QPointer<IntegrityBanner> self(this);
    m_saver = QThread::create([path, target, self] {
        auto copied = integrity::saveRecoveredCopy(path, target);
        bool ok = bool(copied);
        QString message;
        if (!ok) {
            message = copied.error().message;
        } else if (copied->damagedPlaces == 0) {
            message = tr("Saved all %n rows to %1. Open it with File ▸ Open….", nullptr, int(copied->rows)).arg(QDir::toNativeSeparators(target));
        } else {
            message = tr("Saved %n readable rows to %1; %2 damaged places in %3 could not be read. Open it with File ▸ Open….", nullptr,
                         int(copied->rows))
                          .arg(QDir::toNativeSeparators(target))
                          .arg(copied->damagedPlaces)
                          .arg(copied->tablesWithLoss.join(QStringLiteral(", ")));
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [self, ok, message] {
                if (self) {
                    self->saved(ok, message);
                }
            },
            Qt::QueuedConnection);
    });
    connect(m_saver, &QThread::finished, m_saver, &QObject::deleteLater);
    m_saver->start(QThread::LowPriority);
}

void IntegrityBanner::saved(bool ok, const QString &message)
{
    if (m_saver) {
        m_saver->wait();
        m_saver = nullptr;
    }
    m_save->setEnabled(true);
    m_save->setText(tr("Save a recovered copy…"));
    m_text->setText(m_text->text() + QStringLiteral("\n\n") + message);
    emit recoverySaved(ok, message);
}

void IntegrityBanner::askAndSave()
{
    const QFileInfo info(m_path);
    const QString suggested = info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-recovered.sqlite"));
    const QString target = filedialog::saveFileName(this, tr("Save a recovered copy"), suggested, tr("GrabDesk databases (*.sqlite)"));
    if (target.isEmpty()) {
        return;
    }
    saveRecoveredCopy(target);
}

} // namespace grab::ui
