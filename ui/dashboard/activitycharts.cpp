#include "activitycharts.h"

#include "chartpanel.h"
#include "chartstyle.h"
#include "common/format.h"
#include "domain/responsebuckets.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace grab::ui {

using namespace chartstyle;

ActivityCharts::ActivityCharts(QWidget *parent) : QWidget(parent)
{
    m_response = new ChartPanel(QStringLiteral("responseChart"));
    m_hours = new ChartPanel(QStringLiteral("hourChart"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_response, 1);
    layout->addWidget(m_hours, 1);
}

int ActivityCharts::medianBucket(std::optional<double> medianS)
{
    if (!medianS || !std::isfinite(*medianS)) {
        return -1;
    }
    // A median of two middles may fall between whole milliseconds: the bucket of its floor.
    return responseBucketOf(qint64(std::floor(*medianS * 1000.0)));
}

int ActivityCharts::bucketOfBar(int bar)
{
    return int(responseBuckets().size()) - 1 - bar;
}

int ActivityCharts::busiestHour(const QList<DashboardService::HourActivity> &hours)
{
    int best = -1;
    qint64 most = 0;
    for (const DashboardService::HourActivity &h : hours) {
        if (h.attempts > most) {
            most = h.attempts;
            best = h.hour;
        }
    }
    return best;
}

QString ActivityCharts::bucketLabel(int index)
{
    // The buckets' names as shown; core's own labels (in responseBuckets()) stay in the CSV.
    switch (index) {
    case 0:
        return tr("< 10 s", "a response-time bucket");
    case 1:
        return tr("10–30 s", "a response-time bucket");
    case 2:
        return tr("30–60 s", "a response-time bucket");
    case 3:
        return tr("1–2 min", "a response-time bucket");
    case 4:
        return tr("2–5 min", "a response-time bucket");
    case 5:
        return tr("5–15 min", "a response-time bucket");
    case 6:
        return tr("15–60 min", "a response-time bucket");
    case 7:
        return tr("≥ 1 h", "a response-time bucket");
    default:
        break;
    }
    return index >= 0 && index < responseBuckets().size() ? responseBuckets().at(index).label : QString();
}

QString ActivityCharts::hourRange(int hour)
{
    return QStringLiteral("%1:00–%2:00")
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg((hour + 1) % 24, 2, 10, QLatin1Char('0'));
}

void ActivityCharts::setData(const DashboardFigures &data)
{
    m_grabberId = data.request.grabberId;
    m_name = data.current.name;
    m_period = data.period.current;
    fillResponse(data);
    fillHours(data);
    const QString from = data.period.current.from.toString(Qt::ISODate);
    m_response->setSuggestedName(tr("response-time-%1-%2.png", "a file name").arg(m_name, from));
    m_hours->setSuggestedName(tr("attempts-by-hour-%1-%2.png", "a file name").arg(m_name, from));
}

void ActivityCharts::fillResponse(const DashboardFigures &data)
{
    QChart *chart = m_response->chart();
    clear(chart);
    const QList<ResponseBucket> &buckets = responseBuckets();
    m_bucketCounts = data.responseTimes.counts;
    m_bucketCounts.resize(buckets.size(), 0);
    const int median = medianBucket(data.responseTimes.medianS);
    chart->setTitle(median < 0 ? tr("Response time · no order assigned in this period")
                               : tr("Response time · median %1 (darker bar)")
                                     .arg(Format::duration(std::llround(*data.responseTimes.medianS * 1000.0))));

    QBarSet *orders = barSet(tr("Orders assigned"), kOwn);
    orders->setSelectedColor(kOwnDark);
    orders->setLabelColor(QColor(0x42, 0x42, 0x42));
    // Lying bars fill from the bottom: the longest wait first, so that the shortest is on top.
    QStringList labels;
    qint64 highest = 0;
    for (int bar = 0; bar < int(buckets.size()); ++bar) {
        const int i = bucketOfBar(bar);
        *orders << double(m_bucketCounts.at(i));
        labels << bucketLabel(i).toHtmlEscaped(); // axis labels are rich text: "< 10 s" would vanish
        highest = std::max(highest, m_bucketCounts.at(i));
    }
    if (median >= 0) {
        orders->selectBar(bucketOfBar(median)); // its own inverse
    }
    // Lying bars, the shortest wait on top: the buckets' names read in full on the left, where
    // eight of them standing side by side would be cut in half the page's width.
    auto *series = new QHorizontalBarSeries;
    series->append(orders);
    series->setBarWidth(0.75);
    series->setLabelsVisible(true); // the count at the end of each bar: no need to read it off the axis
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(labels);
    chartstyle::setTitle(y, tr("Wait before assignment"));
    y->setGridLineVisible(false);
    // Qt Charts cuts category labels at a fixed share of the chart's width ("10–30 ..."), which
    // the Chinese names ("10–30 秒") reach on a grabber's dashboard: the plot gives way instead.
    y->setTruncateLabels(false);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    // Room for the count beyond the longest bar.
    QValueAxis *x = countAxis(highest + std::max<qint64>(1, highest / 5), tr("Orders assigned"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    showLegend(chart, false); // one set, named by the title and the axis

    connect(orders, &QBarSet::hovered, this, [this](bool on, int bar) {
        const int index = bucketOfBar(bar);
        if (!on || index < 0 || index >= m_bucketCounts.size()) {
            QToolTip::hideText();
            return;
        }
        const qint64 n = m_bucketCounts.at(index);
        QToolTip::showText(QCursor::pos(), tr("Waited %1: %2\nClick to list them")
                                               .arg(bucketLabel(index),
                                                    tr("%Ln orders", nullptr, int(n))));
    });
    connect(orders, &QBarSet::clicked, this, [this](int bar) { drillBucket(bucketOfBar(bar)); });
}

void ActivityCharts::fillHours(const DashboardFigures &data)
{
    QChart *chart = m_hours->chart();
    clear(chart);
    m_hourFigures = data.hours;
    m_hourFigures.resize(24);
    for (int h = 0; h < 24; ++h) {
        m_hourFigures[h].hour = h;
    }
    const int busiest = busiestHour(m_hourFigures);
    const QString zone = data.timeZone;
    chart->setTitle(busiest < 0 ? tr("Grab attempts by hour of day · none in this period")
                                : tr("Grab attempts by hour of day · busiest %1").arg(hourRange(busiest)));
    QBarSet *won = barSet(tr("Obtained the order"), kWon);
    QBarSet *rest = barSet(tr("Lost the race or refused"), kRest);
    qint64 highest = 0;
    for (const DashboardService::HourActivity &h : std::as_const(m_hourFigures)) {
        *won << double(h.wins);
        *rest << double(h.attempts - h.wins);
        highest = std::max(highest, h.attempts);
    }
    auto *series = new QStackedBarSeries;
    series->append(won);
    series->append(rest);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    // Every third hour named at its bar ("09:00" under the bar of 09:00–10:00): 24 names would
    // not fit half the page.
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setStartValue(-0.5);
    for (int h = 0; h < 24; h += 3) {
        x->append(QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0')), h);
    }
    x->setRange(-0.5, 23.5);
    chartstyle::setTitle(x, tr("Hour of day (%1)", "axis title; the team's time zone").arg(zone));
    x->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = countAxis(highest, tr("Grab attempts"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    showLegend(chart, true);

    for (QBarSet *set : {won, rest}) {
        connect(set, &QBarSet::hovered, this, [this](bool on, int index) {
            if (!on || index < 0 || index >= m_hourFigures.size()) {
                QToolTip::hideText();
                return;
            }
            const DashboardService::HourActivity &h = m_hourFigures.at(index);
            const QLocale l;
            QToolTip::showText(QCursor::pos(), tr("%1: %2 grab attempts, %3 obtained the order\nClick to list them")
                                                   .arg(hourRange(h.hour), l.toString(h.attempts), l.toString(h.wins)));
        });
        connect(set, &QBarSet::clicked, this, &ActivityCharts::drillHour);
    }
}

void ActivityCharts::drillBucket(int index)
{
    if (index < 0 || index >= responseBuckets().size()) {
        return;
    }
    const QString label = bucketLabel(index);
    DrillRequest r;
    r.grabberId = m_grabberId;
    r.grabberName = m_name;
    r.period = m_period;
    r.key = DashboardService::drillDown(DrillDown::Figure::ResponseBucket, m_period, m_grabberId, index);
    r.title = tr("Waited %1").arg(label);
    r.sentence = tr("Orders assigned to %1 in %2 (whole days) that waited %3 from publication to assignment.")
                     .arg(m_name, PeriodText::rangeText(m_period), label);
    emit drillRequested(r);
}

void ActivityCharts::drillHour(int hour)
{
    if (hour < 0 || hour > 23) {
        return;
    }
    DrillRequest r;
    r.grabberId = m_grabberId;
    r.grabberName = m_name;
    r.period = m_period;
    r.key = DashboardService::drillDown(DrillDown::Figure::Hour, m_period, m_grabberId, hour);
    r.title = tr("Attempts %1").arg(hourRange(hour));
    r.sentence = tr("Grab attempts by %1 in %2 (whole days) made between %3 team time; the Result column says which "
                    "obtained the order.")
                     .arg(m_name, PeriodText::rangeText(m_period), hourRange(hour));
    emit drillRequested(r);
}

} // namespace grab::ui
