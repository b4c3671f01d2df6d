#include "quotapanel.h"

#include "displaytext.h"
#include "common/format.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace grab::ui {
namespace {

// setLedger() runs every second: restyling a widget that has not changed is wasted work.
void restyle(QWidget *w, const QString &css)
{
    if (w->styleSheet() != css) {
        w->setStyleSheet(css);
    }
}

QProgressBar *slimBar(const char *objectName)
{
    auto *bar = new QProgressBar;
    bar->setObjectName(QLatin1String(objectName));
    bar->setTextVisible(false);
    bar->setFixedHeight(8);
    return bar;
}

void fill(QProgressBar *bar, int used, int cap)
{
    bar->setRange(0, std::max(1, cap));
    bar->setValue(std::clamp(used, 0, std::max(1, cap)));
    const bool full = used >= cap;
    const bool near = !full && cap > 0 && used * 5 >= cap * 4;
    const char *chunk = full ? "#d93025" : near ? "#e3a400" : "#34a853";
    restyle(bar, QStringLiteral("QProgressBar { border: none; border-radius: 4px; background: #e4e7eb; }"
                                "QProgressBar::chunk { border-radius: 4px; background: %1; }")
                     .arg(QLatin1String(chunk)));
}

QString windowText(const GrabWindow &w)
{
    const QString hours = QStringLiteral("%1–%2").arg(formatMinuteOfDay(w.startMinute), formatMinuteOfDay(w.endMinute));
    return w.peak ? QuotaPanel::tr("%1 (peak), %2").arg(Format::windowLabel(w.label), hours)
                  : QuotaPanel::tr("%1, %2").arg(Format::windowLabel(w.label), hours);
}

} // namespace

QuotaPanel::QuotaPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("quotaPanel"));
    setStyleSheet(QStringLiteral("#quotaPanel { background: palette(base); border-bottom: 1px solid palette(mid); }"));

    // A band of four cards above the pool, so that the pool keeps the window's full width.
    auto *band = new QHBoxLayout(this);
    band->setContentsMargins(18, 12, 18, 14);
    band->setSpacing(0);
    const auto card = [&](const QString &title, int stretch) {
        if (band->count() > 0) {
            auto *line = new QFrame;
            line->setFrameShape(QFrame::VLine);
            line->setStyleSheet(QStringLiteral("color: #e1e4e8;"));
            band->addSpacing(18);
            band->addWidget(line);
            band->addSpacing(18);
        }
        auto *w = new QWidget;
        auto *grid = new QGridLayout(w);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setHorizontalSpacing(12);
        grid->setVerticalSpacing(5);
        grid->setColumnStretch(1, 1);
        grid->addWidget(heading(title), 0, 0, 1, 2);
        band->addWidget(w, stretch);
        return grid;
    };
    const auto pair = [&](QGridLayout *grid, const QString &name, QLabel *value) {
        auto *label = new QLabel(name);
        label->setStyleSheet(QStringLiteral("color: #5f6368;"));
        const int row = grid->rowCount();
        grid->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignTop);
        grid->addWidget(value, row, 1, Qt::AlignTop);
    };
    const auto full = [&](QGridLayout *grid, QWidget *w) { grid->addWidget(w, grid->rowCount(), 0, 1, 2); };

    // 1. What is left today, big, and the calendar day that counts.
    QGridLayout *today = card(tr("Left today"), 3);
    m_leftToday = value("leftToday");
    QFont big = m_leftToday->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_leftToday->setFont(big);
    m_leftToday->setWordWrap(false);
    m_leftCaption = new QLabel;
    m_leftCaption->setObjectName(QStringLiteral("leftTodayCaption"));
    auto *bigRow = new QWidget;
    auto *bigLayout = new QHBoxLayout(bigRow);
    bigLayout->setContentsMargins(0, 0, 0, 0);
    bigLayout->setSpacing(8);
    bigLayout->addWidget(m_leftToday, 0, Qt::AlignBaseline);
    bigLayout->addWidget(m_leftCaption, 1, Qt::AlignBaseline);
    full(today, bigRow);
    m_dailyBar = slimBar("dailyBar");
    full(today, m_dailyBar);
    m_day = value("dayThatCounts");
    m_day->setStyleSheet(QStringLiteral("color: #5f6368;"));
    full(today, m_day);
    today->setRowStretch(today->rowCount(), 1);

    // 2. The caps and who they belong to.
    QGridLayout *caps = card(tr("My quota"), 3);
    m_status = value("status");
    m_dailyCap = value("dailyCap");
    m_takenToday = value("takenToday");
    m_attempts = value("attemptsToday");
    pair(caps, tr("Status"), m_status);
    pair(caps, tr("Daily cap"), m_dailyCap);
    pair(caps, tr("Taken today"), m_takenToday);
    pair(caps, tr("Missed attempts"), m_attempts);
    caps->setRowStretch(caps->rowCount(), 1);

    // 3. Open workload against its cap.
    QGridLayout *workload = card(tr("Open workload"), 3);
    m_workloadBar = slimBar("workloadBar");
    full(workload, m_workloadBar);
    m_workload = value("workload");
    m_workloadLeft = value("workloadLeft");
    pair(workload, tr("Holding"), m_workload);
    pair(workload, tr("Room for"), m_workloadLeft);
    workload->setRowStretch(workload->rowCount(), 1);

    // 4. The grab window now and when it changes.
    QGridLayout *window = card(tr("Grab window"), 4);
    m_windowNow = value("windowNow");
    m_nextChange = value("nextChange");
    pair(window, tr("Now"), m_windowNow);
    pair(window, tr("Next change"), m_nextChange);
    window->setRowStretch(window->rowCount(), 1);
}

