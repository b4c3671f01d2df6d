#include "grabwindowmodel.h"

#include "common/format.h"
#include "domain/rulechanges.h"

namespace grab::ui {

GrabWindowModel::GrabWindowModel(QObject *parent) : QAbstractTableModel(parent) {}

void GrabWindowModel::setWindows(const QList<GrabWindow> &windows)
{
    beginResetModel();
    m_windows = windows;
    endResetModel();
}

void GrabWindowModel::setWindow(int row, const GrabWindow &window)
{
    if (row < 0 || row >= m_windows.size() || m_windows.at(row) == window) {
        return;
    }
    m_windows[row] = window;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int GrabWindowModel::append(const GrabWindow &window)
{
    const int row = int(m_windows.size());
    beginInsertRows({}, row, row);
    m_windows.append(window);
    endInsertRows();
    return row;
}

void GrabWindowModel::remove(int row)
{
    if (row < 0 || row >= m_windows.size()) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_windows.removeAt(row);
    endRemoveRows();
}

int GrabWindowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_windows.size());
}

int GrabWindowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GrabWindowModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_windows.size()) {
        return {};
    }
    const GrabWindow &w = m_windows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Days: return w.weekdays.isEmpty() ? tr("(no day)") : describeWeekdays(w.weekdays).shown();
        case Hours:
            return w.endMinute <= w.startMinute ? tr("%1–%2 (next day)").arg(formatMinuteOfDay(w.startMinute), formatMinuteOfDay(w.endMinute))
                                                : QStringLiteral("%1–%2").arg(formatMinuteOfDay(w.startMinute), formatMinuteOfDay(w.endMinute));
        case Label: return Format::windowLabel(w.label);
        case Peak: return w.peak ? tr("Peak") : QString();
        default: break;
        }
    } else if (role == Qt::ToolTipRole && index.column() == Hours && w.endMinute <= w.startMinute) {
        return tr("Runs past midnight: it belongs to the day it starts on.");
    }
    return {};
}

QVariant GrabWindowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Days: return tr("Days");
    case Hours: return tr("From–to");
    case Label: return tr("Label");
    case Peak: return tr("Peak hours");
    default: return {};
    }
}

} // namespace grab::ui
