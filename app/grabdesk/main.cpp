#include "shell/mainwindow.h"
#include "shell/startup.h"
#include "store/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>

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
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QObject::tr("The database file (default: %1).").arg(grab::Database::defaultPath()),
                                QStringLiteral("PATH"));
    parser.addOption(db);
    parser.process(app);

    const bool isDefault = !parser.isSet(db);
    const QString path = isDefault ? grab::Database::defaultPath() : parser.value(db);
    auto opened = grab::ui::openOrCreateDemo(path, isDefault);
    if (!opened) {
        const QString message = QObject::tr("GrabDesk cannot open %1: %2").arg(path, opened.error().message);
        std::fprintf(stderr, "grabdesk: %s\n", qPrintable(message));
        QMessageBox::critical(nullptr, QObject::tr("GrabDesk"), message);
        return 6; // the database is unusable, whatever the cause (the README's exit code 6)
    }
    grab::ui::MainWindow window(std::move(*opened));
    window.show();
    return app.exec();
}
