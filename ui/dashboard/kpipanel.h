#pragma once

#include "dashboardfigures.h"

#include <QWidget>

#include <array>

class QGridLayout;

namespace grab::ui {

class KpiCard;

// The KPI cards of a dashboard: the orders and their outcomes, then money, quality, speed and
// discipline, six to a row where they fit, else four or three (a 1280 px window). The team's view ends on the fairness index; a grabber's on
// their open workload, with the team's average on every card.
class KpiPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiPanel)

public:
    explicit KpiPanel(QWidget *parent = nullptr);

    void setData(const DashboardFigures &data);
    // The card of a figure, or nullptr when this view does not show it.
    KpiCard *card(KpiFigure::Figure figure) const;

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

signals:
    void cardClicked(grab::ui::KpiFigure::Figure figure);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int cardWidth() const;
    int columnsFor(int width) const;
    void arrange(int columns);

    static QString detail(KpiFigure::Figure figure, const DashboardFigures &data);

    std::array<KpiCard *, KpiFigure::Count> m_cards{};
    QGridLayout *m_grid = nullptr;
    int m_columns = 0;
};

} // namespace grab::ui
