#include "trainingdialog.h"

#include "teamtext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace grab::ui {
namespace {

QDateEdit *dateEdit(const QDate &value)
{
    auto *e = new QDateEdit(value);
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    e->setMinimumDate(QDate(2000, 1, 1));
    e->setMaximumDate(QDate(2099, 12, 31));
    return e;
}

QWidget *row(QWidget *a, QWidget *b)
{
    auto *w = new QWidget;
    auto *l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(a);
    l->addWidget(b, 1);
    return w;
}

} // namespace

TrainingDialog::TrainingDialog(qint64 grabberId, const QString &grabberName, const QDate &today, Submit submit, QWidget *parent)
    : QDialog(parent), m_grabberId(grabberId), m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("trainingDialog"));
    setWindowTitle(tr("Add a training for %1").arg(grabberName));
    m_course = new QLineEdit;
    m_course->setObjectName(QStringLiteral("course"));
    m_course->setPlaceholderText(tr("e.g. Handling price objections"));
    m_category = new QComboBox;
    m_category->setObjectName(QStringLiteral("category"));
    for (TrainingCategory c : {TrainingCategory::SalesSkills, TrainingCategory::ProductKnowledge, TrainingCategory::CustomerService}) {
        m_category->addItem(TeamText::category(c), int(c));
    }
    m_hasDue = new QCheckBox(tr("Due by"));
    m_hasDue->setChecked(true);
    m_due = dateEdit(today.addDays(14));
    m_due->setObjectName(QStringLiteral("due"));
    m_isTaken = new QCheckBox(tr("Taken on"));
    m_taken = dateEdit(today);
    m_taken->setObjectName(QStringLiteral("taken"));
    m_taken->setMaximumDate(today);
    m_result = new QComboBox;
    m_result->setObjectName(QStringLiteral("result"));
    m_result->addItem(tr("No result yet"));
    m_result->addItem(tr("Passed"));
    m_result->addItem(tr("Not passed"));
    m_hours = new QDoubleSpinBox;
    m_hours->setObjectName(QStringLiteral("hours"));
    m_hours->setRange(0, 1000);
    m_hours->setSingleStep(0.5);
    m_hours->setDecimals(1);
    m_hours->setSpecialValueText(tr("not given"));
    m_hours->setSuffix(tr(" h"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a11d2a;"));
    m_error->hide();

    auto *hint = new QLabel(tr("Plan a training with a due date, or record one already taken with its result. "
                               "A training not taken by its due date is flagged as overdue."));
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #5f5f5f;"));

    auto *form = new QFormLayout;
    form->addRow(tr("Course"), m_course);
    form->addRow(tr("Category"), m_category);
    form->addRow(row(m_hasDue, m_due));
    form->addRow(row(m_isTaken, m_taken));
    form->addRow(tr("Result"), m_result);
    form->addRow(tr("Hours"), m_hours);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add training"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TrainingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TrainingDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_course, &QLineEdit::textChanged, this, &TrainingDialog::updateState);
    connect(m_hasDue, &QCheckBox::toggled, this, &TrainingDialog::updateState);
    connect(m_isTaken, &QCheckBox::toggled, this, &TrainingDialog::updateState);
    updateState();
    resize(460, sizeHint().height());
}

void TrainingDialog::updateState()
{
    m_due->setEnabled(m_hasDue->isChecked());
    m_taken->setEnabled(m_isTaken->isChecked());
    m_result->setEnabled(m_isTaken->isChecked());
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!m_course->text().trimmed().isEmpty());
    ok->setToolTip(ok->isEnabled() ? QString() : tr("Give the course a name first."));
}

void TrainingDialog::setCourse(const QString &course)
{
    m_course->setText(course);
}

void TrainingDialog::setCategory(TrainingCategory category)
{
    m_category->setCurrentIndex(m_category->findData(int(category)));
}

void TrainingDialog::setDue(const QDate &due)
{
    m_hasDue->setChecked(due.isValid());
    if (due.isValid()) {
        m_due->setDate(due);
    }
}

void TrainingDialog::setTaken(const QDate &on, std::optional<bool> passed)
{
    m_isTaken->setChecked(on.isValid());
    if (on.isValid()) {
        m_taken->setDate(on);
    }
    m_result->setCurrentIndex(!passed ? 0 : *passed ? 1 : 2);
}

void TrainingDialog::setHours(std::optional<double> hours)
{
    m_hours->setValue(hours.value_or(0));
}

TrainingService::NewTraining TrainingDialog::training() const
{
    TrainingService::NewTraining t;
    t.grabberId = m_grabberId;
    t.course = m_course->text().trimmed();
    t.category = TrainingCategory(m_category->currentData().toInt());
    if (m_hasDue->isChecked()) {
        t.dueOn = m_due->date();
    }
    if (m_isTaken->isChecked()) {
        t.takenOn = m_taken->date();
        if (m_result->currentIndex() > 0) {
            t.passed = m_result->currentIndex() == 1;
        }
    }
    if (m_hours->value() > 0) {
        t.hours = m_hours->value();
    }
    return t;
}

QString TrainingDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void TrainingDialog::accept()
{
    if (m_course->text().trimmed().isEmpty()) {
        m_error->setText(tr("Give the course a name first."));
        m_error->show();
        return;
    }
    const QString refusal = m_submit ? m_submit(training()) : QString();
    if (!refusal.isEmpty()) {
        m_error->setText(refusal);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace grab::ui
