#include "grabberwindow.h"

#include "displaytext.h"
#include "grabpoolfilter.h"
#include "grabpoolmodel.h"
#include "domain/eligibility.h"
#include "live/livehub.h"
#include "common/format.h"
#include "common/messagestrip.h"
#include "common/prioritydelegate.h"
#include "quotapanel.h"
#include "services/grab/grabservice.h"
#include "services/team/teamservice.h"
#include "store/database.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTime>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace grab::ui {
namespace {

// The longest cool-down the rules allow (FollowUpPolicy: cooldownHours up to 90 days): reclaims
// older than this cannot hold back a grab.
constexpr qint64 kLongestCooldownMs = 90LL * 24 * 3600 * 1000;

} // namespace

GrabberWindow::GrabberWindow(std::unique_ptr<Database> db, qint64 grabberId, const Clock &clock, QWidget *parent)
    : QMainWindow(parent), m_db(std::move(db)), m_grabberId(grabberId), m_clock(clock)
{
    // The name for the title before the first snapshot, and the cool-downs the feed does not
    // carry: both small reads on the window's own connection, once.
    if (auto g = TeamService::grabberCoreIn(m_db->connection(), m_grabberId)) {
        m_name = g->name;
    } else {
        m_name = tr("grabber %1").arg(m_grabberId);
    }
    if (auto r = GrabberView::reclaimedFromIn(m_db->connection(), m_grabberId, m_clock.nowMs() - kLongestCooldownMs)) {
        m_reclaimedAt = *r;
    }
    setWindowTitle(tr("GrabDesk — %1 (grabber)").arg(m_name));
    // Roomy, but never larger than the screen it opens on (a 1366 × 768 laptop is common).
    const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry()
                                                          : QRect(0, 0, 1400, 900);
    resize(std::min(1360, screen.width() * 24 / 25), std::min(880, screen.height() * 24 / 25));

    m_model = new GrabPoolModel(m_clock, this);
    m_filter = new GrabPoolFilter(this);
    m_filter->setSourceModel(m_model);

    m_banner = new QFrame;
    m_banner->setObjectName(QStringLiteral("statusBanner"));
    m_bannerText = new QLabel;
    m_bannerText->setObjectName(QStringLiteral("statusBannerText"));
    m_bannerText->setWordWrap(true);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(16, 10, 16, 10);
    bannerLayout->addWidget(m_bannerText);
    m_banner->hide();

    m_strip = new MessageStrip;
    m_quotaPanel = new QuotaPanel;

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_strip);
    layout->addWidget(m_quotaPanel);
    layout->addWidget(buildPoolArea(), 1);
    setCentralWidget(central);

    m_feedLabel = new QLabel(tr("Reading the pool…"));
    m_feedLabel->setObjectName(QStringLiteral("feedLabel"));
    statusBar()->addWidget(m_feedLabel, 1);
    auto *where = new QLabel(tr("Database: %1").arg(m_db->path()));
    where->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(where);

    connect(m_model, &GrabPoolModel::countsChanged, this, &GrabberWindow::refreshCounts);
    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &GrabberWindow::tick);
    m_ticker->start();
    // Ctrl+Q closes grabber mode, as the manager's window quits.
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("quit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // QKeySequence::Quit is empty in some key schemes
    connect(quit, &QAction::triggered, this, &QWidget::close);
    addAction(quit);

    startFeed();
}

GrabberWindow::~GrabberWindow()
{
    delete m_hub; // stops its feed thread before this window's parts go
}

