#include "activitymodel.h"

#include "common/format.h"

#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace grab::ui {

ActivityModel::ActivityModel(int capacity, QObject *parent) : QAbstractTableModel(parent), m_capacity(std::max(1, capacity)) {}

void ActivityModel::prepend(const QList<Item> &items)
{
    if (items.isEmpty()) {
        return;
    }
    // Only the newest `capacity` of a large batch can be shown.
    const qsizetype take = std::min<qsizetype>(items.size(), m_capacity);
    beginInsertRows(QModelIndex(), 0, int(take) - 1);
    QList<Item> fresh;
    fresh.reserve(take + m_items.size());
    for (qsizetype i = items.size() - 1; i >= items.size() - take; --i) {
        fresh.append(items.at(i));
    }
    fresh.append(std::move(m_items));
    m_items = std::move(fresh);
    endInsertRows();
    if (m_items.size() > m_capacity) {
        beginRemoveRows(QModelIndex(), m_capacity, int(m_items.size()) - 1);
        m_items.resize(m_capacity);
        endRemoveRows();
    }
}

void ActivityModel::clear()
{
    beginResetModel();
    m_items.clear();
    endResetModel();
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor ActivityModel::colour(EventDescription::Kind kind)
{
    using Kind = EventDescription::Kind;
    switch (kind) {
    case Kind::Win: return QColor(0x2e, 0x8b, 0x57);
    case Kind::LostRace: return QColor(0x8a, 0x8a, 0x8a);
    case Kind::Refused: return QColor(0xd9, 0x8c, 0x00);
    case Kind::Dispatch: return QColor(0x2f, 0x6f, 0xb8);
    case Kind::Reclaim: return QColor(0xc0, 0x39, 0x2b);
    case Kind::Close: return QColor(0x6a, 0x4c, 0x93);
    case Kind::Publish: return QColor(0xb8, 0xc4, 0xd0);
    case Kind::Rule: return QColor(0x33, 0x33, 0x33);
    case Kind::Other: return QColor(0xa0, 0xa0, 0xa0);
    case Kind::Unplaced: return QColor(0xe0, 0xa8, 0x50);
    }
    return {};
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Item &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Time ? Format::when(item.at, m_now ? m_now : item.at) : item.description.text;
    case Qt::ToolTipRole:
        return item.description.details.isEmpty() ? item.description.text
                                                  : item.description.text + QLatin1Char('\n') + item.description.details;
    case Qt::DecorationRole: {
        if (index.column() != What) {
            return {};
        }
        const int kind = int(item.description.kind);
        auto it = m_icons.find(kind);
        if (it == m_icons.end()) {
            QPixmap dot(10, 10);
            dot.fill(Qt::transparent);
            QPainter p(&dot);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(colour(item.description.kind));
            p.drawEllipse(1, 1, 8, 8);
            it = m_icons.insert(kind, QIcon(dot));
        }
        return *it;
    }
    case Qt::ForegroundRole:
        if (index.column() == Time || item.description.kind == EventDescription::Kind::Publish) {
            return QColor(0x70, 0x70, 0x70);
        }
        return {};
    case EventIdRole: return item.eventId;
    case KindRole: return int(item.description.kind);
    case OrderIdRole: return item.orderId ? QVariant(*item.orderId) : QVariant();
    case GrabberIdRole: return item.grabberId ? QVariant(*item.grabberId) : QVariant();
    case AtRole: return item.at;
    default: return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return section == Time ? tr("Time") : tr("Activity");
}

} // namespace grab::ui
