#include "publishdialog.h"

#include "base/money.h"
#include "common/format.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace grab::ui {

PublishDialog::PublishDialog(const QList<Customer> &customers, const QStringList &skills, int defaultDeadlineMinutes, QWidget *parent)
    : QDialog(parent), m_customers(customers)
{
    setWindowTitle(tr("New order"));
    m_customer = new QComboBox;
    m_customer->setObjectName(QStringLiteral("publishCustomer"));
    m_customer->setEditable(true); // typed to search, completed from the list
    m_customer->setInsertPolicy(QComboBox::NoInsert);
    for (const Customer &c : customers) {
        m_customer->addItem(QStringLiteral("%1 · %2 · %3").arg(c.name, Format::tier(c.tier), c.region), c.id);
    }
    m_customer->completer()->setFilterMode(Qt::MatchContains);
    m_customer->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_customer->setCurrentIndex(-1);
    m_amount = new QLineEdit;
    m_amount->setObjectName(QStringLiteral("publishAmount"));
    m_amount->setPlaceholderText(tr("e.g. 12000 or 8500.50"));
    m_skill = new QComboBox;
    m_skill->setEditable(true);
    m_skill->addItems(skills);
    m_region = new QLineEdit;
    m_region->setPlaceholderText(tr("the customer's region"));
    m_deadline = new QSpinBox;
    m_deadline->setRange(1, 7 * 24 * 60);
    m_deadline->setSuffix(tr(" min"));
    m_deadline->setValue(defaultDeadlineMinutes);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("publishError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Customer:"), m_customer);
    form->addRow(tr("Amount (yuan):"), m_amount);
    form->addRow(tr("Skill:"), m_skill);
    form->addRow(tr("Region:"), m_region);
    form->addRow(tr("Grab deadline:"), m_deadline);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *publish = buttons->addButton(tr("Publish"), QDialogButtonBox::AcceptRole);
    publish->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_customer, &QComboBox::currentIndexChanged, this, &PublishDialog::customerChanged);
    for (QLineEdit *line : {m_amount, m_region}) {
        connect(line, &QLineEdit::textEdited, m_error, &QWidget::hide);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The rules give it its priority; it goes into the pool at once.")));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void PublishDialog::customerChanged()
{
    const int i = m_customer->currentIndex();
    if (i >= 0 && i < m_customers.size()) {
        m_region->setPlaceholderText(tr("%1 (the customer's)").arg(m_customers.at(i).region));
    }
}

OrderService::NewOrder PublishDialog::order() const
{
    OrderService::NewOrder n;
    const int i = m_customer->findText(m_customer->currentText());
    n.customerId = i >= 0 ? m_customer->itemData(i).toLongLong() : 0;
    n.amountMinor = parseMajorUnits(m_amount->text().trimmed()).value_or(0);
    n.skill = m_skill->currentText().trimmed();
    if (!m_region->text().trimmed().isEmpty()) {
        n.region = m_region->text().trimmed();
    }
    n.deadlineMinutes = m_deadline->value();
    return n;
}

void PublishDialog::accept()
{
    const OrderService::NewOrder n = order();
    Status s = Done{};
    if (n.customerId == 0) {
        s = makeError(ErrorCode::InvalidInput, tr("Choose the customer from the list (type part of the name to find it)."));
    } else if (n.amountMinor <= 0) {
        s = makeError(ErrorCode::InvalidInput, tr("The amount is yuan above 0, e.g. 12000 or 8500.50."));
    } else if (n.skill.isEmpty()) {
        s = makeError(ErrorCode::InvalidInput, tr("Name the skill the order needs: dispatch and the pool's filters match on it."));
    } else if (m_submit) {
        s = m_submit(n);
    }
    if (s) {
        QDialog::accept();
        return;
    }
    m_error->setText(s.error().message);
    m_error->show();
}

QString PublishDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace grab::ui
