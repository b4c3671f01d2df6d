#pragma once

#include "domain/dispatchscorer.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QTreeWidget;
class QLabel;

namespace grab::ui {

// "Assign to…": every grabber for one order — the eligible ones ranked by the dispatcher's
// score with their top reasons, then the others, greyed, each with the rule that excludes
// them. Only an eligible grabber can be chosen; the core checks again when assigning.
class AssignDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssignDialog)

public:
    AssignDialog(const QString &orderLabel, const DispatchDecision &decision, QWidget *parent = nullptr);

    std::optional<qint64> chosenGrabber() const;
    QString note() const;
    // For tests: rows as shown, and choosing one as a user would.
    int eligibleCount() const;
    int ineligibleCount() const;
    QString reasonShownFor(qint64 grabberId) const;
    bool choose(qint64 grabberId); // false when that grabber cannot be chosen
    // Shows only the grabbers whose name contains `text` (the search box), and chooses the first.
    void narrow(const QString &text);
    QLineEdit *searchBox() const { return m_search; }

private:
    void updateButton();

    QTreeWidget *m_list = nullptr;
    QLineEdit *m_note = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_assign = nullptr;
    QLabel *m_why = nullptr;
};

} // namespace grab::ui
