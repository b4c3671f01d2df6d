#include "notedialog.h"

#include "teamtext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace grab::ui {
namespace {

enum ActionColumn { TextColumn, OwnerColumn, DueColumn };
constexpr int kOwnerIdRole = Qt::UserRole + 1;
constexpr int kDueRole = Qt::UserRole + 2;

QDateEdit *dateEdit(const QDate &value)
{
    auto *e = new QDateEdit(value);
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    e->setMinimumDate(QDate(2000, 1, 1));
    e->setMaximumDate(QDate(2099, 12, 31));
    return e;
}

} // namespace

NoteDialog::NoteDialog(const Person &grabber, const QList<Person> &team, const QDate &today, Submit submit, QWidget *parent)
    : QDialog(parent), m_grabber(grabber), m_team(team), m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("noteDialog"));
    setWindowTitle(tr("New note"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("One-to-one with %1").arg(grabber.name), int(NoteKind::OneToOne));
    m_kind->addItem(tr("Weekly team meeting"), int(NoteKind::WeeklyMeeting));
    m_heldOn = dateEdit(today);
    m_heldOn->setObjectName(QStringLiteral("heldOn"));
    m_heldOn->setMaximumDate(today);
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setPlaceholderText(tr("e.g. Follow-up discipline on key accounts"));
    m_body = new QPlainTextEdit;
    m_body->setObjectName(QStringLiteral("body"));
    m_body->setPlaceholderText(tr("What was said, agreed, or is to be watched."));
    m_body->setMinimumHeight(90);

    m_actions = new QTableWidget(0, 3);
    m_actions->setObjectName(QStringLiteral("actions"));
    m_actions->setHorizontalHeaderLabels({tr("Action item"), tr("Owner"), tr("Due by")});
    m_actions->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_actions->horizontalHeader()->setSectionResizeMode(OwnerColumn, QHeaderView::ResizeToContents);
    m_actions->horizontalHeader()->setSectionResizeMode(DueColumn, QHeaderView::ResizeToContents);
    m_actions->verticalHeader()->hide();
    m_actions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_actions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_actions->setMinimumHeight(110);

    m_actionText = new QLineEdit;
    m_actionText->setObjectName(QStringLiteral("actionText"));
    m_actionText->setPlaceholderText(tr("What is to be done"));
    m_actionOwner = new QComboBox;
    m_actionOwner->setObjectName(QStringLiteral("actionOwner"));
    m_actionOwner->setEditable(true);
    m_actionOwner->setInsertPolicy(QComboBox::NoInsert);
    m_actionOwner->setToolTip(tr("A grabber, or type a name (e.g. your own) for someone outside the team."));
    for (const Person &p : team) {
        m_actionOwner->addItem(p.name, p.id);
    }
    m_actionOwner->setCurrentIndex(m_actionOwner->findData(grabber.id));
    m_actionHasDue = new QCheckBox(tr("due"));
    m_actionHasDue->setChecked(true);
    m_actionDue = dateEdit(today.addDays(7));
    m_actionDue->setObjectName(QStringLiteral("actionDue"));
    auto *add = new QPushButton(tr("Add item"));
    add->setObjectName(QStringLiteral("addAction"));
    auto *remove = new QPushButton(tr("Remove"));
    remove->setObjectName(QStringLiteral("removeAction"));
    connect(add, &QPushButton::clicked, this, &NoteDialog::addFromEditor);
    connect(m_actionText, &QLineEdit::returnPressed, this, &NoteDialog::addFromEditor);
    connect(remove, &QPushButton::clicked, this, &NoteDialog::removeSelected);
    connect(m_actionHasDue, &QCheckBox::toggled, m_actionDue, &QWidget::setEnabled);

    auto *editor = new QHBoxLayout;
    editor->addWidget(m_actionText, 3);
    editor->addWidget(m_actionOwner, 1);
    editor->addWidget(m_actionHasDue);
    editor->addWidget(m_actionDue);
    editor->addWidget(add);
    editor->addWidget(remove);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a11d2a;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Held on"), m_heldOn);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Notes"), m_body);

    auto *actionsLabel = new QLabel(tr("Action items — each has an owner; open ones show on the owner's page until ticked done."));
    actionsLabel->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save note"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NoteDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NoteDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(actionsLabel);
    layout->addWidget(m_actions, 1);
    layout->addLayout(editor);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_title, &QLineEdit::textChanged, this, &NoteDialog::updateState);
    connect(m_body, &QPlainTextEdit::textChanged, this, &NoteDialog::updateState);
    updateState();
    resize(720, 560);
}