QWidget *GrabberWindow::buildPoolArea()
{
    auto *area = new QWidget;
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(18, 14, 18, 10);
    layout->setSpacing(10);

    auto *title = new QLabel(tr("Orders I can grab"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    title->setFont(big);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("poolCount"));
    m_count->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_showAll = new QCheckBox(tr("&Show orders I cannot grab"));
    m_showAll->setObjectName(QStringLiteral("showUnavailable"));
    m_showAll->setFocusPolicy(Qt::TabFocus);
    m_grabButton = new QPushButton(tr("Grab"));
    m_grabButton->setObjectName(QStringLiteral("grabButton"));
    m_grabButton->setToolTip(tr("Grab the selected order (Enter)"));
    m_grabButton->setMinimumWidth(110);
    m_grabButton->setEnabled(false);
    m_grabButton->setStyleSheet(
        QStringLiteral("QPushButton { background: #1a73e8; color: white; font-weight: bold; border: none;"
                       " border-radius: 4px; padding: 7px 18px; }"
                       "QPushButton:hover { background: #1765cc; }"
                       "QPushButton:disabled { background: #c6cbd2; color: #f4f5f7; }"));

    auto *header = new QHBoxLayout;
    header->setSpacing(14);
    header->addWidget(title, 0, Qt::AlignBaseline);
    header->addWidget(m_count, 0, Qt::AlignBaseline);
    header->addStretch(1);
    header->addWidget(m_showAll);
    header->addWidget(m_grabButton);
    layout->addLayout(header);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("pool"));
    m_view->setModel(m_filter);
    m_view->setItemDelegateForColumn(GrabPoolModel::PriorityColumn, new PriorityDelegate(GrabPoolModel::PriorityRole, GrabPoolModel::GrabbableRole, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(GrabPoolModel::PriorityColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 14);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setColumnHidden(GrabPoolModel::ReasonColumn, true);
    m_view->setStyleSheet(
        QStringLiteral("QTableView#pool { border: 1px solid #d5d9de; outline: 0; background: palette(base); "
                       "alternate-background-color: #f7f8fa;"
                       " selection-background-color: #d2e3fc; selection-color: #202124; }"
                       "QTableView#pool::item { padding: 0px 10px; border: none; }"
                       "QTableView#pool QHeaderView::section { background: #f1f3f5; color: #3c4043; border: none;"
                       " border-bottom: 1px solid #d5d9de; padding: 6px 10px; font-weight: 600; }"));
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    m_empty = new QLabel(m_view->viewport());
    m_empty->setObjectName(QStringLiteral("emptyPool"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: #6b7280; padding: 24px;"));
    m_empty->setText(tr("Reading the pool…"));
    sizeColumns();
    layout->addWidget(m_view, 1);

    auto *hint = new QLabel(
        tr("Enter, a double-click or Grab takes the selected order. The list follows every grab as it happens."));
    hint->setStyleSheet(QStringLiteral("color: #6b6b6b;"));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    connect(m_showAll, &QCheckBox::toggled, this, &GrabberWindow::setShowUnavailable);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &GrabberWindow::refreshEmptyState);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &GrabberWindow::refreshEmptyState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &GrabberWindow::refreshEmptyState);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &GrabberWindow::refreshEmptyState);
    connect(m_grabButton, &QPushButton::clicked, this, &GrabberWindow::grabSelected);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid()) {
            grabSelected();
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_grabButton->setEnabled(selectedOrderId() != 0); });
    return area;
}

void GrabberWindow::sizeColumns()
{
    // Fixed widths from the fonts, never ResizeToContents: that measures every row on every
    // change, and the pool may hold ten thousand orders. Wide enough for the header (bold,
    // padded, with the sort arrow) and for a typical cell.
    QHeaderView *h = m_view->horizontalHeader();
    const QFontMetrics cells = m_view->fontMetrics();
    QFont bold = h->font();
    bold.setBold(true);
    const QFontMetrics headers(bold);
    const auto width = [&](int column, const QString &sample) {
        const int header = headers.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 20 + 14;
        return std::max(header, cells.horizontalAdvance(sample) + 34); // 2 × 10 px item padding, the style's margins
    };
    h->setMinimumSectionSize(40);
    h->setStretchLastSection(false);
    h->resizeSection(GrabPoolModel::PriorityColumn, width(GrabPoolModel::PriorityColumn, QStringLiteral("P1")));
    h->resizeSection(GrabPoolModel::OrderColumn, width(GrabPoolModel::OrderColumn, QStringLiteral("#000000")));
    h->resizeSection(GrabPoolModel::TierColumn, width(GrabPoolModel::TierColumn, DisplayText::tier(Tier::Regular)));
    h->resizeSection(GrabPoolModel::AmountColumn, width(GrabPoolModel::AmountColumn, QStringLiteral("1,000,000.00")));
    h->resizeSection(GrabPoolModel::SkillColumn, width(GrabPoolModel::SkillColumn, QStringLiteral("企业软件")));
    h->resizeSection(GrabPoolModel::RegionColumn, width(GrabPoolModel::RegionColumn, QStringLiteral("华东")));
    h->resizeSection(GrabPoolModel::AgeColumn, width(GrabPoolModel::AgeColumn, DisplayText::duration(23 * 3600000LL + 59 * 60000LL)));
    h->resizeSection(GrabPoolModel::DeadlineColumn, width(GrabPoolModel::DeadlineColumn, QStringLiteral("0:00:00")));
    h->resizeSection(GrabPoolModel::ReasonColumn,
                     width(GrabPoolModel::ReasonColumn, DisplayText::reasonLabel(QString::fromLatin1(reason::LevelReserved), Level::Senior)));
    h->resizeSection(GrabPoolModel::CustomerColumn,
                     width(GrabPoolModel::CustomerColumn, QStringLiteral("上海恒达贸易有限")));
    h->setSectionResizeMode(GrabPoolModel::CustomerColumn, QHeaderView::Stretch);
}

