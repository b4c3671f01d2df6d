#include "grabber/grabberstartup.h"
#include "grabber/grabberwindow.h"
#include "shell/appsettings.h"
#include "shell/databasechoice.h"
#include "shell/mainwindow.h"
#include "shell/startup.h"
#include "store/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>

namespace {

// One sentence on stderr and in a dialog (a grabdesk started from a launcher has no terminal).
void reportOpenError(const QString &message)
{
    std::fprintf(stderr, "grabdesk: %s\n", qPrintable(message));
    QMessageBox::critical(nullptr, QObject::tr("GrabDesk"), message);
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
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("GrabDesk"));
    QApplication::setApplicationVersion(QStringLiteral(GRABDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("GrabDesk: the console for a team of order grabbers."));
    const QCommandLineOption help = parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QObject::tr("The database file (default: %1).").arg(grab::Database::defaultPath()),
                                QStringLiteral("PATH"));
    parser.addOption(db);
    const QCommandLineOption grabber(QStringLiteral("grabber"),
                                     QObject::tr("Open grabber mode for grabber ID (the grab-only window) instead of the manager's window."),
                                     QStringLiteral("ID"));
    parser.addOption(grabber);
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
    const QString preferred = isDefault ? grab::ui::AppSettings().defaultDatabase() : QString();
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
            reportOpenError(noGrabber ? QObject::tr("GrabDesk cannot open grabber mode: %1").arg(opened.error().message)
                                      : QObject::tr("GrabDesk cannot open %1: %2").arg(path, opened.error().message));
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
        reportOpenError(QObject::tr("GrabDesk cannot open %1: %2").arg(path, opened.error().message));
        return 6; // the database is unusable, whatever the cause (the README's exit code 6)
    }
    grab::ui::MainWindow window(std::move(*opened));
    if (!choice.notice.isEmpty()) {
        std::fprintf(stderr, "grabdesk: %s\n", qPrintable(choice.notice));
        window.showNotice(choice.notice);
    }
    window.show();
    return app.exec();
}
