#pragma once

#include "base/error.h"
#include "services/review/reviewdata.h"

#include <functional>

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QTreeWidget;

namespace grab::ui {

// Add decision… for one grabber: the kind first, then only the fields that kind needs — a
// bonus's amount in yuan, an honour's title, a promotion's text, a training's course, category
// and due date, a bonus deduction's amount and reason, a reassignment's where-to and reason.
// For a penalty the grabber's violations of the quarter (as frozen at opening) are listed
// beside the reason. The dialog checks nothing itself: Add hands decision() to the core (through
// the page's submit function), and a refusal (a penalty without a reason, a bonus without an
// amount) keeps the dialog open, with the core's sentence under the fields and the field it
// names marked, so that nothing typed is lost.
class DecisionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionDialog)

public:
    DecisionDialog(const ReviewEntry &entry, const QDate &today, QWidget *parent = nullptr);

    // What Add does with the decision; the dialog closes only when it succeeds.
    using Submit = std::function<Status(const NewReviewDecision &)>;
    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    void accept() override;
    // The refusal shown in the dialog, empty when none.
    QString errorText() const;

    void setKind(DecisionKind kind);
    DecisionKind kind() const;
    // What the supervisor entered; an amount that is not money ("abc") is left out, so the core
    // says that one is needed.
    NewReviewDecision decision() const;

    // For tests and the page: the fields.
    QLineEdit *amountEdit() const { return m_amount; }
    QLineEdit *textEdit() const { return m_text; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QDateEdit *dueEdit() const { return m_due; }
    QComboBox *categoryBox() const { return m_category; }
    QTreeWidget *violationList() const { return m_violations; }
    bool violationsShown() const;

private:
    void updateFields();
    void clearError();

    Submit m_submit;
    QLabel *m_error = nullptr;
    QWidget *m_marked = nullptr;

    QComboBox *m_kind = nullptr;
    QLabel *m_amountLabel = nullptr;
    QLineEdit *m_amount = nullptr;
    QLabel *m_textLabel = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_categoryLabel = nullptr;
    QComboBox *m_category = nullptr;
    QLabel *m_dueLabel = nullptr;
    QDateEdit *m_due = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QWidget *m_violationBox = nullptr;
    QTreeWidget *m_violations = nullptr;
};

} // namespace grab::ui
