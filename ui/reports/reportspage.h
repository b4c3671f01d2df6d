#pragma once

#include "services/export/exportspec.h"
#include "base/clock.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressDialog;
class QPushButton;
class QTableView;
class QTimer;

namespace grab {
class Database;
}

namespace grab::ui {

class AppSettings;
class BackgroundTask;
class MessageStrip;
class PeriodPicker;
class ReportListModel;

// Reports: the CSV exports of PRODUCT.md (the pool, orders, KPIs, leaderboard, violations,
// trainings, feedback, a review cycle, the event log) and the Import… dialog. Export… asks for
// a file, writes it on a worker thread (ReportExporter, its own connection) behind a progress
// dialog whose Cancel leaves no file, then says in the strip how many rows went where, with the
// file's SHA-256 and a Copy button. Headers follow the UI language unless chosen otherwise; the
// provenance defaults to a side-car .json, because Excel shows `#` comment lines as rows.
class ReportsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPage)

public:
    // With settings, the CSV options start from the Preferences' defaults and the last choices.
    ReportsPage(Database &db, const Clock &clock, QWidget *parent = nullptr, AppSettings *settings = nullptr);
    ~ReportsPage() override;

    // The spec the page's controls describe now.
    ExportSpec currentSpec() const;
    void selectReport(Report report);
    // Starts the export of `spec` to `path` (Export… does this after its file dialog).
    bool exportTo(const ExportSpec &spec, const QString &path);
    void cancelExport();
    bool isExporting() const;
    MessageStrip *strip() const { return m_strip; }
    ReportListModel *reportModel() const { return m_model; }
    QString lastSha256() const { return m_lastSha; }

public slots:
    void openImportDialog();

signals:
    void exportFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void chooseFileAndExport();
    void onReportChanged();
    void onFormatChanged();
    bool isWorkbook() const;
    void onExportFinished();
    void refreshQuarters();
    QDate teamToday() const;

    Database &m_db;
    const Clock &m_clock;
    ReportListModel *m_model = nullptr;
    QTableView *m_list = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QWidget *m_periodRow = nullptr;
    PeriodPicker *m_period = nullptr;
    QCheckBox *m_wholeHistory = nullptr;
    QLabel *m_periodRange = nullptr;
    QWidget *m_quarterRow = nullptr;
    QComboBox *m_quarter = nullptr;
    QComboBox *m_format = nullptr;
    bool m_exportingWorkbook = false;
    QComboBox *m_headers = nullptr;
    QCheckBox *m_bom = nullptr;
    QComboBox *m_provenance = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_copy = nullptr;
    MessageStrip *m_strip = nullptr;
    BackgroundTask *m_task = nullptr;
    AppSettings *m_settings = nullptr;
    QProgressDialog *m_progress = nullptr;
    QTimer *m_poll = nullptr;
    QString m_lastSha;
    QString m_lastFolder;
    struct Outcome;
    std::shared_ptr<Outcome> m_outcome;
};

} // namespace grab::ui
