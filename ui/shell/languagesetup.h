#pragma once

#include <QLocale>
#include <QString>

namespace grab::ui {

// The language GrabDesk speaks for one run, chosen once at start-up (a change in Preferences
// applies at the next start): the --language option, else AppSettings::language(), else the
// system locale. Only English and Simplified Chinese ship; any other system language gets
// English. Installs Qt's own translations (qtbase: the standard dialogs' buttons) and GrabDesk's
// embedded .qm on the application, and makes the chosen locale the default so that every
// QLocale() — and so ui/common/format — formats numbers and dates the same way.
class LanguageSetup final
{
public:
    // "en" or "zh_CN" for a requested code ("" = the system locale, `system`).
    static QString resolve(const QString &requested, const QLocale &system = QLocale::system());
    // True for the codes a user may ask for: "", "en", "zh_CN".
    static bool isKnown(const QString &code);
    // The locale GrabDesk formats with for a resolved language: the system's own when it
    // speaks that language (an en_GB manager keeps his dates), else en_US or zh_CN.
    static QLocale localeFor(const QString &language, const QLocale &system = QLocale::system());
    // Resolves, installs the translators (replacing any an earlier call installed) and sets the
    // default locale. Needs a QCoreApplication. Returns the language in use.
    static QString install(const QString &requested);
    // Where GrabDesk's own translation lives (embedded by qt_add_translations; English: plurals only).
    static QString catalogue(const QString &language);
};

} // namespace grab::ui
