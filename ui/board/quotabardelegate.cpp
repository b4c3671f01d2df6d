#include "quotabardelegate.h"

#include <QPainter>

namespace grab::ui {

QuotaBarDelegate::QuotaBarDelegate(int usedRole, int capRole, QObject *parent)
    : QStyledItemDelegate(parent), m_usedRole(usedRole), m_capRole(capRole)
{
}

void QuotaBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const int used = index.data(m_usedRole).toInt();
    const int cap = index.data(m_capRole).toInt();
    if (cap <= 0) {
        return;
    }
    const double share = std::clamp(double(used) / cap, 0.0, 1.0);
    const QColor fill = used >= cap ? QColor(0xc6, 0x28, 0x28) : used * 5 >= cap * 4 ? QColor(0xe0, 0x9b, 0x00) : QColor(0x3c, 0x9a, 0x5f);
    const QRect track(option.rect.left() + 4, option.rect.bottom() - 4, option.rect.width() - 8, 3);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xe3, 0xe6, 0xea));
    painter->drawRect(track);
    painter->setBrush(fill);
    painter->drawRect(QRect(track.left(), track.top(), int(track.width() * share), track.height()));
    painter->restore();
}

} // namespace grab::ui
