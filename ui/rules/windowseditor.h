#pragma once

#include "domain/grabwindow.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimeEdit;

namespace grab::ui {

class GrabWindowModel;

// The grab windows: a table of every window, and a form for the selected one (weekdays,
// from, to, label, peak) that writes back as the manager types. Add and Remove beside it.
class WindowsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowsEditor)

public:
    explicit WindowsEditor(QWidget *parent = nullptr);

    void setWindows(const QList<GrabWindow> &windows);
    QList<GrabWindow> windows() const;
    // One sentence naming the first window that cannot be stored, or "" when all can.
    QString problem() const;
    void setReadOnly(bool readOnly);

    // For tests: the form edits the selected row.
    GrabWindowModel *model() const { return m_model; }
    void selectRow(int row);
    QCheckBox *weekdayBox(int weekday) const { return m_days.at(weekday - 1); }
    QTimeEdit *fromEdit() const { return m_from; }
    QTimeEdit *toEdit() const { return m_to; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

signals:
    void edited();

private:
    void showSelected();
    void writeBack();

    GrabWindowModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QList<QCheckBox *> m_days;
    QTimeEdit *m_from = nullptr;
    QTimeEdit *m_to = nullptr;
    QLineEdit *m_label = nullptr;
    QCheckBox *m_peak = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QWidget *m_form = nullptr;
    bool m_filling = false;
    bool m_readOnly = false;
};

} // namespace grab::ui
