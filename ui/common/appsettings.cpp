#include "appsettings.h"

#include <QLocale>
#include <QSettings>

namespace grab::ui {
namespace {

const QString kVersionKey = QStringLiteral("settingsVersion");
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kPage = QStringLiteral("mainWindow/page");
const QString kFeedFilter = QStringLiteral("board/feedFilter");
const QString kSimulatorRate = QStringLiteral("simulator/rate");
const QString kDashboardPeriod = QStringLiteral("dashboard/period");
const QString kLanguage = QStringLiteral("ui/language");
const QString kDefaultDatabase = QStringLiteral("preferences/defaultDatabase");
const QString kCsvBom = QStringLiteral("csv/bom");
const QString kCsvHeaders = QStringLiteral("csv/headers");
const QString kCsvProvenance = QStringLiteral("csv/provenance");
const QString kReportBom = QStringLiteral("reports/bom");
const QString kReportHeaders = QStringLiteral("reports/headers");
const QString kReportProvenance = QStringLiteral("reports/provenance");
const QString kReportWorkbook = QStringLiteral("reports/workbook");
const QString kRefresh = QStringLiteral("dashboard/refreshSeconds");
const QString kMuted = QStringLiteral("notifications/muted");
const QString kAlerts = QStringLiteral("alerts/");

// Header languages as stored: words, not enum numbers, so the file reads plainly.
QString headersKey(AppSettings::CsvHeaders h)
{
    switch (h) {
    case AppSettings::CsvHeaders::English:
        return QStringLiteral("en");
    case AppSettings::CsvHeaders::Chinese:
        return QStringLiteral("zh");
    case AppSettings::CsvHeaders::FollowUi:
        break;
    }
    return QStringLiteral("ui");
}

std::optional<AppSettings::CsvHeaders> headersFromKey(const QString &key)
{
    if (key == u"ui") {
        return AppSettings::CsvHeaders::FollowUi;
    }
    if (key == u"en") {
        return AppSettings::CsvHeaders::English;
    }
    if (key == u"zh") {
        return AppSettings::CsvHeaders::Chinese;
    }
    return std::nullopt;
}


} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("GrabDesk"),
                                                              QStringLiteral("GrabDesk")))
{
    migrate();
}

AppSettings::AppSettings(const QString &iniFile, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
    migrate();
}

AppSettings::~AppSettings() = default;

void AppSettings::migrate()
{
    const int stored = m_settings->value(kVersionKey, 0).toInt();
    if (stored > kVersion) {
        return; // written by a newer GrabDesk: read what we know, change nothing
    }
    // Version 0 -> 1: nothing to carry over yet; later versions rename or convert keys here,
    // one step at a time.
    if (stored != kVersion) {
        m_settings->setValue(kVersionKey, kVersion);
    }
}

QVariant AppSettings::value(const QString &key, const QVariant &fallback) const
{
    return m_settings->value(key, fallback);
}

void AppSettings::setValue(const QString &key, const QVariant &value)
{
    if (m_settings->value(key) == value) {
        return;
    }
    m_settings->setValue(key, value);
    emit changed(key);
}

QByteArray AppSettings::windowGeometry() const { return value(kGeometry, QByteArray()).toByteArray(); }
void AppSettings::setWindowGeometry(const QByteArray &v) { setValue(kGeometry, v); }
QByteArray AppSettings::windowState() const { return value(kState, QByteArray()).toByteArray(); }
void AppSettings::setWindowState(const QByteArray &v) { setValue(kState, v); }
int AppSettings::lastPage() const { return std::clamp(value(kPage, 0).toInt(), 0, 5); }
void AppSettings::setLastPage(int v) { setValue(kPage, v); }
QByteArray AppSettings::layout(const QString &name) const { return value(QStringLiteral("layout/") + name, QByteArray()).toByteArray(); }
void AppSettings::setLayout(const QString &name, const QByteArray &v) { setValue(QStringLiteral("layout/") + name, v); }
int AppSettings::feedFilter() const { return std::max(0, value(kFeedFilter, 0).toInt()); }
void AppSettings::setFeedFilter(int v) { setValue(kFeedFilter, v); }
int AppSettings::simulatorRate() const { return std::clamp(value(kSimulatorRate, 20).toInt(), 1, 1000); }
void AppSettings::setSimulatorRate(int v) { setValue(kSimulatorRate, v); }
int AppSettings::dashboardPeriod() const { return std::clamp(value(kDashboardPeriod, 2).toInt(), 0, 4); }
void AppSettings::setDashboardPeriod(int v) { setValue(kDashboardPeriod, v); }
QString AppSettings::language() const
{
    // Only the languages GrabDesk ships; anything else (a hand-edited file) follows the system.
    const QString stored = value(kLanguage, QString()).toString();
    return (stored == QLatin1String("en") || stored == QLatin1String("zh_CN")) ? stored : QString();
}
void AppSettings::setLanguage(const QString &v) { setValue(kLanguage, v); }

