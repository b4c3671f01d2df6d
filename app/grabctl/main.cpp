#include "cli.h"
#include "store/drivernoise.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    grab::quietLostConnectionEchoes();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("grabctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRABDESK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return grab::cli::run(args, out, err);
}
