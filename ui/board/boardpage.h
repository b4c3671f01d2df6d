#pragma once

#include "boardactions.h"
#include "domain/customer.h"
#include "eventdescription.h"
#include "live/boardstate.h"

#include <QElapsedTimer>
#include <QWidget>

#include <deque>

class QAction;
class QUndoStack;
class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;

namespace grab {
class Database;
class LiveHub;
}

namespace grab::ui {

class ActivityModel;
class ActivityPanel;
class AppSettings;
class BoardFilterBar;
class DetailsPanel;
class LiveOrderModel;
class LoadModel;
class MessageStrip;
class OrderFilterProxy;

// The live grab board: the open pool (and the orders being worked on) with filters, the
// activity feed, the load strip and a details panel; the manager's actions on the selected
// order. It follows the window's LiveHub, which sends a snapshot, then deltas whenever anyone
// — this window, another GrabDesk, grabctl, the simulator — commits; the page applies them to
// its models row by row (and then says so with deltaApplied).
class BoardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardPage)

public:
    BoardPage(Database &db, const Clock &clock, AppSettings &settings, LiveHub &hub, QWidget *parent = nullptr);
    ~BoardPage() override;

    // The manager's actions, on an order id (the menu and buttons call these for the selection).
    void dispatchNow(qint64 orderId);
    void assign(qint64 orderId, qint64 grabberId, const QString &note = QString());
    void release(qint64 orderId);
    void cancel(qint64 orderId, const QString &why);
    void restrict(qint64 orderId, const QList<qint64> &onlyGrabbers, std::optional<Level> minLevel);

    QList<QAction *> orderActions() const; // for the window's Order menu
    // The window's undo stack (Edit ▸ Undo): a release and a restriction go on it.
    void setUndoStack(QUndoStack *stack);
    // Order ▸ New order…: the dialog, then the order published (true) or not.
    bool askPublish();
    // What the dialog hands over: published, said on the board's strip; or the core's refusal.
    Status publish(const OrderService::NewOrder &order);
    // Order ▸ New customer…, and what its dialog hands over.
    bool askAddCustomer();
    Status addCustomer(const Customer &customer);
    QAction *action(const QString &objectName) const;
    void focusSearch();
    void reload(); // a fresh snapshot

    // For the status bar, tests and the benchmark.
    LiveOrderModel *orders() const { return m_orders; }
    ActivityModel *activity() const { return m_activity; }
    LoadModel *load() const { return m_load; }
    QTableView *poolView() const { return m_poolView; }
    QTableView *workingView() const { return m_workingView; }
    MessageStrip *messages() const { return m_messages; }
    DetailsPanel *details() const { return m_details; }
    bool isLoaded() const { return m_loaded; }
    std::optional<qint64> selectedOrder() const;
    bool selectOrder(qint64 orderId); // in whichever tab holds it
    // Shows an order wherever it is: selected in its tab when it is still in play, otherwise
    // (closed, cancelled, expired) read from the database into the details panel. False when
    // there is no such order.
    bool showOrder(qint64 orderId);
    const RuleSet &rules() const;
    // Events applied per second over the last ten seconds.
    double eventRate() const;

protected:
    // The order actions work only while the page, and so the order they act on, is in view.
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

signals:
    void loaded();
    void deltaApplied(const grab::BoardDelta &delta);
    void rulesChanged(const grab::RuleSet &rules);
    // The feed's state after each poll: whether it reads, and why not.
    void feedHealth(bool ok, const QString &message);

private:
    void buildActions();
    QWidget *buildLeft();
    QWidget *buildRight();
    void onSnapshot(const grab::BoardSnapshot &snapshot);
    void onDelta(const grab::BoardDelta &delta);
    void onHealth(bool ok, const QString &message, qint64 polledAt);
    void rememberNames(const QList<Quota> &quotas);
    void rememberOrders(const QList<Order> &orders);
    void addToFeed(const QList<Event> &events);
    void tick();
    void updateHeadline();
    void updateActions();
    void showSelection();
    void pinSelection();
    void notePinned(const QList<Event> &events);
    void showOutcome(const BoardActions::Outcome &outcome);
    void saveLayout();
    const Order *currentOrder() const;
    void onDispatchNow();
    void onAssign();
    void onRelease();
    void onCancel();
    void onRestrict();

    // What the details panel shows, so that it follows the deltas and the clock.
    struct DetailsOf
    {
        enum Kind { Order, Grabber, Event, PastOrder } kind = Order;
        qint64 id = 0;
    };
    DetailsOf m_detailsOf;
    QUndoStack *m_undo = nullptr;

    Database &m_db;
    const Clock &m_clock;
    AppSettings &m_settings;
    BoardActions m_actions;
    EventDescriber m_describer;

    LiveOrderModel *m_orders = nullptr;
    OrderFilterProxy *m_pool = nullptr;
    OrderFilterProxy *m_working = nullptr;
    ActivityModel *m_activity = nullptr;
    LoadModel *m_load = nullptr;

    QLabel *m_headline = nullptr;
    BoardFilterBar *m_filters = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_poolView = nullptr;
    QTableView *m_workingView = nullptr;
    QLabel *m_poolEmpty = nullptr; // over the pool when no order shows: why, not a blank table
    ActivityPanel *m_feedPanel = nullptr;
    MessageStrip *m_messages = nullptr;
    DetailsPanel *m_details = nullptr;
    QSplitter *m_main = nullptr;
    QSplitter *m_leftSplit = nullptr;
    QSplitter *m_rightSplit = nullptr;
    QList<QAction *> m_orderActions;

    LiveHub &m_hub;
    bool m_loaded = false;
    QString m_loadError; // why the first snapshot could not be read (a damaged page, a lock held too long)
    std::deque<std::pair<qint64, int>> m_rate; // (arrival ms, events) of the last ten seconds
};

} // namespace grab::ui
