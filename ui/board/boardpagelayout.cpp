// The board's widgets: the actions, the pool and "being worked on" tables with their filters,
// the details panel, the activity feed and the load strip, and the splitters' remembered sizes.
// What they show and what the actions do is in boardpage.cpp.
#include "boardpage.h"
#include "heldrowsbar.h"

#include "activitymodel.h"
#include "activitypanel.h"
#include "boardfilterbar.h"
#include "common/appsettings.h"
#include "common/format.h"
#include "common/messagestrip.h"
#include "common/prioritydelegate.h"
#include "common/tablewidgets.h"
#include "detailspanel.h"
#include "liveordermodel.h"
#include "loadmodel.h"
#include "loadpanel.h"
#include "common/headerfit.h"
#include "ordercolumns.h"
#include "orderfilterproxy.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace grab::ui {

void BoardPage::saveLayout()
{
    m_settings.setLayout(QStringLiteral("board/main"), m_main->saveState());
    m_settings.setLayout(QStringLiteral("board/left"), m_leftSplit->saveState());
    m_settings.setLayout(QStringLiteral("board/right"), m_rightSplit->saveState());
    m_settings.setLayout(QStringLiteral("board/poolHeader.v2"), m_poolView->horizontalHeader()->saveState());
    m_settings.setFeedFilter(m_feedPanel->filterIndex());
}

