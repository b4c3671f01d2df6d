#pragma once

#include <QWidget>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace grab::ui {

// Picks an IANA time zone: a search box over every zone the system knows (by name, e.g.
// "shanghai", or by offset, e.g. "+08"), each shown with its offset from UTC now.
class TimeZonePicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeZonePicker)

public:
    explicit TimeZonePicker(QWidget *parent = nullptr);

    QString zone() const; // the IANA id selected, or "" when the search hides every zone
    void setZone(const QString &ianaId);
    void setSearch(const QString &text);
    int visibleCount() const;
    QLineEdit *searchBox() const { return m_search; }

protected:
    void showEvent(QShowEvent *event) override;

signals:
    void zoneChanged(const QString &ianaId);

private:
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
};

} // namespace grab::ui
