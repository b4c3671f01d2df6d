#include "protectedfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStringList>

#include <map>
#include <sys/stat.h>

namespace grab::protectedfiles {
namespace {

QMutex s_mutex;                      // databases are opened on several threads
std::map<QString, int> s_databases;  // absolute path -> how many open

const QStringList &suffixes()
{
    static const QStringList s{QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
    return s;
}

QString absolute(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

bool sameFile(const struct stat &a, const QString &path)
{
    struct stat b{};
    return ::stat(QFile::encodeName(path).constData(), &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

} // namespace

void add(const QString &databasePath)
{
    QMutexLocker lock(&s_mutex);
    ++s_databases[absolute(databasePath)];
}

void remove(const QString &databasePath)
{
    QMutexLocker lock(&s_mutex);
    auto it = s_databases.find(absolute(databasePath));
    if (it != s_databases.end() && --it->second <= 0) {
        s_databases.erase(it);
    }
}

bool contains(const QString &path)
{
    if (path.isEmpty()) {
        return false;
    }
    const QString candidate = absolute(path);
    struct stat st{};
    const bool exists = ::stat(QFile::encodeName(candidate).constData(), &st) == 0;
    QMutexLocker lock(&s_mutex);
    for (const auto &entry : s_databases) {
        for (const QString &suffix : suffixes()) {
            const QString file = entry.first + suffix;
            if (file == candidate || (exists && sameFile(st, file))) {
                return true;
            }
        }
    }
    return false;
}

Error refusal(const QString &path)
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("grab::ProtectedFiles", "%1 is the GrabDesk database in use (or one of its own files); "
                                                                         "choose another file.")
                         .arg(QDir::toNativeSeparators(path)),
                     QStringLiteral("database_file"));
}

Status check(const QString &path)
{
    if (contains(path)) {
        return refusal(path);
    }
    return Done{};
}

} // namespace grab::protectedfiles
