#pragma once

#include "services/team/noteservice.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace grab::ui {

// "New note…": the note of a one-to-one with the selected grabber or of a weekly team
// meeting — date, title, what was said — and its action items, each with an owner (a
// grabber, or a name typed in such as the manager's) and an optional due date. OK hands the
// note to `submit` (NoteService through the page), which returns the refusal's sentence or
// an empty string; on a refusal the dialog stays open and says why.
class NoteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteDialog)

public:
    using Submit = std::function<QString(const NoteService::NewNote &)>;
    struct Person
    {
        qint64 id = 0;
        QString name;
    };

    // `grabber` is the one the page shows; `team` every grabber who can own an action.
    NoteDialog(const Person &grabber, const QList<Person> &team, const QDate &today, Submit submit, QWidget *parent = nullptr);

    void setKind(NoteKind kind);
    void setHeldOn(const QDate &date);
    void setTitle(const QString &title);
    void setBody(const QString &body);
    // Appends an action item; an owner id of 0 with a name is someone outside the team.
    void addAction(const QString &text, qint64 ownerId, const QString &ownerName, const QDate &due);
    int actionCount() const;
    NoteService::NewNote note() const;
    QString errorText() const;

    void accept() override;

private:
    void addFromEditor();
    void removeSelected();
    void updateState();

    Person m_grabber;
    QList<Person> m_team;
    Submit m_submit;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_heldOn = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QTableWidget *m_actions = nullptr;
    QLineEdit *m_actionText = nullptr;
    QComboBox *m_actionOwner = nullptr;
    QCheckBox *m_actionHasDue = nullptr;
    QDateEdit *m_actionDue = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace grab::ui
