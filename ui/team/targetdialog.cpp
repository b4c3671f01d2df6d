#include "targetdialog.h"

#include "base/money.h"
#include "common/format.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace grab::ui {

TargetDialog::TargetDialog(const QString &grabberName, const QDate &month, qint64 wonCount, qint64 revenueMinor, Submit submit, QWidget *parent)
    : QDialog(parent), m_submit(std::move(submit))
{
    setWindowTitle(tr("Target for %1").arg(grabberName));
    m_month = new QDateEdit(QDate(month.year(), month.month(), 1));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_won = new QSpinBox;
    m_won->setObjectName(QStringLiteral("targetWon"));
    m_won->setRange(0, 100000);
    m_won->setValue(int(wonCount));
    m_won->setSuffix(tr(" orders won"));
    m_revenue = new QLineEdit(revenueMinor > 0 ? QString::number(double(revenueMinor) / 100.0, 'f', 2) : QString());
    m_revenue->setObjectName(QStringLiteral("targetRevenue"));
    m_revenue->setPlaceholderText(tr("revenue in yuan, e.g. 300000"));
    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_error->hide();
    connect(m_revenue, &QLineEdit::textEdited, m_error, &QWidget::hide);

    auto *form = new QFormLayout;
    form->addRow(tr("Month:"), m_month);
    form->addRow(tr("Orders won:"), m_won);
    form->addRow(tr("Revenue (yuan):"), m_revenue);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The dashboards and the Team page measure the month against it. A month's target replaces "
                                    "the one set before, and the change is kept in the log.")));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    for (QLabel *l : findChildren<QLabel *>()) {
        l->setWordWrap(true);
    }
    resize(460, sizeHint().height());
}

void TargetDialog::accept()
{
    const QString text = m_revenue->text().trimmed();
    const std::optional<qint64> revenue = text.isEmpty() ? std::optional<qint64>(0) : parseMajorUnits(text);
    QString refused;
    if (!revenue || *revenue < 0) {
        refused = tr("The revenue is yuan, 0 or more, e.g. 300000 or 125000.50.");
    } else {
        const QDate m = m_month->date();
        refused = m_submit(Target{QDate(m.year(), m.month(), 1), m_won->value(), *revenue});
    }
    if (refused.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_error->setText(refused);
    m_error->show();
}

QString TargetDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace grab::ui
