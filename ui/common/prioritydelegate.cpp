#include "prioritydelegate.h"

#include <QApplication>
#include <QPainter>

namespace grab::ui {

PriorityDelegate::PriorityDelegate(int priorityRole, int activeRole, QObject *parent)
    : QStyledItemDelegate(parent), m_role(priorityRole), m_activeRole(activeRole)
{
}

QColor PriorityDelegate::colour(int priority)
{
    switch (priority) {
    case 1: return QColor(0xc6, 0x28, 0x28);
    case 2: return QColor(0xe0, 0x7b, 0x00);
    case 3: return QColor(0x2f, 0x6f, 0xb8);
    default: return QColor(0x8a, 0x94, 0x9e);
    }
}

void PriorityDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The row's background and selection first, as for any cell, without the text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int priority = index.data(m_role).toInt();
    const QString text = QStringLiteral("P%1").arg(priority);
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics fm(font);
    const int h = fm.height() + 2;
    const int w = fm.horizontalAdvance(text) + 12;
    const QRect badge(option.rect.left() + 6, option.rect.center().y() - h / 2 + 1, w, h);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    QColor fill = colour(priority);
    if (m_activeRole >= 0 && !index.data(m_activeRole).toBool()) {
        fill = QColor::fromHsv(fill.hsvHue(), fill.hsvSaturation() / 4, 190);
    }
    painter->setBrush(fill);
    painter->drawRoundedRect(badge, 4, 4);
    painter->setPen(Qt::white);
    painter->setFont(font);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize PriorityDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    QFont font = option.font;
    font.setBold(true);
    s.setWidth(std::max(s.width(), QFontMetrics(font).horizontalAdvance(QStringLiteral("P4")) + 24));
    return s;
}

} // namespace grab::ui
