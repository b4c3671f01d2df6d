#include "drilldialog.h"

#include "common/tablewidgets.h"
#include "common/format.h"
#include "common/periodtext.h"
#include "drillmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace grab::ui {
namespace {

using F = KpiFigure;

QString n(qint64 v)
{
    return QLocale().toString(v);
}

// "83 orders", "127 grab attempts": how many rows of which kind. The window title says "1 order"
// even where no English catalogue is loaded.
QString rowsText(DrillModel::Kind kind, qint64 count)
{
    const int c = int(count);
    switch (kind) {
    case DrillModel::Kind::Attempts:
        return c == 1 ? DrillDialog::tr("1 grab attempt") : DrillDialog::tr("%Ln grab attempts", nullptr, c);
    case DrillModel::Kind::Feedback:
        return c == 1 ? DrillDialog::tr("1 feedback score") : DrillDialog::tr("%Ln feedback scores", nullptr, c);
    case DrillModel::Kind::Violations:
        return c == 1 ? DrillDialog::tr("1 violation") : DrillDialog::tr("%Ln violations", nullptr, c);
    case DrillModel::Kind::Holdings:
    case DrillModel::Kind::WaitingOrders:
        break;
    }
    return c == 1 ? DrillDialog::tr("1 order") : DrillDialog::tr("%Ln orders", nullptr, c);
}

// What a card's rows are, with their number: "83 orders 李娜 closed". One whole phrase per
// figure (the count by %Ln, the grabber or the team by %1), so that each language puts them
// in its own order.
QString what(const DrillResult &result)
{
    const DrillRequest &r = result.request;
    const bool one = r.grabberId.has_value();
    const QString who = one ? r.grabberName : DrillDialog::tr("the team");
    const int count = int(std::max<qint64>(result.total, result.rows.size()));
    switch (r.figure) {
    case F::Volume:
    case F::MedianResponse:
    case F::Fairness:
        return DrillDialog::tr("%Ln orders assigned to %1", nullptr, count).arg(who);
    case F::Won:
    case F::Revenue:
        return DrillDialog::tr("%Ln orders %1 won", nullptr, count).arg(who);
    case F::Lost:
        return DrillDialog::tr("%Ln orders %1 lost", nullptr, count).arg(who);
    case F::Reclaimed:
        return DrillDialog::tr("%Ln orders reclaimed from %1", nullptr, count).arg(who);
    case F::SuccessRate:
    case F::FailureRate:
        return DrillDialog::tr("%Ln orders %1 closed", nullptr, count).arg(who);
    case F::HitRate:
        return DrillDialog::tr("%Ln grab attempts by %1", nullptr, count).arg(who);
    case F::Satisfaction:
        return DrillDialog::tr("%Ln feedback scores for %1", nullptr, count).arg(who);
    case F::Violations:
        return DrillDialog::tr("%Ln violations recorded for %1", nullptr, count).arg(who);
    case F::Workload:
        return DrillDialog::tr("%Ln orders held by %1", nullptr, count).arg(who);
    case F::Count:
        break;
    }
    return {};
}

// How the rows make the figure, after the colon; empty for a plain count.
QString how(const DrillResult &result)
{
    const DrillSummary &s = result.summary;
    const F::Figure f = result.request.figure;
    const QString value = F::text(f, s.value);
    switch (f) {
    case F::Volume:
        return DrillDialog::tr("counted by the time of assignment.");
    case F::Won:
    case F::Lost:
        return DrillDialog::tr("counted by the time the order was closed.");
    case F::Reclaimed:
        return DrillDialog::tr("taken back to the pool for want of a follow-up, counted by that time.");
    case F::SuccessRate:
        return DrillDialog::tr("%1 won → %2 success rate (won ÷ closed).").arg(n(s.won), value);
    case F::FailureRate:
        return DrillDialog::tr("%1 lost + %2 reclaimed → %3 failure rate ((lost + reclaimed) ÷ closed).")
            .arg(n(s.lost), n(s.reclaimed), value);
    case F::HitRate:
        return DrillDialog::tr("%1 obtained the order → %2 hit rate.").arg(n(s.won), value);
    case F::Satisfaction:
        return DrillDialog::tr("%1 points ÷ %2 scores → %3 mean score.").arg(n(s.sum), n(s.rows), value);
    case F::Revenue:
        return DrillDialog::tr("their amounts add up to %1.").arg(value);
    case F::MedianResponse:
        return DrillDialog::tr("half of them waited %1 or less from publication to assignment (the median; the "
                               "list is sorted by the wait).")
            .arg(value);
    case F::Violations:
        return {};
    case F::Fairness:
        return DrillDialog::tr("%1 of them to the %2 active grabbers, whose volumes give Jain's index (Σ volume)² ÷ "
                               "(%2 × Σ volume²) = %3 (sorted by grabber).")
            .arg(n(s.counted), n(s.grabbers), value);
    case F::Workload:
        return DrillDialog::tr("assigned and not closed yet, right now (whatever the period).");
    case F::Count:
        break;
    }
    return {};
}

} // namespace

QString DrillDialog::titleFor(const DrillResult &result)
{
    const DrillModel::Kind kind = DrillModel::kindOf(result.rowsOf);
    const QString subject = result.request.key ? result.request.title : F::title(result.request.figure);
    return tr("%1 · %2", "figure · how many rows").arg(subject, rowsText(kind, std::max<qint64>(result.total, result.rows.size())));
}

