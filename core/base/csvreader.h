#pragma once

#include "error.h"

#include <QIODevice>
#include <QString>
#include <QStringConverter>
#include <QStringList>

#include <optional>

namespace grab {

// One record of a CSV file, with the physical line it starts on (1-based) for error reports.
struct CsvRow
{
    qint64 line = 0;
    QStringList fields;
    // A problem inside this record that the reader would otherwise have had to guess about (a
    // stray quote in an unquoted field, text after a closing quote, a quote never closed): the
    // row is still returned so that the caller can report it with its line; `problemColumn`
    // is the 1-based cell where it was found.
    QString problem;
    int problemColumn = 0;
};

// A streaming RFC 4180 reader for the CSV files people bring from Excel and from `grabctl export`.
// Reads row by row in 64 KiB chunks: memory stays constant whatever the file's size, bounded by
// the longest field allowed (Limits).
//
// Encoding: a UTF-8 byte-order mark means UTF-8, a UTF-16 one UTF-16 (Excel's "Unicode text"); otherwise a file that is valid UTF-8 throughout
// is UTF-8 (a seekable file is checked whole, then read again from the start; a pipe is judged
// on its first 1 MiB); anything else is GB18030, the encoding of Chinese Excel's "CSV" export.
// GB18030 needs Qt built with ICU (Debian's is); without it open() fails with a clear error.
//
// Delimiter: the one of `,` `;` and tab that occurs most often outside quotes in the first
// record (the header); none of them (a one-column file) means `,`.
//
// Line ends CRLF, LF and CR are all accepted, outside quotes and inside them (a quoted line end
// is kept as it is in the file). Blank lines are skipped anywhere, so trailing empty lines are
// harmless. Ragged rows are returned as they are: the caller knows how many cells it expects.
//
// Comment block: lines at the very top that start with "# " (a hash and a space) are skipped,
// so a file `grabctl export --provenance comment` wrote reads back. Only before the header and
// only with the space: Excel tables whose first column is headed "#" still read as they are.
//
// Formula guard, reversed: CsvWriter puts a ' before a text cell starting with = + - @ tab or CR
// so that Excel shows it as text. With `unguardFormulas` the reader drops that ' again, and only
// that one: a cell starting with ' followed by one of those characters. So export -> import ->
// export gives the same bytes. The price, documented in the README: a value that really began
// with '= (an apostrophe, then a formula character) comes back without its apostrophe.
class CsvReader final
{
public:
    enum class Encoding { Utf8WithBom, Utf8, Utf16, Gb18030 };

    struct Options
    {
        std::optional<QChar> delimiter;     // detected when unset
        bool unguardFormulas = true;
        bool skipLeadingComments = true;
        qsizetype maxFieldChars = 1 << 20;  // 1 Mi characters: far above any real cell
        qsizetype maxFieldsPerRow = 4096;
    };

    explicit CsvReader(QIODevice *in);
    CsvReader(QIODevice *in, const Options &options);
    Q_DISABLE_COPY_MOVE(CsvReader)

    // Detects the encoding and the delimiter. The device must be open for reading.
    Status open();
    // The next record; false at the end of the input or on a fatal error (see error()).
    bool next(CsvRow &row);

    bool failed() const { return m_failed; }
    const Error &error() const { return m_error; }
    Encoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }
    // Bytes taken from the device so far (read ahead by up to one chunk), for progress.
    qint64 bytesRead() const { return m_bytesRead; }

    static QString encodingName(Encoding e);

private:
    Status detectEncoding();
    bool fill(); // decodes the next chunk into m_buf; false at the end or on a fatal error
    bool fail(const QString &message);
    void detectDelimiter();
    void skipLeadingComments();
    void finishField(CsvRow &row, QString &field, bool quoted);

    QIODevice *m_in;
    Options m_options;
    Encoding m_encoding = Encoding::Utf8;
    QChar m_delimiter = u',';
    QStringDecoder m_decoder;
    QString m_buf;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    bool m_prevCr = false;
    bool m_eof = false;
    bool m_failed = false;
    bool m_opened = false;
    Error m_error;
};

} // namespace grab
