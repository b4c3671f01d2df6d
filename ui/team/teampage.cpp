#include "teampage.h"

#include "badgedelegate.h"
#include "common/format.h"
#include "common/messagestrip.h"
#include "feedbackdialog.h"
#include "feedbackmodel.h"
#include "notedialog.h"
#include "notemodel.h"
#include "rostermodel.h"
#include "teamtext.h"
#include "trainingdialog.h"
#include "trainingmodel.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QDateTime>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace grab::ui {
namespace {

enum Tab { TrainingsTab, NotesTab, FeedbackTab };

// The events after which what this page shows may have changed.
bool concernsTeamPage(const Event &e)
{
    static const QStringList types{
        QString::fromLatin1(event::TrainingAdded), QString::fromLatin1(event::TrainingChanged), QString::fromLatin1(event::NoteAdded),
        QString::fromLatin1(event::ActionAdded),   QString::fromLatin1(event::ActionDone),      QString::fromLatin1(event::ActionReopened),
        QString::fromLatin1(event::Feedback),      QString::fromLatin1(event::Closed),          QString::fromLatin1(event::GrabberAdded),
        QString::fromLatin1(event::GrabberChanged), QStringLiteral("target_set"),               QString::fromLatin1(event::RuleChanged)};
    return types.contains(e.type);
}

QString textOf(const QStackedWidget *stack, const QLabel *label)
{
    return stack->currentWidget() == label ? label->text() : QString();
}

} // namespace

TeamPage::TeamPage(Database &db, const Clock &clock, QWidget *parent) : QWidget(parent), m_source(db, clock), m_clock(clock)
{
    setObjectName(QStringLiteral("teamPage"));
    m_messages = new MessageStrip;
    auto *split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("teamSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(buildLeft());
    split->addWidget(buildRight());
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({470, 900});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    layout->addWidget(m_messages);
    layout->addWidget(split, 1);

    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(1000); // a burst of events reloads once, at most once a second
    connect(m_refresh, &QTimer::timeout, this, &TeamPage::reload);
}

TeamPage::~TeamPage() = default;

void TeamPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded || m_dirty) {
        reload();
    }
}

void TeamPage::applyDelta(const BoardDelta &delta)
{
    if (std::none_of(delta.events.cbegin(), delta.events.cend(), concernsTeamPage)) {
        return;
    }
    if (isVisible()) {
        m_refresh->start();
    } else {
        m_dirty = true;
    }
}

void TeamPage::reload()
{
    m_refresh->stop();
    m_dirty = false;
    loadRoster();
    loadFile();
}

void TeamPage::loadRoster()
{
    QElapsedTimer timer;
    timer.start();
    auto roster = m_source.roster();
    m_rosterMs = timer.elapsed();
    if (!roster) {
        showError(tr("reading the team"), roster.error());
        return;
    }
    m_loaded = true;
    const bool first = m_roster->rowCount() == 0;
    m_roster->setRoster(*roster);
    int overdueTrainings = 0;
    int overdueActions = 0;
    int openActions = 0;
    for (const TeamRoster::Row &r : roster->rows) {
        overdueTrainings += r.trainings.overdue;
        overdueActions += r.actions.overdue;
        openActions += r.actions.open;
    }
    m_summary->setText(tr("%1 · %2, %3 overdue · %4")
                           .arg(Format::counted(roster->rows.size(), tr("1 grabber"), tr("%1 grabbers")),
                                Format::counted(openActions, tr("1 open action item"), tr("%1 open action items")))
                           .arg(overdueActions)
                           .arg(Format::counted(overdueTrainings, tr("1 overdue training"), tr("%1 overdue trainings"))));
    m_summary->setToolTip(tr("Overdue: due before today (%1, in the team's time zone) and not done. Read in %2 ms.")
                              .arg(TeamText::date(roster->today))
                              .arg(m_rosterMs));
    if (first && !roster->rows.isEmpty() && !m_rosterView->selectionModel()->currentIndex().isValid()) {
        m_loadingRoster = true;
        m_rosterView->setCurrentIndex(m_rosterProxy->index(0, RosterModel::Name));
        m_loadingRoster = false;
    }
}

std::optional<qint64> TeamPage::selectedGrabber() const
{
    const QModelIndex current = m_rosterView->selectionModel()->currentIndex();
    if (!current.isValid()) {
        return std::nullopt;
    }
    return current.data(RosterModel::GrabberIdRole).toLongLong();
}