QString DrillDialog::headingFor(const DrillResult &result)
{
    const QString heading = sentenceFor(result);
    if (result.error.isEmpty() && result.total > result.rows.size()) {
        return tr("%1 Listed below: the newest %2 of %3; the figure counts them all.")
            .arg(heading, n(result.rows.size()), n(result.total));
    }
    return heading;
}

QString DrillDialog::sentenceFor(const DrillResult &result)
{
    if (!result.error.isEmpty()) {
        return result.error;
    }
    const DrillRequest &r = result.request;
    if (r.key) { // an alert's or a chart's rows: its sentence says what they are
        return tr("%1 Times in %2.").arg(r.sentence, result.timeZone);
    }
    // Whole sentences with the parts as arguments: a translation may put the period first.
    const QString rows = what(result);
    const QString range = PeriodText::rangeText(r.period);
    const bool now = r.figure == F::Workload; // the orders held now: no period
    if (!result.summary.value) { // nothing to divide or to take the middle of
        QString why = F::whyUndefined(r.figure);
        if (!why.isEmpty()) {
            why[0] = why.at(0).toUpper();
        }
        return now ? tr("%1. %2, so the card reads “—”, not a number.").arg(rows, why)
                   : tr("%1 in %2 (whole days, %3). %4, so the card reads “—”, not a number.")
                         .arg(rows, range, result.timeZone, why);
    }
    const QString rest = how(result);
    if (now) {
        return rest.isEmpty() ? tr("%1.").arg(rows) : tr("%1: %2").arg(rows, rest);
    }
    return rest.isEmpty() ? tr("%1 in %2 (whole days, %3).").arg(rows, range, result.timeZone)
                          : tr("%1 in %2 (whole days, %3): %4").arg(rows, range, result.timeZone, rest);
}

DrillDialog::DrillDialog(const DrillResult &result, QWidget *parent) : QDialog(parent), m_result(result)
{
    setObjectName(QStringLiteral("drillDialog"));
    const DrillRequest &r = result.request;
    const DrillModel::Kind kind = DrillModel::kindOf(result.rowsOf);
    setWindowTitle(titleFor(result));
    m_heading = new QLabel(headingFor(result));
    m_heading->setObjectName(QStringLiteral("drillHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_model = new DrillModel(this);
    m_model->setRows(result.rows, QTimeZone(result.timeZone.toUtf8()), kind);
    auto *sort = new QSortFilterProxyModel(this);
    sort->setSourceModel(m_model);
    sort->setSortRole(DrillModel::SortRole);
    m_view = makeBoardTable(QStringLiteral("drillView"));
    m_view->setModel(sort);
    m_view->setSortingEnabled(true);
    // A row opens its order (double-click or Enter): the board shows it with its whole history.
    m_view->setToolTip(tr("Double-click a row to open its order on the board."));
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QVariant id = index.data(DrillModel::OrderIdRole);
        if (id.isValid() && id.toLongLong() > 0) {
            emit orderActivated(id.toLongLong());
        }
    });
    if (!r.key && r.figure == F::MedianResponse) {
        m_view->sortByColumn(DrillModel::Response, Qt::AscendingOrder); // the median is in the middle
    } else if (!r.key && r.figure == F::Fairness) {
        m_view->sortByColumn(DrillModel::Grabber, Qt::AscendingOrder); // each grabber's orders together
    } else {
        // A card's rows read in time order; a list cut to its newest rows starts with the newest,
        // as its heading says, and so do an alert's or a chart's.
        const bool cut = result.total > result.rows.size();
        m_view->sortByColumn(DrillModel::At, r.key || cut ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    QHeaderView *h = m_view->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setStretchLastSection(true);
    const QFontMetrics fm = m_view->fontMetrics();
    const auto width = [&](const QString &sample) { return fm.horizontalAdvance(sample) + 24; };
    m_view->setColumnWidth(DrillModel::Order, width(QStringLiteral("#1000000")));
    m_view->setColumnWidth(DrillModel::Customer, width(QStringLiteral("深圳市某某科技有限公司")));
    m_view->setColumnWidth(DrillModel::Amount, width(Format::money(100000000)));
    m_view->setColumnWidth(DrillModel::Grabber, width(QStringLiteral("欧阳某某某")));
    m_view->setColumnWidth(DrillModel::Via, width(DrillModel::via(QStringLiteral("manager"))));
    m_view->setColumnWidth(DrillModel::At, width(QStringLiteral("2026-11-30 23:59")));
    m_view->setColumnWidth(DrillModel::Response, width(Format::duration(59 * 60 * 1000)));
    const QString longestOutcome =
        kind == DrillModel::Kind::Attempts     ? DrillModel::attemptResult(QStringLiteral("won"), QString())
        : kind == DrillModel::Kind::Violations
            ? DrillModel::tr("%1 (%2)", "violation type (severity)")
                  .arg(Format::violationType(QStringLiteral("outside_window")), Format::severity(QStringLiteral("medium")))
                                               : DrillModel::outcome(QStringLiteral("reclaimed"));
    m_view->setColumnWidth(DrillModel::Outcome, width(longestOutcome));
    for (int c = 0; c < DrillModel::ColumnCount; ++c) {
        m_view->setColumnHidden(c, !DrillModel::shows(kind, DrillModel::Column(c)));
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
