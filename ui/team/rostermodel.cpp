#include "rostermodel.h"

#include "common/format.h"
#include "teamtext.h"

#include <QBrush>
#include <QColor>

namespace grab::ui {

RosterModel::RosterModel(QObject *parent) : QAbstractTableModel(parent) {}

void RosterModel::setRoster(const TeamRoster::Roster &roster)
{
    const bool dayChanged = roster.today != m_today;
    m_today = roster.today;
    const QList<TeamRoster::Row> &rows = roster.rows;
    int row = 0;
    qsizetype i = 0;
    bool changed = dayChanged;
    while (row < m_rows.size() || i < rows.size()) {
        if (i >= rows.size() || (row < m_rows.size() && m_rows.at(row).grabber.id < rows.at(i).grabber.id)) {
            beginRemoveRows(QModelIndex(), row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        } else if (row >= m_rows.size() || m_rows.at(row).grabber.id > rows.at(i).grabber.id) {
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

int RosterModel::rowOf(qint64 grabberId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).grabber.id == grabberId) {
            return r;
        }
    }
    return -1;
}

int RosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RosterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const TeamRoster::Row &r = m_rows.at(index.row());
    const Grabber &g = r.grabber;
    if (role == GrabberIdRole) {
        return g.id;
    }
    const int col = index.column();
    const DueState actionState = r.actions.overdue > 0 ? DueState::Overdue : r.actions.dueSoon > 0 ? DueState::DueSoon : DueState::None;
    const DueState trainingState = r.trainings.overdue > 0 ? DueState::Overdue : r.trainings.dueSoon > 0 ? DueState::DueSoon : DueState::None;
    switch (role) {
    case Qt::DisplayRole:
        switch (col) {
        case Name: return g.name;
        case Level: return Format::level(g.level);
        case Status: return Format::status(g.status);
        case Actions: return r.actions.open > 0 ? QVariant(r.actions.open) : QVariant(QString());
        case Trainings:
            if (r.trainings.overdue > 0) {
                return tr("%1 overdue").arg(r.trainings.overdue);
            }
            if (r.trainings.dueSoon > 0) {
                return tr("%1 due soon").arg(r.trainings.dueSoon);
            }
            return r.trainings.owed > 0 ? tr("%1 planned").arg(r.trainings.owed) : QString();
        default: break;
        }
        break;
    case SortRole:
        switch (col) {
        case Name: return g.name;
        case Level: return int(g.level);
        case Status: return int(g.status);
        case Actions: return r.actions.overdue * 10000 + r.actions.open;
        case Trainings: return r.trainings.overdue * 10000 + r.trainings.dueSoon * 100 + r.trainings.owed;
        default: break;
        }
        break;
    case BadgeRole:
        if (col == Actions && r.actions.open > 0) {
            return actionState == DueState::None ? QColor(0xe3, 0xe6, 0xea) : TeamText::background(actionState);
        }
        if (col == Trainings && r.trainings.owed > 0) {
            return trainingState == DueState::None ? QColor(0xe3, 0xe6, 0xea) : TeamText::background(trainingState);
        }
        break;
    case Qt::ForegroundRole:
        if (col == Actions && actionState != DueState::None) {
            return QBrush(TeamText::foreground(actionState));
        }
        if (col == Trainings && trainingState != DueState::None) {
            return QBrush(TeamText::foreground(trainingState));
        }
        if (col == Status && g.status != GrabberStatus::Active) {
            return QBrush(QColor(0x6b, 0x6f, 0x76));
        }
        break;
    case Qt::TextAlignmentRole:
        if (col == Actions || col == Trainings) {
            return int(Qt::AlignCenter);
        }
        break;
    case Qt::ToolTipRole:
        switch (col) {
        case Name: {
            QStringList lines{g.name};
            if (!g.team.isEmpty()) {
                lines << tr("Team: %1").arg(g.team);
            }
            if (!g.skills.isEmpty()) {
                lines << tr("Skills: %1").arg(g.skills.join(QStringLiteral(", ")));
            }
            if (!g.regions.isEmpty()) {
                lines << tr("Regions: %1").arg(g.regions.join(QStringLiteral(", ")));
            }
            return lines.join(u'\n');
        }
        case Actions:
            if (r.actions.open == 0) {
                return tr("No open action items.");
            }
            return tr("%n open action item(s): %1 overdue (due before %2), %3 due within %4 days.", nullptr, r.actions.open)
                .arg(r.actions.overdue)
                .arg(TeamText::date(m_today))
                .arg(r.actions.dueSoon)
                .arg(kDueSoonDays);
        case Trainings:
            if (r.trainings.total == 0) {
                return tr("No trainings yet.");
            }
            if (r.trainings.owed == 0) {
                return tr("%n training(s), all taken.", nullptr, r.trainings.total);
            }
            return tr("%n training(s) not taken yet: %1 overdue (due before %2 and not taken), %3 due within %4 days.", nullptr,
                      r.trainings.owed)
                .arg(r.trainings.overdue)
                .arg(TeamText::date(m_today))
                .arg(r.trainings.dueSoon)
                .arg(kDueSoonDays);
        default: break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name: return tr("Grabber");
        case Level: return tr("Level");
        case Status: return tr("Status");
        case Actions: return tr("Actions");
        case Trainings: return tr("Trainings");
        default: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Actions: return tr("Open action items from notes; red when one is overdue, amber when one is due within %1 days.").arg(kDueSoonDays);
        case Trainings: return tr("Trainings not taken yet; red when one is overdue, amber when one is due within %1 days.").arg(kDueSoonDays);
        default: break;
        }
    }
    return {};
}

} // namespace grab::ui
