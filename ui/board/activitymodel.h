#pragma once

#include "eventdescription.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

namespace grab::ui {

// The activity feed: the newest events first, each told as a sentence when it arrived (names
// resolved then, so painting never looks anything up). Keeps the latest `capacity` events;
// older ones fall off the bottom. New events are inserted at the top in one batch per delta.
class ActivityModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityModel)

public:
    enum Column { Time, What, ColumnCount };
    enum Role { EventIdRole = Qt::UserRole + 1, KindRole, OrderIdRole, GrabberIdRole, AtRole };

    explicit ActivityModel(int capacity = 2000, QObject *parent = nullptr);

    struct Item
    {
        qint64 eventId = 0;
        qint64 at = 0;
        EventDescription description;
        std::optional<qint64> orderId;
        std::optional<qint64> grabberId;
        Event event; // the whole event, for the details panel
    };

    // Events oldest first, as the feed delivers them; they appear newest first.
    void prepend(const QList<Item> &items);
    void clear();
    void setNow(qint64 nowMs) { m_now = nowMs; }
    const Item &itemAt(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QColor colour(EventDescription::Kind kind);

private:
    QList<Item> m_items; // newest first
    int m_capacity;
    qint64 m_now = 0;
    mutable QHash<int, QIcon> m_icons;
};

} // namespace grab::ui