void GrabberWindow::startFeed()
{
    // Grabber mode is a window of its own: it owns its hub (the manager's window owns another).
    m_hub = new LiveHub(LiveHub::sourceFor(m_db->path(), m_clock), this);
    m_hub->followWith(*m_db);
    connect(m_hub, &LiveHub::reachability, this, &GrabberWindow::refreshFeedLabel);
    connect(m_hub, &LiveHub::snapshotReady, this, &GrabberWindow::onSnapshot);
    connect(m_hub, &LiveHub::deltaReady, this, &GrabberWindow::onDelta);
    connect(m_hub, &LiveHub::health, this, &GrabberWindow::onHealth);
    m_hub->start();
}

bool GrabberWindow::adoptQuota(const QList<Quota> &quotas)
{
    for (const Quota &q : quotas) {
        if (q.grabberId == m_grabberId) {
            if (m_quota && *m_quota == q) {
                return false;
            }
            m_quota = q;
            if (q.name != m_name) {
                m_name = q.name;
                setWindowTitle(tr("GrabDesk — %1 (grabber)").arg(m_name));
            }
            return true;
        }
    }
    return false;
}

void GrabberWindow::onSnapshot(const BoardSnapshot &snapshot)
{
    m_rules = snapshot.rules;
    m_quota.reset();
    adoptQuota(snapshot.quotas);
    if (!m_quota) {
        m_strip->show(MessageStrip::Kind::Error, tr("Grabber %1 is not in this database.").arg(m_grabberId));
        return;
    }
    const qint64 selected = selectedOrderId();
    m_model->setContext(m_rules, *m_quota, m_reclaimedAt);
    m_model->resetPool(snapshot.inPlay);
    const bool first = !m_live;
    m_live = true;
    refreshLedger();
    if (first || !selectOrder(selected)) {
        selectProxyRow(0); // ready for Enter
        m_view->setFocus();
    }
    refreshEmptyState();
    refreshFeedLabel();
}

void GrabberWindow::onDelta(const BoardDelta &delta)
{
    if (!m_live) {
        return;
    }
    bool contextChanged = false;
    if (delta.rules) {
        m_rules = *delta.rules;
        contextChanged = true;
    }
    for (const Event &e : delta.events) {
        if (e.type == QLatin1String(event::Reclaimed) && e.grabberId == m_grabberId && e.orderId) {
            m_reclaimedAt.insert(*e.orderId, e.at);
            contextChanged = true;
        }
    }
    if (delta.quotas && adoptQuota(*delta.quotas)) {
        contextChanged = true;
    }
    // Judge the rows already here under the new rules and quota, then bring in the orders.
    if (contextChanged) {
        m_model->setContext(m_rules, *m_quota, m_reclaimedAt);
    }
    m_model->applyOrders(delta.orders);
    if (contextChanged) {
        refreshLedger();
    }
}

void GrabberWindow::onHealth(bool ok, const QString &message, qint64 polledAt)
{
    m_lastPoll = polledAt;
    if (ok != m_feedOk || message != m_feedError) {
        m_feedOk = ok;
        m_feedError = message;
        refreshFeedLabel();
    }
}

void GrabberWindow::tick()
{
    m_model->tick();
    refreshLedger();
    refreshFeedLabel();
}

