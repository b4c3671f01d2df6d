#include "csvreader.h"

#include <array>

namespace grab {
namespace {

constexpr qint64 kChunk = 64 * 1024;
constexpr qint64 kSniffBytes = 1 << 20; // what a pipe is judged on

// How a strict UTF-8 check of `data` ends: the length of an incomplete (so far valid) sequence
// at its end, to be checked again with more bytes, or -1 when the bytes are not UTF-8.
// Strict: no overlong forms, no surrogates, nothing above U+10FFFF.
qsizetype utf8Tail(const unsigned char *p, qsizetype n)
{
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned char lo = 0x80, hi = 0xBF; // the allowed range of the second byte
        if (b >= 0xC2 && b <= 0xDF) {
            len = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            len = 3;
            if (b == 0xE0) {
                lo = 0xA0;
            } else if (b == 0xED) {
                hi = 0x9F;
            }
        } else if (b >= 0xF0 && b <= 0xF4) {
            len = 4;
            if (b == 0xF0) {
                lo = 0x90;
            } else if (b == 0xF4) {
                hi = 0x8F;
            }
        } else {
            return -1;
        }
        for (int k = 1; k < len; ++k) {
            if (i + k >= n) {
                return n - i;
            }
            const unsigned char c = p[i + k];
            if (k == 1 ? (c < lo || c > hi) : (c < 0x80 || c > 0xBF)) {
                return -1;
            }
        }
        i += len;
    }
    return 0;
}

bool isGuarded(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

} // namespace

CsvReader::CsvReader(QIODevice *in) : CsvReader(in, Options{}) {}

CsvReader::CsvReader(QIODevice *in, const Options &options) : m_in(in), m_options(options) {}

QString CsvReader::encodingName(Encoding e)
{
    switch (e) {
    case Encoding::Utf8WithBom:
        return QStringLiteral("UTF-8 with BOM");
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16:
        return QStringLiteral("UTF-16");
    case Encoding::Gb18030:
        return QStringLiteral("GB18030");
    }
    return {};
}

bool CsvReader::fail(const QString &message)
{
    if (!m_failed) {
        m_failed = true;
        m_error = makeError(ErrorCode::InvalidInput, message, QStringLiteral("bad_csv"));
    }
    return false;
}

Status CsvReader::detectEncoding()
{
    const QByteArray head = m_in->peek(4);
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_in->read(3);
        m_bytesRead = 3;
        m_encoding = Encoding::Utf8WithBom;
        m_decoder = QStringDecoder(QStringConverter::Utf8);
        return Done{};
    }
    // Excel's "Unicode text" is UTF-16 with a BOM (and tabs).
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        const bool little = head.startsWith("\xFF\xFE");
        m_in->read(2);
        m_bytesRead = 2;
        m_encoding = Encoding::Utf16;
        m_decoder = QStringDecoder(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        return Done{};
    }
    bool utf8 = true;
    if (!m_in->isSequential()) {
        // The whole file, in chunks, then back to the start: a GB18030 file often opens with
        // ASCII headers and shows its first non-ASCII byte far down.
        const qint64 start = m_in->pos();
        QByteArray carry;
        for (;;) {
            QByteArray chunk = m_in->read(kChunk);
            if (chunk.isEmpty()) {
                utf8 = carry.isEmpty();
                break;
            }
            carry += chunk;
            const qsizetype tail = utf8Tail(reinterpret_cast<const unsigned char *>(carry.constData()), carry.size());
            if (tail < 0) {
                utf8 = false;
                break;
            }
            carry = carry.right(tail);
        }
        if (!m_in->seek(start)) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("Cannot read the file again from its start."), QStringLiteral("bad_csv"));
        }
    } else {
        const QByteArray sniff = m_in->peek(kSniffBytes);
        const qsizetype tail = utf8Tail(reinterpret_cast<const unsigned char *>(sniff.constData()), sniff.size());
        utf8 = tail >= 0 && (tail == 0 || sniff.size() == kSniffBytes);
    }
    if (utf8) {
        m_encoding = Encoding::Utf8;
        m_decoder = QStringDecoder(QStringConverter::Utf8);
        return Done{};
    }
    m_encoding = Encoding::Gb18030;
    m_decoder = QStringDecoder("GB18030");
    if (!m_decoder.isValid()) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The file is not UTF-8, and this build of Qt cannot read GB18030 (it needs ICU). "
                                        "Save the file as \"CSV UTF-8\" and import it again."),
                         QStringLiteral("no_gb18030"));
    }
    return Done{};
}

bool CsvReader::fill()
{
    if (m_eof || m_failed) {
        return false;
    }
    const QByteArray chunk = m_in->read(kChunk);
    if (chunk.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_bytesRead += chunk.size();
    const QString text = m_decoder.decode(chunk);
    if (m_decoder.hasError()) {
        return fail(QStringLiteral("Bytes near byte %1 (line %2) are not valid %3; save the whole file in one encoding "
                                   "(\"CSV UTF-8\" in Excel) and import it again.")
                        .arg(m_bytesRead - chunk.size())
                        .arg(m_line)
                        .arg(encodingName(m_encoding)));
    }
    m_buf.remove(0, m_pos);
    m_pos = 0;
    m_buf += text;
    return true;
}

void CsvReader::detectDelimiter()
{
    std::array<qsizetype, 3> counts{0, 0, 0}; // , ; tab
    bool quoted = false;
    qsizetype i = 0;
    for (;;) {
        if (i >= m_buf.size()) {
            if (m_buf.size() > m_options.maxFieldChars || !fill()) {
                break; // fill() keeps m_pos at 0 here, so i still indexes the same text
            }
            continue;
        }
        const QChar c = m_buf.at(i++);
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted) {
            if (c == u'\n' || c == u'\r') {
                break;
            }
            counts[0] += c == u',';
            counts[1] += c == u';';
            counts[2] += c == u'\t';
        }
    }
    if (counts[1] > counts[0] && counts[1] >= counts[2]) {
        m_delimiter = u';';
    } else if (counts[2] > counts[0] && counts[2] > counts[1]) {
        m_delimiter = u'\t';
    } else {
        m_delimiter = u',';
    }
}

