#include "ordercolumns.h"

#include "common/format.h"
#include "common/headerfit.h"
#include "liveordermodel.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace grab::ui {

HeaderFit *sizeOrderColumns(QTableView *view)
{
    QHeaderView *h = view->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    // The customer takes what the other columns leave: whole names on a large screen, and at
    // 1280 px a long one elided, whole in its tooltip. A long restriction is elided the same way.
    h->setStretchLastSection(false);
    h->setMinimumSectionSize(std::min(h->minimumSectionSize(), 32));
    h->setSectionResizeMode(LiveOrderModel::Customer, QHeaderView::Stretch);
    // The wider of the title (in the language on screen) and a long value: "Priority" is wider
    // than "P4", "优先级" narrower than "Priority".
    auto *fit = new HeaderFit(view);
    fit->fit(LiveOrderModel::Priority, QStringLiteral("P4"), 20);
    fit->fit(LiveOrderModel::Id, QStringLiteral("#999999"));
    fit->fit(LiveOrderModel::Customer, QStringLiteral("深圳市某某科技公司"));
    fit->fit(LiveOrderModel::Tier, Format::tier(Tier::Regular));
    fit->fit(LiveOrderModel::Amount, Format::money(99999900));
    fit->fit(LiveOrderModel::Waiting, Format::duration((9LL * 86400 + 23 * 3600) * 1000));
    // A deadline is within a day: a grab window ends, and the sweep expires what is left.
    fit->fit(LiveOrderModel::Deadline, Format::countdown((23LL * 3600 + 59 * 60) * 1000));
    fit->fit(LiveOrderModel::Skill, QStringLiteral("企业软件"));
    fit->fit(LiveOrderModel::Region, QStringLiteral("华东区域"));
    fit->fit(LiveOrderModel::Assignee, QStringLiteral("欧阳晓明"));
    fit->fit(LiveOrderModel::FollowUp, LiveOrderModel::tr("%1 ago", "the last follow-up").arg(Format::duration((23 * 3600 + 59 * 60) * 1000LL)));
    fit->fit(LiveOrderModel::Reclaim, Format::countdown((23 * 3600 + 59 * 60) * 1000LL));
    fit->fit(LiveOrderModel::Restriction, LiveOrderModel::tr("%1 and above").arg(Format::level(Level::Senior)));
    return fit;
}

} // namespace grab::ui
