#include "timezonepicker.h"

#include <QDateTime>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTimeZone>
#include <QVBoxLayout>

namespace grab::ui {

TimeZonePicker::TimeZonePicker(QWidget *parent) : QWidget(parent)
{
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("zoneSearch"));
    m_search->setPlaceholderText(tr("Search: a city or region, e.g. Shanghai, or an offset, e.g. +08"));
    m_search->setClearButtonEnabled(true);

    m_model = new QStandardItemModel(this);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        const QString name = QString::fromLatin1(id);
        if (!name.contains(u'/') || name.startsWith(u"Etc/")) {
            continue; // "UTC", "PRC", "Etc/GMT-8": aliases a manager would not look for
        }
        const QTimeZone zone(id);
        auto *item = new QStandardItem(QStringLiteral("%1   (%2)").arg(name, zone.displayName(now, QTimeZone::OffsetName)));
        item->setData(name, Qt::UserRole);
        item->setEditable(false);
        m_model->appendRow(item);
    }
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("zoneList"));
    m_list->setModel(m_filter);
    m_list->setUniformItemSizes(true);
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 8);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);

    setFocusProxy(m_search);
    connect(m_search, &QLineEdit::textChanged, this, &TimeZonePicker::setSearch);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { emit zoneChanged(zone()); });
}

QString TimeZonePicker::zone() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(Qt::UserRole).toString() : QString();
}

void TimeZonePicker::setZone(const QString &ianaId)
{
    m_search->clear();
    QModelIndexList found = m_model->match(m_model->index(0, 0), Qt::UserRole, ianaId, 1, Qt::MatchExactly);
    if (found.isEmpty() && QTimeZone(ianaId.toLatin1()).isValid()) {
        // A zone the list leaves out as an alias ("UTC", what a server or a fresh machine
        // often has): listed first, so that the team's zone is what the list opens at, not
        // Africa/Abidjan.
        auto *item = new QStandardItem(
            QStringLiteral("%1   (%2)").arg(ianaId, QTimeZone(ianaId.toLatin1()).displayName(QDateTime::currentDateTimeUtc(), QTimeZone::OffsetName)));
        item->setData(ianaId, Qt::UserRole);
        item->setEditable(false);
        m_model->insertRow(0, item);
        found = {m_model->index(0, 0)};
    }
    if (found.isEmpty()) {
        return;
    }
    const QModelIndex index = m_filter->mapFromSource(found.constFirst());
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void TimeZonePicker::setSearch(const QString &text)
{
    if (m_search->text() != text) {
        m_search->setText(text); // comes back here through textChanged
        return;
    }
    const QString before = zone();
    // "Shanghai" finds Asia/Shanghai; spaces stand for the underscores of "Los_Angeles".
    QString pattern = text.trimmed();
    pattern.replace(u' ', u'_');
    m_filter->setFilterFixedString(pattern);
    // Keep the selected zone when it is still listed, otherwise the first match.
    const QModelIndexList kept = m_filter->match(m_filter->index(0, 0), Qt::UserRole, before, 1, Qt::MatchExactly);
    if (!kept.isEmpty()) {
        m_list->setCurrentIndex(kept.constFirst());
    } else if (m_filter->rowCount() > 0) {
        m_list->setCurrentIndex(m_filter->index(0, 0));
    }
    emit zoneChanged(zone());
}

void TimeZonePicker::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Centred only now: before the list has its size, scrolling leaves the zone at an edge.
    if (m_list->currentIndex().isValid()) {
        m_list->scrollTo(m_list->currentIndex(), QAbstractItemView::PositionAtCenter);
    }
}

int TimeZonePicker::visibleCount() const
{
    return m_filter->rowCount();
}

} // namespace grab::ui
