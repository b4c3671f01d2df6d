#include "rulespage.h"

#include "common/format.h"
#include "common/messagestrip.h"
#include "common/waitcursor.h"
#include "rulehistorymodel.h"
#include "rulehistorypanel.h"
#include "ruleseditor.h"
#include "rulesummary.h"
#include "services/rules/ruleservice.h"

#include <QAction>
#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace grab::ui {
namespace {

const QString kActor = QStringLiteral("manager");

} // namespace

RulesPage::RulesPage(Database &db, const Clock &clock, QWidget *parent) : QWidget(parent), m_db(db), m_clock(clock)
{
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("rulesTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: 600;"));
    m_unsaved = new QLabel(tr("Unsaved changes"));
    m_unsaved->setObjectName(QStringLiteral("unsavedLabel"));
    m_unsaved->setStyleSheet(QStringLiteral("color: #8a5a00; font-weight: 600;"));
    m_revert = new QPushButton(tr("&Revert"));
    m_revert->setToolTip(tr("Discard the edits and show the rules in force again."));
    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(QStringLiteral("saveRules"));
    m_save->setDefault(true);
    m_save->setToolTip(tr("Store the edited rules as a new version (Ctrl+S)."));
    connect(m_save, &QPushButton::clicked, this, &RulesPage::save);
    connect(m_revert, &QPushButton::clicked, this, &RulesPage::revert);
    m_saveAction = new QAction(tr("Save the rules"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WindowShortcut);
    m_saveAction->setEnabled(false); // only while the page is shown
    connect(m_saveAction, &QAction::triggered, this, &RulesPage::save);
    addAction(m_saveAction);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_unsaved);
    top->addSpacing(12);
    top->addWidget(m_revert);
    top->addWidget(m_save);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("rulesSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *summaryFrame = new QFrame;
    summaryFrame->setObjectName(QStringLiteral("summaryFrame"));
    summaryFrame->setStyleSheet(QStringLiteral("#summaryFrame { background: palette(alternate-base); border: 1px solid palette(midlight); "
                                               "border-radius: 4px; }"));
    auto *sl = new QVBoxLayout(summaryFrame);
    sl->setContentsMargins(12, 8, 12, 8);
    sl->addWidget(m_summary);

    m_message = new MessageStrip;
    m_editor = new RulesEditor;
    connect(m_editor, &RulesEditor::edited, this, &RulesPage::updateDirty);

    m_json = new QPlainTextEdit;
    m_json->setObjectName(QStringLiteral("rulesJson"));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    connect(m_json, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_fillingJson) {
            m_jsonDirty = true;
            updateDirty();
        }
    });
    auto *jsonPage = new QWidget;
    auto *jl = new QVBoxLayout(jsonPage);
    auto *jsonNote = new QLabel(tr("The whole rule set as grabctl reads it (rules import). The review defaults are edited here; "
                                   "everything is checked when you save or leave this tab."));
    jsonNote->setWordWrap(true);
    jl->addWidget(jsonNote);
    jl->addWidget(m_json, 1);
    m_jsonTab = m_editor->addTab(jsonPage, tr("All rules (JSON)"));

    m_history = new RuleHistoryPanel;
    connect(m_history, &RuleHistoryPanel::restoreRequested, this, &RulesPage::restore);
    m_editor->addTab(m_history, tr("History"));
    connect(m_editor, &QTabWidget::currentChanged, this, &RulesPage::tabChanged);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addLayout(top);
    layout->addWidget(summaryFrame);
    layout->addWidget(m_message);
    layout->addWidget(m_editor, 1);
    reload();
}

void RulesPage::reload()
{
    RuleService service(Context{m_db, m_clock, kActor});
    auto rules = service.current();
    auto versions = service.history();
    if (!rules || !versions) {
        m_message->show(MessageStrip::Kind::Error, (!rules ? rules.error() : versions.error()).message);
        return;
    }
    m_loaded = *rules;
    m_loadedBy.clear();
    m_loadedAt = 0;
    if (!versions->isEmpty()) {
        m_loadedBy = versions->last().createdBy;
        m_loadedAt = versions->last().createdAt;
    }
    m_editor->setRules(m_loaded);
    m_jsonDirty = false;
    if (m_editor->currentIndex() == m_jsonTab) {
        fillJson();
    }
    m_history->setHistory(*versions, m_loaded.zone());
    m_title->setText(tr("Rules in force: version %1 · saved %2 by %3")
                         .arg(m_loaded.version)
                         .arg(Format::dateTime(QDateTime::fromMSecsSinceEpoch(m_loadedAt, m_loaded.zone())), RuleHistoryModel::actorName(m_loadedBy)));
    m_summary->setText(RuleSummary::explain(m_loaded));
    updateDirty();
}

QString RulesPage::summaryText() const
{
    return m_summary->text();
}

void RulesPage::updateDirty()
{
    m_dirty = m_jsonDirty || !(m_editor->rules() == m_loaded);
    m_unsaved->setVisible(m_dirty);
    m_save->setEnabled(m_dirty);
    m_revert->setEnabled(m_dirty);
}

void RulesPage::fillJson()
{
    m_fillingJson = true;
    m_json->setPlainText(QString::fromUtf8(QJsonDocument(m_editor->rules().toJson()).toJson(QJsonDocument::Indented)));
    m_fillingJson = false;
    m_jsonDirty = false;
}

