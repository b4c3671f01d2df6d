#pragma once

#include "domain/event.h"

#include <QWidget>

class QComboBox;
class QSortFilterProxyModel;
class QTableView;

namespace grab::ui {

class ActivityModel;

// The activity feed beside the pool: the newest events first, narrowed by kind (wins and
// races, refusals, dispatches and reclaims, closes). Publications are hidden by default:
// at a hundred a second they would drown what the manager watches for.
class ActivityPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityPanel)

public:
    ActivityPanel(ActivityModel *model, int filterIndex, QWidget *parent = nullptr);

    int filterIndex() const;
    void setFilterIndex(int index);
    QTableView *view() const { return m_view; }
    int visibleRows() const;

signals:
    void eventSelected(const grab::Event &event);

private:
    ActivityModel *m_model;
    QSortFilterProxyModel *m_filter = nullptr;
    QComboBox *m_kinds = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace grab::ui
