#include "exportsink.h"

#include <cstring>

namespace grab {
namespace {

constexpr qsizetype kFlushAt = 256 * 1024;
constexpr qint64 kProgressEvery = 2000;

bool needsGuard(QChar first)
{
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}

bool needsQuotes(QStringView s)
{
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (u == u',' || u == u'"' || u == u'\n' || u == u'\r') {
            return true;
        }
    }
    return false;
}

} // namespace

ExportSink::ExportSink(const QString &path, Progress progress) : m_file(path), m_progress(std::move(progress))
{
    m_buffer.reserve(kFlushAt + 64 * 1024);
}

ExportSink::~ExportSink()
{
    if (!m_committed) {
        discard();
    }
}

Status ExportSink::open()
{
    if (!m_file.open(QIODevice::WriteOnly)) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Cannot write %1: %2.").arg(m_file.fileName(), m_file.errorString()));
    }
    QIODevice::open(QIODevice::WriteOnly);
    return Done{};
}

qint64 ExportSink::writeData(const char *data, qint64 size)
{
    // Anything written through QIODevice goes after the rows already buffered.
    if (!m_buffer.isEmpty() && !flushBuffer()) {
        return -1;
    }
    const qint64 n = m_file.write(data, size);
    if (n != size) {
        m_failed = true;
        return -1;
    }
    m_hash.addData(QByteArrayView(data, size));
    m_bytes += size;
    return size;
}

bool ExportSink::flushBuffer()
{
    if (m_buffer.isEmpty()) {
        return !m_failed;
    }
    if (m_file.write(m_buffer) != m_buffer.size()) {
        m_failed = true;
    } else {
        m_hash.addData(m_buffer);
        m_bytes += m_buffer.size();
    }
    m_buffer.resize(0); // keeps the capacity
    return !m_failed;
}

void ExportSink::separator()
{
    if (m_rowStarted) {
        m_buffer.append(',');
    }
    m_rowStarted = true;
}

void ExportSink::text(QStringView cell)
{
    separator();
    if (cell.isEmpty()) {
        return;
    }
    const bool guard = needsGuard(cell.front());
    const bool quote = needsQuotes(cell);
    if (!quote) {
        if (guard) {
            m_buffer.append('\'');
        }
        const qsizetype at = m_buffer.size();
        m_buffer.resize(at + m_utf8.requiredSpace(cell.size()));
        char *end = m_utf8.appendToBuffer(m_buffer.data() + at, cell);
        m_buffer.resize(end - m_buffer.constData());
        return;
    }
    QString t = cell.toString();
    if (guard) {
        t.prepend(u'\'');
    }
    t.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    m_buffer.append('"');
    m_buffer.append(t.toUtf8());
    m_buffer.append('"');
}

void ExportSink::number(qint64 value)
{
    separator();
    char digits[24];
    char *end = digits + sizeof digits;
    char *p = end;
    const bool negative = value < 0;
    quint64 v = negative ? quint64(0) - quint64(value) : quint64(value);
    do {
        *--p = char('0' + v % 10);
        v /= 10;
    } while (v);
    if (negative) {
        *--p = '-';
    }
    m_buffer.append(p, end - p);
}

void ExportSink::ascii(const char *data, qsizetype size)
{
    separator();
    m_buffer.append(data, size);
}

void ExportSink::empty()
{
    separator();
}

bool ExportSink::endRow()
{
    m_buffer.append("\r\n", 2);
    m_rowStarted = false;
    ++m_rows;
    if (m_buffer.size() >= kFlushAt && !flushBuffer()) {
        return false;
    }
    if (m_progress && m_rows % kProgressEvery == 0 && !m_progress(m_rows, m_total)) {
        m_cancelled = true;
    }
    return !m_cancelled && !m_failed;
}

void ExportSink::line(QStringView raw)
{
    m_buffer.append(raw.toUtf8());
    m_buffer.append("\r\n", 2);
}

Status ExportSink::commit()
{
    // The last word before the rename: a cancel asked for at any time, also during a report too
    // small to have reported progress, leaves no file.
    if (m_progress && !m_cancelled && !m_progress(m_rows, m_total)) {
        m_cancelled = true;
    }
    if (m_cancelled) {
        discard();
        return makeError(ErrorCode::Internal, QStringLiteral("The export was cancelled; no file was written."), QStringLiteral("cancelled"));
    }
    if (!flushBuffer() || m_failed) {
        const QString why = errorText();
        discard();
        return makeError(ErrorCode::Internal, why);
    }
    m_finalHash = m_hash.result();
    QIODevice::close();
    if (!m_file.commit()) {
        m_failed = true;
        return makeError(ErrorCode::Internal, errorText());
    }
    m_committed = true;
    return Done{};
}

void ExportSink::discard()
{
    if (m_file.isOpen()) {
        m_file.cancelWriting();
        m_file.commit(); // after cancelWriting: removes the temporary file, leaves the target alone
    }
    if (isOpen()) {
        QIODevice::close();
    }
    m_committed = true;
}

QString ExportSink::errorText() const
{
    return QStringLiteral("Cannot write %1: %2.").arg(m_file.fileName(), m_file.errorString());
}

} // namespace grab
