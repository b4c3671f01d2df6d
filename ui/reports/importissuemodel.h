#pragma once

#include "services/import/importreport.h"

#include <QAbstractTableModel>

namespace grab::ui {

// The bad rows of an import's check: line, column, the cell's value and the reason.
class ImportIssueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportIssueModel)

public:
    enum Column { Line, ColumnName, Value, Reason, ColumnCount };

    explicit ImportIssueModel(QObject *parent = nullptr);

    void setIssues(QList<ImportIssue> issues);
    const QList<ImportIssue> &issues() const { return m_issues; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportIssue> m_issues;
};

} // namespace grab::ui
