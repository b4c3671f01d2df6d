// The Team page's widgets: the roster on the left, the grabber's header and the three tabs on
// the right. What they show and what the buttons do is in teampage.cpp.
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

QLabel *emptyLabel(const QString &objectName)
{
    auto *l = new QLabel;
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setAlignment(Qt::AlignCenter);
    l->setMargin(32);
    l->setStyleSheet(QStringLiteral("color: #5f5f5f;"));
    return l;
}

QTableView *tableView(const QString &objectName)
{
    auto *v = new QTableView;
    v->setObjectName(objectName);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->verticalHeader()->hide();
    v->setAlternatingRowColors(false);
    v->setWordWrap(false);
    v->horizontalHeader()->setHighlightSections(false);
    v->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Columns fit their contents from the first rows: measuring every row of a long list on
    // each reload would cost more than the reads.
    v->horizontalHeader()->setResizeContentsPrecision(40);
    return v;
}

} // namespace

QWidget *TeamPage::buildLeft()
{
    auto *heading = new QLabel(tr("Team"));
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    heading->setFont(f);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("teamSummary"));
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("color: #5f5f5f;"));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("grabberSearch"));
    m_search->setPlaceholderText(tr("Find a grabber"));
    m_search->setClearButtonEnabled(true);

    m_roster = new RosterModel(this);
    m_rosterProxy = new QSortFilterProxyModel(this);
    m_rosterProxy->setSourceModel(m_roster);
    m_rosterProxy->setSortRole(RosterModel::SortRole);
    m_rosterProxy->setFilterKeyColumn(RosterModel::Name);
    m_rosterProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_search, &QLineEdit::textChanged, m_rosterProxy, &QSortFilterProxyModel::setFilterFixedString);

    m_rosterView = tableView(QStringLiteral("rosterView"));
    m_rosterView->setModel(m_rosterProxy);
    m_rosterView->setSortingEnabled(true);
    m_rosterView->sortByColumn(-1, Qt::AscendingOrder); // the model's order (by id) until a header is clicked
    auto *badges = new BadgeDelegate(RosterModel::BadgeRole, this);
    m_rosterView->setItemDelegateForColumn(RosterModel::Actions, badges);
    m_rosterView->setItemDelegateForColumn(RosterModel::Trainings, badges);
    QHeaderView *h = m_rosterView->horizontalHeader();
    h->setSectionResizeMode(RosterModel::Name, QHeaderView::Stretch);
    for (int c : {int(RosterModel::Level), int(RosterModel::Status), int(RosterModel::Actions), int(RosterModel::Trainings)}) {
        h->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    connect(m_rosterView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_loadingRoster) { // reload() reads the file once the list is in
            m_messages->hide();
            loadFile();
        }
    });

    auto *left = new QWidget;
    auto *layout = new QVBoxLayout(left);
    layout->setContentsMargins(0, 0, 6, 0);
    auto *addGrabber = new QPushButton(tr("Add grabber…"));
    addGrabber->setObjectName(QStringLiteral("addGrabber"));
    connect(addGrabber, &QPushButton::clicked, this, [this] { openAddGrabber(); });
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(heading, 1);
    headingRow->addWidget(addGrabber);
    layout->addLayout(headingRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_search);
    layout->addWidget(m_rosterView, 1);
    return left;
}

QWidget *TeamPage::buildRight()
{
    m_placeholder = emptyLabel(QStringLiteral("teamPlaceholder"));
    m_name = new QLabel;
    m_name->setObjectName(QStringLiteral("grabberName"));
    QFont f = m_name->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_name->setFont(f);
    m_facts = new QLabel;
    m_facts->setObjectName(QStringLiteral("grabberFacts"));
    m_facts->setWordWrap(true);
    m_facts->setStyleSheet(QStringLiteral("color: #5f5f5f;"));
    m_target = new QLabel;
    m_target->setObjectName(QStringLiteral("grabberTarget"));
    m_target->setWordWrap(true);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("teamTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildTrainingsTab(), tr("Trainings"));
    m_tabs->addTab(buildNotesTab(), tr("Notes && actions"));
    m_tabs->addTab(buildFeedbackTab(), tr("Feedback"));

    auto *detail = new QWidget;
    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(10, 0, 0, 0);
    layout->setSpacing(6);
    auto *edit = new QPushButton(tr("Edit grabber…"));
    edit->setObjectName(QStringLiteral("editGrabber"));
    connect(edit, &QPushButton::clicked, this, [this] { openEditGrabber(); });
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(edit, 0, Qt::AlignTop);
    layout->addLayout(nameRow);
    layout->addWidget(m_facts);
    auto *setTarget = new QPushButton(tr("Set target…"));
    setTarget->setObjectName(QStringLiteral("setTarget"));
    connect(setTarget, &QPushButton::clicked, this, [this] { openSetTarget(); });
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(setTarget, 0, Qt::AlignTop);
    layout->addLayout(targetRow);
    layout->addSpacing(4);
    layout->addWidget(m_tabs, 1);

    m_right = new QStackedWidget;
    m_right->addWidget(m_placeholder);
    m_right->addWidget(detail);
    return m_right;
}

QWidget *TeamPage::buildTrainingsTab()
{
    auto *add = new QPushButton(tr("Add training…"));
    add->setObjectName(QStringLiteral("addTraining"));
    connect(add, &QPushButton::clicked, this, &TeamPage::openAddTraining);
    m_markPassed = new QPushButton(tr("Mark passed"));
    m_markPassed->setObjectName(QStringLiteral("markPassed"));
    connect(m_markPassed, &QPushButton::clicked, this, [this] { markSelectedTraining(true); });
    m_markFailed = new QPushButton(tr("Mark not passed"));
    m_markFailed->setObjectName(QStringLiteral("markFailed"));
    connect(m_markFailed, &QPushButton::clicked, this, [this] { markSelectedTraining(false); });
    auto *bar = new QHBoxLayout;
    bar->addWidget(add);
    bar->addWidget(m_markPassed);
    bar->addWidget(m_markFailed);
    bar->addStretch(1);

    m_trainings = new TrainingModel(this);
    m_trainingView = tableView(QStringLiteral("trainingView"));
    m_trainingView->setModel(m_trainings);
    QHeaderView *h = m_trainingView->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::ResizeToContents);
    h->setSectionResizeMode(TrainingModel::Course, QHeaderView::Stretch);
    connect(m_trainingView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TeamPage::updateTrainingButtons);
    m_trainingEmpty = emptyLabel(QStringLiteral("trainingsEmpty"));
    m_trainingStack = new QStackedWidget;
    m_trainingStack->addWidget(m_trainingView);
    m_trainingStack->addWidget(m_trainingEmpty);

    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_trainingStack, 1);
    return tab;
}

