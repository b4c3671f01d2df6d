#include "alertlist.h"

#include "common/tablewidgets.h"
#include "common/format.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QVBoxLayout>

namespace grab::ui {
namespace {

constexpr int kIndexRole = Qt::UserRole + 1;

QIcon dot(Alert::Severity severity)
{
    const int size = 12;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(severity == Alert::Severity::Critical ? QColor(0xc6, 0x28, 0x28) : QColor(0xe0, 0x8a, 0x00));
    p.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3));
    return QIcon(pixmap);
}

} // namespace

AlertList::AlertList(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("alertList"));
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("alertCount"));
    m_count->setStyleSheet(QStringLiteral("color: #6b6b6b;"));
    m_empty = new QLabel(tr("No alerts for this period."));
    m_empty->setObjectName(QStringLiteral("alertsEmpty"));
    m_empty->setStyleSheet(QStringLiteral("color: #6b6b6b; font-style: italic;"));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("alertView"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(m_list, &QListWidget::itemActivated, this, &AlertList::activate);

    auto *heading = new QHBoxLayout;
    heading->addWidget(sectionTitle(tr("Alerts")));
    heading->addWidget(m_count);
    heading->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(heading);
    layout->addWidget(m_empty);
    layout->addWidget(m_list);
    setAlerts({});
}

void AlertList::setAlerts(const QList<Alert> &alerts)
{
    m_alerts = alerts;
    m_list->clear();
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        const Alert &a = alerts.at(i);
        auto *item = new QListWidgetItem(dot(a.severity), a.sentence);
        item->setData(kIndexRole, int(i));
        const QString severity = a.severity == Alert::Severity::Critical ? tr("Critical") : tr("Warning");
        const QString action = a.grabberId ? tr("Double-click for %1's dashboard.").arg(a.grabberName)
                                           : tr("Double-click for the rows behind it.");
        item->setToolTip(tr("%1: %2\n%3", "severity: the alert, then what a double-click does").arg(severity, a.sentence, action));
        m_list->addItem(item);
    }
    const bool none = alerts.isEmpty();
    m_empty->setVisible(none);
    m_list->setVisible(!none);
    m_count->setText(none ? QString()
                          : tr("%Ln alerts · double-click to look closer", nullptr, int(alerts.size())));
    fitHeight();
}

QString AlertList::emptyText() const
{
    return m_alerts.isEmpty() ? m_empty->text() : QString();
}

void AlertList::fitHeight()
{
    const int rows = int(std::clamp<qsizetype>(m_alerts.size(), 1, kVisibleRows));
    const int row = m_list->count() > 0 ? m_list->sizeHintForRow(0) : m_list->fontMetrics().height() + 6;
    m_list->setFixedHeight(rows * row + 2 * m_list->frameWidth() + 2);
}

void AlertList::activate(QListWidgetItem *item)
{
    if (!item) {
        return;
    }
    const int i = item->data(kIndexRole).toInt();
    if (i < 0 || i >= m_alerts.size()) {
        return;
    }
    const Alert &a = m_alerts.at(i);
    if (a.grabberId) {
        emit grabberRequested(*a.grabberId);
    } else {
        emit drillRequested(a);
    }
}

} // namespace grab::ui
