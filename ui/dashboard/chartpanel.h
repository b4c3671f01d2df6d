#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QToolButton;

namespace grab::ui {

// A chart with its own "Save as PNG…" button: the picture is the chart view as drawn
// (QWidget::grab()), title, axes and legend included.
class ChartPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    ChartPanel(const QString &objectName, QWidget *parent = nullptr);

    QChart *chart() const;
    QChartView *view() const { return m_view; }
    // Writes the chart as drawn now; false if the file cannot be written.
    bool savePng(const QString &path, QString *error = nullptr) const;
    // The file name the save dialog suggests ("success-rate-张伟-2026-11.png").
    void setSuggestedName(const QString &fileName) { m_suggested = fileName; }

private:
    void askAndSave();

    QChartView *m_view = nullptr;
    QToolButton *m_save = nullptr;
    QString m_suggested;
};

} // namespace grab::ui
