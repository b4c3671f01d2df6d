#pragma once

#include <QStyledItemDelegate>

namespace grab::ui {

// Paints a priority (P1..P4) as a small coloured badge: the eye finds the P1s first.
// The model gives the number in `priorityRole`; where `activeRole` is given and the row's
// value there is false (an order this grabber cannot grab), the badge is muted.
class PriorityDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriorityDelegate)

public:
    explicit PriorityDelegate(int priorityRole, int activeRole = -1, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor colour(int priority);

private:
    int m_role;
    int m_activeRole;
};

} // namespace grab::ui