void BoardPage::buildActions()
{
    const auto make = [this](const QString &name, const QString &text, const QKeySequence &keys, const QString &tip) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText)));
        addAction(a);
        m_orderActions << a;
        return a;
    };
    connect(make(QStringLiteral("dispatchNow"), tr("&Dispatch now"), QKeySequence(Qt::CTRL | Qt::Key_D),
                 tr("Give the selected order to the best eligible grabber now")),
            &QAction::triggered, this, &BoardPage::onDispatchNow);
    connect(make(QStringLiteral("assignTo"), tr("&Assign to…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                 tr("Choose who takes the selected order, seeing who is eligible and why the others are not")),
            &QAction::triggered, this, &BoardPage::onAssign);
    connect(make(QStringLiteral("release"), tr("&Release to the pool"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                 tr("Take the selected order back from its grabber")),
            &QAction::triggered, this, &BoardPage::onRelease);
    connect(make(QStringLiteral("restrict"), tr("Res&trict…"), QKeySequence(Qt::CTRL | Qt::Key_T),
                 tr("Limit the selected order to named grabbers or a level")),
            &QAction::triggered, this, &BoardPage::onRestrict);
    connect(make(QStringLiteral("cancelOrder"), tr("&Cancel order…"), QKeySequence(Qt::CTRL | Qt::Key_Delete),
                 tr("Cancel the selected order, with a reason")),
            &QAction::triggered, this, &BoardPage::onCancel);
}

QWidget *BoardPage::buildLeft()
{
    m_filters = new BoardFilterBar;
    connect(m_filters, &BoardFilterBar::filterChanged, this, [this](const OrderFilterProxy::Filter &f) {
        m_pool->setFilter(f);
        m_working->setFilter(f);
        updateHeadline();
    });

    m_poolView = makeBoardTable(QStringLiteral("poolView"));
    m_poolView->setModel(m_pool);
    m_poolView->setItemDelegateForColumn(LiveOrderModel::Priority, new PriorityDelegate(LiveOrderModel::PriorityRole, -1, this));
    m_poolView->setSortingEnabled(true);
    m_poolView->sortByColumn(LiveOrderModel::Priority, Qt::AscendingOrder);
    m_poolView->setColumnHidden(LiveOrderModel::Assignee, true);
    m_poolView->setColumnHidden(LiveOrderModel::FollowUp, true);
    m_poolView->setColumnHidden(LiveOrderModel::Reclaim, true);
    m_workingView = makeBoardTable(QStringLiteral("workingView"));
    m_workingView->setModel(m_working);
    m_workingView->setItemDelegateForColumn(LiveOrderModel::Priority, new PriorityDelegate(LiveOrderModel::PriorityRole, -1, this));
    m_workingView->setSortingEnabled(true);
    // The orders closest to going back to the pool first. A held order has no grab deadline.
    m_workingView->sortByColumn(LiveOrderModel::Reclaim, Qt::AscendingOrder);
    m_workingView->setColumnHidden(LiveOrderModel::Deadline, true);
    // Who holds it, when it was last followed up and how long before the rules take it back
    // come first: that is what this tab is for.
    for (const int column : {LiveOrderModel::Assignee, LiveOrderModel::FollowUp, LiveOrderModel::Reclaim}) {
        QHeaderView *h = m_workingView->horizontalHeader();
        h->moveSection(h->visualIndex(column), h->visualIndex(LiveOrderModel::Customer));
    }
    // On a narrow window (1280 px) the restriction, region, skill and time held step aside in
    // "being worked on", in that order: they decided who could grab the order, and the details
    // panel has them; the columns a held order is watched by stay.
    sizeOrderColumns(m_workingView)->setOptional({LiveOrderModel::Restriction, LiveOrderModel::Region, LiveOrderModel::Skill, LiveOrderModel::Waiting}, 0);
    sizeOrderColumns(m_poolView);
    for (QTableView *view : {m_poolView, m_workingView}) {
        // A click makes the row current before it selects it: follow the selection as well.
        const auto follow = [this] {
            pinSelection();
            updateActions();
            m_detailsOf = DetailsOf{DetailsOf::Order, 0};
            showSelection();
        };
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, follow);
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, follow);
        connect(view, &QTableView::doubleClicked, this, &BoardPage::onAssign);
        view->viewport()->setMouseTracking(true);
    }
    // New orders wait while the pointer is on a list (HeldRowsBar).
    new HeldRowsBar(m_poolView, m_pool, this);
    new HeldRowsBar(m_workingView, m_working, this);
    m_poolEmpty = new QLabel(m_poolView->viewport());
    m_poolEmpty->setObjectName(QStringLiteral("poolEmpty"));
    m_poolEmpty->setAlignment(Qt::AlignCenter);
    m_poolEmpty->setWordWrap(true);
    m_poolEmpty->setStyleSheet(QStringLiteral("color: #777; padding: 24px;"));
    m_poolEmpty->hide();
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("orderTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_poolView, tr("Open pool"));
    m_tabs->addTab(m_workingView, tr("Being worked on"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_filters->setGrabberChoiceVisible(m_tabs->currentWidget() == m_workingView);
        updateActions();
        showSelection();
    });

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    for (QAction *a : m_orderActions) {
        auto *b = new QToolButton;
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    m_messages = new MessageStrip;

    auto *poolBox = new QWidget;
    auto *poolLayout = new QVBoxLayout(poolBox);
    poolLayout->setContentsMargins(0, 0, 0, 0);
    poolLayout->setSpacing(6);
    poolLayout->addWidget(m_filters);
    poolLayout->addLayout(buttons);
    poolLayout->addWidget(m_messages);
    poolLayout->addWidget(m_tabs, 1);

    m_details = new DetailsPanel(m_db, m_describer);
    m_leftSplit = new QSplitter(Qt::Vertical);
    m_leftSplit->setChildrenCollapsible(true);
    m_leftSplit->addWidget(poolBox);
    m_leftSplit->addWidget(m_details);
    m_leftSplit->setStretchFactor(0, 3);
    m_leftSplit->setStretchFactor(1, 1);
    return m_leftSplit;
}

QWidget *BoardPage::buildRight()
{
    m_feedPanel = new ActivityPanel(m_activity, m_settings.feedFilter());
    // The details panel says what it shows, so that it can follow the deltas (showSelection).
    connect(m_feedPanel, &ActivityPanel::eventSelected, this, [this](const Event &e) {
        m_detailsOf = DetailsOf{DetailsOf::Event, e.id};
        m_details->showEvent(e);
    });
    auto *load = new LoadPanel(m_load);
    connect(load, &LoadPanel::grabberSelected, this, [this](const Quota &q) {
        m_detailsOf = DetailsOf{DetailsOf::Grabber, q.grabberId};
        m_details->showGrabber(q);
    });
    m_rightSplit = new QSplitter(Qt::Vertical);
    m_rightSplit->addWidget(m_feedPanel);
    m_rightSplit->addWidget(load);
    m_rightSplit->setStretchFactor(0, 1);
    m_rightSplit->setStretchFactor(1, 1);
    return m_rightSplit;
}

} // namespace grab::ui
