#pragma once

#include "dashboarddata.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace grab::ui {

class DrillModel;

// The orders behind a card's figure: the title gives the count (the card's figure), the line
// under it what was counted and over which days; the list can be sorted by any column.
class DrillDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillDialog)

public:
    explicit DrillDialog(const DrillResult &result, QWidget *parent = nullptr);

    int orderCount() const;
    QString heading() const;
    DrillModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    DrillModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_heading = nullptr;
};

} // namespace grab::ui