bool TeamPage::selectGrabber(qint64 grabberId)
{
    if (!m_loaded) {
        reload();
    }
    const int row = m_roster->rowOf(grabberId);
    if (row < 0) {
        return false;
    }
    QModelIndex i = m_rosterProxy->mapFromSource(m_roster->index(row, RosterModel::Name));
    if (!i.isValid()) {
        m_search->clear(); // filtered out: show everyone again
        i = m_rosterProxy->mapFromSource(m_roster->index(row, RosterModel::Name));
    }
    m_rosterView->setCurrentIndex(i);
    m_rosterView->scrollTo(i);
    return selectedGrabber() == grabberId;
}

void TeamPage::loadFile()
{
    const auto id = selectedGrabber();
    if (!id) {
        m_hasFile = false;
        m_file = GrabberFile();
        m_placeholder->setText(m_roster->rowCount() == 0
                                   ? tr("No grabbers yet. Add the team with \"grabctl grabber add --name …\"; their trainings, "
                                        "notes and feedback will show here.")
                                   : tr("Select a grabber on the left to see their trainings, notes and action items, and "
                                        "customer feedback."));
        m_right->setCurrentWidget(m_placeholder);
        return;
    }
    auto file = m_source.grabberFile(*id, m_allMeetings);
    if (!file) {
        showError(tr("reading the grabber"), file.error());
        return;
    }
    m_file = *file;
    m_hasFile = true;
    showFile();
}

void TeamPage::showFile()
{
    const GrabberFile &f = m_file;
    const Grabber &g = f.grabber;
    m_name->setText(g.name);
    QStringList facts{Format::level(g.level), Format::status(g.status)};
    if (!g.team.isEmpty()) {
        facts << g.team;
    }
    if (!g.skills.isEmpty()) {
        facts << tr("skills: %1").arg(g.skills.join(QStringLiteral(", ")));
    }
    if (!g.regions.isEmpty()) {
        facts << tr("regions: %1").arg(g.regions.join(QStringLiteral(", ")));
    }
    if (g.hiredOn.isValid()) {
        facts << tr("hired %1").arg(TeamText::date(g.hiredOn));
    }
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    const QString month = QLocale().toString(f.target.month, tr("MMMM yyyy", "date format of a target's month"));
    if (f.target.isSet) {
        m_target->setText(tr("<b>%1 target</b>: %2 of %3 orders won · %4 of %5 revenue")
                              .arg(month.toHtmlEscaped())
                              .arg(f.target.won)
                              .arg(f.target.wonCount)
                              .arg(Format::money(f.target.revenueDoneMinor), Format::money(f.target.revenueMinor)));
    } else {
        m_target->setText(tr("<b>%1</b>: %2 orders won, %3 revenue so far · no target set")
                              .arg(month.toHtmlEscaped())
                              .arg(f.target.won)
                              .arg(Format::money(f.target.revenueDoneMinor)));
    }

    // Trainings, keeping the selected one.
    const QModelIndex currentTraining = m_trainingView->currentIndex();
    const qint64 trainingId = currentTraining.isValid() ? currentTraining.data(TrainingModel::TrainingIdRole).toLongLong() : 0;
    m_trainings->setTrainings(f.trainings, f.today);
    if (const int row = m_trainings->rowOf(trainingId); row >= 0) {
        m_trainingView->setCurrentIndex(m_trainings->index(row, 0));
    }
    m_trainingEmpty->setText(tr("No trainings for %1 yet.\n\nUse Add training… to plan one with a due date, or to record one "
                                "already taken with its result. Trainings decided in a quarterly review appear here too.")
                                 .arg(g.name));
    m_trainingStack->setCurrentWidget(f.trainings.isEmpty() ? static_cast<QWidget *>(m_trainingEmpty) : m_trainingView);
    updateTrainingButtons();

    // Notes, keeping the selected row.
    const QModelIndex currentNote = m_noteView->currentIndex();
    const qint64 noteId = currentNote.isValid() ? currentNote.data(NoteModel::NoteIdRole).toLongLong() : 0;
    const QVariant actionId = currentNote.isValid() ? currentNote.data(NoteModel::ActionIdRole) : QVariant();
    m_notes->setNotes(f.notes, f.today, g.id);
    m_noteView->expandAll();
    QModelIndex again = actionId.isValid() ? m_notes->actionIndex(actionId.toLongLong()) : m_notes->noteIndex(noteId);
    if (!again.isValid() && m_notes->rowCount() > 0) {
        again = m_notes->index(0, 0);
    }
    if (again.isValid()) {
        m_noteView->setCurrentIndex(again);
    }
    showNoteText();
    m_noteEmpty->setText(tr("No notes with %1 yet.\n\nAfter a one-to-one or a weekly meeting, use New note… to write down what "
                            "was said and the action items, each with an owner and a due date.")
                             .arg(g.name));
    m_noteStack->setCurrentWidget(f.notes.isEmpty() ? static_cast<QWidget *>(m_noteEmpty) : m_noteView);

    // Feedback.
    m_feedback->setEntries(f.feedback.entries, m_clock.nowMs());
    // Separate facts, each a whole phrase, joined by " · ".
    QStringList summary;
    if (f.feedback.total > 0) {
        summary << tr("%1 · mean %2 of 5")
                       .arg(Format::counted(f.feedback.total, tr("1 score"), tr("%1 scores")))
                       .arg(QLocale().toString(f.feedback.meanScore.value_or(0), 'f', 2));
        if (f.feedback.entries.size() < f.feedback.total) {
            summary << tr("the newest %1 below").arg(f.feedback.entries.size());
        }
    } else {
        summary << tr("No scores yet");
    }
    summary << (f.awaitingFeedback == 0 ? tr("every closed order has its score")
                                        : Format::counted(f.awaitingFeedback, tr("1 closed order without a score"),
                                                          tr("%1 closed orders without a score")));
    m_feedbackSummary->setText(summary.join(QStringLiteral(" · ")));
    m_recordFeedback->setEnabled(f.awaitingFeedback > 0);
    m_recordFeedback->setToolTip(f.awaitingFeedback > 0
                                     ? tr("Record a customer's score for a closed order of %1 that has none yet.").arg(g.name)
                                     : tr("Every closed order of %1 has its feedback; there is nothing to record.").arg(g.name));
    m_feedbackEmpty->setText(tr("No customer feedback for %1 yet.\n\nWhen a customer scores a closed order, use Record feedback… "
                                "(or grabctl feedback --order ID --score 1-5).")
                                 .arg(g.name));
    m_feedbackStack->setCurrentWidget(f.feedback.entries.isEmpty() ? static_cast<QWidget *>(m_feedbackEmpty) : m_feedbackView);

    updateTabTitles();
    m_right->setCurrentIndex(1);
}

