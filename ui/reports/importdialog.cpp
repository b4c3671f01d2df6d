#include "importdialog.h"

#include "backgroundtask.h"
#include "columnmappingtable.h"
#include "common/appsettings.h"
#include "importissuemodel.h"
#include "common/messagestrip.h"
#include "io/protectedfiles.h"
#include "services/import/importservice.h"
#include "common/filedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace grab::ui {

struct ImportDialog::Outcome
{
    bool dryRun = true;
    std::optional<Result<ImportReport>> result;
};

namespace {

QString entityName(ImportEntity e)
{
    switch (e) {
    case ImportEntity::Grabbers:
        return ImportDialog::tr("Grabbers");
    case ImportEntity::Customers:
        return ImportDialog::tr("Customers");
    case ImportEntity::Orders:
        return ImportDialog::tr("Orders (published to the pool)");
    case ImportEntity::Feedback:
        return ImportDialog::tr("Feedback");
    }
    return {};
}

// The reader names the encoding in English (it is also written to grabctl's report); say it here.
QString encodingName(const QString &e)
{
    if (e == u"UTF-8 with BOM") {
        return ImportDialog::tr("UTF-8 with BOM");
    }
    return e; // "UTF-8", "UTF-16", "GB18030": the same in every language
}

QString delimiterName(QChar d)
{
    if (d == u'\t') {
        return ImportDialog::tr("tab");
    }
    return QStringLiteral("“%1”").arg(d);
}

} // namespace

