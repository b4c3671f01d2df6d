#pragma once

#include "common/appsettings.h"

#include <QCoreApplication>
#include <QString>

namespace grab::ui {

// The desktop preferences as one plain value: read from AppSettings, checked, written back.
// The team's time zone is not here: it is team data, kept in the rule set (RuleService).
struct PreferenceValues
{
    Q_DECLARE_TR_FUNCTIONS(PreferenceValues)

public:
    QString language; // "" = the system's, "en", "zh_CN"
    QString defaultDatabase; // "" = Database::defaultPath()
    bool csvBom = true;
    AppSettings::CsvHeaders csvHeaders = AppSettings::CsvHeaders::FollowUi;
    Provenance csvProvenance = Provenance::Sidecar;
    int refreshSeconds = 5;
    AlertThresholds thresholds;
    bool notificationsMuted = false;

    static PreferenceValues defaults();
    static PreferenceValues from(const AppSettings &settings);
    void saveTo(AppSettings &settings) const;

    // The first thing that keeps these values from being saved, as one sentence for the
    // manager; empty when they can be saved.
    QString problem() const;

    bool operator==(const PreferenceValues &) const;
};

} // namespace grab::ui
