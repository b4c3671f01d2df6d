#include "rulehistorypanel.h"

#include "rulehistorymodel.h"
#include "rulesummary.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace grab::ui {

RuleHistoryPanel::RuleHistoryPanel(QWidget *parent) : QWidget(parent), m_model(new RuleHistoryModel(this))
{
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("ruleHistory"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    const QFontMetrics fm(font());
    m_table->setColumnWidth(RuleHistoryModel::Version, fm.horizontalAdvance(tr("Version")) + 24);
    m_table->setColumnWidth(RuleHistoryModel::When, fm.horizontalAdvance(QStringLiteral("2026-11-27 14:05:09")) + 16);
    m_table->setColumnWidth(RuleHistoryModel::By, fm.horizontalAdvance(QStringLiteral("manager")) * 3 / 2 + 16);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RuleHistoryPanel::showSelected);

    m_title = new QLabel;
    m_title->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_changes = new QLabel;
    m_changes->setWordWrap(true);
    m_changes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setStyleSheet(QStringLiteral("color: #555555;"));
    m_json = new QPlainTextEdit;
    m_json->setReadOnly(true);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_restore = new QPushButton(tr("Restore this version"));
    m_restore->setObjectName(QStringLiteral("restoreVersion"));
    m_restore->setToolTip(tr("Stores these rules as a new version; the history stays as it is."));
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const int v = selectedVersion()) {
            emit restoreRequested(v);
        }
    });

    auto *detail = new QWidget;
    auto *dl = new QVBoxLayout(detail);
    dl->setContentsMargins(8, 0, 0, 0);
    dl->addWidget(m_title);
    dl->addWidget(m_changes);
    dl->addWidget(m_summary);
    dl->addWidget(new QLabel(tr("All rules of this version (read-only):")));
    dl->addWidget(m_json, 1);
    dl->addWidget(m_restore, 0, Qt::AlignLeft);

    auto *split = new QSplitter;
    split->setObjectName(QStringLiteral("ruleHistorySplit"));
    split->addWidget(m_table);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
}

void RuleHistoryPanel::setHistory(const QList<RuleVersion> &versions, const QTimeZone &zone)
{
    const int keep = selectedVersion();
    const int before = m_current;
    m_current = versions.isEmpty() ? 0 : versions.last().version;
    m_model->setHistory(versions, zone);
    // A new version (saved here, or by another desk) is what the manager wants to see; a
    // reload of the same history keeps the version being read.
    if ((m_current != before || !selectVersion(keep)) && m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(0, 0));
    }
    showSelected();
}

bool RuleHistoryPanel::selectVersion(int version)
{
    const int row = m_model->rowOf(version);
    if (row < 0) {
        return false;
    }
    m_table->setCurrentIndex(m_model->index(row, 0));
    showSelected();
    return true;
}

int RuleHistoryPanel::selectedVersion() const
{
    const int row = m_table->currentIndex().row();
    return row >= 0 && row < m_model->rowCount() ? m_model->version(row).version : 0;
}

QString RuleHistoryPanel::detailText() const
{
    return m_title->text() + u'\n' + m_changes->text() + u'\n' + m_summary->text();
}

void RuleHistoryPanel::showSelected()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount()) {
        m_title->clear();
        m_changes->clear();
        m_summary->clear();
        m_json->clear();
        m_restore->setEnabled(false);
        return;
    }
    const RuleVersion &v = m_model->version(row);
    const QString when = m_model->data(m_model->index(row, RuleHistoryModel::When), Qt::DisplayRole).toString();
    m_title->setText(v.version == m_current ? tr("Version %1 (in force) · %2 · %3").arg(v.version).arg(when, RuleHistoryModel::actorName(v.createdBy))
                                            : tr("Version %1 · %2 · %3").arg(v.version).arg(when, RuleHistoryModel::actorName(v.createdBy)));
    QStringList lines;
    for (const QString &line : m_model->changes(row)) {
        lines << QStringLiteral("• ") + line;
    }
    m_changes->setText(lines.join(u'\n'));
    m_summary->setText(RuleSummary::explain(v.rules));
    m_json->setPlainText(QString::fromUtf8(QJsonDocument(v.rules.toJson()).toJson(QJsonDocument::Indented)));
    m_restore->setEnabled(v.version != m_current);
}

} // namespace grab::ui
