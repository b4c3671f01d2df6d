#include "reviewentrymodel.h"

#include "reviewtext.h"

#include <QBrush>
#include <QColor>

namespace grab::ui {
namespace {

QVariant sortable(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(-1.0); // unscored sorts below every score
}

} // namespace

ReviewEntryModel::ReviewEntryModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReviewEntryModel::setEntries(const QList<ReviewEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

bool ReviewEntryModel::updateEntry(const ReviewEntry &entry)
{
    const int row = rowOf(entry.grabberId);
    if (row < 0) {
        return false;
    }
    m_entries[row] = entry;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

const ReviewEntry *ReviewEntryModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int ReviewEntryModel::rowOf(qint64 grabberId) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].grabberId == grabberId) {
            return i;
        }
    }
    return -1;
}

int ReviewEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ReviewEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewEntryModel::data(const QModelIndex &index, int role) const
{
    const ReviewEntry *e = index.isValid() ? entry(index.row()) : nullptr;
    if (!e || index.column() < 0 || index.column() >= ColumnCount) {
        return {};
    }
    const std::optional<double> supervisor = e->supervisorScore ? std::optional<double>(*e->supervisorScore) : std::nullopt;
    if (role == GrabberIdRole) {
        return e->grabberId;
    }
    if (role == ScoredRole) {
        return e->isScored();
    }
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Name: return e->grabberName;
        case Level: return ReviewText::level(e->snapshot.level);
        case KpiScore: return ReviewText::score(e->kpi.score);
        case SupervisorScore: return e->supervisorScore ? QString::number(*e->supervisorScore) : ReviewText::score(std::nullopt);
        case FinalScore: return ReviewText::score(e->final.score);
        case Grade: return e->final.grade.isEmpty() ? ReviewText::score(std::nullopt) : e->final.grade;
        case Decisions: return ReviewText::decisions(e->decisions);
        case Status: return e->isScored() ? tr("Scored") : tr("Missing");
        case ColumnCount: break;
        }
    }
    if (role == SortRole) {
        switch (Column(index.column())) {
        case Name: return e->grabberName;
        case Level: return e->snapshot.level;
        case KpiScore: return sortable(e->kpi.score);
        case SupervisorScore: return sortable(supervisor);
        case FinalScore: return sortable(e->final.score);
        case Grade: return e->final.grade.isEmpty() ? QStringLiteral("Z") : e->final.grade;
        case Decisions: return int(e->decisions.size());
        case Status: return e->isScored();
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case KpiScore: return e->kpi.why;
        case FinalScore:
        case Grade: return e->final.why;
        case SupervisorScore: return e->comment;
        case Decisions: {
            // The cell's own text first (a narrow column elides it), then each decision whole.
            if (e->decisions.isEmpty()) {
                return {};
            }
            QStringList lines{ReviewText::decisions(e->decisions)};
            for (const ReviewDecision &d : e->decisions) {
                lines << ReviewText::decision(d);
            }
            return lines.join(u'\n');
        }
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= KpiScore && index.column() <= Grade) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole && index.column() == Status) {
        return QBrush(e->isScored() ? QColor(0x1e, 0x6b, 0x3a) : QColor(0x9a, 0x5b, 0x00));
    }
    if (role == Qt::ForegroundRole && e->hasPenalty() && index.column() == Decisions) {
        return QBrush(QColor(0x9b, 0x1c, 0x2c));
    }
    return {};
}

QVariant ReviewEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Name: return tr("Grabber");
    case Level: return tr("Level");
    case KpiScore: return tr("KPI score");
    case SupervisorScore: return tr("Supervisor", "score 1-5");
    case FinalScore: return tr("Final");
    case Grade: return tr("Grade");
    case Decisions: return tr("Decisions");
    case Status: return tr("Scored?");
    case ColumnCount: break;
    }
    return {};
}

} // namespace grab::ui
