#include "drivernoise.h"

#include <QtGlobal>
#include <QString>

namespace grab {
namespace {

QtMessageHandler g_previous = nullptr;

bool isLostConnectionEcho(QtMsgType type, const QString &message)
{
    return type == QtWarningMsg
           && (message.startsWith(QLatin1String("Unable to free statement: no connection to the server"))
               || message.startsWith(QLatin1String("QSqlQuery::prepare: database not open"))
               || message.startsWith(QLatin1String("QSqlQuery::exec: database not open")));
}

void filter(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (isLostConnectionEcho(type, message)) {
        return;
    }
    if (g_previous) {
        g_previous(type, context, message);
    }
}

} // namespace

void quietLostConnectionEchoes()
{
    g_previous = qInstallMessageHandler(filter);
}

} // namespace grab
