#pragma once

#include "services/grab/quotaledger.h"

#include <QWidget>

class QSortFilterProxyModel;
class QTableView;

namespace grab::ui {

class LoadModel;

// The load strip: every grabber's open workload and today's grabs against the caps, fullest
// first, with bars and a mark on those near or at a limit.
class LoadPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadPanel)

public:
    explicit LoadPanel(LoadModel *model, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }

signals:
    void grabberSelected(const grab::Quota &quota);

private:
    LoadModel *m_model;
    QSortFilterProxyModel *m_sort = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace grab::ui
