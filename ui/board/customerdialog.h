#pragma once

#include "base/error.h"
#include "domain/customer.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace grab::ui {

// Order ▸ New customer…: a customer added by hand (name, tier, region), as an import adds one.
// Save goes to the submit function; the core's refusal (an empty name, a control character)
// stays in the dialog with what was typed.
class CustomerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerDialog)

public:
    using Submit = std::function<Status(const Customer &)>;
    explicit CustomerDialog(Submit submit, QWidget *parent = nullptr);

    void accept() override;
    Customer entered() const;
    QString errorText() const;
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *tierBox() const { return m_tier; }
    QLineEdit *regionEdit() const { return m_region; }

private:
    Submit m_submit;
    QLineEdit *m_name = nullptr;
    QComboBox *m_tier = nullptr;
    QLineEdit *m_region = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace grab::ui