void CsvReader::skipLeadingComments()
{
    // Whole lines only: a comment line, or a blank one between comments, is consumed with its
    // line end; the first other line is left for the header. Line ends count as next() counts
    // them (CRLF once), so row numbers in error reports stay the file's own.
    bool lineStart = true;
    bool inComment = false;
    for (;;) {
        if (m_pos + 1 >= m_buf.size() && !fill() && m_pos >= m_buf.size()) {
            break;
        }
        const QChar c = m_buf.at(m_pos);
        if (c == u'\r' || c == u'\n') {
            if (!(c == u'\n' && m_prevCr)) {
                ++m_line;
            }
            m_prevCr = c == u'\r';
            ++m_pos;
            lineStart = true;
            inComment = false;
            continue;
        }
        if (lineStart && !inComment) {
            const bool comment = c == u'#' && m_pos + 1 < m_buf.size() && m_buf.at(m_pos + 1) == u' ';
            if (!comment) {
                break;
            }
            inComment = true;
        }
        m_prevCr = false;
        lineStart = false;
        ++m_pos;
    }
    m_buf.remove(0, m_pos); // detectDelimiter() reads the header from the buffer's start
    m_pos = 0;
}

Status CsvReader::open()
{
    if (!m_in || !m_in->isReadable()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The file is not open for reading."), QStringLiteral("bad_csv"));
    }
    if (auto s = detectEncoding(); !s) {
        return s;
    }
    if (m_options.skipLeadingComments) {
        skipLeadingComments();
    }
    if (m_options.delimiter) {
        m_delimiter = *m_options.delimiter;
    } else {
        detectDelimiter();
    }
    if (m_failed) {
        return m_error;
    }
    m_opened = true;
    return Done{};
}

void CsvReader::finishField(CsvRow &row, QString &field, bool)
{
    if (m_options.unguardFormulas && field.size() >= 2 && field.front() == u'\'' && isGuarded(field.at(1))) {
        field.remove(0, 1);
    }
    row.fields.append(field);
    field.clear();
}

bool CsvReader::next(CsvRow &row)
{
    if (!m_opened || m_failed) {
        return false;
    }
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
    row = CsvRow{};
    row.line = m_line;
    State state = State::FieldStart;
    QString field;
    bool started = false; // anything but a line end seen in this record
    const auto problem = [&](const QString &what) {
        if (row.problem.isEmpty()) {
            row.problem = what;
            row.problemColumn = int(row.fields.size()) + 1;
        }
    };
    for (;;) {
        // Checked before every character and at the end of the input, whichever path grew the cell.
        if (field.size() > m_options.maxFieldChars) {
            return fail(QStringLiteral("A cell starting on line %1 is longer than %2 characters: this is not a table GrabDesk can import.")
                            .arg(row.line)
                            .arg(m_options.maxFieldChars));
        }
        if (m_pos >= m_buf.size() && !fill()) {
            if (m_failed) {
                return false;
            }
            if (!started) {
                return false; // only blank lines were left
            }
            if (state == State::Quoted) {
                problem(QStringLiteral("a quoted cell is never closed: the file ends inside it"));
            }
            finishField(row, field, false);
            return true;
        }
        const QChar c = m_buf.at(m_pos++);
        const bool lineEnd = c == u'\n' || c == u'\r';
        if (lineEnd) {
            // CRLF is one line end: the LF after a CR does not count again.
            const bool lfAfterCr = c == u'\n' && m_prevCr;
            m_prevCr = c == u'\r';
            if (lfAfterCr) {
                if (state == State::Quoted) {
                    field.append(c);
                }
                continue;
            }
            ++m_line;
        } else {
            m_prevCr = false;
        }
        switch (state) {
        case State::Quoted:
            if (c == u'"') {
                state = State::AfterQuote;
            } else {
                field.append(c);
            }
            break;
        case State::FieldStart:
        case State::Unquoted:
        case State::AfterQuote:
            if (lineEnd) {
                if (!started) {
                    row.line = m_line; // a blank line: the record starts on the next one
                    continue;
                }
                finishField(row, field, false);
                return true;
            }
            started = true;
            if (c == m_delimiter) {
                finishField(row, field, state == State::AfterQuote);
                state = State::FieldStart;
                if (row.fields.size() > m_options.maxFieldsPerRow) {
                    return fail(QStringLiteral("Line %1 has more than %2 cells: this is not a table GrabDesk can import.")
                                    .arg(row.line)
                                    .arg(m_options.maxFieldsPerRow));
                }
            } else if (c == u'"') {
                if (state == State::FieldStart) {
                    state = State::Quoted;
                } else if (state == State::AfterQuote) {
                    field.append(c); // "" inside a quoted cell
                    state = State::Quoted;
                } else {
                    problem(QStringLiteral("a quote inside a cell that does not start with one (write it as \"\" inside a quoted cell)"));
                    field.append(c);
                }
            } else {
                if (state == State::AfterQuote) {
                    problem(QStringLiteral("text after the closing quote of a cell"));
                }
                state = State::Unquoted;
                field.append(c);
            }
            break;
        }
    }
}

} // namespace grab
