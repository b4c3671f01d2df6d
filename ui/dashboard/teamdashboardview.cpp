#include "teamdashboardview.h"

#include "alertlist.h"
#include "awardcard.h"
#include "common/tablewidgets.h"
#include "common/format.h"
#include "leaderboardmodel.h"
#include "leaderboardproxy.h"
#include "common/appsettings.h"

#include <QBoxLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace grab::ui {
namespace {

// The header layout's settings key; a new name when the columns' scheme changes, so an old
// layout (fixed widths that scrolled at 1,440 px) is not restored over the new one.
const QString kLayoutKey = QStringLiteral("dashboard/leaderboard.v2");

} // namespace

TeamDashboardView::TeamDashboardView(AppSettings &settings, QWidget *parent) : QWidget(parent), m_settings(settings)
{
    m_leaderboard = new LeaderboardModel(this);
    m_leaderboardSort = new LeaderboardProxy(this);
    m_leaderboardSort->setSourceModel(m_leaderboard);
    m_leaderboardView = makeBoardTable(QStringLiteral("leaderboardView"));
    m_leaderboardView->setModel(m_leaderboardSort);
    m_leaderboardView->setSortingEnabled(true);
    m_leaderboardView->sortByColumn(LeaderboardModel::Revenue, Qt::DescendingOrder);
    m_leaderboardView->setMinimumHeight(240);
    fitColumns();
    if (const QByteArray state = m_settings.layout(kLayoutKey); !state.isEmpty()) {
        m_leaderboardView->horizontalHeader()->restoreState(state);
    }
    connect(m_leaderboardView, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit grabberRequested(index.data(LeaderboardModel::GrabberIdRole).toLongLong());
    });

    m_award = new AwardCard;
    m_award->setFixedWidth(fontMetrics().averageCharWidth() * 40);

    m_alerts = new AlertList;
    connect(m_alerts, &AlertList::grabberRequested, this, &TeamDashboardView::grabberRequested);
    connect(m_alerts, &AlertList::drillRequested, this, &TeamDashboardView::alertDrillRequested);

    auto *left = new QVBoxLayout;
    left->setSpacing(4);
    auto *heading = new QHBoxLayout;
    heading->addWidget(sectionTitle(tr("Leaderboard")));
    auto *hint = new QLabel(tr("click a column to sort · double-click a grabber for their dashboard"));
    hint->setStyleSheet(QStringLiteral("color: #6b6b6b;"));
    heading->addWidget(hint);
    heading->addStretch(1);
    left->addLayout(heading);
    left->addWidget(m_leaderboardView, 1);

    m_board = new QBoxLayout(QBoxLayout::LeftToRight);
    m_board->setSpacing(10);
    m_board->addLayout(left, 1);
    m_board->addWidget(m_award);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_alerts);
    layout->addLayout(m_board, 1);
}

void TeamDashboardView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The Grabber of the Month beside the leaderboard where both fit (1920 px), under it
    // otherwise (1280 or 1440 px), rather than squeezing the names or scrolling sideways.
    const QHeaderView *header = m_leaderboardView->horizontalHeader();
    int figures = 0;
    for (int c = 0; c < header->count(); ++c) {
        if (c != LeaderboardModel::Grabber && !header->isSectionHidden(c)) {
            figures += header->sectionSize(c);
        }
    }
    const int names = m_leaderboardView->fontMetrics().horizontalAdvance(QStringLiteral("欧阳晓明")) + 24;
    const int table = figures + names + 2 * m_leaderboardView->frameWidth() + m_leaderboardView->verticalScrollBar()->sizeHint().width();
    const bool beside = event->size().width() >= table + m_board->spacing() + m_award->width();
    const auto direction = beside ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_board->direction() != direction) {
        m_board->setDirection(direction);
        m_board->setAlignment(m_award, beside ? Qt::Alignment() : Qt::AlignLeft);
    }
    fitAward();
}

void TeamDashboardView::fitAward()
{
    // Under the leaderboard the card is as tall as its wrapped text; beside it, as the board.
    const bool stacked = m_board->direction() == QBoxLayout::TopToBottom;
    m_award->setMinimumHeight(stacked && m_award->hasHeightForWidth() ? m_award->heightForWidth(m_award->width()) : 0);
}

void TeamDashboardView::fitColumns()
{
    // Every figure column as wide as its widest likely value or its (short) title, whichever
    // is wider; the name column takes the rest and elides a long name (its tooltip has it whole).
    QHeaderView *header = m_leaderboardView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics fm = m_leaderboardView->fontMetrics();
    const QFontMetrics headerFm = header->fontMetrics();
    const int arrow = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    const auto fit = [&](int column, const QString &sample) {
        const QString title = m_leaderboard->headerData(column, Qt::Horizontal).toString();
        // The title may carry the sort arrow beside it; a value only the cell's margins.
        header->resizeSection(
            column, std::max(headerFm.horizontalAdvance(title) + arrow + 14, fm.horizontalAdvance(sample) + 14));
    };
    for (const int c : {LeaderboardModel::Volume, LeaderboardModel::Won, LeaderboardModel::Lost,
                        LeaderboardModel::Reclaimed, LeaderboardModel::Violations, LeaderboardModel::Workload}) {
        fit(c, QLocale().toString(9999));
    }
    for (const int c : {LeaderboardModel::SuccessRate, LeaderboardModel::FailureRate, LeaderboardModel::HitRate}) {
        fit(c, Format::percent(1.0));
    }
    fit(LeaderboardModel::MedianResponse, Format::duration(59 * 60 * 1000));
    fit(LeaderboardModel::Revenue, Format::money(999999999));
    fit(LeaderboardModel::Satisfaction,
        LeaderboardModel::tr("%1 (%2)", "satisfaction and its count").arg(QLocale().toString(4.44, 'f', 2), QLocale().toString(999)));
    header->setSectionResizeMode(LeaderboardModel::Grabber, QHeaderView::Stretch);
    header->setMinimumSectionSize(
        std::min(header->minimumSectionSize(), fm.horizontalAdvance(QLocale().toString(9999))));
    m_leaderboardView->setMinimumWidth(0);
}

void TeamDashboardView::saveLayout()
{
    m_settings.setLayout(kLayoutKey, m_leaderboardView->horizontalHeader()->saveState());
}

void TeamDashboardView::setData(const DashboardFigures &data)
{
    m_leaderboard->setRows(data.leaderboard);
    const bool running = data.award && data.today >= data.award->month && data.today < data.award->month.addMonths(1);
    m_award->setAward(data.award, running);
    fitAward();
    m_alerts->setAlerts(data.alerts);
}

qint64 TeamDashboardView::currentGrabber() const
{
    const QModelIndex current = m_leaderboardView->currentIndex();
    return current.isValid() ? current.data(LeaderboardModel::GrabberIdRole).toLongLong() : 0;
}

} // namespace grab::ui
