#pragma once

#include "services/team/feedbackservice.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace grab::ui {

// "Record feedback…": the customer's score (1–5) and comment for one of the grabber's closed
// orders that has none yet. OK hands them to `submit` (OrderService::feedback through the
// page), which returns the refusal's sentence or an empty string.
class FeedbackDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackDialog)

public:
    using Submit = std::function<QString(qint64 orderId, int score, const QString &comment)>;

    FeedbackDialog(const QString &grabberName, const QList<FeedbackService::Awaiting> &orders, qint64 nowMs, Submit submit,
                   QWidget *parent = nullptr);

    bool selectOrder(qint64 orderId);
    void setScore(int score); // 1..5; 0 clears
    void setComment(const QString &comment);
    qint64 orderId() const; // 0 when none is chosen
    int score() const;      // 0 when none is chosen
    QString errorText() const;

    void accept() override;

private:
    void updateState();

    Submit m_submit;
    QComboBox *m_order = nullptr;
    QComboBox *m_score = nullptr;
    QLineEdit *m_comment = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace grab::ui
