#include "kpicard.h"

#include "common/format.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace grab::ui {
namespace {

const char *colourFor(int verdict)
{
    return verdict > 0 ? "#2e7d32" : verdict < 0 ? "#c62828" : "#6b6b6b";
}

QLabel *line(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setAttribute(Qt::WA_TransparentForMouseEvents); // the card takes the click
    return label;
}

} // namespace

KpiCard::KpiCard(KpiFigure::Figure figure, QWidget *parent) : QFrame(parent), m_figure(figure)
{
    setObjectName(QStringLiteral("kpiCard"));
    setProperty("drillable", KpiFigure::drillable(figure));
    setAttribute(Qt::WA_Hover);
    setStyleSheet(QStringLiteral(
        "#kpiCard { background: palette(base); border: 1px solid palette(midlight); border-radius: 6px; }"
        "#kpiCard[drillable=\"true\"]:hover, #kpiCard[drillable=\"true\"]:focus { border: 1px solid "
        "palette(highlight); }"
        "#kpiTitle, #kpiDetail, #kpiAverage { color: #5f5f5f; }"));
    if (KpiFigure::drillable(figure)) {
        setCursor(Qt::PointingHandCursor);
        setFocusPolicy(Qt::TabFocus);
    }
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_title = line(QStringLiteral("kpiTitle"));
    m_title->setText(KpiFigure::title(figure));
    m_value = line(QStringLiteral("kpiValue"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_value->setFont(big);
    m_detail = line(QStringLiteral("kpiDetail"));
    m_delta = line(QStringLiteral("kpiDelta"));
    m_average = line(QStringLiteral("kpiAverage"));
    m_average->hide();
    for (QLabel *l : {m_title, m_detail, m_average}) {
        QFont f = l->font();
        f.setPointSizeF(f.pointSizeF() * 0.92);
        l->setFont(f);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(1);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addWidget(m_delta);
    layout->addWidget(m_average);
    setFigures(Figures{});
}

void KpiCard::setFigures(const Figures &figures)
{
    m_figures = figures;
    const KpiFigure::Figure f = m_figure;
    m_value->setText(KpiFigure::text(f, figures.value));
    QStringList tip{KpiFigure::definition(f)};
    if (!figures.value) {
        m_detail->setText(KpiFigure::whyUndefined(f));
        tip << tr("“—”: %1, so there is no figure (not 0).").arg(KpiFigure::whyUndefined(f));
    } else {
        m_detail->setText(figures.detail);
    }

    m_verdict = 0;
    if (!KpiFigure::hasPrevious(f)) {
        m_delta->setText(tr("now, not in the period"));
    } else if (!figures.value) {
        m_delta->setText(tr("— no change to show"));
    } else if (!figures.previous && figures.nothingBefore) {
        m_delta->setText(tr("— nothing to compare"));
        tip << tr("Previous period %1: no data (nothing happened in it), so there is no change to show.").arg(figures.previousRange);
    } else if (!figures.previous) {
        m_delta->setText(tr("— nothing to compare"));
        tip << tr("Previous period %1: “—”, %2.").arg(figures.previousRange, KpiFigure::whyUndefinedBefore(f));
    } else {
        const double delta = *figures.value - *figures.previous;
        m_verdict = KpiFigure::verdict(f, delta);
        m_delta->setText(
            tr("%1 %2", "a change, then what it is against").arg(KpiFigure::deltaText(f, delta), figures.versus));
        tip << tr("Previous period %1: %2.").arg(figures.previousRange, KpiFigure::text(f, figures.previous));
    }
    m_delta->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(colourFor(m_verdict))));

    m_average->setVisible(figures.showAverage);
    if (figures.showAverage) {
        m_average->setText(tr("team avg %1").arg(KpiFigure::text(f, figures.average)));
        tip << (figures.average ? tr("Team average: the mean over the active grabbers for whom the figure is defined.")
                                : tr("Team average “—”: no active grabber has this figure in the period."));
    }
    if (KpiFigure::drillable(f)) {
        tip << KpiFigure::drillHint(f);
    }
    setToolTip(tip.join(QLatin1Char('\n')));
}

QString KpiCard::valueText() const
{
    return m_value->text();
}

QString KpiCard::detailText() const
{
    return m_detail->text();
}

QString KpiCard::deltaText() const
{
    return m_delta->text();
}

QString KpiCard::averageText() const
{
    return m_average->isHidden() ? QString() : m_average->text();
}

void KpiCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()) &&
        KpiFigure::drillable(m_figure)) {
        emit clicked(m_figure);
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void KpiCard::keyPressEvent(QKeyEvent *event)
{
    if (KpiFigure::drillable(m_figure) &&
        (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)) {
        emit clicked(m_figure);
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace grab::ui