void NoteDialog::updateState()
{
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!m_title->text().trimmed().isEmpty() || !m_body->toPlainText().trimmed().isEmpty());
    ok->setToolTip(ok->isEnabled() ? QString() : tr("Give the note a title or some text first."));
}

void NoteDialog::setKind(NoteKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void NoteDialog::setHeldOn(const QDate &date)
{
    m_heldOn->setDate(date);
}

void NoteDialog::setTitle(const QString &title)
{
    m_title->setText(title);
}

void NoteDialog::setBody(const QString &body)
{
    m_body->setPlainText(body);
}

void NoteDialog::addAction(const QString &text, qint64 ownerId, const QString &ownerName, const QDate &due)
{
    const int r = m_actions->rowCount();
    m_actions->insertRow(r);
    m_actions->setItem(r, TextColumn, new QTableWidgetItem(text.trimmed()));
    QString name = ownerName;
    if (ownerId > 0) {
        for (const Person &p : m_team) {
            if (p.id == ownerId) {
                name = p.name;
            }
        }
    }
    auto *owner = new QTableWidgetItem(name);
    owner->setData(kOwnerIdRole, ownerId);
    m_actions->setItem(r, OwnerColumn, owner);
    auto *dueItem = new QTableWidgetItem(TeamText::date(due));
    dueItem->setData(kDueRole, due);
    m_actions->setItem(r, DueColumn, dueItem);
}

void NoteDialog::addFromEditor()
{
    const QString text = m_actionText->text().trimmed();
    if (text.isEmpty()) {
        m_actionText->setFocus();
        return;
    }
    // A name picked from the list is that grabber; anything typed is a name outside the team.
    const QString ownerText = m_actionOwner->currentText().trimmed();
    const int found = m_actionOwner->findText(ownerText);
    const qint64 ownerId = found >= 0 ? m_actionOwner->itemData(found).toLongLong() : 0;
    addAction(text, ownerId, ownerText, m_actionHasDue->isChecked() ? m_actionDue->date() : QDate());
    m_actionText->clear();
    m_actionText->setFocus();
}

void NoteDialog::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &i : m_actions->selectionModel()->selectedRows()) {
        rows << i.row();
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int r : rows) {
        m_actions->removeRow(r);
    }
}

int NoteDialog::actionCount() const
{
    return m_actions->rowCount();
}

NoteService::NewNote NoteDialog::note() const
{
    NoteService::NewNote n;
    n.kind = NoteKind(m_kind->currentData().toInt());
    n.heldOn = m_heldOn->date();
    if (n.kind == NoteKind::OneToOne) {
        n.grabberId = m_grabber.id;
    }
    n.title = m_title->text().trimmed();
    n.body = m_body->toPlainText().trimmed();
    for (int r = 0; r < m_actions->rowCount(); ++r) {
        NoteService::NewAction a;
        a.text = m_actions->item(r, TextColumn)->text();
        const qint64 owner = m_actions->item(r, OwnerColumn)->data(kOwnerIdRole).toLongLong();
        if (owner > 0) {
            a.ownerGrabberId = owner;
        } else {
            a.ownerName = m_actions->item(r, OwnerColumn)->text();
        }
        a.dueOn = m_actions->item(r, DueColumn)->data(kDueRole).toDate();
        n.actions.append(a);
    }
    return n;
}

QString NoteDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void NoteDialog::accept()
{
    // An item typed but not added yet is meant to be part of the note.
    if (!m_actionText->text().trimmed().isEmpty()) {
        addFromEditor();
    }
    const QString refusal = m_submit ? m_submit(note()) : QString();
    if (!refusal.isEmpty()) {
        m_error->setText(refusal);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace grab::ui
