#pragma once

#include "base/clock.h"
#include "services/import/importreport.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QTableView;
class QTimer;

namespace grab::ui {

class AppSettings;
class BackgroundTask;
class ColumnMappingTable;
class ImportIssueModel;
class MessageStrip;

// Import… : choose what and which file; then how its columns are read (ColumnMappingTable: each
// column of the file to a field or ignored, guessed from the names and values, confirmed by the
// manager, remembered per header set); the file is checked on a worker thread first (a dry
// run: nothing written) and the preview shows the counts, the detected encoding and delimiter and
// every bad row (line, column, value, reason). Then Import writes all rows or nothing, Import
// valid rows only skips the bad ones; both through ImportService in one transaction, with a
// progress dialog whose Cancel rolls everything back.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(const QString &databasePath, const Clock &clock, QWidget *parent = nullptr, AppSettings *settings = nullptr);
    ~ImportDialog() override;

    void setEntity(ImportEntity entity);
    void setFile(const QString &path);
    void check();                      // the dry run
    void runImport(bool skipInvalid);  // after a check
    void cancel();
    bool isBusy() const;
    ImportIssueModel *issueModel() const { return m_issues; }
    ColumnMappingTable *columnTable() const { return m_columns; }
    const std::optional<ImportReport> &preview() const { return m_preview; }
    MessageStrip *strip() const { return m_strip; }

signals:
    void checked();
    void imported(const QString &summary);
    void finishedWork(); // after a check or an import, whatever its outcome

private:
    void start(bool dryRun, bool skipInvalid);
    void onFinished();
    void updateButtons();
    void invalidate();
    void loadColumns();

    const Clock &m_clock;
    BackgroundTask *m_task = nullptr;
    QComboBox *m_entity = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_check = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    ColumnMappingTable *m_columns = nullptr;
    QLabel *m_columnsNote = nullptr;
    QString m_headerSetKey;
    ImportIssueModel *m_issues = nullptr;
    AppSettings *m_settings = nullptr;
    QPushButton *m_importAll = nullptr;
    QPushButton *m_importValid = nullptr;
    MessageStrip *m_strip = nullptr;
    QProgressDialog *m_progress = nullptr;
    QTimer *m_poll = nullptr;
    std::optional<ImportReport> m_preview;
    struct Outcome;
    std::shared_ptr<Outcome> m_outcome;
};

} // namespace grab::ui
