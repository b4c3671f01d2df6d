#include "preferencesdialog.h"

#include "common/waitcursor.h"
#include "common/timezonepicker.h"
#include "services/rules/ruleservice.h"
#include "store/database.h"
#include "common/filedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

namespace grab::ui {
namespace {

QLabel *note(const QString &text)
{
    auto *l = new QLabel(text);
    l->setWordWrap(true);
    // A form sizes a wrapped label's height for its narrowest width; at least this wide, the
    // height it reserves is the height the note takes (no gap under it).
    l->setMinimumWidth(l->fontMetrics().averageCharWidth() * 64);
    l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    l->setForegroundRole(QPalette::PlaceholderText);
    return l;
}

QDoubleSpinBox *pointsBox(const QString &objectName)
{
    auto *b = new QDoubleSpinBox;
    b->setObjectName(objectName);
    b->setRange(0, 100);
    b->setDecimals(0);
    b->setSuffix(QCoreApplication::translate("grab::ui::PreferencesDialog", " points"));
    return b;
}

QSpinBox *percentBox(const QString &objectName)
{
    auto *b = new QSpinBox;
    b->setObjectName(objectName);
    b->setRange(0, 100);
    b->setSuffix(QStringLiteral(" %"));
    return b;
}

} // namespace

PreferencesDialog::PreferencesDialog(AppSettings &settings, Database *db, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_db(db), m_clock(clock)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_tabs = new QTabWidget;
    m_tabs->addTab(buildGeneral(db), tr("General"));
    m_tabs->addTab(buildTeam(), tr("Team time zone"));
    m_tabs->addTab(buildReports(), tr("Reports"));
    m_tabs->addTab(buildDashboards(), tr("Dashboards"));

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, &PreferencesDialog::restoreDefaults);
    buttons->button(QDialogButtonBox::RestoreDefaults)->setToolTip(tr("Put the desktop preferences back as GrabDesk ships them; "
                                                                      "the team's time zone stays as it is."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    setValues(PreferenceValues::from(m_settings));
    // Any edit re-checks the values, so OK is only enabled when they can be saved.
    const auto watch = [this](auto *widget, auto signal) { connect(widget, signal, this, &PreferencesDialog::updateProblem); };
    watch(m_language, &QComboBox::currentIndexChanged);
    watch(m_database, &QLineEdit::textChanged);
    watch(m_refresh, &QSpinBox::valueChanged);
    for (QDoubleSpinBox *b : {m_successDrop, m_criticalSuccessDrop, m_failureAbove, m_criticalFailureAbove}) {
        watch(b, &QDoubleSpinBox::valueChanged);
    }
    for (QSpinBox *b : {m_teamFailure, m_criticalTeamFailure, m_minClosed}) {
        watch(b, &QSpinBox::valueChanged);
    }
    watch(m_zone, &TimeZonePicker::zoneChanged);
    updateProblem();
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 30)));
}

QWidget *PreferencesDialog::buildGeneral(Database *db)
{
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System (follow the desktop)"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));

    m_database = new QLineEdit;
    m_database->setObjectName(QStringLiteral("defaultDatabase"));
    m_database->setPlaceholderText(Database::defaultPath());
    m_database->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString start = m_database->text().isEmpty() ? Database::defaultPath() : m_database->text();
        const QString path = filedialog::saveFileName(this, tr("Default database"), start, tr("GrabDesk databases (*.sqlite *.db);;All files (*)"),
                                                          QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty()) {
            m_database->setText(path);
        }
    });
    auto *databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_database, 1);
    databaseRow->addWidget(browse);
    if (db) {
        auto *useOpen = new QPushButton(tr("Use the open one"));
        useOpen->setObjectName(QStringLiteral("useOpenDatabase"));
        useOpen->setToolTip(db->path());
        connect(useOpen, &QPushButton::clicked, this, [this, path = db->path()] { m_database->setText(path); });
        databaseRow->addWidget(useOpen);
    }

    m_muted = new QCheckBox(tr("Mute notifications of escalations (a starving VIP order, an overloaded grabber)"));
    m_muted->setObjectName(QStringLiteral("muted"));

    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Language:"), m_language);
    form->addRow(QString(), note(tr("A new language applies when GrabDesk restarts.")));
    form->addRow(tr("Default database:"), databaseRow);
    form->addRow(QString(), note(tr("The file GrabDesk opens when started without --db; empty means the usual one (in grey). "
                                    "If it is missing or cannot be opened at start, GrabDesk opens the usual one and says so.")));
    form->addRow(tr("Notifications:"), m_muted);
    return page;
}

