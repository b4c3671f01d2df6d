#include "loadpanel.h"

#include "common/tablewidgets.h"
#include "common/format.h"
#include "common/headerfit.h"
#include "loadmodel.h"
#include "quotabardelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace grab::ui {

LoadPanel::LoadPanel(LoadModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    m_sort = new QSortFilterProxyModel(this);
    m_sort->setSourceModel(model);
    m_sort->setSortRole(LoadModel::SortRole);
    m_view = makeBoardTable(QStringLiteral("loadView"));
    m_view->setModel(m_sort);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LoadModel::Today, Qt::DescendingOrder);
    auto *bars = new QuotaBarDelegate(LoadModel::UsedRole, LoadModel::CapRole, this);
    m_view->setItemDelegateForColumn(LoadModel::Workload, bars);
    m_view->setItemDelegateForColumn(LoadModel::Today, bars);
    // Fixed widths for the figures, the rest for the names: no measuring of 200 rows per update.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(LoadModel::Grabber, QHeaderView::Stretch);
    auto *fit = new HeaderFit(m_view);
    fit->fit(LoadModel::Status, tr("Near a limit"));
    fit->fit(LoadModel::Workload, QStringLiteral("15 / 15"));
    fit->fit(LoadModel::Today, QStringLiteral("25 / 25"));
    fit->fit(LoadModel::Attempts, QStringLiteral("999"));
    // On a narrow window (1280 px, where the pool takes the room it needs) the Status column
    // steps aside before a name and its level would be cut: the names keep their colour, and
    // the status is in the name's tooltip.
    const QString longName = QStringLiteral("欧阳晓明 · ") + Format::level(Level::Senior);
    fit->setOptional({LoadModel::Status}, m_view->fontMetrics().horizontalAdvance(longName) + 16);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid()) {
            emit grabberSelected(m_model->quotaAt(m_sort->mapToSource(current).row()));
        }
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QLabel *title = sectionTitle(tr("Load: open orders and today's grabs against the caps"));
    title->setWordWrap(true); // two lines rather than a wider strip beside the pool
    layout->addWidget(title);
    layout->addWidget(m_view, 1);
}

} // namespace grab::ui