QWidget *TeamPage::buildNotesTab()
{
    auto *add = new QPushButton(tr("New note…"));
    add->setObjectName(QStringLiteral("newNote"));
    connect(add, &QPushButton::clicked, this, &TeamPage::openNewNote);
    m_allMeetingsBox = new QCheckBox(tr("Show every weekly meeting"));
    m_allMeetingsBox->setObjectName(QStringLiteral("allMeetings"));
    m_allMeetingsBox->setToolTip(tr("Without it: this grabber's one-to-ones and the weekly meetings where they own an action item."));
    connect(m_allMeetingsBox, &QCheckBox::toggled, this, &TeamPage::setShowAllMeetings);
    auto *hint = new QLabel(tr("Tick an action item when it is done."));
    hint->setStyleSheet(QStringLiteral("color: #6b6b6b;"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(add);
    bar->addWidget(m_allMeetingsBox);
    bar->addStretch(1);
    bar->addWidget(hint);

    m_notes = new NoteModel(this);
    // Queued: the write reloads (resets) the model, which must not happen inside the view's click.
    connect(m_notes, &NoteModel::toggleRequested, this, &TeamPage::setActionDone, Qt::QueuedConnection);
    m_noteView = new QTreeView;
    m_noteView->setObjectName(QStringLiteral("noteView"));
    m_noteView->setModel(m_notes);
    m_noteView->setUniformRowHeights(true);
    m_noteView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_noteView->setAllColumnsShowFocus(true);
    m_noteView->header()->setStretchLastSection(false);
    m_noteView->header()->setResizeContentsPrecision(40);
    m_noteView->header()->setSectionResizeMode(NoteModel::Item, QHeaderView::Stretch);
    for (int c : {int(NoteModel::Owner), int(NoteModel::Due), int(NoteModel::State)}) {
        m_noteView->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    connect(m_noteView->selectionModel(), &QItemSelectionModel::currentChanged, this, &TeamPage::showNoteText);
    m_noteEmpty = emptyLabel(QStringLiteral("notesEmpty"));
    m_noteStack = new QStackedWidget;
    m_noteStack->addWidget(m_noteView);
    m_noteStack->addWidget(m_noteEmpty);
    m_noteText = new QTextBrowser;
    m_noteText->setObjectName(QStringLiteral("noteText"));
    m_noteText->setOpenLinks(false);
    auto *split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(false);
    split->addWidget(m_noteStack);
    split->addWidget(m_noteText);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    return tab;
}

QWidget *TeamPage::buildFeedbackTab()
{
    m_recordFeedback = new QPushButton(tr("Record feedback…"));
    m_recordFeedback->setObjectName(QStringLiteral("recordFeedback"));
    connect(m_recordFeedback, &QPushButton::clicked, this, &TeamPage::openRecordFeedback);
    m_feedbackSummary = new QLabel;
    m_feedbackSummary->setObjectName(QStringLiteral("feedbackSummary"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_recordFeedback);
    bar->addSpacing(12);
    bar->addWidget(m_feedbackSummary, 1);

    m_feedback = new FeedbackModel(this);
    m_feedbackView = tableView(QStringLiteral("feedbackView"));
    m_feedbackView->setModel(m_feedback);
    QHeaderView *h = m_feedbackView->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::ResizeToContents);
    h->setSectionResizeMode(FeedbackModel::Comment, QHeaderView::Stretch);
    m_feedbackEmpty = emptyLabel(QStringLiteral("feedbackEmpty"));
    m_feedbackStack = new QStackedWidget;
    m_feedbackStack->addWidget(m_feedbackView);
    m_feedbackStack->addWidget(m_feedbackEmpty);

    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_feedbackStack, 1);
    return tab;
}

} // namespace grab::ui
