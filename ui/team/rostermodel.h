#pragma once

#include "services/team/teamroster.h"

#include <QAbstractTableModel>
#include <QDate>

namespace grab::ui {

// The Team page's list: one row per grabber with level, status and what they owe — open
// action items and trainings, with the overdue ones flagged. A refresh merges rows by grabber
// id (inserted, removed, changed in place), so the selection survives it.
class RosterModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RosterModel)

public:
    enum Column { Name, Level, Status, Actions, Trainings, ColumnCount };
    enum Role {
        GrabberIdRole = Qt::UserRole + 1,
        SortRole,
        // The badge's colour (a QColor) in the Actions and Trainings columns; invalid when
        // there is nothing to flag. BadgeDelegate paints it.
        BadgeRole,
    };

    explicit RosterModel(QObject *parent = nullptr);

    // Rows by grabber id, as TeamRoster::read returns them.
    void setRoster(const TeamRoster::Roster &roster);
    const TeamRoster::Row &rowAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 grabberId) const; // -1 when absent
    QDate today() const { return m_today; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TeamRoster::Row> m_rows;
    QDate m_today;
};

} // namespace grab::ui
