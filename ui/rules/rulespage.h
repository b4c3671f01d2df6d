#pragma once

#include "domain/ruleset.h"

#include <QWidget>

class QAction;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace grab {
class Clock;
class Database;
} // namespace grab

namespace grab::ui {

class MessageStrip;
class RuleHistoryPanel;
class RulesEditor;

// The Rules page: the rules in force in one plain paragraph, every rule editable in tabs
// (RulesEditor), the whole rule set as JSON for what has no widget (the review defaults), and
// the history of versions with "Restore this version". Save stores a new version through
// RuleService with the version the edit started from, so a version saved meanwhile by another
// window or grabctl is refused, never overwritten; Revert drops the edits. Reads and writes run
// on the window's connection on the GUI thread: a rule set is one small row.
class RulesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesPage)

public:
    RulesPage(Database &db, const Clock &clock, QWidget *parent = nullptr);

    // Reads the rules in force and the history again; drops unsaved edits.
    void reload();
    // Validates and stores the edits; true when they are stored or there was nothing to store.
    bool save();
    void revert();
    // Stores version `version`'s rules as a new version (refused while there are unsaved edits).
    bool restore(int version);
    bool hasUnsavedChanges() const { return m_dirty; }
    // Asks what to do with unsaved edits (Save, Discard, Cancel); true when the page may be left.
    bool confirmLeave();
    // Another process (or window) stored rules: reload when nothing is being edited, else say so.
    void rulesChangedElsewhere();

    int loadedVersion() const { return m_loaded.version; }
    QString summaryText() const;
    MessageStrip *message() const { return m_message; }
    RulesEditor *editor() const { return m_editor; }
    RuleHistoryPanel *history() const { return m_history; }
    QPlainTextEdit *jsonEdit() const { return m_json; }
    QAction *saveAction() const { return m_saveAction; }

signals:
    // A version was stored from this page: the board and the status bar read the rules again.
    void rulesSaved(int version);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showFailure(const Error &e);
    void updateDirty();
    void tabChanged(int index);
    bool applyJson();
    void fillJson();

    Database &m_db;
    const Clock &m_clock;
    RuleSet m_loaded;
    QString m_loadedBy;
    qint64 m_loadedAt = 0;
    bool m_dirty = false;
    bool m_jsonDirty = false;
    bool m_fillingJson = false;
    int m_lastTab = 0;
    int m_jsonTab = -1;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_unsaved = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QAction *m_saveAction = nullptr;
    MessageStrip *m_message = nullptr;
    RulesEditor *m_editor = nullptr;
    QPlainTextEdit *m_json = nullptr;
    RuleHistoryPanel *m_history = nullptr;
};

} // namespace grab::ui
