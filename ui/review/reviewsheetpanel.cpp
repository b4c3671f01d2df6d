#include "reviewsheetpanel.h"

#include "reviewtext.h"

#include "common/format.h"
#include "domain/reviewscoring.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace grab::ui {
namespace {

QTableWidget *table(int columns)
{
    auto *t = new QTableWidget(0, columns);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->verticalHeader()->hide();
    t->setWordWrap(true);
    t->setAlternatingRowColors(true);
    return t;
}

QTableWidgetItem *cell(const QString &text, const QString &tip = {}, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(tip.isEmpty() ? text : tip);
    if (number) {
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    return item;
}

// A table shows all its rows: the panel scrolls, not each table.
void fitHeight(QTableWidget *t)
{
    t->resizeRowsToContents();
    int h = t->horizontalHeader()->height() + 2 * t->frameWidth();
    for (int r = 0; r < t->rowCount(); ++r) {
        h += t->rowHeight(r);
    }
    t->setFixedHeight(h + 2);
    t->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

} // namespace

ReviewSheetPanel::ReviewSheetPanel(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel;
    m_title->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: 600;"));
    m_subtitle = new QLabel;
    m_subtitle->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_subtitle->setWordWrap(true);

    m_kpis = table(7);
    m_kpis->setHorizontalHeaderLabels({tr("KPI"), tr("Value"), tr("Target"), tr("Weight"), tr("Achievement"), tr("Points"), tr("Why")});
    m_kpis->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_kpis->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch);
    // The reasons wrap in the "Why" column: when it narrows or widens (the splitter, the
    // window), the rows take the height of their wrapped text again.
    connect(m_kpis->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical) {
        if (logical == 6) {
            fitHeight(m_kpis);
        }
    });
    m_kpiScore = new QLabel;
    m_kpiScore->setWordWrap(true);
    m_kpiScore->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_score = new QSpinBox;
    m_score->setRange(0, 5);
    m_score->setSpecialValueText(tr("— (not scored)"));
    m_score->setToolTip(tr("The supervisor's score: 1 (poor) to 5 (excellent)"));
    m_comment = new QPlainTextEdit;
    m_comment->setPlaceholderText(tr("Comment for the grabber's sheet"));
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 3 + 12);
    m_save = new QPushButton(tr("Save score"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, [this] {
        emit scoreRequested(m_grabberId, m_score->value(), m_comment->toPlainText().trimmed());
    });
    m_final = new QLabel;
    m_final->setStyleSheet(QStringLiteral("font-size: 14px; font-weight: 600;"));
    m_finalWhy = new QLabel;
    m_finalWhy->setWordWrap(true);
    m_finalWhy->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *scoreBox = new QGroupBox(tr("Supervisor's score"));
    auto *scoreLayout = new QVBoxLayout(scoreBox);
    auto *scoreRow = new QHBoxLayout;
    scoreRow->addWidget(new QLabel(tr("Score (1–5):")));
    scoreRow->addWidget(m_score);
    scoreRow->addStretch(1);
    scoreRow->addWidget(m_save);
    scoreLayout->addLayout(scoreRow);
    scoreLayout->addWidget(m_comment);
    scoreLayout->addWidget(m_final);
    scoreLayout->addWidget(m_finalWhy);

    m_decisions = new QListWidget;
    m_decisions->setWordWrap(true);
    m_decisions->setFixedHeight(m_decisions->fontMetrics().lineSpacing() * 5 + 8);
    m_addDecision = new QPushButton(tr("Add decision…"));
    m_removeDecision = new QPushButton(tr("Remove decision"));
    connect(m_addDecision, &QPushButton::clicked, this, [this] { emit addDecisionRequested(m_grabberId); });
    connect(m_removeDecision, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_decisions->currentItem()) {
            emit removeDecisionRequested(item->data(Qt::UserRole).toLongLong());
        }
    });
    connect(m_decisions, &QListWidget::currentRowChanged, this, &ReviewSheetPanel::updateEditors);
    auto *decisionBox = new QGroupBox(tr("Decisions"));
    auto *decisionLayout = new QVBoxLayout(decisionBox);
    decisionLayout->addWidget(m_decisions);
    auto *decisionButtons = new QHBoxLayout;
    decisionButtons->addWidget(m_addDecision);
    decisionButtons->addWidget(m_removeDecision);
    decisionButtons->addStretch(1);
    decisionLayout->addLayout(decisionButtons);

    m_history = table(1);
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->verticalHeader()->show();
    auto *historyBox = new QGroupBox(tr("Quarters side by side"));
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_history);

    m_print = new QPushButton(tr("Print…"));
    m_pdf = new QPushButton(tr("Save PDF…"));
    m_print->setToolTip(tr("The printable appraisal sheet, A4"));
    m_pdf->setToolTip(tr("The printable appraisal sheet as a PDF file"));
    connect(m_print, &QPushButton::clicked, this, [this] { emit printRequested(m_grabberId); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { emit savePdfRequested(m_grabberId); });
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_print);
    titleRow->addWidget(m_pdf);

    m_body = new QWidget;
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 6, 0);
    body->addLayout(titleRow);
    body->addWidget(m_subtitle);
    auto *kpiBox = new QGroupBox(tr("KPIs of the quarter (frozen at opening)"));
    auto *kpiLayout = new QVBoxLayout(kpiBox);
    kpiLayout->addWidget(m_kpis);
    kpiLayout->addWidget(m_kpiScore);
    body->addWidget(kpiBox);
    body->addWidget(scoreBox);
    body->addWidget(decisionBox);
    body->addWidget(historyBox);
    body->addStretch(1);

    m_scroll = new QScrollArea;
    m_scroll->setWidget(m_body);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_empty = new QLabel;
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid); padding: 24px;"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_scroll, 1);
    clear(tr("Select a grabber to see their sheet."));
}

