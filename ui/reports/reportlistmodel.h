#pragma once

#include "services/export/exportspec.h"

#include <QAbstractTableModel>

namespace grab::ui {

// The reports the page offers, each with its name and one sentence saying what it holds.
class ReportListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportListModel)

public:
    enum Column { Name, Description, ColumnCount };
    static constexpr int ReportRole = Qt::UserRole + 1; // the Report as int

    explicit ReportListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Report reportAt(int row) const { return m_reports.at(row); }
    int rowOf(Report report) const { return int(m_reports.indexOf(report)); }
    static QString name(Report report);
    static QString description(Report report);

private:
    QList<Report> m_reports;
};

} // namespace grab::ui
