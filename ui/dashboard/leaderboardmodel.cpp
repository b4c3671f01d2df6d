#include "leaderboardmodel.h"

#include "common/format.h"
#include "kpifigure.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace grab::ui {
namespace {

// The figure behind each numeric column.
KpiFigure::Figure figureOf(int column)
{
    switch (column) {
    case LeaderboardModel::Volume:
        return KpiFigure::Volume;
    case LeaderboardModel::Won:
        return KpiFigure::Won;
    case LeaderboardModel::Lost:
        return KpiFigure::Lost;
    case LeaderboardModel::Reclaimed:
        return KpiFigure::Reclaimed;
    case LeaderboardModel::SuccessRate:
        return KpiFigure::SuccessRate;
    case LeaderboardModel::FailureRate:
        return KpiFigure::FailureRate;
    case LeaderboardModel::HitRate:
        return KpiFigure::HitRate;
    case LeaderboardModel::MedianResponse:
        return KpiFigure::MedianResponse;
    case LeaderboardModel::Revenue:
        return KpiFigure::Revenue;
    case LeaderboardModel::Satisfaction:
        return KpiFigure::Satisfaction;
    case LeaderboardModel::Violations:
        return KpiFigure::Violations;
    case LeaderboardModel::Workload:
        return KpiFigure::Workload;
    default:
        break;
    }
    return KpiFigure::Count;
}

} // namespace

LeaderboardModel::LeaderboardModel(QObject *parent) : QAbstractTableModel(parent) {}

void LeaderboardModel::setRows(const QList<GrabberKpis> &rows)
{
    int row = 0;
    qsizetype i = 0;
    bool changed = false;
    while (row < m_rows.size() || i < rows.size()) {
        if (i >= rows.size() || (row < m_rows.size() && m_rows.at(row).grabberId < rows.at(i).grabberId)) {
            beginRemoveRows(QModelIndex(), row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        } else if (row >= m_rows.size() || m_rows.at(row).grabberId > rows.at(i).grabberId) {
            beginInsertRows(QModelIndex(), row, row);
            m_rows.insert(row, rows.at(i));
            endInsertRows();
            ++row;
            ++i;
        } else {
            m_rows[row] = rows.at(i);
            changed = true;
            ++row;
            ++i;
        }
    }
    if (changed && !m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    }
}

int LeaderboardModel::rowOf(qint64 grabberId) const
{
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).grabberId == grabberId) {
            return int(r);
        }
    }
    return -1;
}

int LeaderboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LeaderboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeaderboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const GrabberKpis &k = m_rows.at(index.row());
    const int column = index.column();
    const KpiFigure::Figure figure = figureOf(column);
    const std::optional<double> value = column == Grabber ? std::nullopt : KpiFigure::value(figure, k);
    switch (role) {
    case Qt::DisplayRole:
        if (column == Grabber) {
            return k.name;
        }
        if (column == Satisfaction && value) {
            return tr("%1 (%2)", "satisfaction and its count")
                .arg(KpiFigure::text(figure, value), QLocale().toString(k.feedbackCount));
        }
        return KpiFigure::text(figure, value);
    case SortRole:
        if (column == Grabber) {
            return k.name;
        }
        return value ? QVariant(*value) : QVariant();
    case Qt::TextAlignmentRole:
        return column == Grabber ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                 : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (!k.active || (column != Grabber && !value)) {
            return QBrush(QColor(0x8a, 0x8a, 0x8a));
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Grabber) {
            return k.active ? tr("%1 — double-click for their dashboard").arg(k.name)
                            : tr("%1 is not active now; shown for what they did in the period").arg(k.name);
        }
        if (!value) {
            return KpiFigure::whyUndefined(figure);
        }
        if (column == Satisfaction) {
            return tr("The mean of %Ln feedback scores", nullptr, int(k.feedbackCount));
        }
        return {};
    case GrabberIdRole:
        return k.grabberId;
    case ActiveRole:
        return k.active;
    default:
        break;
    }
    return {};
}

QVariant LeaderboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        // Short titles, so that thirteen columns fit beside the award; the tooltip has the full name.
        switch (section) {
        case Grabber:
            return tr("Grabber");
        case Reclaimed:
            return tr("Recl.", "reclaimed, short column title");
        case SuccessRate:
            return tr("Success", "success rate, short column title");
        case FailureRate:
            return tr("Failure", "failure rate, short column title");
        case HitRate:
            return tr("Hit", "hit rate, short column title");
        case MedianResponse:
            return tr("Resp.", "median response time, short column title");
        case Satisfaction:
            return tr("Satisf. (n)", "satisfaction and its count, short column title");
        case Violations:
            return tr("Viol.", "violations, short column title");
        case Workload:
            return tr("Open", "orders open now, short column title");
        default:
            return KpiFigure::title(figureOf(section));
        }
    }
    if (role == Qt::ToolTipRole) {
        if (section == Grabber) {
            return tr("Grabber — double-click a row for their dashboard; a grey row is a grabber not active now");
        }
        const KpiFigure::Figure f = figureOf(section);
        QString tip =
            tr("%1 — %2", "full column title — its definition").arg(KpiFigure::title(f), KpiFigure::definition(f));
        if (section == Satisfaction) {
            tip += QLatin1Char(' ') + tr("In brackets: the number of scores.");
        }
        return tip;
    }
    if (role == Qt::TextAlignmentRole) {
        return section == Grabber ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                  : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

} // namespace grab::ui
