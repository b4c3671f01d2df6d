#pragma once

#include "services/team/trainingservice.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace grab::ui {

// "Add training…": a course for one grabber, planned (due by a date) or already taken (on a
// date, with a result and the hours). OK hands the training to `submit`, which writes it
// through TrainingService and returns the refusal's sentence, or an empty string when it was
// stored; on a refusal the dialog stays open and says why.
class TrainingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingDialog)

public:
    using Submit = std::function<QString(const TrainingService::NewTraining &)>;

    TrainingDialog(qint64 grabberId, const QString &grabberName, const QDate &today, Submit submit, QWidget *parent = nullptr);

    // The fields, for tests and callers that prefill.
    void setCourse(const QString &course);
    void setCategory(TrainingCategory category);
    void setDue(const QDate &due);  // invalid: no due date
    void setTaken(const QDate &on, std::optional<bool> passed = std::nullopt); // invalid: not taken
    void setHours(std::optional<double> hours);
    TrainingService::NewTraining training() const;
    QString errorText() const;

    void accept() override;

private:
    void updateState();

    qint64 m_grabberId;
    Submit m_submit;
    QLineEdit *m_course = nullptr;
    QComboBox *m_category = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateEdit *m_due = nullptr;
    QCheckBox *m_isTaken = nullptr;
    QDateEdit *m_taken = nullptr;
    QComboBox *m_result = nullptr;
    QDoubleSpinBox *m_hours = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace grab::ui
