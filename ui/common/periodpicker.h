#pragma once

#include "common/periodtext.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace grab::ui {

// The dashboards' period: Today, This week, This month, This quarter, or Custom… with the
// first and the last day (inclusive). The days are the team's; resolving them into a Period
// happens with the team's "today" (periods::resolve), not here.
class PeriodPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeriodPicker)

public:
    explicit PeriodPicker(QWidget *parent = nullptr);

    PeriodPreset preset() const;
    void setPreset(PeriodPreset preset);
    QDate customFirst() const;
    QDate customLast() const;
    // Sets the custom days (without switching to Custom), e.g. to the period shown last.
    void setCustomRange(const QDate &first, const QDate &last);

signals:
    void changed();

private:
    void updateVisibility();

    QComboBox *m_presets = nullptr;
    QDateEdit *m_first = nullptr;
    QLabel *m_dash = nullptr;
    QDateEdit *m_last = nullptr;
};

} // namespace grab::ui
