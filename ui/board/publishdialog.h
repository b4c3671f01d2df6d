#pragma once

#include "base/error.h"
#include "domain/customer.h"
#include "services/grab/orderservice.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace grab::ui {

// Order ▸ New order…: an order published by hand, as `grabctl publish` does — the customer
// (searchable by name), the amount in yuan, the skill, the region (the customer's unless
// changed) and the grab deadline. Publish hands it to the core through the page's submit
// function; a refusal stays in the dialog with what was typed, and only a published order
// closes it. The priority comes from the rules, and the board says which.
class PublishDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishDialog)

public:
    PublishDialog(const QList<Customer> &customers, const QStringList &skills, int defaultDeadlineMinutes, QWidget *parent = nullptr);

    using Submit = std::function<Status(const OrderService::NewOrder &)>;
    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    void accept() override;

    OrderService::NewOrder order() const;
    QString errorText() const;

    // For tests: the fields.
    QComboBox *customerBox() const { return m_customer; }
    QLineEdit *amountEdit() const { return m_amount; }
    QComboBox *skillBox() const { return m_skill; }
    QLineEdit *regionEdit() const { return m_region; }
    QSpinBox *deadlineBox() const { return m_deadline; }

private:
    void customerChanged();

    QList<Customer> m_customers;
    Submit m_submit;
    QComboBox *m_customer = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_skill = nullptr;
    QLineEdit *m_region = nullptr;
    QSpinBox *m_deadline = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace grab::ui
