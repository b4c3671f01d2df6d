#include "ordercolumns.h"

#include "liveordermodel.h"
#include "common/format.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace grab::ui {

void sizeOrderColumns(QTableView *view)
{
    QHeaderView *h = view->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setStretchLastSection(true);
    const QFontMetrics fm = view->fontMetrics();
    const QFontMetrics headerFm = h->fontMetrics();
    // The wider of the header (in the language on screen, plus room for the sort arrow) and a
    // long value: "Priority" is wider than "P4", "优先级" narrower than "Priority".
    const auto width = [&](int column, const QString &sample, int extra = 0) {
        const QString title = view->model() ? view->model()->headerData(column, Qt::Horizontal).toString() : QString();
        return std::max(headerFm.horizontalAdvance(title) + 34, fm.horizontalAdvance(sample) + 24 + extra);
    };
    view->setColumnWidth(LiveOrderModel::Priority, width(LiveOrderModel::Priority, QStringLiteral("P4"), 20));
    view->setColumnWidth(LiveOrderModel::Id, width(LiveOrderModel::Id, QStringLiteral("#1000000")));
    view->setColumnWidth(LiveOrderModel::Customer, width(LiveOrderModel::Customer, QStringLiteral("深圳市某某科技有限公司")));
    view->setColumnWidth(LiveOrderModel::Tier, width(LiveOrderModel::Tier, Format::tier(Tier::Regular)));
    view->setColumnWidth(LiveOrderModel::Amount, width(LiveOrderModel::Amount, Format::money(100000000)));
    view->setColumnWidth(LiveOrderModel::Waiting, width(LiveOrderModel::Waiting, Format::duration((30LL * 86400 + 23 * 3600) * 1000)));
    view->setColumnWidth(LiveOrderModel::Deadline,
                         width(LiveOrderModel::Deadline, Format::countdown(-(30LL * 86400 + 23 * 3600) * 1000)));
    view->setColumnWidth(LiveOrderModel::Skill, width(LiveOrderModel::Skill, QStringLiteral("企业软件服务")));
    view->setColumnWidth(LiveOrderModel::Region, width(LiveOrderModel::Region, QStringLiteral("华东区域")));
    view->setColumnWidth(LiveOrderModel::Assignee, width(LiveOrderModel::Assignee, QStringLiteral("欧阳晓明")));
    const QString ago = LiveOrderModel::tr("%1 ago", "the last follow-up").arg(Format::duration((23 * 3600 + 59 * 60) * 1000LL));
    view->setColumnWidth(LiveOrderModel::FollowUp, width(LiveOrderModel::FollowUp, ago));
    view->setColumnWidth(LiveOrderModel::Reclaim, width(LiveOrderModel::Reclaim, Format::countdown((23 * 3600 + 59 * 60) * 1000LL)));
}

} // namespace grab::ui
