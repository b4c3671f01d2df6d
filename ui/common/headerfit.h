#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class QTableView;

namespace grab::ui {

// Sizes a table's columns for what they hold, in the fonts on screen: each column as wide as its
// title or a long sample value, whichever is wider. Only the sorted column's title gets room for
// the sort arrow (a square as high as the header), and that room follows the sort. Columns named
// optional step aside, in the order named, when the view is too narrow for every column (a
// 1280 px window), and come back when it widens; what they said must be elsewhere (a tooltip,
// the details beside the table).
//
// A width the manager set by dragging is left alone. Owned by the view.
class HeaderFit final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeaderFit)

public:
    explicit HeaderFit(QTableView *view);

    // Sizes `column` for its title and `sample` (plus `extra`, room for a badge or an icon).
    void fit(int column, const QString &sample, int extra = 0);
    // The width fit() gave `column`, without the arrow.
    int baseWidth(int column) const { return m_base.value(column); }
    // Columns that step aside, first to go first, when the view cannot hold them all; `reserve`
    // is what the stretching column needs beyond the fitted ones.
    void setOptional(const QList<int> &columns, int reserve);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int titleWidth(int column) const;
    int arrowWidth() const;
    void followSort(int sorted);
    void fitWidth();

    QTableView *m_view;
    QHash<int, int> m_base;
    int m_sorted = -1;
    QList<int> m_optional;
    int m_reserve = 0;
};

} // namespace grab::ui
