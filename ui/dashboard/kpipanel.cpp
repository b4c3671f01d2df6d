#include "kpipanel.h"

#include "common/format.h"
#include "kpicard.h"

#include <QGridLayout>
#include <QLocale>
#include <QResizeEvent>

namespace grab::ui {
namespace {

using F = KpiFigure;

constexpr int kSpacing = 10;

// Row by row; the last cell holds Fairness (team) or Workload (grabber).
constexpr std::array<F::Figure, 11> kOrder{F::Volume,         F::Won,         F::Lost,      F::Reclaimed,
                                           F::SuccessRate,    F::FailureRate, F::Revenue,   F::Satisfaction,
                                           F::MedianResponse, F::HitRate,     F::Violations};

} // namespace

KpiPanel::KpiPanel(QWidget *parent) : QWidget(parent)
{
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(kSpacing);
    m_grid->setVerticalSpacing(kSpacing);
    // The panel's width is the page's, not six cards' minimum: the cards flow into fewer
    // columns (arrange) instead of pushing the page sideways.
    m_grid->setSizeConstraint(QLayout::SetNoConstraint);
    for (int f = 0; f < F::Count; ++f) {
        auto *card = new KpiCard(F::Figure(f));
        m_cards[std::size_t(f)] = card;
        connect(card, &KpiCard::clicked, this, &KpiPanel::cardClicked);
    }
    m_cards[F::Workload]->hide();
    arrange(6);
}

int KpiPanel::cardWidth() const
{
    int widest = 0;
    for (KpiCard *c : m_cards) {
        if (!c->isHidden()) {
            widest = std::max(widest, c->minimumSizeHint().width());
        }
    }
    return widest;
}

int KpiPanel::columnsFor(int width) const
{
    // Twelve cards: six, four or three to a row keep the rows full.
    const int card = cardWidth();
    for (const int n : {6, 4, 3}) {
        if (n * card + (n - 1) * kSpacing <= width) {
            return n;
        }
    }
    return 2;
}

void KpiPanel::arrange(int columns)
{
    if (columns == m_columns) {
        return;
    }
    m_columns = columns;
    for (KpiCard *c : m_cards) {
        m_grid->removeWidget(c);
    }
    for (std::size_t i = 0; i < kOrder.size(); ++i) {
        m_grid->addWidget(m_cards[kOrder[i]], int(i) / columns, int(i) % columns);
    }
    // The last cell holds Fairness (team) or Workload (grabber), one of them shown.
    const int last = int(kOrder.size());
    m_grid->addWidget(m_cards[F::Fairness], last / columns, last % columns);
    m_grid->addWidget(m_cards[F::Workload], last / columns, last % columns);
    for (int c = 0; c < 6; ++c) {
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
        m_grid->setColumnMinimumWidth(c, 0);
    }
    updateGeometry();
}

QSize KpiPanel::minimumSizeHint() const
{
    return QSize(2 * cardWidth() + kSpacing, m_grid->minimumSize().height());
}

QSize KpiPanel::sizeHint() const
{
    return QSize(6 * cardWidth() + 5 * kSpacing, m_grid->sizeHint().height());
}

void KpiPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange(columnsFor(event->size().width()));
}

KpiCard *KpiPanel::card(KpiFigure::Figure figure) const
{
    KpiCard *c = m_cards.at(std::size_t(figure));
    return c->isHidden() ? nullptr : c;
}

void KpiPanel::setData(const DashboardFigures &data)
{
    const bool team = data.request.view == DashboardRequest::View::Team;
    m_cards[F::Fairness]->setVisible(team);
    m_cards[F::Workload]->setVisible(!team);
    const QString before = PeriodText::rangeText(data.period.previous);
    const QString versus = PeriodText::versus(data.period);
    // A previous period in which nothing at all happened (before the team's data begins, or
    // before this grabber joined) has no figures to compare a count with: its zeros are not
    // a baseline, as a rate's "—" is not.
    const GrabberKpis &p = data.previous;
    const bool nothingBefore = p.volume == 0 && p.closed() == 0 && p.attempts == 0 && p.revenueMinor == 0 && p.feedbackCount == 0
                               && p.violations == 0;
    for (int i = 0; i < F::Count; ++i) {
        const auto f = F::Figure(i);
        KpiCard::Figures shown;
        shown.value = F::value(f, data.current, data.fairness);
        shown.previous = nothingBefore ? std::nullopt : F::value(f, data.previous, data.previousFairness);
        shown.nothingBefore = nothingBefore;
        shown.detail = detail(f, data);
        shown.previousRange = before;
        shown.versus = versus;
        shown.showAverage = !team;
        shown.average = data.teamAverage.at(std::size_t(i));
        m_cards[std::size_t(i)]->setFigures(shown);
    }
}

QString KpiPanel::detail(KpiFigure::Figure figure, const DashboardFigures &data)
{
    const GrabberKpis &k = data.current;
    const QLocale l;
    switch (figure) {
    case F::Volume:
        return tr("orders assigned");
    case F::Won:
        return tr("closed as won");
    case F::Lost:
        return tr("closed as lost");
    case F::Reclaimed:
        return tr("back to the pool: no follow-up");
    case F::SuccessRate:
        return tr("%1 won of %2 closed").arg(l.toString(k.won), l.toString(k.closed()));
    case F::FailureRate:
        return tr("%1 lost + %2 reclaimed of %3")
            .arg(l.toString(k.lost), l.toString(k.reclaimed), l.toString(k.closed()));
    case F::HitRate:
        return tr("%1 of %2 grab attempts").arg(l.toString(k.attemptsWon), l.toString(k.attempts));
    case F::Satisfaction:
        return tr("n = %1 feedback").arg(l.toString(k.feedbackCount));
    case F::Revenue:
        return tr("from %Ln orders won", nullptr, int(k.won));
    case F::MedianResponse:
        return tr("publication → assignment");
    case F::Violations: {
        if (k.violationsByType.isEmpty()) {
            return tr("none recorded");
        }
        auto top = k.violationsByType.cbegin();
        for (auto it = k.violationsByType.cbegin(); it != k.violationsByType.cend(); ++it) {
            if (it.value() > top.value()) {
                top = it;
            }
        }
        return tr("most: %1 (%2)").arg(Format::violationType(top.key()), l.toString(top.value()));
    }
    case F::Fairness:
        return tr("over %Ln active grabbers", nullptr, int(data.activeGrabbers));
    case F::Workload:
        return tr("assigned, not yet closed");
    case F::Count:
        break;
    }
    return {};
}

} // namespace grab::ui
