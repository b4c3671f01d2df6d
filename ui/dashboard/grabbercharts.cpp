#include "grabbercharts.h"

#include "chartpanel.h"
#include "chartstyle.h"
#include "common/format.h"
#include "common/periodtext.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QFontMetricsF>
#include <QValueAxis>

#include <cmath>

namespace grab::ui {
namespace {

using namespace chartstyle;

// Labels the day axis every `step` days, at the day itself.
void labelDays(QCategoryAxis *axis, const QList<QDate> &days, int step)
{
    for (const QString &label : axis->categoriesLabels()) {
        axis->remove(label);
    }
    // Labels must be unique: past a year, the same day of the month comes round again.
    const QString format = days.size() > 360 ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("MM-dd");
    axis->setStartValue(-0.5);
    for (int i = 0; i < int(days.size()); i += step) {
        axis->append(days.at(i).toString(format), i);
    }
    axis->setRange(-0.5, int(days.size()) - 0.5);
    axis->setProperty("step", step);
}

// The days along the bottom: a label every few days (about eight at most), and as many fewer
// as the chart's width needs for whole labels: Qt Charts shortens a label with no room to
// "12-…", which a 1280 px window did.
QCategoryAxis *dayAxis(QChart *chart, const QList<TrendDay> &trend, const QString &title)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    chartstyle::setTitle(axis, title);
    axis->setGridLineVisible(false);
    QList<QDate> days;
    for (const TrendDay &d : trend) {
        days << d.day;
    }
    const int n = int(days.size());
    const int fewest = std::max(1, int(std::ceil(n / 8.0)));
    labelDays(axis, days, fewest);
    QObject::connect(chart, &QChart::plotAreaChanged, axis, [axis, days, n, fewest](const QRectF &plot) {
        if (n == 0 || plot.width() <= 0) {
            return;
        }
        const QString sample = days.size() > 360 ? QStringLiteral("0000-00-00") : QStringLiteral("00-00");
        const double label = QFontMetricsF(axis->labelsFont()).horizontalAdvance(sample) + 12;
        const int step = std::max(fewest, int(std::ceil(label / (plot.width() / n))));
        if (step != axis->property("step").toInt()) {
            labelDays(axis, days, step);
        }
    });
    return axis;
}

// A title and, when the chart reaches back before the period, how far ("last 7 days").
QString withReach(const QString &title, const QString &reach)
{
    return reach.isEmpty() ? title : GrabberCharts::tr("%1 · %2", "a chart's title · the days it shows").arg(title, reach);
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

void GrabberCharts::setData(const DashboardFigures &data)
{
    QString name = data.current.name;
    for (const DashboardGrabber &g : data.grabbers) {
        if (g.id == data.request.grabberId) {
            name = g.name;
        }
    }
    // Fewer days than a week so far: the charts reach back before the period, and say so.
    const qint64 days = data.trendDays.from.daysTo(data.trendDays.to);
    const QString reach = data.trendDays.from < data.period.current.from ? tr("last %Ln days", nullptr, int(days)) : QString();
    m_grabberId = data.request.grabberId;
    m_name = name;
    m_trend = data.trend;
    fillOutcomes(data, name, reach);
    fillTrend(m_success, data, name, true, reach);
    fillTrend(m_satisfaction, data, name, false, reach);
    const QString month = data.period.current.from.toString(QStringLiteral("yyyy-MM-dd"));
    m_outcomes->setSuggestedName(tr("orders-per-day-%1-%2.png", "a file name").arg(name, month));
    m_success->setSuggestedName(tr("success-rate-%1-%2.png", "a file name").arg(name, month));
    m_satisfaction->setSuggestedName(tr("satisfaction-%1-%2.png", "a file name").arg(name, month));
}

void GrabberCharts::fillOutcomes(const DashboardFigures &data, const QString &name, const QString &reach)
{
    QChart *chart = m_outcomes->chart();
    clear(chart);
    chart->setTitle(withReach(tr("%1 · orders closed per day").arg(name), reach));
    QBarSet *won = barSet(tr("Won"), kWon);
    QBarSet *lost = barSet(tr("Lost"), kLost);
    QBarSet *reclaimed = barSet(tr("Reclaimed"), kReclaimed);
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
    if (highest == 0) { // an empty chart says why rather than leave the reader wondering
        chart->setTitle(withReach(tr("%1 · orders closed per day · none in these days").arg(name), reach));
    }
    QCategoryAxis *x = dayAxis(chart, data.trend, tr("Day (%1)", "axis title; the team's time zone").arg(data.timeZone));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = countAxis(highest, tr("Orders closed"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);

    // A bar tells its numbers on hover and lists its orders on a click: that day's won, lost
    // or reclaimed ones.
    const QList<std::pair<QBarSet *, DrillDown::Figure>> sets{
        {won, DrillDown::Figure::Won}, {lost, DrillDown::Figure::Lost}, {reclaimed, DrillDown::Figure::Reclaimed}};
    for (const auto &[set, figure] : sets) {
        connect(set, &QBarSet::hovered, this, [this](bool on, int index) {
            if (!on || index < 0 || index >= m_trend.size()) {
                QToolTip::hideText();
                return;
            }
            const TrendDay &d = m_trend.at(index);
            const QLocale l;
            QToolTip::showText(QCursor::pos(), tr("%1: %2 won, %3 lost, %4 reclaimed\nClick a colour for its orders")
                                                   .arg(d.day.toString(Qt::ISODate), l.toString(d.won),
                                                        l.toString(d.lost), l.toString(d.reclaimed)));
        });
        connect(set, &QBarSet::clicked, this, [this, figure](int index) { drillDay(figure, index); });
    }
}

void GrabberCharts::drillDay(DrillDown::Figure figure, int index)
{
    if (index < 0 || index >= m_trend.size()) {
        return;
    }
    const QDate day = m_trend.at(index).day;
    const Period one{day, day.addDays(1)};
    DrillRequest r;
    r.grabberId = m_grabberId;
    r.grabberName = m_name;
    r.period = one;
    r.key = DashboardService::drillDown(figure, one, m_grabberId);
    const QString date = day.toString(Qt::ISODate);
    switch (figure) {
    case DrillDown::Figure::Won:
        r.title = tr("Won on %1").arg(date);
        r.sentence = tr("Orders %1 closed as won on %2.").arg(m_name, date);
        break;
    case DrillDown::Figure::Lost:
        r.title = tr("Lost on %1").arg(date);
        r.sentence = tr("Orders %1 closed as lost on %2.").arg(m_name, date);
        break;
    default:
        r.title = tr("Reclaimed on %1").arg(date);
        r.sentence = tr("Orders taken back from %1 on %2 for want of a follow-up.").arg(m_name, date);
        break;
    }
    emit drillRequested(r);
}

void GrabberCharts::fillTrend(ChartPanel *panel, const DashboardFigures &data, const QString &name, bool success,
                              const QString &reach)
{
    QChart *chart = panel->chart();
    clear(chart);
    QString title = withReach(success ? tr("Success rate · %Ln-day rolling", nullptr, data.rollingDays)
                                      : tr("Satisfaction · %Ln-day rolling", nullptr, data.rollingDays),
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
    if (own->count() == 0) { // no line of their own: say why, never draw it at 0
        title = tr("%1 · %2", "a chart's title · why a line is missing")
                    .arg(title, success ? tr("%1: nothing closed").arg(name) : tr("%1: no feedback").arg(name));
    }
    chart->setTitle(title);
    chart->addSeries(team);
    chart->addSeries(own);
    QCategoryAxis *x = dayAxis(chart, data.trend, tr("Day (%1)", "axis title; the team's time zone").arg(data.timeZone));
    chart->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    if (success) {
        y->setRange(0, 100);
        y->setTickCount(6);
        y->setLabelFormat(QStringLiteral("%d %%"));
        chartstyle::setTitle(y, tr("Won ÷ closed"));
    } else {
        y->setRange(1, 5);
        y->setTickCount(5);
        y->setLabelFormat(QStringLiteral("%.0f"));
        chartstyle::setTitle(y, tr("Mean score (1–5)"));
    }
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : {team, own}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

} // namespace grab::ui
