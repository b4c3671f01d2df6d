#include "reviewcyclebar.h"

#include "reviewtext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

namespace grab::ui {
namespace {

// The badge's colours per state: calm while a draft or open, amber while scoring, green once
// approved, grey when locked.
QString badgeStyle(ReviewState s)
{
    const char *colours[] = {"#f1f2f4;#3c4248;#cfd3d8", "#e8f0fb;#1d3a5f;#b3c9ea", "#fff4ce;#4a3b00;#e8d48a",
                             "#e6f4ea;#1e4d2b;#a8d5b5", "#e4e6ea;#202124;#9aa0a6"};
    const QStringList c = QString::fromLatin1(colours[int(s)]).split(u';');
    return QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; border-radius: 9px; padding: 2px 10px; font-weight: 600; }")
        .arg(c[0], c[1], c[2]);
}

} // namespace

ReviewCycleBar::ReviewCycleBar(QWidget *parent) : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 4);
    auto *title = new QLabel(tr("Review"));
    title->setStyleSheet(QStringLiteral("font-size: 16px; font-weight: 600;"));
    m_picker = new QComboBox;
    m_picker->setMinimumContentsLength(9);
    m_picker->setToolTip(tr("The review cycle, by quarter"));
    connect(m_picker, &QComboBox::activated, this, [this](int i) { emit cycleChosen(m_picker->itemData(i).toString()); });
    m_badge = new QLabel;
    m_badge->setToolTip(tr("draft → open → scoring → approved → locked"));
    m_progressText = new QLabel;
    m_progressBar = new QProgressBar;
    m_progressBar->setTextVisible(false);
    m_progressBar->setFixedWidth(120);
    m_progressBar->setFixedHeight(8);
    m_new = new QPushButton(tr("New cycle…"));
    m_new->setToolTip(tr("A draft cycle for a quarter, with its weights, targets and grade thresholds"));
    m_open = new QPushButton(tr("Open cycle"));
    m_open->setToolTip(tr("Freeze every active grabber's KPIs for the quarter and start scoring"));
    m_approve = new QPushButton(tr("Approve…"));
    m_approve->setToolTip(tr("Approve the cycle under a named approver; every grabber must be scored"));
    m_withdraw = new QPushButton(tr("Withdraw approval"));
    m_withdraw->setToolTip(tr("Back to scoring, to change a score or a decision"));
    m_lock = new QPushButton(tr("Lock…"));
    m_lock->setToolTip(tr("Lock the approved cycle for good: nothing in it can change any more"));
    m_export = new QPushButton(tr("Export CSV…"));
    m_export->setToolTip(tr("The cycle as CSV for Excel, the same file as grabctl review export"));
    connect(m_new, &QPushButton::clicked, this, &ReviewCycleBar::newRequested);
    connect(m_open, &QPushButton::clicked, this, &ReviewCycleBar::openRequested);
    connect(m_approve, &QPushButton::clicked, this, &ReviewCycleBar::approveRequested);
    connect(m_withdraw, &QPushButton::clicked, this, &ReviewCycleBar::withdrawRequested);
    connect(m_lock, &QPushButton::clicked, this, &ReviewCycleBar::lockRequested);
    connect(m_export, &QPushButton::clicked, this, &ReviewCycleBar::exportRequested);
    row->addWidget(title);
    row->addWidget(m_picker);
    row->addWidget(m_badge);
    row->addSpacing(8);
    row->addWidget(m_progressBar);
    row->addWidget(m_progressText);
    row->addStretch(1);
    for (QPushButton *b : {m_new, m_open, m_approve, m_withdraw, m_lock, m_export}) {
        row->addWidget(b);
    }
}

void ReviewCycleBar::setCycles(const QList<ReviewCycle> &cycles)
{
    const QSignalBlocker quiet(m_picker);
    m_picker->clear();
    for (const ReviewCycle &c : cycles) {
        m_picker->addItem(c.quarter, c.quarter);
    }
}

void ReviewCycleBar::show(const ReviewCycle *c, bool busy)
{
    const ReviewState state = c ? c->state : ReviewState::Draft;
    {
        const QSignalBlocker quiet(m_picker);
        m_picker->setCurrentIndex(c ? m_picker->findData(c->quarter) : -1);
    }
    m_picker->setEnabled(!busy && m_picker->count() > 0);
    m_badge->setVisible(c);
    m_progressText->setVisible(c);
    m_progressBar->setVisible(c && state != ReviewState::Draft);
    if (c) {
        m_badge->setText(ReviewText::state(state));
        m_badge->setStyleSheet(badgeStyle(state));
        m_progressBar->setMaximum(std::max(1, c->progress.total));
        m_progressBar->setValue(c->progress.scored);
        m_progressText->setText(state == ReviewState::Draft
                                    ? tr("%1 to %2 · not opened yet")
                                          .arg(c->period.from.toString(Qt::ISODate), c->period.to.addDays(-1).toString(Qt::ISODate))
                                    : tr("%1 of %2 scored · decisions: %3").arg(c->progress.scored).arg(c->progress.total).arg(c->progress.decisions));
    }
    m_new->setEnabled(!busy);
    m_open->setVisible(c && state == ReviewState::Draft);
    m_open->setEnabled(!busy);
    m_approve->setVisible(c && (state == ReviewState::Open || state == ReviewState::Scoring));
    m_withdraw->setVisible(c && state == ReviewState::Approved);
    m_lock->setVisible(c && state == ReviewState::Approved);
    m_export->setVisible(c && state != ReviewState::Draft);
}

QString ReviewCycleBar::progressText() const
{
    return m_progressText->isHidden() ? QString() : m_progressText->text();
}

} // namespace grab::ui
