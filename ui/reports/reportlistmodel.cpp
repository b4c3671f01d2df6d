#include "reportlistmodel.h"

namespace grab::ui {

ReportListModel::ReportListModel(QObject *parent) : QAbstractTableModel(parent), m_reports(allReports()) {}

int ReportListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reports.size());
}

int ReportListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReportListModel::name(Report report)
{
    switch (report) {
    case Report::Pool:
        return tr("Open pool");
    case Report::Orders:
        return tr("Orders");
    case Report::Kpis:
        return tr("Grabber KPIs");
    case Report::Leaderboard:
        return tr("Leaderboard");
    case Report::Violations:
        return tr("Violations");
    case Report::Trainings:
        return tr("Trainings");
    case Report::Feedback:
        return tr("Feedback");
    case Report::Review:
        return tr("Review cycle");
    case Report::Events:
        return tr("Event log");
    }
    return {};
}

QString ReportListModel::description(Report report)
{
    switch (report) {
    case Report::Pool:
        return tr("Every order waiting in the pool now, by priority and age, with its deadline.");
    case Report::Orders:
        return tr("Orders published in the period with every field: customer, amount, state, outcome, assignee.");
    case Report::Kpis:
        return tr("Every KPI per grabber for the period; undefined rates are left empty.");
    case Report::Leaderboard:
        return tr("The period's ranking by revenue, as the dashboard shows it.");
    case Report::Violations:
        return tr("Each violation in the period with the grabber, type, severity and note.");
    case Report::Trainings:
        return tr("Trainings taken or due in the period, with hours and result.");
    case Report::Feedback:
        return tr("Customers' scores and comments with the order, customer and grabber.");
    case Report::Review:
        return tr("One quarterly review: frozen KPIs, scores, grade and decisions per grabber.");
    case Report::Events:
        return tr("The raw event log with each event's details as JSON, for audits.");
    }
    return {};
}

QVariant ReportListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_reports.size()) {
        return {};
    }
    const Report r = m_reports.at(index.row());
    if (role == ReportRole) {
        return int(r);
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        return index.column() == Name ? name(r) : description(r);
    }
    return {};
}

QVariant ReportListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    return section == Name ? tr("Report") : section == Description ? tr("What it holds") : QVariant();
}

} // namespace grab::ui
