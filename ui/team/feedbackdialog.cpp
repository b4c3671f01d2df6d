#include "feedbackdialog.h"

#include "common/format.h"
#include "teamtext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace grab::ui {

FeedbackDialog::FeedbackDialog(const QString &grabberName, const QList<FeedbackService::Awaiting> &orders, qint64 nowMs, Submit submit,
                               QWidget *parent)
    : QDialog(parent), m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("feedbackDialog"));
    setWindowTitle(tr("Record feedback for %1").arg(grabberName));
    m_order = new QComboBox;
    m_order->setObjectName(QStringLiteral("order"));
    for (const FeedbackService::Awaiting &a : orders) {
        m_order->addItem(tr("#%1 · %2 · %3 · %4 · closed %5")
                             .arg(a.orderId)
                             .arg(a.customerName, Format::state(a.outcome), Format::money(a.amountMinor), Format::when(a.closedAt, nowMs)),
                         a.orderId);
    }
    m_score = new QComboBox;
    m_score->setObjectName(QStringLiteral("score"));
    m_score->setPlaceholderText(tr("Choose the customer's score"));
    const QStringList words{tr("Very dissatisfied"), tr("Dissatisfied"), tr("Neutral"), tr("Satisfied"), tr("Very satisfied")};
    for (int s = 5; s >= 1; --s) {
        m_score->addItem(QStringLiteral("%1  %2 — %3").arg(TeamText::stars(s)).arg(s).arg(words.at(s - 1)), s);
    }
    m_score->setCurrentIndex(-1);
    m_comment = new QLineEdit;
    m_comment->setObjectName(QStringLiteral("comment"));
    m_comment->setPlaceholderText(tr("What the customer said (optional)"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a11d2a;"));
    m_error->hide();

    auto *hint = new QLabel(tr("The closed orders of %1 that have no feedback yet, newest first. A score is given once per order and "
                               "counts in the satisfaction KPI.")
                                .arg(grabberName));
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #5f5f5f;"));
    auto *form = new QFormLayout;
    form->addRow(tr("Order"), m_order);
    form->addRow(tr("Score"), m_score);
    form->addRow(tr("Comment"), m_comment);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record feedback"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FeedbackDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FeedbackDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_order, &QComboBox::currentIndexChanged, this, &FeedbackDialog::updateState);
    connect(m_score, &QComboBox::currentIndexChanged, this, &FeedbackDialog::updateState);
    updateState();
    resize(560, sizeHint().height());
}

void FeedbackDialog::updateState()
{
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(orderId() > 0 && score() > 0);
    ok->setToolTip(ok->isEnabled() ? QString() : tr("Choose an order and a score first."));
}

bool FeedbackDialog::selectOrder(qint64 orderId)
{
    const int i = m_order->findData(orderId);
    if (i >= 0) {
        m_order->setCurrentIndex(i);
    }
    return i >= 0;
}

void FeedbackDialog::setScore(int score)
{
    m_score->setCurrentIndex(m_score->findData(score));
}

void FeedbackDialog::setComment(const QString &comment)
{
    m_comment->setText(comment);
}

qint64 FeedbackDialog::orderId() const
{
    return m_order->currentIndex() >= 0 ? m_order->currentData().toLongLong() : 0;
}

int FeedbackDialog::score() const
{
    return m_score->currentIndex() >= 0 ? m_score->currentData().toInt() : 0;
}

QString FeedbackDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FeedbackDialog::accept()
{
    if (orderId() <= 0 || score() <= 0) {
        m_error->setText(tr("Choose an order and a score first."));
        m_error->show();
        return;
    }
    const QString refusal = m_submit ? m_submit(orderId(), score(), m_comment->text().trimmed()) : QString();
    if (!refusal.isEmpty()) {
        m_error->setText(refusal);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace grab::ui
