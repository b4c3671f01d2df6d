#pragma once

#include "services/team/teamservice.h"
#include "teamsource.h"
#include "live/boardstate.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QUndoStack;

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTimer;
class QTreeView;

namespace grab {
class Database;
}

namespace grab::ui {

class FeedbackDialog;
class FeedbackModel;
class MessageStrip;
class NoteDialog;
class NoteModel;
class RosterModel;
class GrabberDialog;
class TargetDialog;
class TrainingDialog;
class TrainingModel;

// The Team page: every grabber on the left with level, status, open action items and owed
// trainings (badges: red when one is overdue, amber when one is due within three days); on
// the right the selected grabber's month target and three tabs — Trainings (add, mark passed
// or not), Notes & actions (one-to-ones and the team meetings where they own an action; new
// note with action items; tick an item done) and Feedback (the customers' scores; record one
// for a closed order that has none).
//
// Reads and writes go through TeamSource (core's services) on the window's connection, on the
// GUI thread: a page is a handful of indexed reads, timed in docs/performance.md. Events from
// the board's feed (applyDelta) reload what they touch, while the page is visible.
class TeamPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamPage)

public:
    TeamPage(Database &db, const Clock &clock, QWidget *parent = nullptr);
    ~TeamPage() override;

    // Reads the list again, and the selected grabber's file.
    void reload();
    bool selectGrabber(qint64 grabberId);
    std::optional<qint64> selectedGrabber() const;
    const GrabberFile &file() const { return m_file; }

    // The page's actions, as its buttons run them. The dialogs open window-modal without
    // blocking and delete themselves when closed; nullptr when nothing is selected.
    TrainingDialog *openAddTraining();
    // Set target… for the grabber shown: this month's, or the one already set.
    TargetDialog *openSetTarget();
    // Add grabber… and Edit grabber… (the one shown).
    GrabberDialog *openAddGrabber();
    GrabberDialog *openEditGrabber();
    // The window's undo stack (Edit ▸ Undo): a grabber's edit (status, cap, level…) goes on it.
    void setUndoStack(QUndoStack *stack);
    NoteDialog *openNewNote();
    FeedbackDialog *openRecordFeedback();
    // The training selected in the Trainings tab.
    bool markSelectedTraining(bool passed);
    bool setActionDone(qint64 actionId, bool done);
    void setShowAllMeetings(bool all);

    // For tests and the benchmark.
    RosterModel *roster() const { return m_roster; }
    QTableView *rosterView() const { return m_rosterView; }
    TrainingModel *trainings() const { return m_trainings; }
    QTableView *trainingView() const { return m_trainingView; }
    NoteModel *notes() const { return m_notes; }
    QTreeView *noteView() const { return m_noteView; }
    FeedbackModel *feedback() const { return m_feedback; }
    QTabWidget *tabs() const { return m_tabs; }
    MessageStrip *messages() const { return m_messages; }
    QPushButton *recordFeedbackButton() const { return m_recordFeedback; }
    // What the right side says when it has nothing to show ("" when it shows a grabber), and
    // each tab's empty state ("" when the tab has rows).
    QString placeholderText() const;
    QString trainingsEmptyText() const;
    QString notesEmptyText() const;
    QString feedbackEmptyText() const;
    QString targetText() const;
    qint64 lastRosterMs() const { return m_rosterMs; }
    qint64 lastFileMs() const { return m_file.readMs; }

public slots:
    // Events committed anywhere (the board's feed): reload when one concerns this page.
    void applyDelta(const grab::BoardDelta &delta);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void pushUndo(const Grabber &was, const TeamService::GrabberChanges &made);
    QUndoStack *m_undo = nullptr;
    QWidget *buildLeft();
    QWidget *buildRight();
    QWidget *buildTrainingsTab();
    QWidget *buildNotesTab();
    QWidget *buildFeedbackTab();
    void loadRoster();
    void loadFile();
    void showFile();
    void showNoteText();
    void updateTrainingButtons();
    void updateTabTitles();
    void showError(const QString &doing, const Error &error);
    void afterWrite(const QString &message);

    TeamSource m_source;
    const Clock &m_clock;
    GrabberFile m_file;
    bool m_hasFile = false;
    bool m_loaded = false;
    bool m_loadingRoster = false;
    bool m_dirty = false;
    bool m_allMeetings = false;
    qint64 m_rosterMs = 0;
    QTimer *m_refresh = nullptr;

    MessageStrip *m_messages = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_search = nullptr;
    RosterModel *m_roster = nullptr;
    QSortFilterProxyModel *m_rosterProxy = nullptr;
    QTableView *m_rosterView = nullptr;

    QStackedWidget *m_right = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_target = nullptr;
    QTabWidget *m_tabs = nullptr;

    TrainingModel *m_trainings = nullptr;
    QTableView *m_trainingView = nullptr;
    QStackedWidget *m_trainingStack = nullptr;
    QLabel *m_trainingEmpty = nullptr;
    QPushButton *m_markPassed = nullptr;
    QPushButton *m_markFailed = nullptr;

    NoteModel *m_notes = nullptr;
    QTreeView *m_noteView = nullptr;
    QStackedWidget *m_noteStack = nullptr;
    QLabel *m_noteEmpty = nullptr;
    QTextBrowser *m_noteText = nullptr;
    QCheckBox *m_allMeetingsBox = nullptr;

    FeedbackModel *m_feedback = nullptr;
    QTableView *m_feedbackView = nullptr;
    QStackedWidget *m_feedbackStack = nullptr;
    QLabel *m_feedbackEmpty = nullptr;
    QLabel *m_feedbackSummary = nullptr;
    QPushButton *m_recordFeedback = nullptr;
};

} // namespace grab::ui
