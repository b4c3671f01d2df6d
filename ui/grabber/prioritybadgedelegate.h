#pragma once

#include <QStyledItemDelegate>

namespace grab::ui {

// Paints the priority as a coloured badge ("P1" red … "P4" grey), muted for orders this
// grabber cannot grab. Reads GrabPoolModel::PriorityRole and GrabbableRole.
class PriorityBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriorityBadgeDelegate)

public:
    explicit PriorityBadgeDelegate(QObject *parent = nullptr);
    ~PriorityBadgeDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor colorFor(int priority);
};

} // namespace grab::ui
