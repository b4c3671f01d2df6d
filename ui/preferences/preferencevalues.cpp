#include "preferencevalues.h"

#include "store/databaselocation.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace grab::ui {
namespace {

QString points(double v)
{
    return QLocale().toString(v, 'f', 0);
}

QString percent(double rate)
{
    return QLocale().toString(rate * 100, 'f', 0) + QStringLiteral(" %");
}

} // namespace

PreferenceValues PreferenceValues::defaults()
{
    return PreferenceValues{};
}

PreferenceValues PreferenceValues::from(const AppSettings &s)
{
    PreferenceValues v;
    v.language = s.language();
    v.defaultDatabase = s.defaultDatabase();
    v.csvBom = s.csvBom();
    v.csvHeaders = s.csvHeaders();
    v.csvProvenance = s.csvProvenance();
    v.refreshSeconds = s.refreshSeconds();
    v.thresholds = s.alertThresholds();
    v.notificationsMuted = s.notificationsMuted();
    return v;
}

void PreferenceValues::saveTo(AppSettings &s) const
{
    s.setLanguage(language);
    s.setDefaultDatabase(defaultDatabase);
    // The CSV defaults only when they change: saving them resets the Reports page's last choices.
    if (s.csvBom() != csvBom) {
        s.setCsvBom(csvBom);
    }
    if (s.csvHeaders() != csvHeaders) {
        s.setCsvHeaders(csvHeaders);
    }
    if (s.csvProvenance() != csvProvenance) {
        s.setCsvProvenance(csvProvenance);
    }
    s.setRefreshSeconds(refreshSeconds);
    s.setAlertThresholds(thresholds);
    s.setNotificationsMuted(notificationsMuted);
    s.sync();
}

QString PreferenceValues::problem() const
{
    if (defaultDatabase.contains(QLatin1String("://"))) {
        // A team server's address: it must be one libpq reads, and hold no password.
        if (auto location = DatabaseLocation::parse(defaultDatabase); !location) {
            return location.error().message;
        }
    } else if (!defaultDatabase.isEmpty()) {
        const QFileInfo file(defaultDatabase);
        if (file.isDir()) {
            return tr("The default database must be a file, not a folder: %1.").arg(defaultDatabase);
        }
        if (!file.absoluteDir().exists()) {
            return tr("The folder of the default database does not exist: %1.").arg(file.absolutePath());
        }
    }
    if (refreshSeconds < AppSettings::kMinRefreshSeconds || refreshSeconds > AppSettings::kMaxRefreshSeconds) {
        return tr("The refresh interval must be between %1 and %2 seconds.")
            .arg(AppSettings::kMinRefreshSeconds)
            .arg(AppSettings::kMaxRefreshSeconds);
    }
    const AlertThresholds &t = thresholds;
    if (t.successDropPoints <= 0 || t.failureAboveTeamPoints <= 0 || t.teamFailureRate <= 0 || t.minClosed < 1) {
        return tr("Every alert threshold must be above zero (and at least one closed order).");
    }
    if (t.criticalSuccessDropPoints < t.successDropPoints) {
        return tr("The critical success-rate drop (%1 points) cannot be smaller than the drop that raises the alert (%2 points).")
            .arg(points(t.criticalSuccessDropPoints), points(t.successDropPoints));
    }
    if (t.criticalFailureAboveTeamPoints < t.failureAboveTeamPoints) {
        return tr("The critical gap over the team's failure rate (%1 points) cannot be smaller than the gap that raises the alert (%2 points).")
            .arg(points(t.criticalFailureAboveTeamPoints), points(t.failureAboveTeamPoints));
    }
    if (t.teamFailureRate > 1 || t.criticalTeamFailureRate > 1) {
        return tr("A failure rate cannot be over 100 %.");
    }
    if (t.criticalTeamFailureRate < t.teamFailureRate) {
        return tr("The critical team failure rate (%1) cannot be lower than the rate that raises the alert (%2).")
            .arg(percent(t.criticalTeamFailureRate), percent(t.teamFailureRate));
    }
    return QString();
}

bool PreferenceValues::operator==(const PreferenceValues &o) const
{
    const AlertThresholds &a = thresholds;
    const AlertThresholds &b = o.thresholds;
    return language == o.language && defaultDatabase == o.defaultDatabase && csvBom == o.csvBom && csvHeaders == o.csvHeaders &&
           csvProvenance == o.csvProvenance && refreshSeconds == o.refreshSeconds && notificationsMuted == o.notificationsMuted &&
           a.successDropPoints == b.successDropPoints && a.criticalSuccessDropPoints == b.criticalSuccessDropPoints &&
           a.failureAboveTeamPoints == b.failureAboveTeamPoints && a.criticalFailureAboveTeamPoints == b.criticalFailureAboveTeamPoints &&
           a.teamFailureRate == b.teamFailureRate && a.criticalTeamFailureRate == b.criticalTeamFailureRate && a.minClosed == b.minClosed;
}

} // namespace grab::ui
