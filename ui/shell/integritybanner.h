#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;
class QThread;

namespace grab::ui {

// The check GrabDesk runs at start, in the background: SQLite's quick_check of the file's
// structure, then the event log's hash chain, the locked reviews' seals and the protective
// triggers (IntegrityCheck, as `grabctl verify`). On a damaged file the window says so in red,
// refuses every write (writing into a damaged file spreads the damage) and offers to save a
// recovered copy; on a tampered file it says what was altered. Nothing shows when all is well.
class IntegrityBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit IntegrityBanner(const QString &databasePath, QWidget *parent = nullptr);
    ~IntegrityBanner() override;

    void start();
    bool isFinished() const { return m_finished; }
    bool foundDamage() const { return m_damaged; }
    bool foundTampering() const { return m_tampered; }
    QString text() const;

    // What the button does after asking where: writes what can be read to `target` on a
    // thread of its own (a million orders take a while; the window stays responsive), then
    // says how it went in the banner and through recoverySaved. The button waits meanwhile.
    void saveRecoveredCopy(const QString &target);
    bool isSaving() const { return !m_saver.isNull(); }

signals:
    void finished();
    void recoverySaved(bool ok, const QString &message);

private:
    void checked(const QStringList &damage, const QStringList &tampering, const QString &error);
    void askAndSave();
    void saved(bool ok, const QString &message);

    QString m_path;
    QLabel *m_text = nullptr;
    QPushButton *m_save = nullptr;
    QPointer<QThread> m_thread;
    QPointer<QThread> m_saver;
    bool m_finished = false;
    bool m_damaged = false;
    bool m_tampered = false;
};

} // namespace grab::ui
