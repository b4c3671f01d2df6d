#include "drillmodel.h"

#include "common/format.h"
#include "kpifigure.h"

#include <QDateTime>

namespace grab::ui {

DrillModel::DrillModel(QObject *parent) : QAbstractTableModel(parent), m_zone(QTimeZone::utc()) {}

void DrillModel::setRows(const QList<DrillRow> &rows, const QTimeZone &zone, Kind kind)
{
    beginResetModel(); // a new question, a new answer: not an update of the old one
    m_rows = rows;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    m_kind = kind;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

DrillModel::Kind DrillModel::kindOf(DrillDown::Figure figure)
{
    switch (figure) {
    case DrillDown::Figure::Attempts:
    case DrillDown::Figure::AttemptsWon:
    case DrillDown::Figure::Hour:
        return Kind::Attempts;
    case DrillDown::Figure::Feedback:
        return Kind::Feedback;
    case DrillDown::Figure::Violations:
        return Kind::Violations;
    case DrillDown::Figure::StarvingVip:
        return Kind::WaitingOrders;
    default:
        break;
    }
    return Kind::Holdings;
}

bool DrillModel::shows(Kind kind, Column column)
{
    switch (column) {
    case Via:
        return kind == Kind::Holdings || kind == Kind::WaitingOrders;
    case Response:
        return kind == Kind::Holdings;
    case Note:
        return kind == Kind::Feedback || kind == Kind::Violations;
    case Grabber:
        return kind != Kind::WaitingOrders;
    default:
        break;
    }
    return column >= 0 && column < ColumnCount;
}

int DrillModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DrillModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DrillModel::time(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString DrillModel::via(const QString &code)
{
    if (code == QLatin1String("grab")) {
        return tr("grabbed");
    }
    if (code == QLatin1String("dispatch")) {
        return tr("dispatched");
    }
    if (code == QLatin1String("manager")) {
        return tr("by the manager");
    }
    return code;
}

QString DrillModel::outcome(const QString &code)
{
    if (code.isEmpty() || code == QLatin1String("open")) {
        return tr("still held");
    }
    if (code == QLatin1String("won")) {
        return tr("won");
    }
    if (code == QLatin1String("lost")) {
        return tr("lost");
    }
    if (code == QLatin1String("reclaimed")) {
        return tr("reclaimed");
    }
    if (code == QLatin1String("released")) {
        return tr("released");
    }
    if (code == QLatin1String("cancelled")) {
        return tr("cancelled");
    }
    if (code == QLatin1String("feedback")) {
        return tr("feedback");
    }
    return code;
}

QString DrillModel::attemptResult(const QString &result, const QString &reason)
{
    if (result == QLatin1String("won")) {
        return tr("obtained the order");
    }
    if (result == QLatin1String("lost_race")) {
        return tr("lost the race");
    }
    if (result == QLatin1String("rejected")) {
        return reason.isEmpty() ? tr("refused") : tr("refused: %1").arg(Format::reason(reason));
    }
    return result;
}

QString DrillModel::outcomeText(const DrillRow &r) const
{
    switch (m_kind) {
    case Kind::Attempts:
        return attemptResult(r.outcome, r.reason);
    case Kind::Feedback:
        return r.score ? tr("%1 of 5", "a feedback score").arg(*r.score) : QString();
    case Kind::Violations:
        return r.reason.isEmpty()
                   ? Format::violationType(r.outcome)
                   : tr("%1 (%2)", "violation type (severity)")
                                 .arg(Format::violationType(r.outcome), Format::severity(r.reason));
    case Kind::WaitingOrders: {
        const QString why = Format::ageingReason(r.outcome);
        return why.isEmpty() ? r.outcome : why;
    }
    case Kind::Holdings:
        break;
    }
    return r.score ? tr("%1 (score %2)").arg(outcome(r.outcome)).arg(*r.score) : outcome(r.outcome);
}

QVariant DrillModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const DrillRow &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Order:
            return r.orderId ? QStringLiteral("#%1").arg(*r.orderId) : QString();
        case Customer:
            return r.customerName;
        case Amount:
            return Format::money(r.amountMinor);
        case Grabber:
            return r.grabberName;
        case Via:
            return via(r.reason);
        case At:
            return time(r.atMs);
        case Outcome:
            return outcomeText(r);
        case Response:
            return r.responseMs ? Format::duration(*r.responseMs) : QString();
        case Note:
            return r.noteForScreen();
        default:
            break;
        }
        return {};
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Order:
            return r.orderId.value_or(0);
        case Customer:
            return r.customerName;
        case Amount:
            return r.amountMinor;
        case Grabber:
            return r.grabberName;
        case Via:
            return r.reason;
        case At:
            return r.atMs;
        case Outcome:
            return r.score ? QVariant(*r.score) : QVariant(r.outcome);
        case Response:
            return r.responseMs ? QVariant(*r.responseMs) : QVariant();
        case Note:
            return r.note;
        default:
            break;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return index.column() == Amount || index.column() == Order || index.column() == Response
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == Note && !r.noteForScreen().isEmpty()) {
        return r.noteForScreen(); // a long comment is cut at the column's edge
    }
    if (role == OrderIdRole) {
        return r.orderId ? QVariant(*r.orderId) : QVariant();
    }
    return {};
}

QVariant DrillModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return section == Amount || section == Order || section == Response
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Amount:
            return m_kind == Kind::Holdings ? tr("The amount of the holding") : tr("The amount of the order");
        case At:
            switch (m_kind) {
            case Kind::Holdings:
                return tr("The time that counts the order in the figure: its assignment for volume and response "
                          "time, its close for won, lost and reclaimed; open orders show when they were assigned");
            case Kind::Attempts:
                return tr("When the grab was attempted");
            case Kind::Feedback:
                return tr("When the customer gave the score");
            case Kind::Violations:
                return tr("When the violation was recorded");
            case Kind::WaitingOrders:
                return tr("When the order entered the pool");
            }
            break;
        case Response:
            return tr("How long the order waited from its publication to its assignment");
        default:
            break;
        }
        return {};
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Order:
        return tr("Order");
    case Customer:
        return tr("Customer");
    case Amount:
        return tr("Amount");
    case Grabber:
        return tr("Grabber");
    case Via:
        return m_kind == Kind::WaitingOrders ? tr("Priority") : tr("How", "how the order was assigned");
    case At:
        return tr("When", "the time that counts the row in the figure");
    case Outcome:
        switch (m_kind) {
        case Kind::Attempts:
            return tr("Result");
        case Kind::Feedback:
            return tr("Score");
        case Kind::Violations:
            return tr("Violation");
        case Kind::WaitingOrders:
            return tr("Why it is flagged");
        case Kind::Holdings:
            break;
        }
        return tr("Outcome");
    case Response:
        return tr("Waited", "publication to assignment");
    case Note:
        return m_kind == Kind::Feedback ? tr("Comment") : tr("Note");
    default:
        break;
    }
    return {};
}

} // namespace grab::ui
