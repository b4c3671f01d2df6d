#include "recentrowspanel.h"

#include "common/format.h"
#include "kpifigure.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace grab::ui {
namespace {

QString categoryText(const QString &code)
{
    if (code == QLatin1String("sales_skills")) {
        return RecentRowsPanel::tr("sales skills");
    }
    if (code == QLatin1String("product_knowledge")) {
        return RecentRowsPanel::tr("product knowledge");
    }
    if (code == QLatin1String("customer_service")) {
        return RecentRowsPanel::tr("customer service");
    }
    return QString(code).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString titleOf(RecentRowsPanel::Kind kind)
{
    switch (kind) {
    case RecentRowsPanel::Kind::Actions:
        return RecentRowsPanel::tr("Open action items");
    case RecentRowsPanel::Kind::Violations:
        return RecentRowsPanel::tr("Recent violations");
    case RecentRowsPanel::Kind::Feedback:
        return RecentRowsPanel::tr("Feedback comments");
    case RecentRowsPanel::Kind::Trainings:
        break;
    }
    return RecentRowsPanel::tr("Trainings");
}

QString emptyLine(RecentRowsPanel::Kind kind)
{
    switch (kind) {
    case RecentRowsPanel::Kind::Actions:
        return RecentRowsPanel::tr("No open action items from meetings or one-to-ones.");
    case RecentRowsPanel::Kind::Violations:
        return RecentRowsPanel::tr("No violations in this period.");
    case RecentRowsPanel::Kind::Feedback:
        return RecentRowsPanel::tr("No feedback in this period.");
    case RecentRowsPanel::Kind::Trainings:
        break;
    }
    return RecentRowsPanel::tr("No training taken or due in this period.");
}

QString nameOf(RecentRowsPanel::Kind kind, bool list)
{
    switch (kind) {
    case RecentRowsPanel::Kind::Actions:
        return list ? QStringLiteral("actionList") : QStringLiteral("openActions");
    case RecentRowsPanel::Kind::Violations:
        return list ? QStringLiteral("violationList") : QStringLiteral("recentViolations");
    case RecentRowsPanel::Kind::Feedback:
        return list ? QStringLiteral("feedbackList") : QStringLiteral("recentFeedback");
    case RecentRowsPanel::Kind::Trainings:
        break;
    }
    return list ? QStringLiteral("trainingList") : QStringLiteral("recentTrainings");
}

} // namespace

RecentRowsPanel::RecentRowsPanel(Kind kind, QWidget *parent) : QFrame(parent), m_kind(kind)
{
    setObjectName(nameOf(kind, false));
    auto *heading = new QLabel(titleOf(kind));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_count = new QLabel;
    m_count->setStyleSheet(QStringLiteral("color: #6b6b6b;"));
    m_empty = new QLabel(emptyLine(kind));
    m_empty->setStyleSheet(QStringLiteral("color: #6b6b6b; font-style: italic;"));
    m_list = new QListWidget;
    m_list->setObjectName(nameOf(kind, true));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // Rows as tall as a line of Chinese needs, so that five show whatever the script.
    m_rowHeight = std::max(m_list->fontMetrics().height(),
                           m_list->fontMetrics().boundingRect(QStringLiteral("服务周到")).height()) +
                  6;
    m_list->setFixedHeight(kVisibleRows * m_rowHeight + 2 * m_list->frameWidth() + 2);

    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addWidget(m_count);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(m_list);
    layout->addStretch(1); // an empty panel keeps its heading level with its neighbours'
    setRows({}, QTimeZone::utc());
}

QString RecentRowsPanel::line(Kind kind, const DrillDown::Row &row, const QTimeZone &zone)
{
    QStringList parts;
    parts << QDateTime::fromMSecsSinceEpoch(row.atMs, zone.isValid() ? zone : QTimeZone::utc())
                 .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (kind == Kind::Violations) {
        parts << tr("%1 (%2)", "violation type (severity)")
                     .arg(Format::violationType(row.outcome), Format::severity(row.reason));
    } else if (row.score) {
        parts << tr("score %1").arg(*row.score);
    }
    if (!row.noteForScreen().isEmpty()) {
        parts << row.noteForScreen();
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
        item->setSizeHint(QSize(0, m_rowHeight)); // the same rows whether the line is Latin or Chinese
        item->setToolTip(item->text());
        m_list->addItem(item);
    }
    m_flagged = 0;
    showCount(rows.rows.size(), rows.total);
}

bool RecentRowsPanel::isOverdue(const DashboardService::Training &t, const QDate &today)
{
    return !t.takenOn.isValid() && t.dueOn.isValid() && t.dueOn < today;
}

QString RecentRowsPanel::trainingLine(const DashboardService::Training &t, const QDate &today)
{
    // The date and what became of it first, where the eye starts and an elided line keeps it.
    QStringList parts;
    if (isOverdue(t, today)) {
        parts << tr("overdue since %1").arg(t.dueOn.toString(Qt::ISODate));
    } else if (!t.takenOn.isValid()) {
        parts << (t.dueOn.isValid() ? tr("due %1").arg(t.dueOn.toString(Qt::ISODate)) : tr("not taken yet"));
    } else if (t.passed) {
        parts << (*t.passed ? tr("%1 passed").arg(t.takenOn.toString(Qt::ISODate))
                            : tr("%1 not passed").arg(t.takenOn.toString(Qt::ISODate)));
    } else {
        parts << tr("%1 taken").arg(t.takenOn.toString(Qt::ISODate));
    }
    parts << t.course << categoryText(t.category);
    if (t.hours) {
        parts << tr("%1 h", "hours of training").arg(QLocale().toString(*t.hours, 'g', 3));
    }
    return parts.join(QStringLiteral(" · "));
}

void RecentRowsPanel::setTrainings(const QList<DashboardService::Training> &trainings, qint64 total, const QDate &today)
{
    m_list->clear();
    m_flagged = 0;
    for (const DashboardService::Training &t : trainings) {
        auto *item = new QListWidgetItem(trainingLine(t, today));
        item->setSizeHint(QSize(0, m_rowHeight));
        QString tip = item->text();
        if (isOverdue(t, today)) {
            item->setForeground(QColor(0xc6, 0x28, 0x28));
            tip += QLatin1Char('\n') + tr("Due on %1 and not taken.").arg(t.dueOn.toString(Qt::ISODate));
            ++m_flagged;
        } else if (t.passed == false) {
            item->setForeground(QColor(0xa8, 0x5c, 0x00));
            ++m_flagged;
        }
        item->setToolTip(tip);
        m_list->addItem(item);
    }
    showCount(trainings.size(), total);
}

void RecentRowsPanel::setActions(const QList<ActionItem> &actions, const QDate &today)
{
    m_list->clear();
    m_flagged = 0;
    for (const ActionItem &a : actions) {
        auto *item = new QListWidgetItem(actionLine(a));
        item->setSizeHint(QSize(0, m_rowHeight));
        QString tip = item->text();
        switch (a.dueState(today)) {
        case DueState::Overdue:
            item->setForeground(QColor(0xc6, 0x28, 0x28));
            tip += QLatin1Char('\n') + tr("Due on %1 and not done.").arg(a.dueOn.toString(Qt::ISODate));
            ++m_flagged;
            break;
        case DueState::DueSoon:
            item->setForeground(QColor(0xa8, 0x5c, 0x00));
            tip += QLatin1Char('\n') + tr("Due within three days.");
            ++m_flagged;
            break;
        case DueState::None:
            break;
        }
        item->setToolTip(tip);
        m_list->addItem(item);
    }
    m_empty->setVisible(actions.isEmpty());
    m_list->setVisible(!actions.isEmpty());
    m_count->setText(actions.isEmpty() ? QString() : tr("%Ln open", nullptr, int(actions.size())));
}

QString RecentRowsPanel::actionLine(const ActionItem &a)
{
    const QString from = a.noteKind == NoteKind::WeeklyMeeting ? tr("weekly meeting %1") : tr("one-to-one %1");
    const QString due = a.dueOn.isValid() ? tr("due %1").arg(a.dueOn.toString(Qt::ISODate)) : tr("no due date");
    return QStringLiteral("%1 · %2 · %3").arg(due, a.text, from.arg(a.noteHeldOn.toString(Qt::ISODate)));
}

void RecentRowsPanel::showCount(qint64 shown, qint64 total)
{
    const bool none = shown == 0;
    m_empty->setVisible(none);
    m_list->setVisible(!none);
    if (none) {
        m_count->clear();
    } else if (total > shown) {
        m_count->setText(tr("the newest %1 of %2 in the period").arg(shown).arg(total));
    } else {
        m_count->setText(tr("%Ln in the period", nullptr, int(total)));
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
