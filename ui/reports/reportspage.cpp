#include "reportspage.h"

#include "backgroundtask.h"
#include "csvchoices.h"
#include "importdialog.h"
#include "reportlistmodel.h"
#include "common/messagestrip.h"
#include "common/periodtext.h"
#include "common/periodpicker.h"
#include "services/export/reportexporter.h"
#include "services/review/reviewservice.h"
#include "services/rules/ruleservice.h"
#include "store/database.h"
#include "xlsxreport.h"
#include "common/appsettings.h"
#include "common/filedialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace grab::ui {

struct ReportsPage::Outcome
{
    std::optional<Result<ExportResult>> result;
};

ReportsPage::ReportsPage(Database &db, const Clock &clock, QWidget *parent, AppSettings *settings)
    : QWidget(parent), m_db(db), m_clock(clock), m_model(new ReportListModel(this)), m_task(new BackgroundTask(db.path(), this)), m_settings(settings)
{
    auto *title = new QLabel(tr("Reports"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    auto *intro = new QLabel(tr("Excel workbooks or CSV files. Each states its period, filters and rule version, and its "
                                "SHA-256 lets anyone check it was not changed."));
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    m_list = new QTableView;
    m_list->setObjectName(QStringLiteral("reportList"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->setShowGrid(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    const QFontMetrics fm(m_list->font());
    int nameWidth = 0;
    for (Report r : allReports()) {
        nameWidth = std::max(nameWidth, fm.horizontalAdvance(ReportListModel::name(r)));
    }
    m_list->setColumnWidth(ReportListModel::Name, nameWidth + fm.horizontalAdvance(QStringLiteral("MMMM")));
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->verticalHeader()->setDefaultSectionSize(fm.height() + 14);

    // The chosen report's options.
    m_title = new QLabel;
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_description = new QLabel;
    m_description->setWordWrap(true);

    m_period = new PeriodPicker;
    m_period->setPreset(PeriodPreset::ThisMonth);
    m_wholeHistory = new QCheckBox(tr("Whole history (no period)"));
    m_wholeHistory->setObjectName(QStringLiteral("wholeHistory"));
    m_periodRow = new QWidget;
    auto *periodLayout = new QHBoxLayout(m_periodRow);
    periodLayout->setContentsMargins(0, 0, 0, 0);
    periodLayout->addWidget(m_period);
    m_periodRange = new QLabel;
    m_periodRange->setObjectName(QStringLiteral("periodRange"));
    m_periodRange->setForegroundRole(QPalette::PlaceholderText);
    periodLayout->addWidget(m_periodRange);
    periodLayout->addSpacing(12);
    periodLayout->addWidget(m_wholeHistory);
    periodLayout->addStretch();
    connect(m_wholeHistory, &QCheckBox::toggled, this, &ReportsPage::onReportChanged);
    connect(m_period, &PeriodPicker::changed, this, &ReportsPage::onReportChanged);

    m_quarter = new QComboBox;
    m_quarter->setObjectName(QStringLiteral("quarter"));
    m_quarter->setMinimumContentsLength(10);
    m_quarterRow = m_quarter;

    m_headers = new QComboBox;
    m_headers->setObjectName(QStringLiteral("headers"));
    m_headers->addItem(tr("Chinese (中文)"), int(HeaderLanguage::Chinese));
    m_headers->addItem(tr("English keys (for scripts)"), int(HeaderLanguage::English));
    // The UI language decides the default: a Chinese desktop gets Chinese column names.
    m_headers->setCurrentIndex(QLocale().language() == QLocale::Chinese ? 0 : 1);
    m_bom = new QCheckBox(tr("UTF-8 byte order mark (Excel needs it to read Chinese)"));
    m_bom->setObjectName(QStringLiteral("bom"));
    m_bom->setChecked(true);
    m_provenance = new QComboBox;
    m_provenance->setObjectName(QStringLiteral("provenance"));
    m_provenance->addItem(tr("Side-car file (FILE.csv.json)"), int(Provenance::Sidecar));
    m_provenance->addItem(tr("Comment lines before the header (Excel shows them as rows)"), int(Provenance::Comment));
    m_provenance->addItem(tr("None"), int(Provenance::None));

    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("Excel workbook (.xlsx): typed cells, filter on the header"), QStringLiteral("xlsx"));
    m_format->addItem(tr("CSV (.csv): plain text, for scripts and other tools"), QStringLiteral("csv"));
    m_format->setCurrentIndex(settings && !settings->reportWorkbook() ? 1 : 0);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this, settings] {
        if (settings) {
            settings->setReportWorkbook(isWorkbook());
        }
        onFormatChanged();
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Period:"), m_periodRow);
    form->addRow(tr("Quarter:"), m_quarterRow);
    form->addRow(tr("Column names:"), m_headers);
    form->addRow(QString(), m_bom);
    form->addRow(tr("Provenance:"), m_provenance);

    m_export = new QPushButton(tr("Export…"));
    m_export->setObjectName(QStringLiteral("export"));
    m_export->setDefault(true);
    auto *import = new QPushButton(tr("Import…"));
    import->setObjectName(QStringLiteral("import"));
    import->setToolTip(tr("Grabbers, customers, orders or feedback from a CSV file: checked first, then all or nothing."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addStretch();
    buttons->addWidget(import);

    auto *options = new QWidget;
    auto *optionsLayout = new QVBoxLayout(options);
    optionsLayout->setContentsMargins(16, 0, 0, 0);
    optionsLayout->addWidget(m_title);
    optionsLayout->addWidget(m_description);
    optionsLayout->addSpacing(8);
    optionsLayout->addLayout(form);
    optionsLayout->addSpacing(8);
    optionsLayout->addLayout(buttons);
    optionsLayout->addStretch();

    m_strip = new MessageStrip;
    m_copy = new QPushButton(tr("Copy"));
    m_copy->setObjectName(QStringLiteral("copyResult"));
    m_copy->setToolTip(tr("Copy the file's path and SHA-256"));
    m_copy->hide();
    auto *stripRow = new QHBoxLayout;
    stripRow->addWidget(m_strip, 1);
    stripRow->addWidget(m_copy);

    auto *body = new QHBoxLayout;
    body->addWidget(m_list, 3);
    body->addWidget(options, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(stripRow);
    layout->addLayout(body, 1);

    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (m_progress) {
            const qint64 total = m_task->total();
            m_progress->setMaximum(total > 0 ? 1000 : 0);
            if (total > 0) {
                m_progress->setValue(int(std::min<qint64>(1000, m_task->done() * 1000 / total)));
                // A workbook's progress counts its rows twice (read, then written): the bar says it.
                if (!m_exportingWorkbook) {
                    m_progress->setLabelText(tr("Writing %1 of %2 rows…").arg(QLocale().toString(m_task->done()), QLocale().toString(total)));
                }
            }
        }
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReportsPage::onReportChanged);
    connect(m_export, &QPushButton::clicked, this, &ReportsPage::chooseFileAndExport);
    connect(import, &QPushButton::clicked, this, &ReportsPage::openImportDialog);
    connect(m_task, &BackgroundTask::finished, this, &ReportsPage::onExportFinished);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_strip->text()); });
    m_lastFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (settings) {
        new CsvChoices(*settings, m_headers, m_bom, m_provenance, this);
    }
    selectReport(Report::Orders);
    onFormatChanged();
}

ReportsPage::~ReportsPage() = default;

bool ReportsPage::isWorkbook() const
{
    return m_format->currentData().toString() == u"xlsx";
}

// A workbook has no byte order mark and states its provenance on a second sheet, so the CSV-only
// choices step back while it is chosen (and keep their values for the next CSV).
void ReportsPage::onFormatChanged()
{
    const bool workbook = isWorkbook();
    m_bom->setEnabled(!workbook);
    auto *items = qobject_cast<QStandardItemModel *>(m_provenance->model());
    if (QStandardItem *comment = items ? items->item(m_provenance->findData(int(Provenance::Comment))) : nullptr) {
        comment->setEnabled(!workbook);
    }
    m_provenance->setItemText(m_provenance->findData(int(Provenance::Sidecar)),
                              workbook ? tr("Side-car file (FILE.xlsx.json)") : tr("Side-car file (FILE.csv.json)"));
    m_provenance->setToolTip(workbook ? tr("A workbook always states its provenance on its second sheet; a side-car file adds it beside the file.")
                                      : QString());
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshQuarters();
}

void ReportsPage::refreshQuarters()
{
    const QString current = m_quarter->currentText();
    auto cycles = ReviewService(Context{m_db, m_clock, QStringLiteral("manager")}).cycles();
    m_quarter->clear();
    if (cycles) {
        for (const ReviewCycle &c : *cycles) {
            m_quarter->addItem(c.quarter);
        }
    }
    if (m_quarter->count() == 0) {
        m_quarter->addItem(tr("(no review cycles yet)"), QStringLiteral("none"));
    }
    if (const int i = m_quarter->findText(current); i >= 0) {
        m_quarter->setCurrentIndex(i);
    }
    onReportChanged();
}

QDate ReportsPage::teamToday() const
{
    auto rules = RuleService(Context{m_db, m_clock, QStringLiteral("manager")}).current();
    const QTimeZone zone = rules ? rules->zone() : QTimeZone::systemTimeZone();
    return periods::dayOf(zone, m_clock.nowMs());
}

void ReportsPage::selectReport(Report report)
{
    m_list->selectRow(m_model->rowOf(report));
    onReportChanged();
}

void ReportsPage::onReportChanged()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const Report r = m_model->reportAt(current.row());
    m_title->setText(ReportListModel::name(r));
    m_description->setText(ReportListModel::description(r));
    const PeriodUse use = periodUse(r);
    m_periodRow->setEnabled(use != PeriodUse::None);
    m_wholeHistory->setVisible(use == PeriodUse::Optional);
    m_period->setEnabled(use != PeriodUse::None && !(use == PeriodUse::Optional && m_wholeHistory->isChecked()));
    const ExportSpec spec = currentSpec();
    m_periodRange->setText(spec.period ? PeriodText::rangeText(*spec.period) : QString());
    m_quarterRow->setEnabled(r == Report::Review);
    const bool reviewWithoutCycle = r == Report::Review && m_quarter->currentData().toString() == u"none";
    m_export->setEnabled(!reviewWithoutCycle && !isExporting());
}

ExportSpec ReportsPage::currentSpec() const
{
    ExportSpec spec;
    const QModelIndex current = m_list->currentIndex();
    spec.report = current.isValid() ? m_model->reportAt(current.row()) : Report::Orders;
    const PeriodUse use = periodUse(spec.report);
    if (use == PeriodUse::Required || (use == PeriodUse::Optional && !m_wholeHistory->isChecked())) {
        spec.period = periods::resolve(m_period->preset(), teamToday(), m_period->customFirst(), m_period->customLast()).current;
    }
    if (spec.report == Report::Review) {
        spec.quarter = m_quarter->currentText();
    }
    spec.headers = HeaderLanguage(m_headers->currentData().toInt());
    spec.bom = m_bom->isChecked();
    spec.provenance = Provenance(m_provenance->currentData().toInt());
    if (isWorkbook() && spec.provenance == Provenance::Comment) {
        spec.provenance = Provenance::None; // the workbook's second sheet holds it
    }
    return spec;
}

void ReportsPage::chooseFileAndExport()
{
    const ExportSpec spec = currentSpec();
    const bool workbook = isWorkbook();
    const QString path = filedialog::saveFileName(
        this, tr("Export %1").arg(ReportListModel::name(spec.report)),
        QDir(m_lastFolder).filePath(workbook ? xlsx::XlsxReport::suggestedName(spec) : ReportExporter::suggestedName(spec)),
        workbook ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    m_lastFolder = QFileInfo(path).absolutePath();
    exportTo(spec, path);
}

bool ReportsPage::exportTo(const ExportSpec &spec, const QString &path)
{
    if (m_task->isRunning()) {
        return false;
    }
    m_outcome = std::make_shared<Outcome>();
    auto outcome = m_outcome;
    const Clock &clock = m_clock;
    // The file's name decides its format, as a file dialog's filter does.
    const bool workbook = path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive);
    const bool started = m_task->start([spec, path, outcome, &clock, workbook](Database &db, BackgroundTask &task) {
        const Context ctx{db, clock, QStringLiteral("manager")};
        const auto progress = [&task](qint64 done, qint64 total) { return task.report(done, total); };
        outcome->result = workbook ? xlsx::XlsxReport(ctx).run(spec, path, progress) : ReportExporter(ctx).run(spec, path, progress);
    });
    if (!started) {
        return false;
    }
    m_exportingWorkbook = workbook;
    m_export->setEnabled(false);
    m_copy->hide();
    m_progress = new QProgressDialog(tr("Writing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowTitle(tr("Export"));
    m_progress->setMinimumDuration(400); // a small report is done before the dialog would flash
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &ReportsPage::cancelExport);
    m_poll->start();
    return true;
}

void ReportsPage::cancelExport()
{
    m_task->cancel();
    if (m_progress) {
        m_progress->setLabelText(tr("Cancelling…"));
    }
}

bool ReportsPage::isExporting() const
{
    return m_task->isRunning();
}

void ReportsPage::onExportFinished()
{
    m_poll->stop();
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    onReportChanged();
    bool ok = false;
    if (!m_task->openError().isEmpty()) {
        m_strip->show(MessageStrip::Kind::Error, tr("The export could not open the database: %1").arg(m_task->openError()));
    } else if (!m_outcome || !m_outcome->result) {
        m_strip->show(MessageStrip::Kind::Error, tr("The export did not run."));
    } else if (!*m_outcome->result) {
        const Error &e = m_outcome->result->error();
        if (e.reason == u"cancelled") {
            m_strip->show(MessageStrip::Kind::Neutral, tr("Export cancelled; no file was written."));
        } else {
            m_strip->show(MessageStrip::Kind::Error, tr("The export failed: %1").arg(e.message));
        }
    } else {
        const ExportResult &r = **m_outcome->result;
        m_lastSha = r.sha256;
        const QString rows = QLocale().toString(r.rows);
        const QString path = QDir::toNativeSeparators(r.path);
        const QString text = r.sidecarPath.isEmpty()
                                 ? tr("Wrote %1 rows to %2, SHA-256 %3").arg(rows, path, r.sha256)
                                 : tr("Wrote %1 rows to %2, SHA-256 %3 (provenance in %4)")
                                       .arg(rows, path, r.sha256, QFileInfo(r.sidecarPath).fileName());
        m_strip->show(MessageStrip::Kind::Success, text);
        m_copy->show();
        ok = true;
    }
    m_outcome.reset();
    emit exportFinished(ok);
}

void ReportsPage::openImportDialog()
{
    auto *dialog = new ImportDialog(m_db.path(), m_clock, this, m_settings);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](const QString &summary) { m_strip->show(MessageStrip::Kind::Success, summary); });
    dialog->open();
}

} // namespace grab::ui
