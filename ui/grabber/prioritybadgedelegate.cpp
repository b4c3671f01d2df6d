#include "prioritybadgedelegate.h"

#include "grabpoolmodel.h"

#include <QApplication>
#include <QPainter>

namespace grab::ui {
namespace {

constexpr int kPadding = 8; // inside the badge, left and right

QRect badgeRect(const QStyleOptionViewItem &option, const QString &text)
{
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics fm(bold);
    const int h = fm.height() + 2;
    const int w = std::max(fm.horizontalAdvance(text) + 2 * kPadding, h * 2);
    return QRect(option.rect.center().x() - w / 2, option.rect.center().y() - h / 2 + 1, w, h);
}

} // namespace

PriorityBadgeDelegate::PriorityBadgeDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

PriorityBadgeDelegate::~PriorityBadgeDelegate() = default;

QColor PriorityBadgeDelegate::colorFor(int priority)
{
    switch (priority) {
    case 1:
        return QColor(0xd9, 0x30, 0x25);
    case 2:
        return QColor(0xe3, 0x74, 0x00);
    case 3:
        return QColor(0x1a, 0x73, 0xe8);
    default:
        return QColor(0x6b, 0x72, 0x80);
    }
}

void PriorityBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear(); // the background and the selection as usual, the text as a badge
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool grabbable = index.data(GrabPoolModel::GrabbableRole).toBool();
    QColor fill = colorFor(index.data(GrabPoolModel::PriorityRole).toInt());
    if (!grabbable) {
        fill = QColor::fromHsv(fill.hsvHue(), fill.hsvSaturation() / 4, 190);
    }
    const QRect badge = badgeRect(opt, text);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
    QFont bold = opt.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize PriorityBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QRect badge = badgeRect(opt, opt.text);
    return QSize(badge.width() + 2 * kPadding, badge.height() + 8);
}

} // namespace grab::ui
