#include "pgpass.h"

#include "io/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace grab::pgpass {
namespace {

QString escaped(QString field)
{
    field.replace(u'\\', QStringLiteral("\\\\"));
    field.replace(u':', QStringLiteral("\\:"));
    return field;
}

// The first four fields of a line as written (escapes kept), to compare with key().
QString keyOf(const QString &line)
{
    int fields = 0;
    for (int i = 0; i < line.size(); ++i) {
        if (line.at(i) == u'\\') {
            ++i;
        } else if (line.at(i) == u':' && ++fields == 4) {
            return line.left(i);
        }
    }
    return {};
}

} // namespace

QString filePath()
{
    const QString given = qEnvironmentVariable("PGPASSFILE");
    return given.isEmpty() ? QDir::home().filePath(QStringLiteral(".pgpass")) : given;
}

QString key(const DatabaseLocation &location)
{
    // libpq matches a connection to the default socket as "localhost"; a socket folder as itself.
    const QString host = location.host.isEmpty() ? QStringLiteral("localhost") : location.host;
    const QString port = location.port > 0 ? QString::number(location.port) : QStringLiteral("5432");
    const QString user = location.user.isEmpty() ? qEnvironmentVariable("USER") : location.user;
    return QStringList{escaped(host), escaped(port), escaped(location.database), escaped(user)}.join(u':');
}

Status remember(const DatabaseLocation &location, const QString &password)
{
    const QString path = filePath();
    const QString mine = key(location);
    QByteArray kept;
    QFile old(path);
    if (old.exists()) {
        if (!old.open(QIODevice::ReadOnly)) {
            return makeError(ErrorCode::DatabaseUnusable,
                             QCoreApplication::translate("grab::pgpass", "Cannot read %1: %2. The password was not stored.").arg(path, old.errorString()),
                             QStringLiteral("pgpass_unreadable"));
        }
        const QList<QByteArray> lines = old.readAll().split('\n');
        if (old.error() != QFileDevice::NoError) {
            return makeError(ErrorCode::DatabaseUnusable,
                             QCoreApplication::translate("grab::pgpass", "Cannot read %1: %2. The password was not stored.").arg(path, old.errorString()),
                             QStringLiteral("pgpass_unreadable"));
        }
        for (const QByteArray &line : lines) {
            if (!line.isEmpty() && keyOf(QString::fromUtf8(line)) != mine) {
                kept += line + '\n';
            }
        }
    }
    AtomicFile file(path, 0600);
    if (auto s = file.open(); !s) {
        return s;
    }
    file.write(kept);
    file.write((mine + u':' + escaped(password) + u'\n').toUtf8());
    return file.commit();
}

} // namespace grab::pgpass
