#pragma once

#include "dashboarddata.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace grab::ui {

// The rows behind a figure (DrillDown::Row: holdings, attempts, feedback or violations), one a
// row, the time that placed it in the figure in the team's time zone.
class DrillModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillModel)

public:
    enum Column { Order, Customer, Amount, Grabber, Via, At, Outcome, Note, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, OrderIdRole };

    explicit DrillModel(QObject *parent = nullptr);

    void setRows(const QList<DrillRow> &rows, const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString via(const QString &code);
    static QString outcome(const QString &code);

private:
    QString time(qint64 ms) const;

    QList<DrillRow> m_rows;
    QTimeZone m_zone;
};

} // namespace grab::ui
