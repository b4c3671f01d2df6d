#pragma once

#include "services/metrics/targetservice.h"

#include <QFrame>

#include <optional>

class QLabel;
class QProgressBar;

namespace grab::ui {

// A grabber's monthly target (TargetService) and the progress so far: won orders and revenue
// against it, as bars. Without a target it says so and how to set one.
class TargetPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetPanel)

public:
    explicit TargetPanel(QWidget *parent = nullptr);

    void setTarget(const QDate &month, const std::optional<TargetService::Target> &target);

    QString wonText() const;
    QString revenueText() const;
    QString noteText() const;

private:
    QLabel *m_title = nullptr;
    QLabel *m_note = nullptr;
    QWidget *m_bars = nullptr;
    QProgressBar *m_won = nullptr;
    QProgressBar *m_revenue = nullptr;
    QLabel *m_wonText = nullptr;
    QLabel *m_revenueText = nullptr;
};

} // namespace grab::ui
