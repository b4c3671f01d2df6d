#include "targetpanel.h"

#include "common/format.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace grab::ui {
namespace {

// Per mille of the target, so that revenue in fen never overflows the bar's int range.
int perMille(qint64 done, qint64 target)
{
    if (target <= 0) {
        return done > 0 ? 1000 : 0;
    }
    return int(std::min<qint64>(1000, done * 1000 / target));
}

QString share(qint64 done, qint64 target)
{
    if (target <= 0) {
        return QString();
    }
    return QStringLiteral(" · %1").arg(Format::percent(double(done) / double(target), 0));
}

void fill(QProgressBar *bar, QLabel *label, qint64 done, qint64 target, const QString &text)
{
    bar->setValue(perMille(done, target));
    bar->setToolTip(text);
    label->setText(text);
}

} // namespace

TargetPanel::TargetPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("targetPanel"));
    setStyleSheet(QStringLiteral(
        "#targetPanel { background: palette(base); border: 1px solid palette(midlight); border-radius: 6px; }"
        "#targetNote { color: #5f5f5f; }"));
    m_title = new QLabel;
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("targetNote"));
    // No word wrap: a wrapping label makes the page's scroll area size it by height-for-width,
    // which stretches the charts past the window. The note is short beside the bars.
    m_won = new QProgressBar;
    m_won->setObjectName(QStringLiteral("wonTarget"));
    m_revenue = new QProgressBar;
    m_revenue->setObjectName(QStringLiteral("revenueTarget"));
    m_wonText = new QLabel;
    m_revenueText = new QLabel;
    for (QProgressBar *b : {m_won, m_revenue}) {
        b->setRange(0, 1000);
        b->setTextVisible(false); // the figures go beside the bar, where they have room
        b->setMaximumHeight(fontMetrics().height());
        b->setMinimumWidth(80);
    }
    m_bars = new QWidget;
    auto *grid = new QGridLayout(m_bars);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->addWidget(new QLabel(tr("Won orders")), 0, 0);
    grid->addWidget(m_won, 0, 1);
    grid->addWidget(m_wonText, 0, 2);
    grid->addItem(new QSpacerItem(24, 1), 0, 3);
    grid->addWidget(new QLabel(tr("Revenue")), 0, 4);
    grid->addWidget(m_revenue, 0, 5);
    grid->addWidget(m_revenueText, 0, 6);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(5, 1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 8, 14, 8);
    layout->setSpacing(16);
    layout->addWidget(m_title);
    layout->addWidget(m_bars, 3);
    layout->addWidget(m_note, 1);
    setTarget(QDate(), std::nullopt);
}

void TargetPanel::setTarget(const QDate &month, const std::optional<TargetService::Target> &target)
{
    const QString name = month.isValid() ? month.toString(QStringLiteral("yyyy-MM")) : QString();
    m_title->setText(tr("Target %1").arg(name));
    m_bars->setVisible(target.has_value());
    m_title->setToolTip(QString());
    if (!target) {
        m_note->setText(
            tr("No target for %1. Set one on the Team page: select the grabber, then Set target….")
                .arg(name));
        return;
    }
    const QLocale l;
    fill(m_won, m_wonText, target->won, target->wonCount,
         tr("%1 of %2 won", "progress against a target").arg(l.toString(target->won), l.toString(target->wonCount)) +
             share(target->won, target->wonCount));
    fill(m_revenue, m_revenueText, target->revenueDoneMinor, target->revenueMinor,
         tr("%1 of %2", "revenue against a target")
                 .arg(Format::money(target->revenueDoneMinor), Format::money(target->revenueMinor)) +
             share(target->revenueDoneMinor, target->revenueMinor));
    // The progress is the month's whatever the period shown: the title says so, the tooltip why.
    m_title->setText(tr("Target %1 · month so far").arg(name));
    m_title->setToolTip(
        tr("Won orders and revenue from the 1st of %1 to today, whatever the period shown above.").arg(name));
    m_note->clear();
}

QString TargetPanel::wonText() const
{
    return m_bars->isHidden() ? QString() : m_wonText->text();
}

QString TargetPanel::revenueText() const
{
    return m_bars->isHidden() ? QString() : m_revenueText->text();
}

QString TargetPanel::noteText() const
{
    return m_note->text();
}

} // namespace grab::ui
