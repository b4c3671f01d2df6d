#include "grabbercharts.h"

#include "chartpanel.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace grab::ui {
namespace {

const QColor kWon(0x2e, 0x7d, 0x32);
const QColor kLost(0xc6, 0x28, 0x28);
const QColor kReclaimed(0xef, 0x8f, 0x00);
const QColor kOwn(0x15, 0x65, 0xc0);
const QColor kTeam(0x75, 0x75, 0x75);

void clear(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

// The days along the bottom: a label every few days (about eight at most), at the day itself.
QCategoryAxis *dayAxis(const QList<TrendDay> &days, const QString &title)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setTitleText(title);
    axis->setGridLineVisible(false);
    const int n = int(days.size());
    const int step = std::max(1, int(std::ceil(n / 8.0)));
    // Labels must be unique: past a year, the same day of the month comes round again.
    const QString format = n > 360 ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("MM-dd");
    axis->setStartValue(-0.5);
    for (int i = 0; i < n; i += step) {
        axis->append(days.at(i).day.toString(format), i);
    }
    axis->setRange(-0.5, n - 0.5);
    return axis;
}

// A count axis ending on a round number, with whole-number ticks.
QValueAxis *countAxis(qint64 highest, const QString &title)
{
    auto *axis = new QValueAxis;
    qint64 step = 1;
    for (const qint64 s : {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000}) {
        step = s;
        if ((std::max<qint64>(highest, 1) + s - 1) / s <= 5) {
            break;
        }
    }
    const qint64 top = std::max<qint64>(1, (std::max<qint64>(highest, 1) + step - 1) / step) * step;
    axis->setRange(0, double(top));
    axis->setTickCount(int(top / step) + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTitleText(title);
    return axis;
}

QLineSeries *line(const QString &name, const QColor &colour, bool dashed, bool points)
{
    auto *s = new QLineSeries;
    s->setName(name);
    QPen pen(colour);
    pen.setWidthF(dashed ? 2.0 : 2.5);
    pen.setStyle(dashed ? Qt::DashLine : Qt::SolidLine);
    s->setPen(pen);
    s->setPointsVisible(points);
    return s;
}

} // namespace

GrabberCharts::GrabberCharts(QWidget *parent) : QWidget(parent)
{
    m_outcomes = new ChartPanel(QStringLiteral("outcomeChart"));
    m_success = new ChartPanel(QStringLiteral("successChart"));
    m_satisfaction = new ChartPanel(QStringLiteral("satisfactionChart"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_outcomes, 1);
    layout->addWidget(m_success, 1);
    layout->addWidget(m_satisfaction, 1);
}

void GrabberCharts::setData(const DashboardData &data)
{
    QString name = data.current.name;
    for (const DashboardGrabber &g : data.grabbers) {
        if (g.id == data.request.grabberId) {
            name = g.name;
        }
    }
    // Fewer days than a week so far: the charts reach back before the period, and say so.
    const qint64 days = data.trendDays.from.daysTo(data.trendDays.to);
    const QString reach = data.trendDays.from < data.period.current.from ? tr(" · last %1 days").arg(days) : QString();
    fillOutcomes(data, name, reach);
    fillTrend(m_success, data, name, true, reach);
    fillTrend(m_satisfaction, data, name, false, reach);
    const QString month = data.period.current.from.toString(QStringLiteral("yyyy-MM-dd"));
    m_outcomes->setSuggestedName(tr("orders-per-day-%1-%2.png", "a file name").arg(name, month));
    m_success->setSuggestedName(tr("success-rate-%1-%2.png", "a file name").arg(name, month));
    m_satisfaction->setSuggestedName(tr("satisfaction-%1-%2.png", "a file name").arg(name, month));
}

void GrabberCharts::fillOutcomes(const DashboardData &data, const QString &name, const QString &reach)
{
    QChart *chart = m_outcomes->chart();
    clear(chart);
    chart->setTitle(tr("%1 · orders closed per day").arg(name) + reach);
    auto *won = new QBarSet(tr("Won"));
    auto *lost = new QBarSet(tr("Lost"));
    auto *reclaimed = new QBarSet(tr("Reclaimed"));
    won->setColor(kWon);
    lost->setColor(kLost);
    reclaimed->setColor(kReclaimed);
    for (QBarSet *set : {won, lost, reclaimed}) {
        set->setBorderColor(Qt::transparent);
    }
    qint64 highest = 0;
    for (const TrendDay &d : data.trend) {
        *won << double(d.won);
        *lost << double(d.lost);
        *reclaimed << double(d.reclaimed);
        highest = std::max(highest, d.won + d.lost + d.reclaimed);
    }
    auto *series = new QStackedBarSeries;
    series->append(won);
    series->append(lost);
    series->append(reclaimed);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    QCategoryAxis *x = dayAxis(data.trend, tr("Day (%1)", "axis title; the team's time zone").arg(data.timeZone));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = countAxis(highest, tr("Orders"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

void GrabberCharts::fillTrend(ChartPanel *panel, const DashboardData &data, const QString &name, bool success,
                              const QString &reach)
{
    QChart *chart = panel->chart();
    clear(chart);
    chart->setTitle((success ? tr("Success rate · %1-day rolling").arg(data.rollingDays)
                             : tr("Satisfaction · %1-day rolling").arg(data.rollingDays)) +
                    reach);
    const bool points = data.trend.size() <= 14;
    QLineSeries *own = line(name, kOwn, false, points);
    QLineSeries *team = line(tr("Team average"), kTeam, true, false);
    for (qsizetype i = 0; i < data.trend.size(); ++i) {
        const TrendDay &d = data.trend.at(i);
        const auto mine = success ? d.successRate : d.satisfaction;
        const auto theirs = success ? d.teamSuccessRate : d.teamSatisfaction;
        // A day without a figure is left out (the line joins its neighbours), never drawn as 0.
        if (mine) {
            own->append(double(i), success ? *mine * 100.0 : *mine);
        }
        if (theirs) {
            team->append(double(i), success ? *theirs * 100.0 : *theirs);
        }
    }
    chart->addSeries(team);
    chart->addSeries(own);
    QCategoryAxis *x = dayAxis(data.trend, tr("Day (%1)", "axis title; the team's time zone").arg(data.timeZone));
    chart->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    if (success) {
        y->setRange(0, 100);
        y->setTickCount(6);
        y->setLabelFormat(QStringLiteral("%d %%"));
        y->setTitleText(tr("Won ÷ closed"));
    } else {
        y->setRange(1, 5);
        y->setTickCount(5);
        y->setLabelFormat(QStringLiteral("%.0f"));
        y->setTitleText(tr("Mean score (1–5)"));
    }
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : {team, own}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

} // namespace grab::ui
