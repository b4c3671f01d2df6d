#pragma once

#include "services/metrics/dashboardalerts.h"
#include "services/export/exportspec.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

class QSettings;

namespace grab::ui {

// The one typed settings layer: every key with its default in one place, typed getters and
// setters, and changed() when a value moves. Window geometry and layout, the last page, the
// feed's filter, the dashboards' period. Versioned: migrate() upgrades what older versions
// wrote (see kVersion).
class AppSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    // The default store (the user's GrabDesk settings), or a file of its own (tests, --settings).
    explicit AppSettings(QObject *parent = nullptr);
    explicit AppSettings(const QString &iniFile, QObject *parent = nullptr);
    ~AppSettings() override;

    static constexpr int kVersion = 1;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &value);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &value);
    int lastPage() const; // 0 = Board
    void setLastPage(int value);
    // A splitter or header layout by name ("board/main", "board/poolHeader", ...).
    QByteArray layout(const QString &name) const;
    void setLayout(const QString &name, const QByteArray &value);
    int feedFilter() const; // index into the feed's filter list; 0 = everything but publications
    void setFeedFilter(int value);
    int simulatorRate() const; // events per second the simulator menu starts with
    void setSimulatorRate(int value);
    int dashboardPeriod() const; // the dashboards' period preset (PeriodPreset); 2 = this month
    void setDashboardPeriod(int value);
    // The interface language: "" follows the system locale, otherwise "en" or "zh_CN".
    // Read once at start-up (a change applies at the next start).
    QString language() const;
    void setLanguage(const QString &value);

    // Preferences (ui/preferences). The file grabdesk opens when started without --db; "" =
    // Database::defaultPath().
    QString defaultDatabase() const;
    void setDefaultDatabase(const QString &value);
    // CSV defaults: where the Reports page starts. Header language "follow the UI" is
    // resolved at export time (csvHeaderLanguage()).
    enum class CsvHeaders { FollowUi = 0, English = 1, Chinese = 2 };
    bool csvBom() const;
    void setCsvBom(bool value);
    CsvHeaders csvHeaders() const;
    void setCsvHeaders(CsvHeaders value);
    Provenance csvProvenance() const;
    void setCsvProvenance(Provenance value);
    static HeaderLanguage resolve(CsvHeaders headers); // FollowUi: Chinese on a Chinese UI
    // The Reports page's last choices. Unset until the user changes a control there; new
    // CSV defaults clear them (resetReportChoices()), so the page starts from the defaults again.
    std::optional<bool> reportBom() const;
    std::optional<HeaderLanguage> reportHeaders() const;
    std::optional<Provenance> reportProvenance() const;
    void setReportChoices(bool bom, HeaderLanguage headers, Provenance provenance);
    void resetReportChoices();
    // The import wizard's column choices for one header set (columnguess::headerSetKey): a field
    // key or "-" (ignore) per column; empty when none was made.
    QStringList importMapping(const QString &headerSetKey) const;
    void setImportMapping(const QString &headerSetKey, const QStringList &choices);
    // Whether the Reports page writes an Excel workbook (.xlsx, the default) or CSV.
    bool reportWorkbook() const;
    void setReportWorkbook(bool workbook);
    // How often, at most, the dashboards re-read while live events arrive and the page is on
    // screen, in seconds (kMinRefresh..kMaxRefresh, default 5).
    static constexpr int kMinRefreshSeconds = 1;
    static constexpr int kMaxRefreshSeconds = 600;
    int refreshSeconds() const;
    void setRefreshSeconds(int value);
    // The dashboards' alert thresholds (DashboardService); defaults are AlertThresholds{}.
    AlertThresholds alertThresholds() const;
    void setAlertThresholds(const AlertThresholds &value);
    // Tray notifications of escalations: muted or not (the tray menu and Preferences).
    bool notificationsMuted() const;
    void setNotificationsMuted(bool value);

    void sync();

signals:
    void changed(const QString &key);

private:
    QVariant value(const QString &key, const QVariant &fallback) const;
    void setValue(const QString &key, const QVariant &value);
    void migrate();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace grab::ui
