#pragma once

#include "domain/reviewsettings.h"

#include <QDialog>

#include <array>

class QDoubleSpinBox;
class QLineEdit;

namespace grab::ui {

// New cycle…: the quarter and how it will be scored, prefilled from the rule set's review
// settings (ReviewService::defaultSettings()): a weight and a quarter target per KPI (revenue
// in yuan), the KPI share of the final score, the achievement cap and the grade thresholds.
// The core checks them when the cycle is created; its refusal is shown with its sentence.
class NewCycleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewCycleDialog)

public:
    NewCycleDialog(const QString &quarter, const ReviewSettings &defaults, QWidget *parent = nullptr);

    QString quarter() const;
    ReviewSettings settings() const;

    QLineEdit *quarterEdit() const { return m_quarter; }
    QDoubleSpinBox *weightBox(ReviewKpi kpi) const { return m_weights[size_t(kpi)]; }
    QDoubleSpinBox *targetBox(ReviewKpi kpi) const { return m_targets[size_t(kpi)]; }

private:
    ReviewSettings m_defaults;
    QLineEdit *m_quarter = nullptr;
    std::array<QDoubleSpinBox *, kReviewKpiCount> m_weights{};
    std::array<QDoubleSpinBox *, kReviewKpiCount> m_targets{};
    QDoubleSpinBox *m_share = nullptr;
    QDoubleSpinBox *m_cap = nullptr;
    QDoubleSpinBox *m_gradeA = nullptr;
    QDoubleSpinBox *m_gradeB = nullptr;
    QDoubleSpinBox *m_gradeC = nullptr;
};

} // namespace grab::ui
