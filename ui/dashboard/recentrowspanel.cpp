#include "recentrowspanel.h"

#include "common/format.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace grab::ui {
namespace {

QString severityText(const QString &code)
{
    if (code == QLatin1String("low")) {
        return RecentRowsPanel::tr("low");
    }
    if (code == QLatin1String("medium")) {
        return RecentRowsPanel::tr("medium");
    }
    if (code == QLatin1String("high")) {
        return RecentRowsPanel::tr("high");
    }
    return code;
}

} // namespace

RecentRowsPanel::RecentRowsPanel(Kind kind, QWidget *parent) : QFrame(parent), m_kind(kind)
{
    const bool violations = kind == Kind::Violations;
    setObjectName(violations ? QStringLiteral("recentViolations") : QStringLiteral("recentFeedback"));
    auto *title = new QLabel(violations ? tr("Recent violations") : tr("Feedback comments"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_count = new QLabel;
    m_count->setStyleSheet(QStringLiteral("color: #6b6b6b;"));
    m_empty = new QLabel(violations ? tr("No violations in this period.") : tr("No feedback in this period."));
    m_empty->setStyleSheet(QStringLiteral("color: #6b6b6b; font-style: italic;"));
    m_list = new QListWidget;
    m_list->setObjectName(violations ? QStringLiteral("violationList") : QStringLiteral("feedbackList"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    const int row = m_list->fontMetrics().height() + 6;
    m_list->setFixedHeight(kVisibleRows * row + 2 * m_list->frameWidth() + 2);

    auto *heading = new QHBoxLayout;
    heading->addWidget(title);
    heading->addWidget(m_count);
    heading->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(heading);
    layout->addWidget(m_empty);
    layout->addWidget(m_list);
    setRows({}, QTimeZone::utc());
}

QString RecentRowsPanel::line(Kind kind, const DrillDown::Row &row, const QTimeZone &zone)
{
    QStringList parts;
    parts << QDateTime::fromMSecsSinceEpoch(row.atMs, zone.isValid() ? zone : QTimeZone::utc())
                 .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (kind == Kind::Violations) {
        QString type = row.outcome;
        type.replace(u'_', u' ');
        parts << tr("%1 (%2)", "violation type (severity)").arg(type, severityText(row.reason));
    } else if (row.score) {
        parts << tr("score %1").arg(*row.score);
    }
    if (!row.note.isEmpty()) {
        parts << row.note;
    }
    if (row.orderId) {
        parts << tr("order #%1").arg(*row.orderId);
    }
    return parts.join(QStringLiteral(" · "));
}

void RecentRowsPanel::setRows(const DrillDown::Rows &rows, const QTimeZone &zone)
{
    m_list->clear();
    for (const DrillDown::Row &r : rows.rows) {
        auto *item = new QListWidgetItem(line(m_kind, r, zone));
        item->setToolTip(item->text());
        m_list->addItem(item);
    }
    const bool none = rows.rows.isEmpty();
    m_empty->setVisible(none);
    m_list->setVisible(!none);
    if (none) {
        m_count->clear();
    } else if (rows.total > rows.rows.size()) {
        m_count->setText(tr("the newest %1 of %2 in the period").arg(rows.rows.size()).arg(rows.total));
    } else {
        m_count->setText(Format::counted(rows.total, tr("1 in the period"), tr("%1 in the period")));
    }
}

QString RecentRowsPanel::countText() const
{
    return m_count->text();
}

QString RecentRowsPanel::emptyText() const
{
    return m_list->count() == 0 ? m_empty->text() : QString();
}

} // namespace grab::ui
