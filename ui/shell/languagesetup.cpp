#include "languagesetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace grab::ui {

namespace {

// The translators this class installed carry this name, so a second install() (tests switch
// languages in one process) removes exactly them and nobody else's.
const QString kTranslatorName = QStringLiteral("grabdesk-language");

void removeOurTranslators(QCoreApplication *app)
{
    const auto translators = app->findChildren<QTranslator *>(kTranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

bool load(QCoreApplication *app, const QString &file, const QString &directory = QString())
{
    auto *translator = new QTranslator(app);
    translator->setObjectName(kTranslatorName);
    if (!translator->load(file, directory) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}

} // namespace

bool LanguageSetup::isKnown(const QString &code)
{
    return code.isEmpty() || code == QLatin1String("en") || code == QLatin1String("zh_CN");
}

QString LanguageSetup::resolve(const QString &requested, const QLocale &system)
{
    if (requested == QLatin1String("en") || requested == QLatin1String("zh_CN")) {
        return requested;
    }
    // Any Chinese system gets the Simplified Chinese GrabDesk ships (a zh_TW manager reads it
    // better than English); every other language gets English.
    return system.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QLocale LanguageSetup::localeFor(const QString &language, const QLocale &system)
{
    if (language == QLatin1String("zh_CN")) {
        return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    }
    // English: the system's own English (or the C locale of a script) keeps its conventions;
    // a Chinese or German desktop asked for English gets en_US.
    if (system.language() == QLocale::English || system.language() == QLocale::C) {
        return system;
    }
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QString LanguageSetup::catalogue(const QString &language)
{
    return QStringLiteral(":/i18n/grabdesk_%1.qm").arg(language);
}

QString LanguageSetup::install(const QString &requested)
{
    QCoreApplication *app = QCoreApplication::instance();
    Q_ASSERT(app);
    const QString language = resolve(requested);
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);
    removeOurTranslators(app);
    if (language != QLatin1String("en")) {
        // Qt's catalogue is optional (qt6-translations-l10n may be missing): the standard
        // buttons then stay English and the rest of GrabDesk is still Chinese.
        load(app, QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    // English loads a catalogue too: its plural forms ("1 order", "2 orders").
    if (!load(app, catalogue(language))) {
        qWarning("grabdesk: the %s translation is missing from this build.", qPrintable(language));
    }
    return language;
}

} // namespace grab::ui
