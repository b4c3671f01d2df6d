#pragma once

#include <QObject>
#include <QTimer>

class QPushButton;
class QTableView;

namespace grab::ui {

class OrderFilterProxy;

// Keeps a live list still under the manager's pointer. While the pointer rests on the list,
// orders that arrive are held back (OrderFilterProxy::hold), so that the row under the pointer
// never moves as a click lands; the rows already shown go on changing, so the board is not
// frozen. Once orders have waited 2 s, a pill at the foot of the list says "3 new orders ↑" (as
// chat clients do); a click on it, or the pointer leaving the list, shows them.
class HeldRowsBar final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeldRowsBar)

public:
    static constexpr int kQuietMs = 2000;

    HeldRowsBar(QTableView *view, OrderFilterProxy *proxy, QObject *parent = nullptr);

    QPushButton *pill() const { return m_pill; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onHeld(int count);
    void showPill();
    void releaseAll();
    void place();

    QTableView *m_view;
    OrderFilterProxy *m_proxy;
    QPushButton *m_pill;
    QTimer m_quiet;
};

} // namespace grab::ui
