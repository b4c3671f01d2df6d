#include "badgedelegate.h"

#include <QApplication>
#include <QPainter>

namespace grab::ui {

BadgeDelegate::BadgeDelegate(int badgeRole, QObject *parent) : QStyledItemDelegate(parent), m_role(badgeRole) {}

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant colour = index.data(m_role);
    const QString text = index.data(Qt::DisplayRole).toString();
    if (!colour.canConvert<QColor>() || !colour.value<QColor>().isValid() || text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's own background and selection first, then the badge on top.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QFontMetrics fm(opt.font);
    const int w = std::min(opt.rect.width() - 6, fm.horizontalAdvance(text) + 14);
    const int h = std::min(opt.rect.height() - 4, fm.height() + 4);
    QRect badge(0, 0, w, h);
    badge.moveCenter(opt.rect.center());
    const QVariant fg = index.data(Qt::ForegroundRole);
    const QColor textColour = fg.canConvert<QBrush>() ? fg.value<QBrush>().color() : opt.palette.color(QPalette::Text);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour.value<QColor>());
    painter->drawRoundedRect(badge, h / 2.0, h / 2.0);
    painter->setPen(textColour);
    painter->setFont(opt.font);
    painter->drawText(badge, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, badge.width() - 6));
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.rwidth() += 14;
    return s;
}

} // namespace grab::ui