bool RulesPage::applyJson()
{
    if (!m_jsonDirty) {
        return true;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m_json->toPlainText().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        m_message->show(MessageStrip::Kind::Warning, tr("The JSON cannot be read near character %1: %2.").arg(error.offset).arg(error.errorString()));
        return false;
    }
    auto parsed = RuleSet::fromJson(doc.object());
    if (!parsed) {
        // Core's sentence names the key ("dailyCap.junior must be …"): the key is what was typed.
        m_message->show(MessageStrip::Kind::Warning, tr("The rules in the JSON are not valid: %1").arg(parsed.error().message));
        return false;
    }
    parsed->version = m_loaded.version;
    m_editor->setRules(*parsed);
    m_jsonDirty = false;
    updateDirty();
    return true;
}

void RulesPage::tabChanged(int index)
{
    const int left = m_lastTab;
    m_lastTab = index;
    if (left == m_jsonTab && index != m_jsonTab && !applyJson()) {
        // Stay on the JSON until it reads: edits elsewhere would be lost under it.
        QTimer::singleShot(0, this, [this] { m_editor->setCurrentIndex(m_jsonTab); });
        return;
    }
    if (index == m_jsonTab) {
        const bool dirty = m_dirty;
        fillJson();
        m_dirty = dirty;
        updateDirty();
    }
}

bool RulesPage::save()
{
    if (m_editor->currentIndex() == m_jsonTab && !applyJson()) {
        return false;
    }
    QString problem;
    RuleSet edited = m_editor->rules(&problem);
    if (!problem.isEmpty()) {
        m_message->show(MessageStrip::Kind::Warning, problem);
        return false;
    }
    if (edited == m_loaded) {
        m_message->show(MessageStrip::Kind::Neutral, tr("No change: the rules in force stay version %1.").arg(m_loaded.version));
        updateDirty();
        return true;
    }
    auto version = [&] {
        const WaitCursor busy;
        return RuleService(Context{m_db, m_clock, kActor}).replace(edited, m_loaded.version);
    }();
    if (!version) {
        showFailure(version.error());
        return false;
    }
    reload();
    m_message->show(MessageStrip::Kind::Success, tr("Saved as version %1.").arg(*version));
    emit rulesSaved(*version);
    return true;
}

// What RuleService refused says what to do (someone saved meanwhile; a value it cannot store):
// a warning. Anything else (the database) is an error.
void RulesPage::showFailure(const Error &e)
{
    switch (e.code) {
    case ErrorCode::Refused:
        m_message->show(MessageStrip::Kind::Warning, e.message);
        break;
    case ErrorCode::InvalidInput:
        m_message->show(MessageStrip::Kind::Warning, tr("These rules cannot be stored: %1").arg(e.message));
        break;
    default:
        m_message->show(MessageStrip::Kind::Error, e.message);
    }
}

void RulesPage::revert()
{
    m_editor->setRules(m_loaded);
    m_jsonDirty = false;
    if (m_editor->currentIndex() == m_jsonTab) {
        fillJson();
    }
    updateDirty();
    m_message->show(MessageStrip::Kind::Info, tr("Edits discarded: the page shows version %1, the rules in force.").arg(m_loaded.version));
}

bool RulesPage::restore(int version)
{
    if (m_dirty) {
        m_message->show(MessageStrip::Kind::Warning, tr("Save or revert your edits before restoring a version."));
        return false;
    }
    auto stored = [&] {
        const WaitCursor busy;
        return RuleService(Context{m_db, m_clock, kActor}).restore(version, m_loaded.version);
    }();
    if (!stored) {
        showFailure(stored.error());
        return false;
    }
    if (*stored == m_loaded.version) {
        m_message->show(MessageStrip::Kind::Neutral, tr("No change: version %1 already has the rules of version %2.").arg(*stored).arg(version));
        return true;
    }
    reload();
    m_history->selectVersion(*stored);
    m_message->show(MessageStrip::Kind::Success, tr("Version %1 restored: saved as version %2.").arg(version).arg(*stored));
    emit rulesSaved(*stored);
    return true;
}

bool RulesPage::confirmLeave()
{
    if (!m_dirty) {
        return true;
    }
    const auto answer = QMessageBox::question(this, tr("Unsaved rules"), tr("The rules have unsaved changes. Save them as a new version?"),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        return save();
    }
    if (answer == QMessageBox::Discard) {
        revert();
        return true;
    }
    return false;
}

void RulesPage::rulesChangedElsewhere()
{
    auto rules = RuleService(Context{m_db, m_clock, kActor}).current();
    if (!rules || rules->version == m_loaded.version) {
        return;
    }
    if (!m_dirty) {
        reload();
        return;
    }
    m_message->show(MessageStrip::Kind::Info, tr("Version %1 was stored meanwhile by someone else. Saving your edits will be refused: "
                                                 "revert to see the new rules, then edit again.")
                                                  .arg(rules->version));
}

void RulesPage::showEvent(QShowEvent *event)
{
    m_saveAction->setEnabled(true);
    QWidget::showEvent(event);
}

void RulesPage::hideEvent(QHideEvent *event)
{
    m_saveAction->setEnabled(false);
    QWidget::hideEvent(event);
}

} // namespace grab::ui
