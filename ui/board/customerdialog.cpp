#include "customerdialog.h"

#include "common/format.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace grab::ui {

CustomerDialog::CustomerDialog(Submit submit, QWidget *parent) : QDialog(parent), m_submit(std::move(submit))
{
    setWindowTitle(tr("New customer"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("customerName"));
    m_tier = new QComboBox;
    for (const Tier t : {Tier::Regular, Tier::Key, Tier::Vip}) {
        m_tier->addItem(Format::tier(t), int(t));
    }
    m_region = new QLineEdit;
    m_region->setPlaceholderText(tr("e.g. 华东"));
    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_error->hide();
    connect(m_name, &QLineEdit::textEdited, m_error, &QWidget::hide);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Tier:"), m_tier);
    form->addRow(tr("Region:"), m_region);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The tier and the region feed an order's priority and who may grab it.")));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

Customer CustomerDialog::entered() const
{
    Customer c;
    c.name = m_name->text().trimmed();
    c.tier = Tier(m_tier->currentData().toInt());
    c.region = m_region->text().trimmed();
    return c;
}

void CustomerDialog::accept()
{
    const Customer c = entered();
    Status s = Done{};
    if (c.name.isEmpty()) {
        s = makeError(ErrorCode::InvalidInput, tr("A customer needs a name."));
    } else if (c.region.isEmpty()) {
        s = makeError(ErrorCode::InvalidInput, tr("A customer needs a region: dispatch and the pool's filters match on it."));
    } else if (m_submit) {
        s = m_submit(c);
    }
    if (s) {
        QDialog::accept();
        return;
    }
    m_error->setText(s.error().message);
    m_error->show();
}

QString CustomerDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace grab::ui
