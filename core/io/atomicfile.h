#pragma once

#include "base/error.h"

#include <QByteArray>
#include <QString>

namespace grab {

// A file that is either written whole or not at all, and says so truthfully. The bytes go to a
// temporary file beside the target; commit() checks every write (the last one included), makes
// the data durable with a checked fdatasync, renames the temporary file over the target and
// fsyncs the folder, so the new name survives a power cut too. Any failure removes the
// temporary file and leaves the target as it was.
//
// Why not QSaveFile: it ignores the result of its own sync and never syncs the folder; and an
// export that hit a full disk went on to rename an empty file over a good one.
//
// The new file follows the umask, as any document does (0666 & ~umask), unless a mode is given.
class AtomicFile final
{
public:
    explicit AtomicFile(QString target, int mode = 0666);
    ~AtomicFile(); // discards an uncommitted file
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    Status open();
    // Writes all of `data` or records why not; false once anything failed (later writes are
    // counted but not attempted, so the message can say how much was meant to be written).
    bool write(const char *data, qint64 size);
    bool write(const QByteArray &data) { return write(data.constData(), data.size()); }

    // fdatasync and close, checked: the bytes are on the disk under the temporary name. For two
    // files that go together (an export and its side-car): prepare both, then commit both, so
    // that a full disk fails before either target is replaced.
    Status prepare();
    // prepare() if not done yet, then the rename over the target and an fsync of the folder.
    Status commit();
    // Removes the temporary file; the target is untouched.
    void discard();

    bool failed() const { return m_errno != 0; }
    const QString &target() const { return m_target; }
    qint64 bytesWritten() const { return m_written; }
    // The error as one sentence: "The disk is full: 0 of 1,154 bytes written to FILE, which was
    // left as it was."
    Error error() const;

private:
    void fail(int err, const char *step);

    QString m_target;
    QByteArray m_tempPath;
    int m_mode = 0666;
    int m_fd = -1;
    qint64 m_written = 0;   // bytes the disk took
    qint64 m_attempted = 0; // bytes the caller gave
    int m_errno = 0;
    const char *m_step = "";
    bool m_prepared = false;
    bool m_done = false;
};

// The sentence for a failed file operation on `path`, named by its cause (disk full, no
// permission, read-only file system, an I/O error).
QString fileErrorSentence(int err, const QString &path);

} // namespace grab