void GrabberWindow::refreshLedger()
{
    if (!m_quota) {
        return;
    }
    const qint64 now = m_clock.nowMs();
    const GrabberView::Ledger ledger = GrabberView(m_rules, *m_quota, now, m_reclaimedAt).ledger();
    m_quotaPanel->setLedger(ledger, now);

    QString banner;
    bool closed = true; // amber for a closed door, blue for a window that opens later
    if (ledger.quota.status == GrabberStatus::OnLeave) {
        banner = tr("You are on leave: grabbing is closed.");
    } else if (ledger.quota.status == GrabberStatus::Suspended) {
        banner = tr("You are suspended: grabbing is closed. Ask your manager.");
    } else if (ledger.dispatchOnly) {
        banner = tr("The team dispatches every order now: grabbing is closed.");
    } else if (!ledger.window) {
        closed = false;
        const QString opens = ledger.nextChangeAt ? Format::dayTime(QDateTime::fromMSecsSinceEpoch(*ledger.nextChangeAt, m_rules.zone()))
                                                  : QString();
        // Whole sentences for each case, so that a translation joins them its own way.
        if (ledger.vipAlwaysOpen) {
            banner = opens.isEmpty() ? tr("No grab window is open. VIP orders may still be grabbed.")
                                     : tr("No grab window is open: grabbing opens %1 (%2). VIP orders may still be grabbed.")
                                           .arg(opens, m_rules.timeZone);
        } else {
            banner = opens.isEmpty() ? tr("No grab window is open.")
                                     : tr("No grab window is open: grabbing opens %1 (%2).").arg(opens, m_rules.timeZone);
        }
    }
    if (banner.isEmpty()) {
        m_banner->hide();
        return;
    }
    // This runs every second: restyle only when the kind of banner changes.
    const QString css = closed
                            ? QStringLiteral("#statusBanner { background: #fde7c8; border-bottom: 1px solid #e8b46a; }"
                                             "#statusBanner QLabel { color: #5c3300; font-weight: bold; }")
                            : QStringLiteral("#statusBanner { background: #e8f0fe; border-bottom: 1px solid #aecbfa; }"
                                             "#statusBanner QLabel { color: #174ea6; }");
    if (m_banner->styleSheet() != css) {
        m_banner->setStyleSheet(css);
    }
    m_bannerText->setText(banner);
    m_banner->show();
}

void GrabberWindow::refreshCounts()
{
    const int grabbable = m_model->grabbableCount();
    const int others = m_model->rowCount() - grabbable;
    m_count->setText(others > 0 ? tr("%1 of %2 open orders").arg(grabbable).arg(grabbable + others)
                                : tr("all %1 open orders").arg(grabbable));
    refreshEmptyState();
}

void GrabberWindow::refreshEmptyState()
{
    if (m_live && m_filter->rowCount() > 0) {
        m_empty->hide();
        return;
    }
    if (!m_live) {
        m_empty->setText(tr("Reading the pool…"));
    } else if (m_model->rowCount() == 0) {
        m_empty->setText(tr("The pool is empty.\nNew orders show up here the moment they are published."));
    } else {
        m_empty->setText(
            tr("None of the %1 open orders is open to you right now.\nTick “Show orders I cannot grab” to see why.")
                .arg(m_model->rowCount()));
    }
    m_empty->setGeometry(m_view->viewport()->rect());
    m_empty->show();
}

void GrabberWindow::refreshFeedLabel()
{
    const LiveLink link = m_hub ? m_hub->link(m_clock.nowMs()) : LiveLink{};
    if (link.state == LiveLink::State::Reconnecting) {
        m_feedLabel->setStyleSheet(QStringLiteral("color: #a15c00;"));
        m_feedLabel->setText(tr("Reconnecting to the team server… Grabs are refused until it answers."));
        return;
    }
    if (link.state == LiveLink::State::Offline) {
        m_feedLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_feedLabel->setText(tr("Offline since %1: the team server does not answer. Grabs are refused until it does; GrabDesk keeps trying.")
                                 .arg(QDateTime::fromMSecsSinceEpoch(link.since).toString(QStringLiteral("HH:mm"))));
        return;
    }
    if (!m_feedOk) {
        m_feedLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_feedLabel->setText(tr("Cannot read the pool: %1 Retrying.").arg(m_feedError));
        return;
    }
    if (!m_live) {
        return;
    }
    if (!m_feedLabel->styleSheet().isEmpty()) {
        m_feedLabel->setStyleSheet(QString());
    }
    const QString at =
        m_rules.timeZone.isEmpty()
            ? QString()
            : QDateTime::fromMSecsSinceEpoch(m_lastPoll, m_rules.zone()).toString(QStringLiteral("HH:mm:ss"));
    m_feedLabel->setText(tr("Live: the pool follows every grab (checked %1).").arg(at));
}

qint64 GrabberWindow::selectedOrderId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(GrabPoolModel::OrderIdRole).toLongLong();
}

bool GrabberWindow::selectOrder(qint64 orderId)
{
    const int row = m_model->rowOf(orderId);
    if (orderId == 0 || row < 0) {
        return false;
    }
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        return false;
    }
    selectProxyRow(index.row());
    return true;
}

