#pragma once

#include "domain/grabwindow.h"

#include <QAbstractTableModel>
#include <QList>

namespace grab::ui {

// The rule set's grab windows as a table (days, from–to, label, peak). Read-only cells: the
// Rules page edits the selected window in a form beside the table and writes it back here.
class GrabWindowModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrabWindowModel)

public:
    enum Column { Days, Hours, Label, Peak, ColumnCount };

    explicit GrabWindowModel(QObject *parent = nullptr);

    void setWindows(const QList<GrabWindow> &windows);
    const QList<GrabWindow> &windows() const { return m_windows; }
    const GrabWindow &window(int row) const { return m_windows.at(row); }
    void setWindow(int row, const GrabWindow &window);
    int append(const GrabWindow &window); // returns the new row
    void remove(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<GrabWindow> m_windows;
};

} // namespace grab::ui
