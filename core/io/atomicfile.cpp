#include "atomicfile.h"

#include "protectedfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace grab {

QString fileErrorSentence(int err, const QString &path)
{
    switch (err) {
    case ENOSPC:
    case EDQUOT:
        return QStringLiteral("The disk is full");
    case EFBIG:
        return QStringLiteral("The file is larger than this system allows");
    case EACCES:
    case EPERM:
        return QStringLiteral("There is no permission to write %1").arg(path);
    case EROFS:
        return QStringLiteral("The disk holding %1 is read-only").arg(path);
    case EIO:
        return QStringLiteral("The disk reported an input/output error");
    case ENOENT:
    case ENOTDIR:
        return QStringLiteral("The folder of %1 does not exist").arg(path);
    default:
        return QString::fromLocal8Bit(std::strerror(err));
    }
}

AtomicFile::AtomicFile(QString target, int mode) : m_target(std::move(target)), m_mode(mode) {}

AtomicFile::~AtomicFile()
{
    if (!m_done) {
        discard();
    }
}

Status AtomicFile::open()
{
    const QFileInfo info(m_target);
    // Renaming over an open database (an export saved as team.sqlite) would destroy it.
    if (auto s = protectedfiles::check(m_target); !s) {
        m_done = true;
        return s.error();
    }
    if (info.isDir()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 is a folder, not a file.").arg(m_target));
    }
    // A hidden name in the same folder, so that the rename stays on one file system.
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString name = QStringLiteral(".%1.%2.tmp").arg(info.fileName()).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        m_tempPath = QFile::encodeName(info.absoluteDir().filePath(name));
        m_fd = ::open(m_tempPath.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, m_mode);
        if (m_fd >= 0 || errno != EEXIST) {
            break;
        }
    }
    if (m_fd < 0) {
        const int err = errno;
        m_done = true;
        return makeError(ErrorCode::DatabaseUnusable, QStringLiteral("Cannot write %1: %2.").arg(m_target, fileErrorSentence(err, m_target)),
                         err == ENOSPC ? QStringLiteral("disk_full") : QStringLiteral("file_write"));
    }
    return Done{};
}

void AtomicFile::fail(int err, const char *step)
{
    if (m_errno == 0) {
        m_errno = err;
        m_step = step;
    }
}

bool AtomicFile::write(const char *data, qint64 size)
{
    m_attempted += size;
    if (m_errno != 0 || m_fd < 0) {
        if (m_fd < 0) {
            fail(EBADF, "write");
        }
        return false;
    }
    while (size > 0) {
        const ssize_t n = ::write(m_fd, data, size_t(size));
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            fail(errno, "write");
            return false;
        }
        if (n == 0) { // no progress and no error: treat as a full disk rather than spin
            fail(ENOSPC, "write");
            return false;
        }
        data += n;
        size -= n;
        m_written += n;
    }
    return true;
}

Status AtomicFile::prepare()
{
    if (m_done) {
        return makeError(ErrorCode::Internal, QStringLiteral("%1 was already finished.").arg(m_target));
    }
    if (m_prepared) {
        return Done{};
    }
    if (m_errno == 0 && m_fd >= 0 && ::fdatasync(m_fd) != 0) {
        fail(errno, "sync");
    }
    if (m_fd >= 0) {
        if (::close(m_fd) != 0 && m_errno == 0) {
            fail(errno, "close"); // NFS and some others report a failed write only here
        }
        m_fd = -1;
    }
    if (m_errno != 0) {
        const Error e = error();
        discard();
        return e;
    }
    m_prepared = true;
    return Done{};
}

Status AtomicFile::commit()
{
    if (auto s = prepare(); !s) {
        return s;
    }
    if (::rename(m_tempPath.constData(), QFile::encodeName(m_target).constData()) != 0) {
        fail(errno, "rename the finished file to");
    }
    if (m_errno != 0) {
        const Error e = error();
        discard();
        return e;
    }
    m_done = true;
    // The rename lives in the folder: sync it so that the new name survives a power cut. Some
    // file systems cannot sync a folder (EINVAL); the file itself is durable already.
    const QByteArray dir = QFile::encodeName(QFileInfo(m_target).absolutePath());
    const int dfd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        const int rc = ::fsync(dfd);
        const int err = errno;
        ::close(dfd);
        if (rc != 0 && err != EINVAL && err != EROFS) {
            m_errno = err;
            m_step = "sync the folder of";
            return error();
        }
    }
    return Done{};
}

void AtomicFile::discard()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_tempPath.isEmpty() && !m_done) {
        ::unlink(m_tempPath.constData());
    }
    m_done = true;
}

Error AtomicFile::error() const
{
    const QLocale english(QLocale::English, QLocale::UnitedStates); // "1,154", as every sentence here
    const QString cause = fileErrorSentence(m_errno, m_target);
    QString sentence;
    if (qstrcmp(m_step, "write") == 0) {
        sentence = QStringLiteral("%1: %2 of %3 bytes written to %4, which was left as it was.")
                       .arg(cause, english.toString(m_written), english.toString(m_attempted), m_target);
    } else if (qstrcmp(m_step, "sync") == 0 || qstrcmp(m_step, "close") == 0) {
        sentence = QStringLiteral("%1: the disk did not keep the %2 bytes meant for %3, which was left as it was.")
                       .arg(cause, english.toString(m_attempted), m_target);
    } else {
        sentence = QStringLiteral("%1: could not %2 %3.").arg(cause, QString::fromLatin1(m_step), m_target);
    }
    const bool full = m_errno == ENOSPC || m_errno == EDQUOT || m_errno == EFBIG;
    return makeError(ErrorCode::DatabaseUnusable, sentence, full ? QStringLiteral("disk_full") : QStringLiteral("file_write"));
}

} // namespace grab
