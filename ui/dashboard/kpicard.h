#pragma once

#include "kpifigure.h"

#include <QFrame>

#include <optional>

class QLabel;

namespace grab::ui {

// One KPI as a card: its name, the figure, a line of context ("120 won of 221 closed"), the
// change against the previous period with an arrow, coloured by whether the change is good
// news (a rising failure rate is red), and in a grabber's view the team's average. An
// undefined figure reads "—" with the reason under it, never 0 % or NaN. A click (mouse, Enter
// or Space) emits clicked() to list the rows behind the figure; the tooltip says which rows.
class KpiCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiCard)

public:
    struct Figures
    {
        std::optional<double> value;
        std::optional<double> previous;
        QString detail;        // context under the figure (ignored when the figure is undefined)
        QString previousRange; // "2026-10-01 – 2026-10-31", for the change's tooltip
        QString versus;        // "vs last month"
        bool nothingBefore = false; // nothing at all happened in the previous period
        bool showAverage = false;
        std::optional<double> average;
    };

    explicit KpiCard(KpiFigure::Figure figure, QWidget *parent = nullptr);

    KpiFigure::Figure figure() const { return m_figure; }
    void setFigures(const Figures &figures);

    // What the manager reads, for tests.
    std::optional<double> value() const { return m_figures.value; }
    QString valueText() const;
    QString detailText() const;
    QString deltaText() const;
    QString averageText() const;
    QString toolTipText() const { return toolTip(); }
    int deltaVerdict() const { return m_verdict; } // +1 good, -1 bad, 0 neither

signals:
    void clicked(grab::ui::KpiFigure::Figure figure);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    KpiFigure::Figure m_figure;
    Figures m_figures;
    int m_verdict = 0;
    QLabel *m_title = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_delta = nullptr;
    QLabel *m_average = nullptr;
};

} // namespace grab::ui