QuotaPanel::~QuotaPanel() = default;

QLabel *QuotaPanel::value(const char *objectName)
{
    auto *label = new QLabel;
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *QuotaPanel::heading(const QString &text)
{
    auto *label = new QLabel(text.toUpper());
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 0.85);
    f.setLetterSpacing(QFont::PercentageSpacing, 108);
    label->setFont(f);
    label->setStyleSheet(QStringLiteral("color: #5f6368;"));
    return label;
}

void QuotaPanel::setLedger(const GrabberView::Ledger &ledger, qint64 nowMs)
{
    const Quota &q = ledger.quota;
    const QTimeZone zone(ledger.timeZone.toUtf8());

    m_leftToday->setText(QString::number(q.dailyLeft()));
    m_leftCaption->setText(q.dailyCap == 1 ? tr("of 1 order today") : tr("of %1 orders today").arg(q.dailyCap));
    fill(m_dailyBar, q.takenToday, q.dailyCap);

    m_status->setText(DisplayText::status(q.status));
    restyle(m_status,
            q.status == GrabberStatus::Active ? QString() : QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_dailyCap->setText(q.capOverridden ? tr("%1 (my personal cap)").arg(q.dailyCap)
                                        : tr("%1 (%2 cap)").arg(q.dailyCap).arg(DisplayText::level(q.level)));
    m_takenToday->setText(QString::number(q.takenToday));
    m_takenToday->setToolTip(tr("Orders that reached you today, grabbed or dispatched, also those released since."));
    m_attempts->setText(QString::number(q.attemptsToday));
    m_attempts->setToolTip(
        tr("Grab attempts today that lost the race or were refused: they do not count against the cap."));
    const bool today = ledger.day == QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
    const QString day = Format::shortDate(ledger.day);
    m_day->setText(today ? tr("Today = %1, %2").arg(day, ledger.timeZone) : tr("%1, %2").arg(day, ledger.timeZone));
    m_day->setToolTip(tr("The daily cap counts from midnight to midnight in the team's time zone."));

    fill(m_workloadBar, q.openWorkload, q.workloadCap);
    m_workload->setText(tr("%1 of %2 open orders").arg(q.openWorkload).arg(q.workloadCap));
    m_workloadLeft->setText(q.workloadLeft() == 1 ? tr("1 more order") : tr("%1 more orders").arg(q.workloadLeft()));

    if (ledger.dispatchOnly) {
        m_windowNow->setText(tr("None: the team dispatches every order"));
    } else if (ledger.window) {
        m_windowNow->setText(windowText(*ledger.window));
    } else {
        m_windowNow->setText(ledger.vipAlwaysOpen ? tr("Closed (VIP orders stay open)") : tr("Closed"));
    }
    if (!ledger.nextChangeAt || ledger.dispatchOnly) {
        m_nextChange->setText(tr("None in the coming week"));
    } else {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(*ledger.nextChangeAt, zone);
        const bool sameDay = at.date() == QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
        const QString when =
            sameDay ? Format::time(at) : Format::dayTime(at);
        const QString what = ledger.nextWindow ? tr("%1 opens").arg(Format::windowLabel(ledger.nextWindow->label)) : tr("grabbing closes");
        m_nextChange->setText(tr("%1: %2, in %3").arg(when, what, DisplayText::duration(*ledger.nextChangeAt - nowMs)));
    }
}

} // namespace grab::ui
