#include "trainingmodel.h"

#include "teamtext.h"

#include <QBrush>
#include <QLocale>

namespace grab::ui {

TrainingModel::TrainingModel(QObject *parent) : QAbstractTableModel(parent) {}

void TrainingModel::setTrainings(const QList<Training> &trainings, const QDate &today)
{
    beginResetModel();
    m_rows = trainings;
    m_today = today;
    endResetModel();
}

int TrainingModel::rowOf(qint64 trainingId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).id == trainingId) {
            return r;
        }
    }
    return -1;
}

int TrainingModel::overdueCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [this](const Training &t) { return t.isOverdue(m_today); }));
}

int TrainingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrainingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrainingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Training &t = m_rows.at(index.row());
    const DueState state = t.dueState(m_today);
    switch (role) {
    case TrainingIdRole:
        return t.id;
    case DueStateRole:
        return int(state);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Course: return t.course;
        case Category: return TeamText::category(t.category);
        case State: return TeamText::trainingStatus(t, m_today);
        case Due: return TeamText::date(t.dueOn);
        case Taken: return TeamText::date(t.takenOn);
        case Hours: return t.hours ? QLocale().toString(*t.hours, 'g', 4) : QStringLiteral("—");
        case Source: return TeamText::trainingSource(t);
        default: break;
        }
        break;
    case Qt::BackgroundRole:
        if (state != DueState::None) {
            return QBrush(TeamText::background(state));
        }
        break;
    case Qt::ForegroundRole:
        if (state != DueState::None && (index.column() == State || index.column() == Due)) {
            return QBrush(TeamText::foreground(state));
        }
        if (index.column() == State && t.passed == false) {
            return QBrush(TeamText::foreground(DueState::Overdue));
        }
        break;
    case Qt::ToolTipRole: {
        const QString why = TeamText::trainingWhy(t, m_today);
        if (!why.isEmpty()) {
            return why;
        }
        if (index.column() == Source && t.reviewEntryId) {
            return tr("Decided in the quarterly review %1.").arg(t.reviewQuarter);
        }
        break;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == Hours) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant TrainingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Course: return tr("Course");
    case Category: return tr("Category");
    case State: return tr("State");
    case Due: return tr("Due by");
    case Taken: return tr("Taken on");
    case Hours: return tr("Hours");
    case Source: return tr("Source");
    default: break;
    }
    return {};
}

} // namespace grab::ui
