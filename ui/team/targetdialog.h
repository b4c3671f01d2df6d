#pragma once

#include <QDate>
#include <QDialog>

#include <functional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace grab::ui {

// Set target… on the Team page: a grabber's target for a month (orders won and revenue), as
// `grabctl target set` sets it, replacing the month's target if there is one. Save hands it to
// the page's submit function, which returns the core's refusal (the dialog stays open with it)
// or nothing (it closes).
class TargetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetDialog)

public:
    struct Target
    {
        QDate month; // its first day
        qint64 wonCount = 0;
        qint64 revenueMinor = 0;
    };
    using Submit = std::function<QString(const Target &)>;

    TargetDialog(const QString &grabberName, const QDate &month, qint64 wonCount, qint64 revenueMinor, Submit submit,
                 QWidget *parent = nullptr);

    void accept() override;
    QString errorText() const;
    QSpinBox *wonBox() const { return m_won; }
    QLineEdit *revenueEdit() const { return m_revenue; }

private:
    Submit m_submit;
    QDateEdit *m_month = nullptr;
    QSpinBox *m_won = nullptr;
    QLineEdit *m_revenue = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace grab::ui
