#pragma once

#include <QStyledItemDelegate>

namespace grab::ui {

// Paints "used / cap" as a thin bar under the figures: green while there is room, amber near
// the cap, red at it. The model gives the numbers in `usedRole` and `capRole`.
class QuotaBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotaBarDelegate)

public:
    QuotaBarDelegate(int usedRole, int capRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_usedRole;
    int m_capRole;
};

} // namespace grab::ui
