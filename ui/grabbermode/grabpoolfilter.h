#pragma once

#include <QSortFilterProxyModel>

namespace grab::ui {

// The pool's presentation over GrabPoolModel: the orders this grabber can grab, or all of
// them ("Show orders I cannot grab"), grabbable ones always first, then by the chosen column
// on GrabPoolModel::SortRole. Equal values fall back to the pool's order: older first, then id.
// Dynamic: rows move and leave as the model's verdicts change, keeping the selection.
class GrabPoolFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrabPoolFilter)

public:
    explicit GrabPoolFilter(QObject *parent = nullptr);
    ~GrabPoolFilter() override;

    bool showUnavailable() const { return m_showUnavailable; }
    void setShowUnavailable(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_showUnavailable = false;
};

} // namespace grab::ui