void ReviewSheetPanel::clear(const QString &why)
{
    m_grabberId = 0;
    m_editable = false;
    m_empty->setText(why);
    m_empty->show();
    m_scroll->hide();
    updateEditors();
}

void ReviewSheetPanel::setEntry(const ReviewEntry &e, const QList<ReviewEntry> &history, bool editable)
{
    const bool same = e.grabberId == m_grabberId;
    m_grabberId = e.grabberId;
    m_editable = editable;
    m_empty->hide();
    m_scroll->show();
    m_title->setText(e.grabberName);
    m_subtitle->setText(tr("%1 · %2 · %3 · %4 closed, %5 violations")
                            .arg(ReviewText::level(e.snapshot.level), e.snapshot.team.isEmpty() ? Format::undefined() : e.snapshot.team,
                                 e.quarter)
                            .arg(e.snapshot.kpis.closed())
                            .arg(e.snapshot.kpis.violations));
    fillKpis(e);
    // Keep what the supervisor is typing when only the row was refreshed.
    if (!same || !editable) {
        m_score->setValue(e.supervisorScore.value_or(0));
        m_comment->setPlainText(e.comment);
    }
    m_final->setText(e.final.score ? tr("Final %1 · grade %2").arg(ReviewText::score(e.final.score), e.final.grade)
                                   : tr("Final: not scored yet"));
    m_finalWhy->setText(e.final.score ? e.final.why : tr("The final score follows from the supervisor's score."));
    m_decisions->clear();
    for (const ReviewDecision &d : e.decisions) {
        auto *item = new QListWidgetItem(ReviewText::decision(d));
        item->setData(Qt::UserRole, d.id);
        item->setToolTip(tr("%1, by %2 on %3").arg(ReviewText::decision(d), d.decidedBy, ReviewText::when(d.decidedAt)));
        if (isPenalty(d.kind)) {
            item->setForeground(QColor(0x9b, 0x1c, 0x2c));
        }
        m_decisions->addItem(item);
    }
    if (e.decisions.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No decision yet."));
        item->setFlags(Qt::NoItemFlags);
        m_decisions->addItem(item);
    }
    fillHistory(history);
    updateEditors();
}

