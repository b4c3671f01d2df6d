#pragma once

#include "domain/prioritypolicy.h"

#include <QWidget>

class QSpinBox;
class QTableWidget;

namespace grab::ui {

// The priority policy as four small parts: points per customer tier, amount bands (from an
// amount, points), points per region, and the scores from which an order is P1, P2, P3.
class PriorityEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriorityEditor)

public:
    explicit PriorityEditor(QWidget *parent = nullptr);

    void setPolicy(const PriorityPolicy &policy);
    // The policy as edited; *problem gets one sentence when a band or region cannot be read.
    PriorityPolicy policy(QString *problem = nullptr) const;

signals:
    void edited();

private:
    QSpinBox *points();
    QSpinBox *m_vip = nullptr;
    QSpinBox *m_key = nullptr;
    QSpinBox *m_regular = nullptr;
    QTableWidget *m_bands = nullptr;
    QTableWidget *m_regions = nullptr;
    QSpinBox *m_p1 = nullptr;
    QSpinBox *m_p2 = nullptr;
    QSpinBox *m_p3 = nullptr;
    bool m_filling = false;
};

} // namespace grab::ui
