#include "boardpage.h"

#include "activitymodel.h"
#include "boardfilterbar.h"
#include "common/format.h"
#include "common/messagestrip.h"
#include "detailspanel.h"
#include "domain/ageing.h"
#include "domain/event.h"
#include "live/livehub.h"
#include "liveordermodel.h"
#include "loadmodel.h"
#include "orderfilterproxy.h"
#include "common/appsettings.h"
#include "services/grab/orderreader.h"
#include "store/database.h"

#include <QAction>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QTimeZone>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace grab::ui {
namespace {

QString orderLabel(const Order &o)
{
    // The amount before the name: where the feed must elide, it keeps the figure.
    return QStringLiteral("#%1 · %2 · %3").arg(o.id).arg(Format::money(o.amountMinor), o.customerName);
}

} // namespace

BoardPage::BoardPage(Database &db, const Clock &clock, AppSettings &settings, LiveHub &hub, QWidget *parent)
    : QWidget(parent), m_db(db), m_clock(clock), m_settings(settings), m_actions(db, clock), m_hub(hub)
{
    m_orders = new LiveOrderModel(this);
    m_pool = new OrderFilterProxy(OrderState::Open, this);
    m_pool->setSourceModel(m_orders);
    m_working = new OrderFilterProxy(OrderState::Assigned, this);
    m_working->setSourceModel(m_orders);
    m_activity = new ActivityModel(2000, this);
    m_load = new LoadModel(this);

    buildActions();
    m_headline = new QLabel;
    m_headline->setObjectName(QStringLiteral("boardHeadline"));
    m_main = new QSplitter(Qt::Horizontal);
    m_main->setChildrenCollapsible(false);
    m_main->addWidget(buildLeft());
    m_main->addWidget(buildRight());
    m_main->setStretchFactor(0, 3);
    m_main->setStretchFactor(1, 2);

    auto *title = new QLabel(tr("Board"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(16);
    top->addWidget(m_headline, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_main, 1);

    for (auto [splitter, name] : {std::pair{m_main, "board/main"}, {m_leftSplit, "board/left"}, {m_rightSplit, "board/right"}}) {
        const QByteArray state = m_settings.layout(QString::fromLatin1(name));
        if (state.isEmpty() || !splitter->restoreState(state)) {
            continue;
        }
    }
    if (m_settings.layout(QStringLiteral("board/main")).isEmpty()) {
        // The pool's columns first (all of them at 1280 px); the feed and the load strip get
        // the rest: about 300 px at 1280, more on a larger screen.
        m_main->setSizes({800, 300});
    }
    if (m_settings.layout(QStringLiteral("board/left")).isEmpty()) {
        m_leftSplit->setSizes({560, 220});
    }
    // ".v2": since the pool's columns fit 1280 px the customer stretches; an older layout's
    // wider columns would bring the sideways scroll bar back.
    if (const QByteArray h = m_settings.layout(QStringLiteral("board/poolHeader.v2")); !h.isEmpty()) {
        m_poolView->horizontalHeader()->restoreState(h);
        // A layout saved by an older version knows fewer columns: the pool never shows these.
        for (const int column : {LiveOrderModel::Assignee, LiveOrderModel::FollowUp, LiveOrderModel::Reclaim}) {
            m_poolView->setColumnHidden(column, true);
        }
    }

    // The hub reads in its own thread, on its own connection; the page applies what it sends.
    connect(&m_hub, &LiveHub::snapshotReady, this, &BoardPage::onSnapshot);
    connect(&m_hub, &LiveHub::deltaReady, this, &BoardPage::onDelta);
    connect(&m_hub, &LiveHub::health, this, &BoardPage::onHealth);
    if (m_hub.isLoaded()) {
        m_hub.reload(); // a page that joins late asks for a snapshot of its own
    } else {
        m_hub.start();
    }

    auto *ticker = new QTimer(this);
    ticker->setInterval(1000);
    connect(ticker, &QTimer::timeout, this, &BoardPage::tick);
    ticker->start();
    updateHeadline();
    updateActions();
}

BoardPage::~BoardPage()
{
    saveLayout();
}

void BoardPage::rememberNames(const QList<Quota> &quotas)
{
    QHash<qint64, QString> names;
    for (const Quota &q : quotas) {
        names.insert(q.grabberId, q.name);
    }
    if (names != m_describer.grabberNames) {
        m_describer.grabberNames = names;
        m_orders->setGrabberNames(names);
        m_filters->setGrabbers(names);
    }
}

void BoardPage::rememberOrders(const QList<Order> &orders)
{
    QSet<QString> regions;
    QSet<QString> skills;
    for (const Order &o : orders) {
        m_describer.orderLabels.insert(o.id, orderLabel(o));
        regions.insert(o.region);
        skills.insert(o.skill);
    }
    m_filters->addChoices(regions, skills);
}

void BoardPage::addToFeed(const QList<Event> &events)
{
    QList<ActivityModel::Item> items;
    items.reserve(events.size());
    for (const Event &e : events) {
        if (!EventDescriber::isNoteworthy(e)) {
            continue;
        }
        items.append({e.id, e.at, m_describer.describe(e), e.orderId, e.grabberId, e});
    }
    m_activity->prepend(items);
}

void BoardPage::onSnapshot(const BoardSnapshot &snapshot)
{
    rememberNames(snapshot.quotas);
    rememberOrders(snapshot.inPlay);
    rememberOrders(snapshot.recentOrders);
    m_orders->reset(snapshot.inPlay, snapshot.rules, m_clock.nowMs());
    m_load->setQuotas(snapshot.quotas);
    m_activity->clear();
    m_activity->setNow(m_clock.nowMs());
    addToFeed(snapshot.recent);
    m_loaded = true;
    updateHeadline();
    updateActions();
    emit rulesChanged(snapshot.rules);
    emit loaded();
}

void BoardPage::onDelta(const BoardDelta &delta)
{
    if (delta.quotas) {
        rememberNames(*delta.quotas);
    }
    rememberOrders(delta.orders);
    if (delta.rules) {
        m_orders->setRules(*delta.rules);
    }
    m_orders->apply(delta.orders);
    if (delta.quotas) {
        m_load->setQuotas(*delta.quotas);
    }
    addToFeed(delta.events);
    if (!delta.events.isEmpty()) {
        m_rate.emplace_back(m_clock.nowMs(), int(delta.events.size()));
    }
    notePinned(delta.events);
    updateHeadline();
    updateActions();
    showSelection(); // the details follow the same deltas as the lists
    if (delta.rules) {
        emit rulesChanged(*delta.rules);
    }
    emit deltaApplied(delta);
}

void BoardPage::onHealth(bool ok, const QString &message, qint64)
{
    // Until the first snapshot arrives, a failed read is the board's own news: without it the
    // page would say "Loading" for ever over a file it cannot read.
    if (!m_loaded && (ok ? !m_loadError.isEmpty() : message != m_loadError)) {
        m_loadError = ok ? QString() : message;
        updateHeadline();
    }
    emit feedHealth(ok, message);
}

double BoardPage::eventRate() const
{
    const qint64 now = m_clock.nowMs();
    int events = 0;
    for (const auto &[at, n] : m_rate) {
        if (now - at <= 10000) {
            events += n;
        }
    }
    return events / 10.0;
}

void BoardPage::tick()
{
    const qint64 now = m_clock.nowMs();
    while (!m_rate.empty() && now - m_rate.front().first > 10000) {
        m_rate.pop_front();
    }
    m_orders->setNow(now);
    m_activity->setNow(now);
    updateHeadline();
    showSelection(); // waiting times and countdowns move on in the details too
}

void BoardPage::updateHeadline()
{
    int starving = 0;
    const qint64 now = m_clock.nowMs();
    for (int row = 0; row < m_orders->rowCount(); ++row) {
        const Order &o = m_orders->orderAt(row);
        if (o.state == OrderState::Open && assessAgeing(m_orders->rules(), o, now).level == Ageing::Starving) {
            ++starving;
        }
    }
    const int open = m_orders->openCount();
    const int working = m_orders->rowCount() - open;
    QString text;
    if (!m_loaded && !m_loadError.isEmpty()) {
        // Short, so that a long reason never widens the window: the reason is over the pool.
        text = QStringLiteral("<span style='color:#b01e1e'>%1</span>").arg(tr("The board could not be read").toHtmlEscaped());
    } else if (!m_loaded) {
        text = tr("Loading the board…");
    } else if (starving > 0) {
        // %3 is the red "%n starving" part, kept a whole sentence so a translation may reorder it.
        text = tr("%1 open · %2 being worked on · %3")
                   .arg(Format::number(open), Format::number(working),
                        QStringLiteral("<span style='color:#b01e1e'>%1</span>").arg(tr("%n starving", nullptr, starving)));
    } else {
        text = tr("%1 open · %2 being worked on").arg(Format::number(open), Format::number(working));
    }
    m_headline->setText(text);
    m_headline->setToolTip(m_loaded ? QString() : m_loadError);
    // A selected order that left its tab is shown, greyed, but no longer counts in it.
    const int inPool = m_pool->rowCount() - (m_pool->pinnedHasLeft() ? 1 : 0);
    m_tabs->setTabText(0, inPool == open ? tr("Open pool (%1)").arg(QLocale().toString(open))
                                         : tr("Open pool (%1 of %2)").arg(QLocale().toString(inPool), QLocale().toString(open)));
    m_tabs->setTabText(1, tr("Being worked on (%1)").arg(QLocale().toString(m_working->rowCount() - (m_working->pinnedHasLeft() ? 1 : 0))));
    if (!m_loaded && !m_loadError.isEmpty()) {
        m_poolEmpty->setText(tr("The board could not be read from the database, so it shows nothing rather than part of the "
                                "pool. It tries again every few seconds.\n\n%1").arg(m_loadError));
        m_poolEmpty->setGeometry(m_poolView->viewport()->rect());
        m_poolEmpty->show();
    } else if (m_loaded && m_pool->rowCount() == 0) {
        m_poolEmpty->setText(open == 0 ? tr("The pool is empty: every order has been taken. New orders appear here the moment "
                                            "they are published.")
                                       : tr("No open order matches the filters (%1 open in all).").arg(QLocale().toString(open)));
        m_poolEmpty->setGeometry(m_poolView->viewport()->rect());
        m_poolEmpty->show();
    } else {
        m_poolEmpty->hide();
    }
}

const Order *BoardPage::currentOrder() const
{
    const QTableView *view = m_tabs->currentIndex() == 0 ? m_poolView : m_workingView;
    const QModelIndex current = view->selectionModel()->currentIndex();
    if (!current.isValid() || !view->selectionModel()->isRowSelected(current.row(), QModelIndex())) {
        return nullptr;
    }
    return m_orders->order(current.data(LiveOrderModel::OrderIdRole).toLongLong());
}

std::optional<qint64> BoardPage::selectedOrder() const
{
    const Order *o = currentOrder();
    return o ? std::optional<qint64>(o->id) : std::nullopt;
}

bool BoardPage::selectOrder(qint64 orderId)
{
    const Order *o = m_orders->order(orderId);
    if (!o) {
        return false;
    }
    const bool open = o->state == OrderState::Open;
    QTableView *view = open ? m_poolView : m_workingView;
    OrderFilterProxy *proxy = open ? m_pool : m_working;
    const QModelIndex index = proxy->mapFromSource(m_orders->index(m_orders->rowOf(orderId), 0));
    if (!index.isValid()) {
        return false; // filtered out
    }
    m_tabs->setCurrentWidget(view);
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
    return true;
}

void BoardPage::updateActions()
{
    // Only what the manager can see: on another page (the Team page, a dashboard) a shortcut
    // such as Ctrl+D must not reach an order selected here earlier.
    const Order *o = isVisible() ? currentOrder() : nullptr;
    const bool open = o && o->state == OrderState::Open;
    const bool assigned = o && o->state == OrderState::Assigned;
    action(QStringLiteral("dispatchNow"))->setEnabled(open);
    action(QStringLiteral("assignTo"))->setEnabled(open);
    action(QStringLiteral("restrict"))->setEnabled(open || assigned);
    action(QStringLiteral("release"))->setEnabled(assigned);
    action(QStringLiteral("cancelOrder"))->setEnabled(open || assigned);
}

void BoardPage::showSelection()
{
    switch (m_detailsOf.kind) {
    case DetailsOf::Order:
        if (const Order *o = currentOrder()) {
            m_details->showOrder(*o, m_orders->rules(), m_clock.nowMs());
        } else {
            m_details->clear(); // nothing selected, or the search hid it
        }
        break;
    case DetailsOf::Grabber:
        if (const Quota *q = m_load->quota(m_detailsOf.id)) {
            m_details->showGrabber(*q);
        }
        break;
    case DetailsOf::Event:
    case DetailsOf::PastOrder:
        break; // an event does not change, nor does an order that left play
    }
}

bool BoardPage::showOrder(qint64 orderId)
{
    if (m_orders->order(orderId) && selectOrder(orderId)) {
        return true;
    }
    auto order = OrderReader::order(m_db.connection(), orderId);
    if (!order) {
        m_messages->show(MessageStrip::Kind::Warning, order.error().message);
        return false;
    }
    m_detailsOf = DetailsOf{DetailsOf::PastOrder, orderId};
    m_details->showOrder(*order, m_orders->rules(), m_clock.nowMs());
    return true;
}

void BoardPage::pinSelection()
{
    const auto selectedIn = [](const QTableView *view) {
        const QModelIndexList rows = view->selectionModel()->selectedRows();
        return rows.isEmpty() ? qint64(0) : rows.first().data(LiveOrderModel::OrderIdRole).toLongLong();
    };
    const qint64 inPool = selectedIn(m_poolView);
    const qint64 inWork = selectedIn(m_workingView);
    m_pool->pin(inPool);
    m_working->pin(inWork);
    m_orders->keep(m_tabs->currentIndex() == 0 ? inPool : inWork);
}

void BoardPage::notePinned(const QList<Event> &events)
{
    // What happened to a selected order that left its tab, in the words of the feed: the
    // newest event about it, else its state.
    const QTimeZone zone = m_orders->rules().zone();
    for (OrderFilterProxy *proxy : {m_pool, m_working}) {
        if (!proxy->pinnedHasLeft()) {
            continue;
        }
        const Order *o = m_orders->order(proxy->pinned());
        if (!o) {
            continue;
        }
        const Event *last = nullptr;
        for (const Event &e : events) {
            if (e.orderId == o->id) {
                last = &e;
            }
        }
        const QString who = m_describer.grabberNames.value(o->assigneeId.value_or(0));
        const QString at = Format::time(QDateTime::fromMSecsSinceEpoch(last ? last->at : m_clock.nowMs(), zone));
        const QString type = last ? last->type : QString();
        QString note; // the whole sentence (tooltip), and what the Waiting cell has room for
        QString cell;
        if (type == QLatin1String(event::Dispatched)) {
            note = tr("dispatched to %1 at %2").arg(who, at);
            cell = tr("→ %1 %2").arg(who, at);
        } else if (type == QLatin1String(event::GrabWon)) {
            note = tr("grabbed by %1 at %2").arg(who, at);
            cell = tr("→ %1 %2").arg(who, at);
        } else if (type == QLatin1String(event::Cancelled)) {
            note = tr("cancelled at %1").arg(at);
            cell = tr("cancelled");
        } else if (type == QLatin1String(event::Expired)) {
            note = tr("expired at %1").arg(at);
            cell = tr("expired");
        } else if (type == QLatin1String(event::Released) || type == QLatin1String(event::Reclaimed)) {
            note = tr("back in the pool at %1").arg(at);
            cell = tr("↩ pool %1").arg(at);
        } else if (!last && proxy->pinnedNote().isEmpty()) {
            note = o->state == OrderState::Assigned ? tr("taken by %1").arg(who)
                   : o->state == OrderState::Open   ? tr("back in the pool")
                                                    : Format::state(o->state);
            cell = o->state == OrderState::Assigned ? tr("→ %1").arg(who) : note;
        } else {
            continue; // an event about something else (a follow-up): the note stands
        }
        proxy->setPinnedNote(cell, note);
    }
}

QAction *BoardPage::action(const QString &objectName) const
{
    for (QAction *a : m_orderActions) {
        if (a->objectName() == objectName) {
            return a;
        }
    }
    return nullptr;
}

QList<QAction *> BoardPage::orderActions() const
{
    return m_orderActions;
}

void BoardPage::focusSearch()
{
    m_filters->focusSearch();
}

void BoardPage::reload()
{
    m_hub.reload();
}

const RuleSet &BoardPage::rules() const
{
    return m_orders->rules();
}

void BoardPage::showOutcome(const BoardActions::Outcome &outcome)
{
    m_messages->show(outcome.kind, outcome.text);
    if (outcome.changed) {
        // Our own commit: have the feed look now instead of at its next tick.
        m_hub.poke();
    }
}

void BoardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateActions();
}

void BoardPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateActions();
}

} // namespace grab::ui
