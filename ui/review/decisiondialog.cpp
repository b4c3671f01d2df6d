#include "decisiondialog.h"

#include "reviewtext.h"
#include "common/format.h"

#include "base/money.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace grab::ui {

DecisionDialog::DecisionDialog(const ReviewEntry &entry, const QDate &today, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Add decision — %1").arg(entry.grabberName));
    m_kind = new QComboBox;
    for (const DecisionKind k : {DecisionKind::Bonus, DecisionKind::Honour, DecisionKind::Promotion, DecisionKind::Training,
                                 DecisionKind::BonusDeduction, DecisionKind::Reassignment}) {
        m_kind->addItem(ReviewText::kind(k), int(k));
    }
    m_amountLabel = new QLabel(tr("Amount (yuan):"));
    m_amount = new QLineEdit;
    m_amount->setPlaceholderText(tr("e.g. 2000 or 1500.50"));
    m_textLabel = new QLabel;
    m_text = new QLineEdit;
    m_categoryLabel = new QLabel(tr("Category:"));
    m_category = new QComboBox;
    for (const char *c : {"sales_skills", "product_knowledge", "customer_service"}) {
        m_category->addItem(ReviewText::category(QString::fromLatin1(c)), QString::fromLatin1(c));
    }
    m_dueLabel = new QLabel(tr("Due on:"));
    m_due = new QDateEdit(today.addDays(30));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_reasonLabel = new QLabel(tr("Reason (required):"));
    m_reason = new QPlainTextEdit;
    m_reason->setPlaceholderText(tr("Why this penalty: the violations or facts behind it"));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4);

    m_violations = new QTreeWidget;
    m_violations->setRootIsDecorated(false);
    m_violations->setHeaderLabels({tr("When"), tr("Type"), tr("Severity"), tr("Order"), tr("Note")});
    for (const ReviewViolation &v : entry.violations()) {
        m_violations->addTopLevelItem(new QTreeWidgetItem(
            {ReviewText::when(v.at), Format::violationType(v.type), Format::severity(v.severity), v.orderId ? QStringLiteral("#%1").arg(*v.orderId) : QString(), v.shownNote()}));
    }
    m_violations->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_violations->setMinimumHeight(m_violations->fontMetrics().lineSpacing() * 7);
    m_violationBox = new QWidget;
    auto *vl = new QVBoxLayout(m_violationBox);
    vl->setContentsMargins(0, 0, 0, 0);
    vl->addWidget(new QLabel(entry.violations().isEmpty()
                                 ? tr("%1 has no violation in %2.").arg(entry.grabberName, entry.quarter)
                                 : tr("%1's violations in %2, as frozen when the cycle was opened:").arg(entry.grabberName, entry.quarter)));
    vl->addWidget(m_violations);

    auto *form = new QFormLayout;
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(m_amountLabel, m_amount);
    form->addRow(m_textLabel, m_text);
    form->addRow(m_categoryLabel, m_category);
    form->addRow(m_dueLabel, m_due);
    form->addRow(m_reasonLabel, m_reason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add decision"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("decisionError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_violationBox);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    for (QWidget *w : std::initializer_list<QWidget *>{m_amount, m_text, m_reason}) {
        if (auto *line = qobject_cast<QLineEdit *>(w)) {
            connect(line, &QLineEdit::textEdited, this, &DecisionDialog::clearError);
        }
    }
    connect(m_reason, &QPlainTextEdit::textChanged, this, &DecisionDialog::clearError);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DecisionDialog::updateFields);
    updateFields();
    resize(620, sizeHint().height());
}

void DecisionDialog::accept()
{
    if (!m_submit) {
        QDialog::accept();
        return;
    }
    const Status s = m_submit(decision());
    if (s) {
        QDialog::accept();
        return;
    }
    clearError();
    m_error->setText(s.error().message);
    m_error->show();
    const QString &why = s.error().reason;
    m_marked = why == QLatin1String("reason_required")   ? static_cast<QWidget *>(m_reason)
               : why == QLatin1String("amount_required") ? static_cast<QWidget *>(m_amount)
               : why == QLatin1String("text_required")   ? static_cast<QWidget *>(m_text)
                                                         : nullptr;
    if (m_marked) {
        m_marked->setStyleSheet(QStringLiteral("border: 1px solid #b03a2e;"));
        m_marked->setFocus();
    }
}

QString DecisionDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void DecisionDialog::clearError()
{
    if (m_marked) {
        m_marked->setStyleSheet(QString());
        m_marked = nullptr;
    }
    m_error->hide();
}

void DecisionDialog::setKind(DecisionKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

DecisionKind DecisionDialog::kind() const
{
    return DecisionKind(m_kind->currentData().toInt());
}

bool DecisionDialog::violationsShown() const
{
    return !m_violationBox->isHidden();
}

void DecisionDialog::updateFields()
{
    const DecisionKind k = kind();
    const bool money = k == DecisionKind::Bonus || k == DecisionKind::BonusDeduction;
    const bool hasText = k != DecisionKind::Bonus && k != DecisionKind::BonusDeduction;
    const bool training = k == DecisionKind::Training;
    const bool penalty = isPenalty(k);
    m_amountLabel->setVisible(money);
    m_amount->setVisible(money);
    m_textLabel->setVisible(hasText);
    m_text->setVisible(hasText);
    switch (k) {
    case DecisionKind::Honour: m_textLabel->setText(tr("Honour or title:")); break;
    case DecisionKind::Promotion: m_textLabel->setText(tr("Recommendation:")); break;
    case DecisionKind::Training: m_textLabel->setText(tr("Course:")); break;
    case DecisionKind::Reassignment: m_textLabel->setText(tr("Reassigned to:")); break;
    default: break;
    }
    m_categoryLabel->setVisible(training);
    m_category->setVisible(training);
    m_dueLabel->setVisible(training);
    m_due->setVisible(training);
    m_reasonLabel->setVisible(penalty);
    m_reason->setVisible(penalty);
    m_violationBox->setVisible(penalty);
    clearError();
    adjustSize();
}

NewReviewDecision DecisionDialog::decision() const
{
    NewReviewDecision d;
    d.kind = kind();
    const bool money = d.kind == DecisionKind::Bonus || d.kind == DecisionKind::BonusDeduction;
    if (money) {
        d.amountMinor = parseMajorUnits(m_amount->text().trimmed());
    } else {
        d.text = m_text->text().trimmed();
    }
    if (d.kind == DecisionKind::Training) {
        d.category = m_category->currentData().toString();
        d.dueOn = m_due->date();
    }
    if (isPenalty(d.kind)) {
        d.reason = m_reason->toPlainText().trimmed();
    }
    return d;
}

} // namespace grab::ui