void GrabberWindow::placeCursorAfterGrab(int row)
{
    // Nothing stays selected after a grab: a second Enter (a double press, a key held a moment
    // too long) must not grab the next order unseen. The keyboard cursor rests on the next row,
    // so Space or an arrow key selects it in one deliberate press.
    m_view->selectionModel()->clearSelection();
    row = std::min(row, m_filter->rowCount() - 1);
    if (row >= 0) {
        m_view->selectionModel()->setCurrentIndex(m_filter->index(row, GrabPoolModel::OrderColumn), QItemSelectionModel::NoUpdate);
    }
}

void GrabberWindow::selectProxyRow(int row)
{
    if (row < 0 || row >= m_filter->rowCount()) {
        return;
    }
    const QModelIndex index = m_filter->index(row, GrabPoolModel::OrderColumn);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void GrabberWindow::setShowUnavailable(bool show)
{
    if (m_showAll->isChecked() != show) {
        m_showAll->setChecked(show); // comes back here through toggled()
        return;
    }
    const qint64 selected = selectedOrderId();
    m_filter->setShowUnavailable(show);
    m_view->setColumnHidden(GrabPoolModel::ReasonColumn, !show);
    if (selected) {
        selectOrder(selected);
    }
}

void GrabberWindow::grabSelected()
{
    const qint64 orderId = selectedOrderId();
    const int row = m_model->rowOf(orderId);
    if (!orderId || row < 0) {
        // At a cap, nothing is grabbable (the pool hides what is not): say so, not "select".
        if (m_quota && m_quota->takenToday >= m_quota->dailyCap) {
            m_strip->show(MessageStrip::Kind::Warning, tr("Daily cap reached: you have taken %1 of the %2 orders allowed today. Grabbing opens "
                                                          "again tomorrow.")
                                                           .arg(m_quota->takenToday)
                                                           .arg(m_quota->dailyCap));
        } else if (m_quota && m_quota->openWorkload >= m_quota->workloadCap) {
            m_strip->show(MessageStrip::Kind::Warning, tr("Your hands are full: %1 of %2 open orders. Close or hand back one before grabbing "
                                                          "another.")
                                                           .arg(m_quota->openWorkload)
                                                           .arg(m_quota->workloadCap));
        } else {
            m_strip->show(MessageStrip::Kind::Info, tr("Select an order first, then press Enter."));
        }
        return;
    }
    const Order order = m_model->orderAt(row);
    const GrabberView::Verdict verdict = m_model->verdictAt(row);
    const int proxyRow = m_view->selectionModel()->selectedRows().first().row();

    // The pool already knows this order is not for this grabber: say why, and do not send an
    // attempt the rules would refuse (it would be logged, maybe as a violation).
    if (m_model->hasContext() && !verdict.grabbable) {
        m_strip->show(
            MessageStrip::Kind::Warning,
            tr("You cannot grab order #%1: %2 (rule: %3)").arg(order.id).arg(verdict.detail, verdict.reason));
        return;
    }

    const Context ctx{*m_db, m_clock, QStringLiteral("grabber:%1").arg(m_grabberId)};
    auto won = GrabService(ctx).grab(order.id, m_grabberId);
    if (won) {
        m_strip->show(MessageStrip::Kind::Success,
                             tr("You got order #%1 (%2, %3 元)")
                                 .arg(order.id)
                                 .arg(order.customerName, DisplayText::amount(order.amountMinor)));
        m_model->removeOrder(order.id);
        placeCursorAfterGrab(proxyRow);
    } else {
        const Error &e = won.error();
        switch (e.code) {
        case ErrorCode::NotOpen:
            m_strip->show(MessageStrip::Kind::Neutral,
                                 e.reason == QLatin1String("order_assigned")
                                     ? tr("Someone was faster: order #%1 is taken.").arg(order.id)
                                     : tr("Order #%1 is no longer in the pool: %2").arg(order.id).arg(e.message));
            m_model->removeOrder(order.id);
            placeCursorAfterGrab(proxyRow);
            break;
        case ErrorCode::Refused:
            m_strip->show(MessageStrip::Kind::Warning, tr("Refused: %1 (rule: %2)").arg(e.message, e.reason));
            break;
        default:
            m_strip->show(MessageStrip::Kind::Error, tr("The grab did not go through: %1").arg(e.message));
            break;
        }
    }
    // The feed learns of this commit now, not at its next poll: quotas and the pool follow.
    m_hub->poke();
}

bool GrabberWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        m_empty->setGeometry(m_view->viewport()->rect());
    }
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            // A held-down Enter repeats: one press, one grab.
            if (!key->isAutoRepeat()) {
                grabSelected();
            }
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace grab::ui
