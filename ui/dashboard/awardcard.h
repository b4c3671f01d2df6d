#pragma once

#include "services/metrics/awardservice.h"

#include <QFrame>

#include <optional>

class QLabel;

namespace grab::ui {

// Grabber of the Month (月度最佳抢单员) for the month of the period's last day: the winner and
// their score, the parts it adds up from, the runner-up and the gap, the formula and who did
// not qualify, and the top of the standings. The award explains itself, as AwardService computes it.
class AwardCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwardCard)

public:
    explicit AwardCard(QWidget *parent = nullptr);

    // `monthInProgress`: the month is not over, the standings may still change.
    void setAward(const std::optional<AwardService::MonthBest> &best, bool monthInProgress);

    QString winnerText() const;
    QString runnerUpText() const;
    QString formulaText() const;

    // The formula in words, from AwardService's weights.
    static QString formula();

private:
    QLabel *m_title = nullptr;
    QLabel *m_winner = nullptr;
    QLabel *m_score = nullptr;
    QLabel *m_parts = nullptr;
    QLabel *m_runnerUp = nullptr;
    QLabel *m_field = nullptr;
    QLabel *m_standings = nullptr;
    QLabel *m_formula = nullptr;
};

} // namespace grab::ui
