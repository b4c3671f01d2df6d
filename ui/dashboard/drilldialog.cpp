#include "drilldialog.h"

#include "board/boardwidgets.h"
#include "common/format.h"
#include "dashboardperiod.h"
#include "drillmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace grab::ui {
namespace {

QString what(const DrillRequest &r)
{
    const bool one = r.grabberId.has_value();
    switch (r.figure) {
    case KpiFigure::Volume:
        return one ? DrillDialog::tr("Orders assigned to %1").arg(r.grabberName)
                   : DrillDialog::tr("Orders assigned to the team");
    case KpiFigure::Won:
        return one ? DrillDialog::tr("Orders %1 won").arg(r.grabberName) : DrillDialog::tr("Orders the team won");
    case KpiFigure::Lost:
        return one ? DrillDialog::tr("Orders %1 lost").arg(r.grabberName) : DrillDialog::tr("Orders the team lost");
    case KpiFigure::Reclaimed:
        return one ? DrillDialog::tr("Orders reclaimed from %1").arg(r.grabberName)
                   : DrillDialog::tr("Orders reclaimed from the team");
    default:
        break;
    }
    return {};
}

QString how(const DrillRequest &r)
{
    return r.figure == KpiFigure::Volume ? DrillDialog::tr("Counted by the time of assignment.")
                                         : DrillDialog::tr("Counted by the time the order was closed or taken back.");
}

} // namespace

DrillDialog::DrillDialog(const DrillResult &result, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("drillDialog"));
    const DrillRequest &r = result.request;
    if (r.key) { // an alert's rows: its sentence says what they are
        setWindowTitle(tr("Alert · %1", "alert · how many rows")
                           .arg(Format::counted(result.rows.size(), tr("1 row"), tr("%1 rows"))));
        m_heading = new QLabel(tr("%1 Times in %2.").arg(r.sentence, result.timeZone));
    } else {
        setWindowTitle(tr("%1 · %2", "figure · how many orders")
                           .arg(KpiFigure::title(r.figure),
                                Format::counted(result.rows.size(), tr("1 order"), tr("%1 orders"))));
        m_heading = new QLabel(tr("%1 in %2 (whole days, %3). %4")
                                   .arg(what(r), DashboardPeriod::rangeText(r.period), result.timeZone, how(r)));
    }
    m_heading->setObjectName(QStringLiteral("drillHeading"));
    m_heading->setWordWrap(true);
    m_model = new DrillModel(this);
    m_model->setRows(result.rows, QTimeZone(result.timeZone.toUtf8()));
    auto *sort = new QSortFilterProxyModel(this);
    sort->setSourceModel(m_model);
    sort->setSortRole(DrillModel::SortRole);
    m_view = makeBoardTable(QStringLiteral("drillView"));
    m_view->setModel(sort);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DrillModel::At, r.key ? Qt::DescendingOrder : Qt::AscendingOrder);
    QHeaderView *h = m_view->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setStretchLastSection(true);
    const QFontMetrics fm = m_view->fontMetrics();
    const auto width = [&](const QString &sample) { return fm.horizontalAdvance(sample) + 24; };
    m_view->setColumnWidth(DrillModel::Order, width(QStringLiteral("#1000000")));
    m_view->setColumnWidth(DrillModel::Customer, width(QStringLiteral("深圳市某某科技有限公司")));
    m_view->setColumnWidth(DrillModel::Amount, width(QStringLiteral("¥1,000,000.00")));
    m_view->setColumnWidth(DrillModel::Grabber, width(QStringLiteral("欧阳某某某")));
    m_view->setColumnWidth(DrillModel::Via, width(DrillModel::via(QStringLiteral("manager"))));
    m_view->setColumnWidth(DrillModel::At, width(QStringLiteral("2026-11-30 23:59")));
    m_view->setColumnWidth(DrillModel::Outcome, width(DrillModel::outcome(QStringLiteral("reclaimed"))));
    if (!result.error.isEmpty()) {
        m_heading->setText(result.error);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(1000, 560);
}

int DrillDialog::orderCount() const
{
    return m_model->rowCount();
}

QString DrillDialog::heading() const
{
    return m_heading->text();
}

} // namespace grab::ui
