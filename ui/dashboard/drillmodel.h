#pragma once

#include "dashboardfigures.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace grab::ui {

// The rows behind a figure (DrillDown::Row: holdings, attempts, feedback, violations or open
// orders), one a row, the time that placed it in the figure in the team's time zone. What a
// column holds, and whether it means anything, depends on the kind of row: `shows()` says
// which columns a dialog should show, headerData() names them for the kind.
class DrillModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillModel)

public:
    enum Column { Order, Customer, Amount, Grabber, Via, At, Outcome, Response, Note, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, OrderIdRole };
    enum class Kind {
        Holdings,      // assignments: how assigned, outcome, the wait before assignment
        Attempts,      // grab attempts: won, lost the race or refused (and why)
        Feedback,      // scores with their comments
        Violations,    // type (severity) and note
        WaitingOrders, // open orders (starving VIP): priority and why
    };

    explicit DrillModel(QObject *parent = nullptr);

    void setRows(const QList<DrillRow> &rows, const QTimeZone &zone, Kind kind = Kind::Holdings);
    Kind kind() const { return m_kind; }
    static Kind kindOf(DrillDown::Figure figure);
    // Whether the column means anything for rows of this kind.
    static bool shows(Kind kind, Column column);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString via(const QString &code);
    static QString outcome(const QString &code);
    // An attempt's result: "obtained the order", "lost the race", "refused: daily cap reached".
    static QString attemptResult(const QString &result, const QString &reason);

private:
    QString time(qint64 ms) const;
    QString outcomeText(const DrillRow &r) const;

    QList<DrillRow> m_rows;
    QTimeZone m_zone;
    Kind m_kind = Kind::Holdings;
};

} // namespace grab::ui