QString AppSettings::defaultDatabase() const { return value(kDefaultDatabase, QString()).toString(); }
void AppSettings::setDefaultDatabase(const QString &v) { setValue(kDefaultDatabase, v); }
bool AppSettings::csvBom() const { return value(kCsvBom, true).toBool(); }
void AppSettings::setCsvBom(bool v) { setValue(kCsvBom, v); }
AppSettings::CsvHeaders AppSettings::csvHeaders() const
{
    return headersFromKey(value(kCsvHeaders, QString()).toString()).value_or(CsvHeaders::FollowUi);
}
void AppSettings::setCsvHeaders(CsvHeaders v) { setValue(kCsvHeaders, headersKey(v)); }
Provenance AppSettings::csvProvenance() const
{
    // The side-car by default: Excel shows `#` comment lines as rows.
    return provenanceFromString(value(kCsvProvenance, QString()).toString()).value_or(Provenance::Sidecar);
}
void AppSettings::setCsvProvenance(Provenance v) { setValue(kCsvProvenance, toString(v)); }

HeaderLanguage AppSettings::resolve(CsvHeaders headers)
{
    switch (headers) {
    case CsvHeaders::English:
        return HeaderLanguage::English;
    case CsvHeaders::Chinese:
        return HeaderLanguage::Chinese;
    case CsvHeaders::FollowUi:
        break;
    }
    return QLocale().language() == QLocale::Chinese ? HeaderLanguage::Chinese : HeaderLanguage::English;
}

std::optional<bool> AppSettings::reportBom() const
{
    return m_settings->contains(kReportBom) ? std::optional<bool>(m_settings->value(kReportBom).toBool()) : std::nullopt;
}

std::optional<HeaderLanguage> AppSettings::reportHeaders() const
{
    const auto h = headersFromKey(value(kReportHeaders, QString()).toString());
    if (!h || *h == CsvHeaders::FollowUi) {
        return std::nullopt;
    }
    return resolve(*h);
}

std::optional<Provenance> AppSettings::reportProvenance() const
{
    return provenanceFromString(value(kReportProvenance, QString()).toString());
}

QStringList AppSettings::importMapping(const QString &headerSetKey) const
{
    return value(QStringLiteral("import/mapping/") + headerSetKey, QStringList()).toStringList();
}

void AppSettings::setImportMapping(const QString &headerSetKey, const QStringList &choices)
{
    setValue(QStringLiteral("import/mapping/") + headerSetKey, choices);
}

bool AppSettings::reportWorkbook() const
{
    return value(kReportWorkbook, true).toBool();
}

void AppSettings::setReportWorkbook(bool workbook)
{
    setValue(kReportWorkbook, workbook);
}

void AppSettings::setReportChoices(bool bom, HeaderLanguage headers, Provenance provenance)
{
    setValue(kReportBom, bom);
    setValue(kReportHeaders, headersKey(headers == HeaderLanguage::Chinese ? CsvHeaders::Chinese : CsvHeaders::English));
    setValue(kReportProvenance, toString(provenance));
}

void AppSettings::resetReportChoices()
{
    for (const QString &key : {kReportBom, kReportHeaders, kReportProvenance}) {
        if (m_settings->contains(key)) {
            m_settings->remove(key);
            emit changed(key);
        }
    }
}

int AppSettings::refreshSeconds() const { return std::clamp(value(kRefresh, 5).toInt(), kMinRefreshSeconds, kMaxRefreshSeconds); }
void AppSettings::setRefreshSeconds(int v) { setValue(kRefresh, v); }

AlertThresholds AppSettings::alertThresholds() const
{
    // A value that is missing, not a number or negative keeps its default.
    const AlertThresholds d;
    const auto read = [this](const char *name, double fallback) {
        bool ok = false;
        const double v = value(kAlerts + QLatin1String(name), fallback).toDouble(&ok);
        return ok && v >= 0 ? v : fallback;
    };
    AlertThresholds t;
    t.successDropPoints = read("successDropPoints", d.successDropPoints);
    t.criticalSuccessDropPoints = read("criticalSuccessDropPoints", d.criticalSuccessDropPoints);
    t.failureAboveTeamPoints = read("failureAboveTeamPoints", d.failureAboveTeamPoints);
    t.criticalFailureAboveTeamPoints = read("criticalFailureAboveTeamPoints", d.criticalFailureAboveTeamPoints);
    t.teamFailureRate = read("teamFailureRate", d.teamFailureRate);
    t.criticalTeamFailureRate = read("criticalTeamFailureRate", d.criticalTeamFailureRate);
    t.minClosed = qint64(read("minClosed", double(d.minClosed)));
    return t;
}

void AppSettings::setAlertThresholds(const AlertThresholds &t)
{
    setValue(kAlerts + QStringLiteral("successDropPoints"), t.successDropPoints);
    setValue(kAlerts + QStringLiteral("criticalSuccessDropPoints"), t.criticalSuccessDropPoints);
    setValue(kAlerts + QStringLiteral("failureAboveTeamPoints"), t.failureAboveTeamPoints);
    setValue(kAlerts + QStringLiteral("criticalFailureAboveTeamPoints"), t.criticalFailureAboveTeamPoints);
    setValue(kAlerts + QStringLiteral("teamFailureRate"), t.teamFailureRate);
    setValue(kAlerts + QStringLiteral("criticalTeamFailureRate"), t.criticalTeamFailureRate);
    setValue(kAlerts + QStringLiteral("minClosed"), t.minClosed);
}

bool AppSettings::notificationsMuted() const { return value(kMuted, false).toBool(); }
void AppSettings::setNotificationsMuted(bool v) { setValue(kMuted, v); }

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace grab::ui
