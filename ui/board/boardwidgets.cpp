#include "boardwidgets.h"

#include "common/format.h"
#include "liveordermodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace grab::ui {

QTableView *makeBoardTable(const QString &objectName)
{
    auto *view = new QTableView;
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return view;
}

void sizeOrderColumns(QTableView *view)
{
    QHeaderView *h = view->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setStretchLastSection(true);
    const QFontMetrics fm = view->fontMetrics();
    const auto width = [&](const QString &sample) { return fm.horizontalAdvance(sample) + 24; };
    view->setColumnWidth(LiveOrderModel::Priority, width(QStringLiteral("P4")) + 20);
    view->setColumnWidth(LiveOrderModel::Id, width(QStringLiteral("#1000000")));
    view->setColumnWidth(LiveOrderModel::Customer, width(QStringLiteral("深圳市某某科技有限公司")));
    view->setColumnWidth(LiveOrderModel::Tier, width(Format::tier(Tier::Regular)));
    view->setColumnWidth(LiveOrderModel::Amount, width(Format::money(100000000)));
    view->setColumnWidth(LiveOrderModel::Waiting, width(Format::duration((30LL * 86400 + 23 * 3600) * 1000)));
    view->setColumnWidth(LiveOrderModel::Deadline, width(Format::countdown(-(30LL * 86400 + 23 * 3600) * 1000)));
    view->setColumnWidth(LiveOrderModel::Skill, width(QStringLiteral("企业软件服务")));
    view->setColumnWidth(LiveOrderModel::Region, width(QStringLiteral("华东区域")));
}

QLabel *sectionTitle(const QString &text)
{
    auto *label = new QLabel(text);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace grab::ui
