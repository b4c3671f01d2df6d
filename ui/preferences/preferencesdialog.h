#pragma once

#include "preferencevalues.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace grab {
class Clock;
class Database;
}

namespace grab::ui {

class TimeZonePicker;

// Edit ▸ Preferences…: the desktop's preferences (language, default database, notifications,
// CSV defaults, the dashboards' refresh interval and alert thresholds) on AppSettings, and the
// team's time zone, which is team data: a change is a new rule-set version with its
// rule_changed event through RuleService, exactly as `grabctl rules set timeZone=...`.
// Values that cannot be saved keep OK disabled and say why in one sentence. OK saves; what can
// apply at once does (AppSettings::changed reaches the pages), the language at the next start.
// Restore Defaults puts the desktop preferences back (the team's zone is not a desktop default).
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    // `db` may be null (no team zone then). The dialog reads the rules once, when it opens.
    PreferencesDialog(AppSettings &settings, Database *db, const Clock &clock, QWidget *parent = nullptr);

    PreferenceValues values() const; // what the controls say now
    void setValues(const PreferenceValues &values);
    void restoreDefaults();
    QString problemText() const; // "" when the values can be saved
    bool canSave() const;
    // Validates and saves; false (and the sentence shown) when something could not be saved.
    bool save();
    // Tests: do not ask to restart after a language change (restartRequested is not emitted).
    void setAskToRestart(bool ask) { m_askRestart = ask; }

    QString teamZone() const { return m_teamZone; } // in the store, as of opening or the last save
    TimeZonePicker *zonePicker() const { return m_zone; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void teamTimeZoneChanged(const QString &ianaId);
    void restartRequested();

public slots:
    void accept() override;

private:
    QWidget *buildGeneral(Database *db);
    QWidget *buildTeam();
    QWidget *buildReports();
    QWidget *buildDashboards();
    void updateProblem();

    AppSettings &m_settings;
    Database *m_db;
    const Clock &m_clock;
    QString m_teamZone;
    int m_ruleVersion = 0;
    QString m_zoneError;
    QString m_saveError;
    bool m_askRestart = true;

    QTabWidget *m_tabs = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_database = nullptr;
    QCheckBox *m_muted = nullptr;
    TimeZonePicker *m_zone = nullptr;
    QLabel *m_zoneNow = nullptr;
    QCheckBox *m_bom = nullptr;
    QComboBox *m_headers = nullptr;
    QComboBox *m_provenance = nullptr;
    QSpinBox *m_refresh = nullptr;
    QDoubleSpinBox *m_successDrop = nullptr;
    QDoubleSpinBox *m_criticalSuccessDrop = nullptr;
    QDoubleSpinBox *m_failureAbove = nullptr;
    QDoubleSpinBox *m_criticalFailureAbove = nullptr;
    QSpinBox *m_teamFailure = nullptr;
    QSpinBox *m_criticalTeamFailure = nullptr;
    QSpinBox *m_minClosed = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace grab::ui