QWidget *PreferencesDialog::buildTeam()
{
    m_zone = new TimeZonePicker;
    m_zoneNow = new QLabel;
    m_zoneNow->setObjectName(QStringLiteral("zoneNow"));
    m_zoneNow->setWordWrap(true);
    if (m_db) {
        auto rules = RuleService(Context{*m_db, m_clock, QStringLiteral("manager")}).current();
        if (rules) {
            m_teamZone = rules->timeZone;
            m_ruleVersion = rules->version;
            m_zoneNow->setText(tr("The team works in %1 (rule set version %2).").arg(m_teamZone).arg(m_ruleVersion));
        } else {
            m_zoneError = rules.error().message;
            m_zoneNow->setText(tr("The rules could not be read: %1").arg(m_zoneError));
        }
    } else {
        m_zoneNow->setText(tr("No database is open."));
    }
    m_zone->setEnabled(m_db && m_zoneError.isEmpty());
    m_zone->setZone(m_teamZone);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_zoneNow);
    layout->addWidget(note(tr("Grab windows, daily caps and every report's days follow this zone. It belongs to the team, not "
                              "to this desktop: a change is a new version of the rules, recorded with who changed it and when.")));
    layout->addWidget(m_zone, 1);
    return page;
}

QWidget *PreferencesDialog::buildReports()
{
    m_headers = new QComboBox;
    m_headers->setObjectName(QStringLiteral("csvHeaders"));
    m_headers->addItem(tr("Follow the interface language"), int(AppSettings::CsvHeaders::FollowUi));
    m_headers->addItem(tr("English keys (for scripts)"), int(AppSettings::CsvHeaders::English));
    m_headers->addItem(tr("Chinese (中文)"), int(AppSettings::CsvHeaders::Chinese));
    m_bom = new QCheckBox(tr("UTF-8 byte order mark (Excel needs it to read Chinese)"));
    m_bom->setObjectName(QStringLiteral("csvBom"));
    m_provenance = new QComboBox;
    m_provenance->setObjectName(QStringLiteral("csvProvenance"));
    m_provenance->addItem(tr("Side-car file (FILE.csv.json)"), int(Provenance::Sidecar));
    m_provenance->addItem(tr("Comment lines before the header (Excel shows them as rows)"), int(Provenance::Comment));
    m_provenance->addItem(tr("None"), int(Provenance::None));

    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(QString(), note(tr("Where the Reports page starts. It remembers what you choose there until these defaults change.")));
    form->addRow(tr("Column names:"), m_headers);
    form->addRow(QString(), m_bom);
    form->addRow(tr("Provenance:"), m_provenance);
    return page;
}

QWidget *PreferencesDialog::buildDashboards()
{
    m_refresh = new QSpinBox;
    m_refresh->setObjectName(QStringLiteral("refreshSeconds"));
    m_refresh->setRange(AppSettings::kMinRefreshSeconds, AppSettings::kMaxRefreshSeconds);
    m_refresh->setSuffix(tr(" s"));
    m_successDrop = pointsBox(QStringLiteral("successDrop"));
    m_criticalSuccessDrop = pointsBox(QStringLiteral("criticalSuccessDrop"));
    m_failureAbove = pointsBox(QStringLiteral("failureAbove"));
    m_criticalFailureAbove = pointsBox(QStringLiteral("criticalFailureAbove"));
    m_teamFailure = percentBox(QStringLiteral("teamFailure"));
    m_criticalTeamFailure = percentBox(QStringLiteral("criticalTeamFailure"));
    m_minClosed = new QSpinBox;
    m_minClosed->setObjectName(QStringLiteral("minClosed"));
    m_minClosed->setRange(0, 1000);

    const auto pair = [](QWidget *warning, QWidget *critical) {
        auto *row = new QHBoxLayout;
        row->addWidget(warning);
        row->addWidget(new QLabel(tr("critical from")));
        row->addWidget(critical);
        row->addStretch();
        return row;
    };
    const auto single = [](QWidget *box) {
        auto *row = new QHBoxLayout;
        row->addWidget(box);
        row->addStretch();
        return row;
    };
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->addRow(tr("Refresh at most every:"), single(m_refresh));
    form->addRow(QString(), note(tr("While the Dashboards page is on screen and grabs keep arriving, its figures are read again at "
                                    "most this often. The board itself is live and does not wait.")));
    form->addRow(tr("Success rate dropped by:"), pair(m_successDrop, m_criticalSuccessDrop));
    form->addRow(tr("Failure rate over the team's by:"), pair(m_failureAbove, m_criticalFailureAbove));
    form->addRow(tr("Team failure rate at:"), pair(m_teamFailure, m_criticalTeamFailure));
    form->addRow(tr("Closed orders needed for a rate alert:"), single(m_minClosed));
    form->addRow(QString(), note(tr("A grabber's failure rate is compared with the team's in the same period: deals are lost "
                                    "more often in some months than others. Overload and repeated violations follow the rules.")));
    return page;
}

