#include "importissuemodel.h"

namespace grab::ui {

ImportIssueModel::ImportIssueModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportIssueModel::setIssues(QList<ImportIssue> issues)
{
    beginResetModel();
    m_issues = std::move(issues);
    endResetModel();
}

int ImportIssueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int ImportIssueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportIssueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_issues.size()) {
        return {};
    }
    const ImportIssue &i = m_issues.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Line:
            return i.line;
        case ColumnName:
            return i.column.isEmpty() ? tr("(whole row)") : i.column;
        case Value:
            return i.value;
        case Reason:
            return i.reason;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Reason) {
        return i.reason;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Line) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant ImportIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Line:
        return tr("Line");
    case ColumnName:
        return tr("Column");
    case Value:
        return tr("Value");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace grab::ui
