#pragma once

#include "base/error.h"
#include "io/atomicfile.h"

#include <QCryptographicHash>
#include <QIODevice>
#include <QStringEncoder>

#include <functional>

namespace grab {

// Where an export's bytes go: an AtomicFile (a temporary file in the same folder, synced and
// renamed over FILE only by commit(), so a cancelled or failed export leaves nothing behind, not
// even a half-written file over an older one), with the SHA-256 and the byte count of everything
// written. A QIODevice, so that writers built on CsvWriter (the review export) write through it.
//
// The row API is the fast path for big reports: cells are appended as UTF-8 to one buffer
// (no QString or QByteArray per cell) with exactly CsvWriter's rules — quoted when they hold a
// comma, quote, CR or LF, a text cell starting with = + - @ tab or CR prefixed with ' — and the
// buffer goes to the file every 256 KiB, so memory stays flat whatever the row count.
class ExportSink final : public QIODevice
{
public:
    // Called with (rows written, rows expected; 0 when unknown) about every 2,000 rows;
    // returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit ExportSink(const QString &path, Progress progress = {});
    ~ExportSink() override;

    Status open();
    // The rows a count query found: prepare() refuses a file that holds any other number (a read
    // cut short by a damaged page must never pass for a whole report).
    void setExpectedRows(qint64 total)
    {
        m_total = total;
        m_expected = total;
    }

    // Row API (call endRow() after each row's cells).
    void text(QStringView cell);
    void number(qint64 value);
    void ascii(const char *data, qsizetype size); // a cell known to need no quoting or guard
    void empty();
    bool endRow();              // false once cancelled or failed: stop writing
    void line(QStringView raw); // a line written as it is (provenance comments), CRLF added

    void addRows(qint64 n) { m_rows += n; } // rows written by someone else through write()
    qint64 rows() const { return m_rows; }
    bool cancelled() const { return m_cancelled; }
    bool failed() const { return m_failed; }
    // Why a write failed, as one sentence naming the cause ("The disk is full: …").
    Error writeError() const { return m_file.error(); }

    // Flushes and syncs the temporary file: after it, rows, bytes and the SHA-256 are final and
    // only the rename is left. Fails if cancelled or a write failed (the temporary file is gone).
    Status prepare();
    // prepare() if not done yet, then renames the temporary file over the target.
    Status commit();
    // Drops the temporary file (also what the destructor does when commit() was not reached).
    void discard();

    qint64 bytesWritten() const { return m_bytes; }
    QString sha256Hex() const { return QString::fromLatin1(m_finalHash.toHex()); }

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    void separator();
    bool flushBuffer();

    AtomicFile m_file;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QByteArray m_finalHash;
    QStringEncoder m_utf8{QStringEncoder::Utf8};
    QByteArray m_buffer;
    Progress m_progress;
    qint64 m_total = 0;
    qint64 m_expected = -1; // -1: not counted
    qint64 m_rows = 0;
    qint64 m_bytes = 0;
    bool m_rowStarted = false;
    bool m_cancelled = false;
    bool m_failed = false;
    bool m_prepared = false;
    bool m_committed = false;
};

} // namespace grab