PreferenceValues PreferencesDialog::values() const
{
    PreferenceValues v;
    v.language = m_language->currentData().toString();
    v.defaultDatabase = m_database->text().trimmed();
    v.notificationsMuted = m_muted->isChecked();
    v.csvBom = m_bom->isChecked();
    v.csvHeaders = AppSettings::CsvHeaders(m_headers->currentData().toInt());
    v.csvProvenance = Provenance(m_provenance->currentData().toInt());
    v.refreshSeconds = m_refresh->value();
    v.thresholds.successDropPoints = m_successDrop->value();
    v.thresholds.criticalSuccessDropPoints = m_criticalSuccessDrop->value();
    v.thresholds.failureAboveTeamPoints = m_failureAbove->value();
    v.thresholds.criticalFailureAboveTeamPoints = m_criticalFailureAbove->value();
    v.thresholds.teamFailureRate = m_teamFailure->value() / 100.0;
    v.thresholds.criticalTeamFailureRate = m_criticalTeamFailure->value() / 100.0;
    v.thresholds.minClosed = m_minClosed->value();
    return v;
}

void PreferencesDialog::setValues(const PreferenceValues &v)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(v.language)));
    m_database->setText(v.defaultDatabase);
    m_muted->setChecked(v.notificationsMuted);
    m_bom->setChecked(v.csvBom);
    m_headers->setCurrentIndex(std::max(0, m_headers->findData(int(v.csvHeaders))));
    m_provenance->setCurrentIndex(std::max(0, m_provenance->findData(int(v.csvProvenance))));
    m_refresh->setValue(v.refreshSeconds);
    m_successDrop->setValue(v.thresholds.successDropPoints);
    m_criticalSuccessDrop->setValue(v.thresholds.criticalSuccessDropPoints);
    m_failureAbove->setValue(v.thresholds.failureAboveTeamPoints);
    m_criticalFailureAbove->setValue(v.thresholds.criticalFailureAboveTeamPoints);
    m_teamFailure->setValue(int(std::lround(v.thresholds.teamFailureRate * 100)));
    m_criticalTeamFailure->setValue(int(std::lround(v.thresholds.criticalTeamFailureRate * 100)));
    m_minClosed->setValue(int(v.thresholds.minClosed));
}

void PreferencesDialog::restoreDefaults()
{
    setValues(PreferenceValues::defaults());
    updateProblem();
}

QString PreferencesDialog::problemText() const
{
    if (!m_saveError.isEmpty()) {
        return m_saveError;
    }
    if (const QString p = values().problem(); !p.isEmpty()) {
        return p;
    }
    if (m_zone->isEnabled() && m_zone->zone().isEmpty()) {
        return tr("Choose the team's time zone in the list: the search matches none.");
    }
    return QString();
}

bool PreferencesDialog::canSave() const
{
    return problemText().isEmpty();
}

void PreferencesDialog::updateProblem()
{
    m_saveError.clear(); // an edit may have fixed what the last save ran into
    const QString problem = problemText();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty());
}

bool PreferencesDialog::save()
{
    updateProblem();
    if (!canSave()) {
        return false;
    }
    // The team's zone first: it can fail (the store is busy or read-only), and then nothing is saved.
    const QString zone = m_zone->zone();
    if (m_db && m_zone->isEnabled() && zone != m_teamZone) {
        auto version = [&] {
            const WaitCursor busy; // the day figures are rebuilt for the new zone
            return RuleService(Context{*m_db, m_clock, QStringLiteral("manager")}).setTimeZone(zone);
        }();
        if (!version) {
            m_saveError = tr("The team's time zone could not be changed: %1").arg(version.error().message);
            m_problem->setText(m_saveError);
            m_problem->show();
            return false;
        }
        m_teamZone = zone;
        m_ruleVersion = *version;
        m_zoneNow->setText(tr("The team works in %1 (rule set version %2).").arg(m_teamZone).arg(m_ruleVersion));
        emit teamTimeZoneChanged(zone);
    }
    const PreferenceValues v = values();
    const bool newLanguage = v.language != m_settings.language();
    v.saveTo(m_settings);
    if (newLanguage && m_askRestart) {
        const auto answer = QMessageBox::question(this, tr("Language"),
                                                  tr("The new language applies when GrabDesk restarts. Restart now?"),
                                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes) {
            emit restartRequested();
        }
    }
    return true;
}

void PreferencesDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

} // namespace grab::ui