ImportDialog::ImportDialog(const QString &databasePath, const Clock &clock, QWidget *parent, AppSettings *settings)
    : QDialog(parent), m_clock(clock), m_task(new BackgroundTask(databasePath, this)), m_issues(new ImportIssueModel(this)), m_settings(settings)
{
    setWindowTitle(tr("Import from CSV"));
    m_entity = new QComboBox;
    m_entity->setObjectName(QStringLiteral("entity"));
    for (ImportEntity e : {ImportEntity::Grabbers, ImportEntity::Customers, ImportEntity::Orders, ImportEntity::Feedback}) {
        m_entity->addItem(entityName(e), int(e));
    }
    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("file"));
    m_file->setPlaceholderText(tr("A CSV file: UTF-8, UTF-16 or GB18030; comma, semicolon or tab"));
    auto *browse = new QPushButton(tr("Browse…"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_check = new QPushButton(tr("Check file"));
    m_check->setObjectName(QStringLiteral("check"));
    m_check->setDefault(true); // Return checks the file: the one step that is always safe
    browse->setAutoDefault(false);
    fileRow->addWidget(m_check);

    auto *form = new QFormLayout;
    form->addRow(tr("Import:"), m_entity);
    form->addRow(tr("File:"), fileRow);

    m_columns = new ColumnMappingTable;
    m_columnsNote = new QLabel;
    m_columnsNote->setObjectName(QStringLiteral("columnsNote"));
    m_columnsNote->setWordWrap(true);

    m_summary = new QLabel(tr("Nothing is written until you confirm: the file is checked first."));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("issues"));
    m_table->setModel(m_issues);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    const QFontMetrics fm(m_table->font());
    m_table->setColumnWidth(ImportIssueModel::Line, fm.horizontalAdvance(QStringLiteral("000000")) + 16);
    m_table->setColumnWidth(ImportIssueModel::ColumnName, fm.horizontalAdvance(QStringLiteral("published_at")) + 16);
    m_table->setColumnWidth(ImportIssueModel::Value, fm.horizontalAdvance(QStringLiteral("M")) * 14);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_strip = new MessageStrip;
    m_importAll = new QPushButton(tr("Import"));
    m_importAll->setObjectName(QStringLiteral("importAll"));
    m_importAll->setToolTip(tr("Every row in one transaction; with any bad row nothing is imported."));
    m_importValid = new QPushButton(tr("Import valid rows only"));
    m_importValid->setObjectName(QStringLiteral("importValid"));
    m_importValid->setToolTip(tr("The bad rows listed above are left out."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_importAll, QDialogButtonBox::ActionRole);
    buttons->addButton(m_importValid, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_columnsNote);
    // The columns to decide get the most room: every column of a CRM export at a glance.
    layout->addWidget(m_columns, 3);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_strip);
    layout->addWidget(buttons);
    resize(fm.horizontalAdvance(QStringLiteral("M")) * 70, fm.height() * 40);

    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (m_progress && m_task->total() > 0) {
            m_progress->setMaximum(1000);
            m_progress->setValue(int(std::min<qint64>(1000, m_task->done() * 1000 / m_task->total())));
        }
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = filedialog::openFileName(this, tr("Import from CSV"), m_file->text(), tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
        if (!path.isEmpty()) {
            setFile(path);
            check();
        }
    });
    connect(m_check, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_importAll, &QPushButton::clicked, this, [this] { runImport(false); });
    connect(m_importValid, &QPushButton::clicked, this, [this] { runImport(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_entity, &QComboBox::currentIndexChanged, this, &ImportDialog::loadColumns);
    connect(m_file, &QLineEdit::editingFinished, this, &ImportDialog::loadColumns);
    connect(m_file, &QLineEdit::textEdited, this, &ImportDialog::invalidate);
    connect(m_columns, &ColumnMappingTable::mappingChanged, this, [this] {
        invalidate();
        const int open = m_columns->unchosen();
        m_columnsNote->setText(m_columns->rowCount() == 0 ? tr("The file's columns appear here once it is chosen.")
                               : open == 0 ? tr("How each column of the file is read. Change any choice before checking.")
                                           : tr("%n column(s) of the file need a choice: a field, or Ignore.", nullptr, open));
    });
    connect(m_task, &BackgroundTask::finished, this, &ImportDialog::onFinished);
    m_columnsNote->setText(tr("The file's columns appear here once it is chosen."));
    updateButtons();
}

ImportDialog::~ImportDialog() = default;

// Reads the file's header and first rows (on this thread: 20 rows are quick) and fills the
// mapping step with the guesses, or the manager's earlier choices for the same header set.
void ImportDialog::loadColumns()
{
    invalidate();
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    m_headerSetKey.clear();
    if (path.isEmpty()) {
        m_columns->clearColumns();
        return;
    }
    if (auto s = protectedfiles::check(path); !s) {
        m_columns->clearColumns();
        m_strip->show(MessageStrip::Kind::Error, s.error().message);
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_columns->clearColumns();
        m_strip->show(MessageStrip::Kind::Error, tr("Cannot read %1: %2.").arg(path, file.errorString()));
        return;
    }
    auto head = ImportService::head(&file, 20);
    if (!head) {
        m_columns->clearColumns();
        m_strip->show(MessageStrip::Kind::Error, head.error().message);
        return;
    }
    m_strip->hide(); // a refusal about the previous file no longer holds
    const auto entity = ImportEntity(m_entity->currentData().toInt());
    m_headerSetKey = columnguess::headerSetKey(entity, head->header);
    m_columns->setColumns(entity, columnguess::guess(entity, head->header, head->rows),
                          m_settings ? m_settings->importMapping(m_headerSetKey) : QStringList());
}

void ImportDialog::setEntity(ImportEntity entity)
{
    m_entity->setCurrentIndex(m_entity->findData(int(entity)));
}

void ImportDialog::setFile(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    loadColumns();
}

void ImportDialog::invalidate()
{
    // A preview belongs to one entity and one file: any change asks for a new check.
    m_preview.reset();
    m_issues->setIssues({});
    updateButtons();
}

bool ImportDialog::isBusy() const
{
    return m_task->isRunning();
}

void ImportDialog::updateButtons()
{
    const bool busy = isBusy();
    m_check->setEnabled(!busy && !m_file->text().trimmed().isEmpty() && m_columns->isComplete());
    m_columns->setEnabled(!busy);
    m_entity->setEnabled(!busy);
    m_file->setEnabled(!busy);
    m_importAll->setEnabled(!busy && m_preview && m_preview->invalidRows == 0 && m_preview->validRows > 0);
    m_importValid->setEnabled(!busy && m_preview && m_preview->invalidRows > 0 && m_preview->validRows > 0);
}

void ImportDialog::check()
{
    start(true, false);
}

void ImportDialog::runImport(bool skipInvalid)
{
    if (!m_preview) {
        return;
    }
    start(false, skipInvalid);
}

void ImportDialog::cancel()
{
    m_task->cancel();
}

void ImportDialog::start(bool dryRun, bool skipInvalid)
{
    if (isBusy()) {
        return;
    }
    if (!m_columns->isComplete()) {
        m_strip->show(MessageStrip::Kind::Warning, tr("Choose how to read every column of the file first: a field, or Ignore."));
        return;
    }
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    const auto entity = ImportEntity(m_entity->currentData().toInt());
    const ColumnMapping columns = m_columns->mapping();
    m_outcome = std::make_shared<Outcome>();
    m_outcome->dryRun = dryRun;
    auto outcome = m_outcome;
    const Clock &clock = m_clock;
    m_task->start([=, &clock](Database &db, BackgroundTask &task) {
        // Never the database's own file: opening and closing it would drop SQLite's locks.
        if (auto s = protectedfiles::check(path); !s) {
            outcome->result = s.error();
            return;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            outcome->result = makeError(ErrorCode::InvalidInput, tr("Cannot read %1: %2.").arg(path, file.errorString()));
            return;
        }
        ImportService::Options o;
        o.dryRun = dryRun;
        o.skipInvalid = skipInvalid;
        o.columns = columns;
        o.progress = [&task](qint64 done, qint64 total) { return task.report(done, total); };
        outcome->result = ImportService(Context{db, clock, QStringLiteral("manager")}).import(entity, &file, o);
    });
    updateButtons();
    m_progress = new QProgressDialog(dryRun ? tr("Checking %1…").arg(QFileInfo(path).fileName()) : tr("Importing %1…").arg(QFileInfo(path).fileName()),
                                     tr("Cancel"), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWindowTitle(windowTitle());
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &ImportDialog::cancel);
    m_poll->start();
}

void ImportDialog::onFinished()
{
    m_poll->stop();
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    const std::shared_ptr<Outcome> outcome = std::move(m_outcome);
    const QLocale locale;
    if (!m_task->openError().isEmpty() || !outcome || !outcome->result) {
        m_strip->show(MessageStrip::Kind::Error, tr("Could not open the database: %1").arg(m_task->openError()));
    } else if (!*outcome->result) {
        m_strip->show(MessageStrip::Kind::Error, outcome->result->error().message);
        if (outcome->dryRun) {
            m_preview.reset();
            m_issues->setIssues({});
            m_summary->setText(tr("This file cannot be imported as it is."));
        }
    } else {
        const ImportReport &r = **outcome->result;
        if (r.cancelled) {
            m_strip->show(MessageStrip::Kind::Neutral, tr("Cancelled; nothing was imported."));
        } else if (outcome->dryRun) {
            m_preview = r;
            // The file read with these choices: the next file with the same header starts from them.
            if (m_settings && !m_headerSetKey.isEmpty()) {
                m_settings->setImportMapping(m_headerSetKey, m_columns->choices());
            }
            m_issues->setIssues(r.issues);
            m_summary->setText(tr("%1 rows: %2 valid, %3 with problems · %4 · delimiter %5")
                                   .arg(locale.toString(r.rows), locale.toString(r.validRows), locale.toString(r.invalidRows), encodingName(r.encoding),
                                        delimiterName(r.delimiter)));
            if (r.invalidRows == 0) {
                m_strip->show(MessageStrip::Kind::Info, tr("Every row is valid. Nothing is written until you press Import."));
            } else {
                m_strip->show(MessageStrip::Kind::Warning, r.invalidRows == 1 ? tr("1 row cannot be imported; the reason is listed above.")
                                                                                : tr("%1 rows cannot be imported; the reasons are listed above.")
                                                                                      .arg(locale.toString(r.invalidRows)));
            }
            emit checked();
        } else {
            const QString file = QFileInfo(m_file->text()).fileName();
            const QString summary = r.invalidRows > 0 && r.imported > 0
                                        ? tr("Imported %1 of %2 rows from %3; %4 bad rows left out.")
                                              .arg(locale.toString(r.imported), locale.toString(r.rows), file, locale.toString(r.invalidRows))
                                        : tr("Imported %1 of %2 rows from %3.").arg(locale.toString(r.imported), locale.toString(r.rows), file);
            if (r.refused()) {
                m_strip->show(MessageStrip::Kind::Warning, tr("Nothing was imported: %1 rows are invalid.").arg(locale.toString(r.invalidRows)));
            } else {
                m_strip->show(MessageStrip::Kind::Success, summary);
                m_preview.reset(); // imported: a second press would import again
                emit imported(summary);
            }
        }
    }
    updateButtons();
    emit finishedWork();
}

} // namespace grab::ui