void TeamPage::updateTabTitles()
{
    const int overdueTrainings = m_trainings->overdueCount();
    m_tabs->setTabText(TrainingsTab, overdueTrainings > 0 ? tr("Trainings · %1 overdue").arg(overdueTrainings)
                                                          : tr("Trainings (%1)").arg(m_trainings->rowCount()));
    int open = 0;
    int overdue = 0;
    for (const Note &n : m_file.notes) {
        for (const ActionItem &a : n.actions) {
            if (a.ownerGrabberId == m_file.grabber.id && !a.isDone()) {
                ++open;
                overdue += a.isOverdue(m_file.today) ? 1 : 0;
            }
        }
    }
    m_tabs->setTabText(NotesTab, overdue > 0 ? tr("Notes && actions · %1 overdue").arg(overdue)
                                             : tr("Notes && actions (%1 open)").arg(open));
    m_tabs->setTabText(FeedbackTab, tr("Feedback (%1)").arg(m_file.feedback.total));
    m_tabs->setTabToolTip(TrainingsTab, overdueTrainings > 0 ? tr("Trainings past their due date and not taken.") : QString());
    m_tabs->setTabToolTip(NotesTab, overdue > 0 ? tr("Action items owned by %1 past their due date and still open.").arg(m_file.grabber.name)
                                                : QString());
}

void TeamPage::updateTrainingButtons()
{
    const QModelIndex i = m_trainingView->currentIndex();
    const bool any = i.isValid() && m_hasFile;
    m_markPassed->setEnabled(any);
    m_markFailed->setEnabled(any);
    const QString none = tr("Select a training first.");
    m_markPassed->setToolTip(any ? tr("Taken (today, unless a date is already recorded) and passed.") : none);
    m_markFailed->setToolTip(any ? tr("Taken (today, unless a date is already recorded) and not passed.") : none);
}

