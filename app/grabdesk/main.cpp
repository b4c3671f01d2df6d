#include "shell/mainwindow.h"
#include "shell/startup.h"
#include "store/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("GrabDesk"));
    QApplication::setApplicationVersion(QStringLiteral(GRABDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("GrabDesk: the console for a team of order grabbers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The database file (default: %1).").arg(grab::Database::defaultPath()),
                                QStringLiteral("PATH"));
    parser.addOption(db);
    parser.process(app);

    const bool isDefault = !parser.isSet(db);
    const QString path = isDefault ? grab::Database::defaultPath() : parser.value(db);
    auto opened = grab::ui::openOrCreateDemo(path, isDefault);
    if (!opened) {
        std::fprintf(stderr, "grabdesk: %s\n", qPrintable(opened.error().message));
        QMessageBox::critical(nullptr, QObject::tr("GrabDesk"), opened.error().message);
        return grab::exitCodeFor(opened.error().code);
    }
    grab::ui::MainWindow window(std::move(*opened));
    window.show();
    return app.exec();
}
