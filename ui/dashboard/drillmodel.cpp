#include "drillmodel.h"

#include "common/format.h"

#include <QDateTime>

namespace grab::ui {

DrillModel::DrillModel(QObject *parent) : QAbstractTableModel(parent), m_zone(QTimeZone::utc()) {}

void DrillModel::setRows(const QList<DrillRow> &rows, const QTimeZone &zone)
{
    beginResetModel(); // a new question, a new answer: not an update of the old one
    m_rows = rows;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    endResetModel();
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
            return r.score ? tr("%1 (score %2)").arg(outcome(r.outcome)).arg(*r.score) : outcome(r.outcome);
        case Note:
            return r.note;
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
            return r.outcome;
        case Note:
            return r.note;
        default:
            break;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return index.column() == Amount || index.column() == Order ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == OrderIdRole) {
        return r.orderId ? QVariant(*r.orderId) : QVariant();
    }
    return {};
}

QVariant DrillModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
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
        return tr("How", "how the order was assigned");
    case At:
        return tr("When", "the time that counts the row in the figure");
    case Outcome:
        return tr("Outcome");
    case Note:
        return tr("Note");
    default:
        break;
    }
    return {};
}

} // namespace grab::ui