void TeamPage::showNoteText()
{
    const Note *n = m_notes->noteAt(m_noteView->currentIndex());
    if (!n) {
        m_noteText->clear();
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b><br><span style='color:#5f5f5f'>%2 · %3 · %4 · %5</span></p>")
                       .arg(n->title.toHtmlEscaped(), TeamText::kind(n->kind), TeamText::date(n->heldOn),
                            (n->grabberId ? n->grabberName : tr("the whole team")).toHtmlEscaped(),
                            tr("written by %1").arg(n->author).toHtmlEscaped());
    html += n->body.isEmpty() ? tr("<p style='color:#6b6b6b'>No text.</p>")
                              : QStringLiteral("<p>%1</p>").arg(n->body.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    m_noteText->setHtml(html);
}

void TeamPage::showError(const QString &doing, const Error &error)
{
    m_messages->show(MessageStrip::Kind::Error, tr("Failed while %1: %2").arg(doing, error.message));
}

void TeamPage::afterWrite(const QString &message)
{
    m_messages->show(MessageStrip::Kind::Success, message);
    reload();
}

TrainingDialog *TeamPage::openAddTraining()
{
    if (!m_hasFile) {
        return nullptr;
    }
    const qint64 id = m_file.grabber.id;
    const QString name = m_file.grabber.name;
    auto *dialog = new TrainingDialog(id, name, m_file.today, [this, name](const TrainingService::NewTraining &t) {
        auto added = m_source.addTraining(t);
        if (!added) {
            return added.error().message;
        }
        m_tabs->setCurrentIndex(TrainingsTab);
        afterWrite(tr("Training \"%1\" added for %2.").arg(t.course, name));
        return QString();
    }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

NoteDialog *TeamPage::openNewNote()
{
    if (!m_hasFile) {
        return nullptr;
    }
    QList<NoteDialog::Person> team;
    for (int r = 0; r < m_roster->rowCount(); ++r) {
        const Grabber &g = m_roster->rowAt(r).grabber;
        team.append({g.id, g.name});
    }
    const QString name = m_file.grabber.name;
    auto *dialog = new NoteDialog({m_file.grabber.id, name}, team, m_file.today, [this](const NoteService::NewNote &n) {
        auto added = m_source.addNote(n);
        if (!added) {
            return added.error().message;
        }
        m_tabs->setCurrentIndex(NotesTab);
        afterWrite(n.actions.isEmpty() ? tr("Note saved.")
                                       : tr("Note saved with %1.").arg(Format::counted(n.actions.size(), tr("1 action item"),
                                                                                       tr("%1 action items"))));
        return QString();
    }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

FeedbackDialog *TeamPage::openRecordFeedback()
{
    if (!m_hasFile) {
        return nullptr;
    }
    auto awaiting = m_source.awaitingFeedback(m_file.grabber.id);
    if (!awaiting) {
        showError(tr("reading the closed orders"), awaiting.error());
        return nullptr;
    }
    if (awaiting->isEmpty()) {
        m_messages->show(MessageStrip::Kind::Info, tr("Every closed order of %1 has its feedback.").arg(m_file.grabber.name));
        return nullptr;
    }
    auto *dialog = new FeedbackDialog(m_file.grabber.name, *awaiting, m_clock.nowMs(), [this](qint64 orderId, int score, const QString &comment) {
        auto recorded = m_source.recordFeedback(orderId, score, comment);
        if (!recorded) {
            return recorded.error().message;
        }
        m_tabs->setCurrentIndex(FeedbackTab);
        afterWrite(tr("Feedback recorded for order #%1: %2 of 5.").arg(orderId).arg(score));
        return QString();
    }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

bool TeamPage::markSelectedTraining(bool passed)
{
    const QModelIndex i = m_trainingView->currentIndex();
    if (!i.isValid()) {
        m_messages->show(MessageStrip::Kind::Info, tr("Select a training first."));
        return false;
    }
    const Training t = m_trainings->trainingAt(i.row());
    auto changed = m_source.setTrainingResult(t.id, passed);
    if (!changed) {
        m_messages->show(MessageStrip::Kind::Warning, changed.error().message);
        return false;
    }
    afterWrite(passed ? tr("\"%1\" marked passed (taken %2).").arg(t.course, TeamText::date(changed->takenOn))
                      : tr("\"%1\" marked not passed (taken %2).").arg(t.course, TeamText::date(changed->takenOn)));
    return true;
}

bool TeamPage::setActionDone(qint64 actionId, bool done)
{
    auto a = m_source.setActionDone(actionId, done);
    if (!a) {
        m_messages->show(MessageStrip::Kind::Warning, a.error().message);
        return false;
    }
    afterWrite(done ? tr("Done: \"%1\".").arg(a->text) : tr("Reopened: \"%1\".").arg(a->text));
    return true;
}

void TeamPage::setShowAllMeetings(bool all)
{
    if (m_allMeetings == all) {
        return;
    }
    m_allMeetings = all;
    m_allMeetingsBox->setChecked(all);
    loadFile();
}

QString TeamPage::placeholderText() const
{
    return m_right->currentWidget() == m_placeholder ? m_placeholder->text() : QString();
}

QString TeamPage::trainingsEmptyText() const
{
    return textOf(m_trainingStack, m_trainingEmpty);
}

QString TeamPage::notesEmptyText() const
{
    return textOf(m_noteStack, m_noteEmpty);
}

QString TeamPage::feedbackEmptyText() const
{
    return textOf(m_feedbackStack, m_feedbackEmpty);
}

QString TeamPage::targetText() const
{
    return m_target->text();
}

} // namespace grab::ui
