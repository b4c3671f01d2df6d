#include "awardcard.h"

#include "common/format.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace grab::ui {
namespace {

QString points(double v)
{
    return QLocale().toString(v, 'f', 1);
}

QLabel *wrapped(const QString &objectName)
{
    auto *l = new QLabel;
    l->setObjectName(objectName);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    return l;
}

} // namespace

AwardCard::AwardCard(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("awardCard"));
    setStyleSheet(QStringLiteral("#awardCard { background: #fffaf0; border: 1px solid #ecd9a8; border-radius: 6px; }"
                                 "#awardParts, #awardField, #awardFormula { color: #5f5f5f; }"));
    m_title = wrapped(QStringLiteral("awardTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_winner = wrapped(QStringLiteral("awardWinner"));
    QFont big = m_winner->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_winner->setFont(big);
    m_score = wrapped(QStringLiteral("awardScore"));
    m_parts = wrapped(QStringLiteral("awardParts"));
    m_runnerUp = wrapped(QStringLiteral("awardRunnerUp"));
    m_field = wrapped(QStringLiteral("awardField"));
    m_formula = wrapped(QStringLiteral("awardFormula"));
    m_standings = new QLabel;
    m_standings->setObjectName(QStringLiteral("awardStandings"));
    m_standings->setTextFormat(Qt::RichText);
    QFont small = m_formula->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_formula->setFont(small);
    m_field->setFont(small);
    m_formula->setText(formula());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_winner);
    layout->addWidget(m_score);
    layout->addWidget(m_parts);
    layout->addSpacing(6);
    layout->addWidget(m_runnerUp);
    layout->addWidget(m_field);
    layout->addSpacing(6);
    layout->addWidget(m_standings);
    layout->addStretch(1);
    layout->addWidget(m_formula);
    setAward(std::nullopt, false);
}

QString AwardCard::formula()
{
    return tr("Score = %1 × success rate + %2 × revenue ÷ the month's top revenue + %3 × (satisfaction − 1) ÷ 4 − %4 × "
              "violations. "
              "Only grabbers with at least %5 closed orders qualify; no feedback counts as a neutral 3.")
        .arg(AwardService::kSuccessWeight)
        .arg(AwardService::kRevenueWeight)
        .arg(AwardService::kSatisfactionWeight)
        .arg(AwardService::kViolationPenalty)
        .arg(AwardService::kMinClosed);
}

void AwardCard::setAward(const std::optional<AwardService::MonthBest> &best, bool monthInProgress)
{
    if (!best) {
        m_title->setText(tr("Grabber of the Month"));
        m_winner->setText(QStringLiteral("—"));
        for (QLabel *l : {m_score, m_parts, m_runnerUp, m_field, m_standings}) {
            l->clear();
        }
        return;
    }
    const QString month = best->month.toString(QStringLiteral("yyyy-MM"));
    m_title->setText(monthInProgress ? tr("Grabber of the Month · %1 so far").arg(month)
                                     : tr("Grabber of the Month · %1").arg(month));
    if (!best->winner) {
        m_winner->setText(Format::undefined());
        m_score->setText(tr("Nobody qualifies yet: %1 closed orders needed.").arg(AwardService::kMinClosed));
        m_parts->clear();
        m_runnerUp->clear();
    } else {
        const AwardService::Finalist &w = *best->winner;
        m_winner->setText(w.kpis.name);
        m_score->setText(tr("%1 points").arg(points(w.score)));
        m_parts->setText(tr("success %1 + revenue %2 + satisfaction %3 − violations %4")
                             .arg(points(w.successPart), points(w.revenuePart), points(w.satisfactionPart),
                                  points(-w.violationPart)));
        m_runnerUp->setText(best->runnerUp
                                ? tr("Runner-up: %1, %2 points — %3 points behind")
                                      .arg(best->runnerUp->kpis.name, points(best->runnerUp->score), points(best->gap))
                                : tr("No runner-up: only one grabber qualifies."));
    }
    m_field->setText(tr("%n qualified", nullptr, int(best->ranking.size())) + QStringLiteral(" · ") +
                     tr("%n with too few closed orders", nullptr, int(best->unqualified.size())));
    QString rows;
    for (qsizetype i = 0; i < std::min<qsizetype>(best->ranking.size(), 5); ++i) {
        const AwardService::Finalist &f = best->ranking.at(i);
        rows += QStringLiteral("<tr><td>%1.</td><td width=\"100%\">%2</td><td align=\"right\">%3</td></tr>")
                    .arg(i + 1)
                    .arg(f.kpis.name.toHtmlEscaped(), points(f.score));
    }
    m_standings->setText(
        rows.isEmpty() ? QString()
                       : QStringLiteral("<b>%1</b><table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\">%2</table>")
                             .arg(tr("Standings (points)").toHtmlEscaped(), rows));
}

QString AwardCard::winnerText() const
{
    return m_winner->text();
}

QString AwardCard::runnerUpText() const
{
    return m_runnerUp->text();
}

QString AwardCard::formulaText() const
{
    return m_formula->text();
}

} // namespace grab::ui
