#pragma once

#include "dashboardfigures.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace grab::ui {

class DrillModel;

// The rows behind a figure: the title gives the figure and how many rows there are, the
// heading what the rows are, over which days, and how they make the figure ("83 orders closed:
// 65 won → 78.3 % success rate"); the list shows the columns that mean something for the kind
// of row and can be sorted by any of them.
class DrillDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillDialog)

public:
    explicit DrillDialog(const DrillResult &result, QWidget *parent = nullptr);

    int orderCount() const; // the rows listed (orders, attempts, scores or violations)
    const DrillResult &result() const { return m_result; }
    QString heading() const;
    DrillModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // The window title and the heading for a result.
    static QString titleFor(const DrillResult &result);
    static QString headingFor(const DrillResult &result);

signals:
    // A row was opened (double-click, Enter): its order.
    void orderActivated(qint64 orderId);

private:
    // The heading without the note on rows left out of the list.
    static QString sentenceFor(const DrillResult &result);

    DrillResult m_result;
    DrillModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_heading = nullptr;
};

} // namespace grab::ui
