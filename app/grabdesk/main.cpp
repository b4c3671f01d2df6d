#include "appicon.h"
#include "common/filedialog.h"
#include "grabbermode/grabberstartup.h"
#include "grabbermode/grabberwindow.h"
#include "common/appsettings.h"
#include "shell/languagesetup.h"
#include "shell/databasechoice.h"
#include "shell/mainwindow.h"
#include "shell/startup.h"
#include "store/database.h"
#include "store/drivernoise.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>
#include <memory>

namespace {

// One sentence on stderr and in a dialog (a grabdesk started from a launcher has no terminal).
void reportOpenError(const QString &message)
{
    std::fprintf(stderr, "grabdesk: %s\n", qPrintable(message));
    QMessageBox::critical(nullptr, QCoreApplication::translate("main", "GrabDesk"), message);
}

// --language VALUE or --language=VALUE, read before the parser so that its --help and every
// later text are already in that language. Empty when not given.
QString languageArgument(int argc, char *argv[], bool *given)
{
    *given = false;
    QString value;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--language" || arg == "-language") {
            *given = true;
            value = i + 1 < argc ? QString::fromLocal8Bit(argv[i + 1]) : QString();
        } else if (arg.startsWith("--language=")) {
            *given = true;
            value = QString::fromLocal8Bit(arg.mid(11));
        }
    }
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    // --version must work without a display (ssh, CI): answer it before QApplication needs one.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            std::printf("GrabDesk %s\n", GRABDESK_VERSION);
            return 0;
        }
    }
    // Qt's own file dialogs only, with no platform helper behind them (ui/common/filedialog.h:
    // a GTK chooser sniffs the files of the folder it shows, and that drops SQLite's locks).
    grab::ui::filedialog::preventNativeDialogs();
    grab::quietLostConnectionEchoes();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("GrabDesk"));
    QApplication::setApplicationVersion(QStringLiteral(GRABDESK_VERSION));
    QApplication::setWindowIcon(grab::appIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral(GRABDESK_APP_ID)); // the launcher's entry and icon

    // The language for this run: --language overrides the setting ("" follows the system).
    auto settings = std::make_unique<grab::ui::AppSettings>();
    bool languageGiven = false;
    const QString language = languageArgument(argc, argv, &languageGiven);
    if (languageGiven && (language.isEmpty() || !grab::ui::LanguageSetup::isKnown(language))) {
        std::fprintf(stderr, "grabdesk: --language must be en or zh_CN, not \"%s\".\n", qPrintable(language));
        return 2;
    }
    grab::ui::LanguageSetup::install(languageGiven ? language : settings->language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "GrabDesk: the console for a team of order grabbers."));
    const QCommandLineOption help = parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QCoreApplication::translate("main", "The database file (default: %1).").arg(grab::Database::defaultPath()),
                                QStringLiteral("PATH"));
    parser.addOption(db);
    const QCommandLineOption grabber(QStringLiteral("grabber"),
                                     QCoreApplication::translate("main", "Open grabber mode for grabber ID (the grab-only window) instead of the manager's window."),
                                     QStringLiteral("ID"));
    parser.addOption(grabber);
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QCoreApplication::translate("main", "Show GrabDesk in LANGUAGE for this run: en or zh_CN (default: the "
                                                        "Preferences setting, else the system language)."),
                                            QStringLiteral("LANGUAGE"));
    parser.addOption(languageOption);
    // A malformed command line is a usage error: exit 2, as grabctl (QCommandLineParser::process would exit 1).
    if (!parser.parse(QApplication::arguments())) {
        std::fprintf(stderr, "grabdesk: %s See grabdesk --help.\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        parser.showHelp(0);
    }

    // Without --db: the default database of Preferences when it is usable, else the usual file.
    const bool isDefault = !parser.isSet(db);
    const QString preferred = isDefault ? settings->defaultDatabase() : QString();
    grab::ui::DatabaseChoice::Choice choice = grab::ui::DatabaseChoice::choose(preferred);
    QString path = isDefault ? choice.path : parser.value(db);

    if (parser.isSet(grabber)) {
        const auto id = grab::ui::parseGrabberId(parser.value(grabber));
        if (!id) {
            std::fprintf(stderr, "grabdesk: --grabber must be a grabber id (a positive whole number), not \"%s\".\n",
                         qPrintable(parser.value(grabber)));
            return 2;
        }
        auto opened = grab::ui::openForGrabber(path, *id);
        if (!opened) {
            const bool noGrabber = opened.error().code == grab::ErrorCode::NotFound;
            reportOpenError(noGrabber ? QCoreApplication::translate("main", "GrabDesk cannot open grabber mode: %1").arg(opened.error().message)
                                      : QCoreApplication::translate("main", "GrabDesk cannot open %1: %2").arg(path, opened.error().message));
            return noGrabber ? 5 : 6; // the README's exit codes: no such grabber, database unusable
        }
        const grab::SystemClock clock;
        grab::ui::GrabberWindow window(std::move(*opened), *id, clock);
        window.show();
        return app.exec();
    }

    auto opened = isDefault ? grab::ui::DatabaseChoice::open(preferred, choice) : grab::ui::openOrCreateDemo(path, false);
    if (isDefault) {
        path = choice.path;
    }
    if (!opened) {
        reportOpenError(QCoreApplication::translate("main", "GrabDesk cannot open %1: %2").arg(path, opened.error().message));
        return 6; // the database is unusable, whatever the cause (the README's exit code 6)
    }
    grab::ui::MainWindow window(std::move(*opened), settings.get());
    if (!choice.notice.isEmpty()) {
        std::fprintf(stderr, "grabdesk: %s\n", qPrintable(choice.notice));
        window.showNotice(choice.notice);
    }
    window.show();
    return app.exec();
}
