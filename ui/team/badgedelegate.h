#pragma once

#include <QStyledItemDelegate>

namespace grab::ui {

// Paints a cell as a rounded badge when the model gives a colour in `badgeRole`: the text in
// the model's foreground colour on that background. Other cells paint as usual.
class BadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BadgeDelegate)

public:
    BadgeDelegate(int badgeRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace grab::ui
