#include "appsettings.h"

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

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace grab::ui