QString ReviewSheetPanel::finalText() const
{
    return m_final->text();
}

void ReviewSheetPanel::fillKpis(const ReviewEntry &e)
{
    m_kpis->setRowCount(int(e.kpi.parts.size()));
    int r = 0;
    for (const ReviewKpiPart &p : e.kpi.parts) {
        const QString target = (lowerIsBetter(p.kpi) ? tr("≤ %1") : QStringLiteral("%1")).arg(reviewscoring::shownPhrase(p.kpi, p.target).shown());
        m_kpis->setItem(r, 0, cell(ReviewText::kpi(p.kpi), p.why));
        m_kpis->setItem(r, 1, cell(reviewscoring::shownPhrase(p.kpi, p.value).shown(), p.why, true));
        m_kpis->setItem(r, 2, cell(target, p.why, true));
        m_kpis->setItem(r, 3, cell(QString::number(p.weight, 'g', 4), p.why, true));
        m_kpis->setItem(r, 4, cell(p.achievement ? Format::percent(*p.achievement, 0) : Format::undefined(), p.why, true));
        m_kpis->setItem(r, 5, cell(QString::number(p.points, 'f', 1), p.why, true));
        m_kpis->setItem(r, 6, cell(p.why));
        ++r;
    }
    fitHeight(m_kpis);
    m_kpiScore->setText(tr("<b>KPI score %1</b> — %2").arg(ReviewText::score(e.kpi.score), e.kpi.why.toHtmlEscaped()));
}

void ReviewSheetPanel::fillHistory(const QList<ReviewEntry> &history)
{
    const QStringList rows{tr("Final score"), tr("Grade"),   tr("KPI score"),    tr("Supervisor"), tr("Success rate"),
                           tr("Volume"),      tr("Won"),     tr("Revenue"),      tr("Satisfaction"), tr("Violations"),
                           tr("Decisions")};
    m_history->clear();
    m_history->setRowCount(int(rows.size()));
    m_history->setVerticalHeaderLabels(rows);
    // Oldest on the left, so a trend reads left to right and the quarter under review is last.
    QList<ReviewEntry> quarters(history.rbegin(), history.rend());
    m_history->setColumnCount(int(quarters.size()));
    int c = 0;
    for (const ReviewEntry &h : quarters) {
        m_history->setHorizontalHeaderItem(c, new QTableWidgetItem(h.quarter));
        const GrabberKpis &k = h.snapshot.kpis;
        const QStringList values{ReviewText::score(h.final.score),
                                 h.final.grade.isEmpty() ? Format::undefined() : h.final.grade,
                                 ReviewText::score(h.kpi.score),
                                 h.supervisorScore ? QString::number(*h.supervisorScore) : Format::undefined(),
                                 reviewscoring::shownPhrase(ReviewKpi::SuccessRate, k.successRate).shown(),
                                 QString::number(k.volume),
                                 QString::number(k.won),
                                 Format::money(k.revenueMinor),
                                 k.satisfaction ? tr("%1 (%2)").arg(reviewscoring::shown(ReviewKpi::Satisfaction, k.satisfaction)).arg(k.feedbackCount)
                                                : Format::undefined(),
                                 QString::number(k.violations),
                                 ReviewText::decisions(h.decisions)};
        for (int r = 0; r < values.size(); ++r) {
            m_history->setItem(r, c, cell(values[r], {}, true));
        }
        ++c;
    }
    fitHeight(m_history);
}

void ReviewSheetPanel::updateEditors()
{
    const bool can = m_editable && m_grabberId != 0;
    m_score->setEnabled(can);
    m_comment->setReadOnly(!can);
    m_save->setEnabled(can);
    m_addDecision->setEnabled(can);
    const QListWidgetItem *item = m_decisions->currentItem();
    m_removeDecision->setEnabled(can && item && (item->flags() & Qt::ItemIsSelectable));
    m_print->setEnabled(m_grabberId != 0);
    m_pdf->setEnabled(m_grabberId != 0);
}

} // namespace grab::ui
