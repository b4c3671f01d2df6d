// Preferences offscreen: bad values cannot be saved (and say why), what is saved reads back,
// Restore Defaults, the team's time zone as a new rule-set version, the Reports page starting
// from the CSV defaults and remembering its last choices, the dashboards asking with the
// thresholds of the settings; the About dialog's versions and licences.
#include "testdb.h"

#include "dashboard/dashboardpage.h"
#include "preferences/preferencesdialog.h"
#include "common/timezonepicker.h"
#include "reports/reportspage.h"
#include "shell/aboutdialog.h"
#include "common/appsettings.h"
#include "shell/databasechoice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace grab;
using namespace grab::ui;
using grab::test::TestDb;

namespace {

template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w) {
        qFatal("no child %s", name);
    }
    return w;
}

QPushButton *okButton(QDialog &d)
{
    return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT
private slots:
    void badValuesCannotBeSavedAndSayWhy()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        TestDb t;
        PreferencesDialog d(settings, &t.db(), t.clock);
        QVERIFY(d.canSave());
        QVERIFY(okButton(d)->isEnabled());
        auto *problem = child<QLabel>(&d, "problem");
        QVERIFY(problem->isHidden());

        // A critical drop below the warning drop.
        child<QDoubleSpinBox>(&d, "successDrop")->setValue(20);
        child<QDoubleSpinBox>(&d, "criticalSuccessDrop")->setValue(10);
        QVERIFY(!okButton(d)->isEnabled());
        QVERIFY(!problem->isHidden());
        QVERIFY2(problem->text().contains(QStringLiteral("critical success-rate drop (10 points)")), qPrintable(problem->text()));
        QVERIFY(!d.save());
        QCOMPARE(settings.alertThresholds().successDropPoints, 15.0); // nothing saved
        child<QDoubleSpinBox>(&d, "criticalSuccessDrop")->setValue(30);
        QVERIFY(d.canSave());

        // A default database in a folder that does not exist.
        child<QLineEdit>(&d, "defaultDatabase")->setText(dir.filePath(QStringLiteral("no/such/folder/team.sqlite")));
        QVERIFY(!okButton(d)->isEnabled());
        QVERIFY2(problem->text().contains(QStringLiteral("folder of the default database does not exist")), qPrintable(problem->text()));
        child<QLineEdit>(&d, "defaultDatabase")->setText(dir.path());
        QVERIFY2(problem->text().contains(QStringLiteral("must be a file, not a folder")), qPrintable(problem->text()));
        child<QLineEdit>(&d, "defaultDatabase")->clear();

        // A team failure rate over its critical rate, and a search that hides every zone.
        child<QSpinBox>(&d, "teamFailure")->setValue(80);
        QVERIFY2(problem->text().contains(QStringLiteral("critical team failure rate")), qPrintable(problem->text()));
        child<QSpinBox>(&d, "teamFailure")->setValue(60);
        d.zonePicker()->setSearch(QStringLiteral("Atlantis"));
        QCOMPARE(d.zonePicker()->visibleCount(), 0);
        QVERIFY2(problem->text().contains(QStringLiteral("time zone")), qPrintable(problem->text()));
        QVERIFY(!d.save());
        d.zonePicker()->setSearch(QStringLiteral("shanghai"));
        QCOMPARE(d.zonePicker()->zone(), QStringLiteral("Asia/Shanghai"));
        QVERIFY(d.canSave());
        QVERIFY(okButton(d)->isEnabled());
    }

    void savedValuesReadBackAndRestoreDefaults()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("s.ini"));
        AppSettings settings(ini);
        QSignalSpy changed(&settings, &AppSettings::changed);
        {
            PreferencesDialog d(settings, nullptr, SystemClock());
            d.setAskToRestart(false);
            child<QComboBox>(&d, "language")->setCurrentIndex(2);
            child<QLineEdit>(&d, "defaultDatabase")->setText(dir.filePath(QStringLiteral("team.sqlite")));
            child<QCheckBox>(&d, "muted")->setChecked(true);
            child<QCheckBox>(&d, "csvBom")->setChecked(false);
            child<QComboBox>(&d, "csvHeaders")->setCurrentIndex(1);    // English keys
            child<QComboBox>(&d, "csvProvenance")->setCurrentIndex(2); // none
            child<QSpinBox>(&d, "refreshSeconds")->setValue(30);
            child<QDoubleSpinBox>(&d, "failureAbove")->setValue(10);
            child<QSpinBox>(&d, "minClosed")->setValue(20);
            QVERIFY(d.save());
        }
        QVERIFY(changed.count() > 0); // the pages hear it at once
        AppSettings again(ini); // what the next start reads
        QCOMPARE(again.language(), QStringLiteral("zh_CN"));
        QCOMPARE(again.defaultDatabase(), dir.filePath(QStringLiteral("team.sqlite")));
        QVERIFY(again.notificationsMuted());
        QVERIFY(!again.csvBom());
        QCOMPARE(again.csvHeaders(), AppSettings::CsvHeaders::English);
        QVERIFY(again.csvProvenance() == Provenance::None);
        QCOMPARE(again.refreshSeconds(), 30);
        QCOMPARE(again.alertThresholds().failureAboveTeamPoints, 10.0);
        QCOMPARE(again.alertThresholds().minClosed, 20);
        QCOMPARE(again.alertThresholds().successDropPoints, 15.0);

        // The dialog opens on what is saved; Restore Defaults puts back what GrabDesk ships.
        PreferencesDialog d(again, nullptr, SystemClock());
        d.setAskToRestart(false);
        QCOMPARE(child<QSpinBox>(&d, "refreshSeconds")->value(), 30);
        QVERIFY(!(d.values() == PreferenceValues::defaults()));
        d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
        QVERIFY(d.values() == PreferenceValues::defaults());
        QCOMPARE(child<QSpinBox>(&d, "refreshSeconds")->value(), 5);
        QVERIFY(child<QCheckBox>(&d, "csvBom")->isChecked());
        okButton(d)->click();
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QVERIFY(PreferenceValues::from(AppSettings(ini)) == PreferenceValues::defaults());
    }

    // The team's zone is team data: a new rule-set version and its rule_changed event, by the manager.
    void theTeamTimeZoneIsANewRuleVersion()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        TestDb t;
        const int versionBefore = RuleService(t.ctx()).current()->version;
        const int eventsBefore = t.count(QStringLiteral("SELECT count(*) FROM events WHERE type = 'rule_changed'"));
        PreferencesDialog d(settings, &t.db(), t.clock);
        QCOMPARE(d.teamZone(), QStringLiteral("Asia/Shanghai"));
        QCOMPARE(d.zonePicker()->zone(), QStringLiteral("Asia/Shanghai"));
        QVERIFY(child<QLabel>(&d, "zoneNow")->text().contains(QStringLiteral("Asia/Shanghai")));
        QSignalSpy zoneChanged(&d, &PreferencesDialog::teamTimeZoneChanged);

        d.zonePicker()->setSearch(QStringLiteral("berlin"));
        QCOMPARE(d.zonePicker()->zone(), QStringLiteral("Europe/Berlin"));
        QVERIFY(d.save());
        QCOMPARE(zoneChanged.count(), 1);
        const RuleSet now = *RuleService(t.ctx()).current();
        QCOMPARE(now.timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(now.version, versionBefore + 1);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM events WHERE type = 'rule_changed'")), eventsBefore + 1);
        QCOMPARE(t.text(QStringLiteral("SELECT actor FROM events WHERE type = 'rule_changed' ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("manager"));
        // Only the zone changed.
        RuleSet before = now;
        before.timeZone = QStringLiteral("Asia/Shanghai");
        QVERIFY(before == RuleSet::defaults(QStringLiteral("Asia/Shanghai")));
        // Saving again without a change writes no version.
        QVERIFY(d.save());
        QCOMPARE(RuleService(t.ctx()).current()->version, versionBefore + 1);
        QCOMPARE(zoneChanged.count(), 1);
        // The core refuses what is not a zone, and nothing changes.
        QVERIFY(!RuleService(t.ctx()).setTimeZone(QStringLiteral("Mars/Olympus")));
        QCOMPARE(RuleService(t.ctx()).current()->version, versionBefore + 1);
    }

    // Issue 7's leftover: the Reports page starts from the CSV defaults and remembers its choices.
    void theReportsPageStartsFromTheCsvDefaultsAndRemembers()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("s.ini"));
        AppSettings settings(ini);
        TestDb t;
        {
            PreferencesDialog d(settings, nullptr, t.clock);
            child<QCheckBox>(&d, "csvBom")->setChecked(false);
            child<QComboBox>(&d, "csvHeaders")->setCurrentIndex(2);    // Chinese
            child<QComboBox>(&d, "csvProvenance")->setCurrentIndex(2); // none
            QVERIFY(d.save());
        }
        {
            ReportsPage page(t.db(), t.clock, nullptr, &settings);
            const ExportSpec spec = page.currentSpec();
            QVERIFY(!spec.bom);
            QVERIFY(spec.headers == HeaderLanguage::Chinese);
            QVERIFY(spec.provenance == Provenance::None);
            // The manager changes the page: remembered for the next start.
            child<QCheckBox>(&page, "bom")->setChecked(true);
            auto *provenance = child<QComboBox>(&page, "provenance");
            provenance->setCurrentIndex(provenance->findData(int(Provenance::Sidecar)));
        }
        AppSettings next(ini);
        next.setReportWorkbook(false); // these are the CSV choices (a workbook has no BOM or comment lines)
        ReportsPage page(t.db(), t.clock, nullptr, &next);
        QVERIFY(page.currentSpec().bom);
        QVERIFY(page.currentSpec().provenance == Provenance::Sidecar);
        QVERIFY(page.currentSpec().headers == HeaderLanguage::Chinese);
        // New defaults in Preferences: the open page starts from them again, at once.
        PreferencesDialog d(next, nullptr, t.clock);
        child<QComboBox>(&d, "csvProvenance")->setCurrentIndex(1); // comment lines
        child<QComboBox>(&d, "csvHeaders")->setCurrentIndex(1);    // English keys
        QVERIFY(d.save());
        QVERIFY(page.currentSpec().provenance == Provenance::Comment);
        QVERIFY(page.currentSpec().headers == HeaderLanguage::English);
        QVERIFY(!page.currentSpec().bom); // the default, no longer the page's old choice
        QVERIFY(!next.reportBom().has_value());
    }

    // The dashboards compute with the thresholds and the refresh interval of the settings.
    void theDashboardsUseTheSettings()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        AlertThresholds mine;
        mine.successDropPoints = 7;
        mine.criticalSuccessDropPoints = 9;
        mine.minClosed = 3;
        settings.setAlertThresholds(mine);
        TestDb t;
        DashboardPage page(t.path(), t.clock, settings);
        QSignalSpy asked(&page, &DashboardPage::computeRequested);
        page.refresh();
        QVERIFY(!asked.isEmpty());
        auto request = asked.last().at(0).value<DashboardRequest>();
        QCOMPARE(request.thresholds.successDropPoints, 7.0);
        QCOMPARE(request.thresholds.minClosed, 3);
        QTRY_VERIFY_WITH_TIMEOUT(page.hasFigures(), 10000);
        // A change from Preferences recomputes at once with the new values.
        asked.clear();
        mine.failureAboveTeamPoints = 21;
        mine.criticalFailureAboveTeamPoints = 40;
        settings.setAlertThresholds(mine);
        QVERIFY(!asked.isEmpty());
        request = asked.last().at(0).value<DashboardRequest>();
        QCOMPARE(request.thresholds.failureAboveTeamPoints, 21.0);
    }

    // grabdesk without --db: the default database of Preferences, or the usual one with a sentence.
    void theDefaultDatabaseFallsBackWithASentence()
    {
        QTemporaryDir dir;
        qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toLocal8Bit()); // the usual file, here
        const QString usual = Database::defaultPath();
        QVERIFY(usual.startsWith(dir.path()));
        QCOMPARE(DatabaseChoice::choose(QString()).path, usual);
        QVERIFY(DatabaseChoice::choose(QString()).notice.isEmpty());

        const QString missing = dir.filePath(QStringLiteral("gone.sqlite"));
        const DatabaseChoice::Choice none = DatabaseChoice::choose(missing);
        QCOMPARE(none.path, usual);
        QVERIFY2(none.notice.contains(missing) && none.notice.contains(QStringLiteral("was not found")), qPrintable(none.notice));

        TestDb t; // an existing team database is used as it is
        const DatabaseChoice::Choice team = DatabaseChoice::choose(t.path());
        QCOMPARE(team.path, t.path());
        QVERIFY(!team.isDefaultLocation);
        QVERIFY(team.notice.isEmpty());

        // A file that is not a GrabDesk database: the usual one opens (a demo on first use), and why.
        const QString foreign = dir.filePath(QStringLiteral("notes.sqlite"));
        {
            QFile f(foreign);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("these are my notes, not a database\n");
        }
        DatabaseChoice::Choice choice;
        auto opened = DatabaseChoice::open(foreign, choice);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        QCOMPARE(opened->db->path(), usual);
        QCOMPARE(choice.path, usual);
        QVERIFY2(choice.notice.contains(foreign) && choice.notice.contains(QStringLiteral("could not be opened")), qPrintable(choice.notice));
        QFile f(foreign);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("these are my notes, not a database\n")); // untouched
    }

    void aboutSaysTheVersionsAndTheLicences()
    {
        TestDb t;
        auto engine = t.db().engineVersion();
        QVERIFY(engine);
        QVERIFY2(engine->startsWith(QStringLiteral("SQLite 3.")), qPrintable(*engine));
        AboutDialog about(t.path(), *engine);
        QCOMPARE(child<QLabel>(&about, "aboutVersion")->text(), QStringLiteral(GRABDESK_VERSION));
        QVERIFY(child<QLabel>(&about, "aboutQt")->text().startsWith(QString::fromLatin1(qVersion())));
        QCOMPARE(child<QLabel>(&about, "aboutSqlite")->text(), *engine);
        QCOMPARE(child<QLabel>(&about, "aboutDatabase")->text(), t.path());
        QStringList licences;
        for (int r = 0; r < about.licences()->rowCount(); ++r) {
            licences << about.licences()->item(r, 0)->text() + QLatin1Char('=') + about.licences()->item(r, 1)->text();
        }
        QVERIFY2(licences.contains(QStringLiteral("GrabDesk=GPL-3.0-or-later")), qPrintable(licences.join(u';')));
        QVERIFY(licences.contains(QStringLiteral("Qt Charts=GPL-3.0-only")));
        QVERIFY(licences.contains(QStringLiteral("SQLite=Public domain")));
        QVERIFY(licences.join(u';').contains(QStringLiteral("LGPL-3.0")));
        QVERIFY(licences.join(u';').contains(QStringLiteral("OFL-1.1")));
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
