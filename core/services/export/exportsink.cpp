#include "exportsink.h"

#include <QLocale>

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
    if (auto s = m_file.open(); !s) {
        return s.error();
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
    if (!m_file.write(data, size)) {
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
    if (!m_file.write(m_buffer)) {
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

Status ExportSink::prepare()
{
    if (m_prepared) {
        return Done{};
    }
    // The last word before the file is finished: a cancel asked for at any time, also during a
    // report too small to have reported progress, leaves no file.
    if (m_progress && !m_cancelled && !m_progress(m_rows, m_total)) {
        m_cancelled = true;
    }
    if (m_cancelled) {
        discard();
        return makeError(ErrorCode::Internal, QStringLiteral("The export was cancelled; no file was written."), QStringLiteral("cancelled"));
    }
    if (!flushBuffer() || m_failed) {
        const Error why = m_file.error();
        discard();
        return why;
    }
    if (m_expected >= 0 && m_rows != m_expected) {
        discard();
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        return makeError(ErrorCode::DatabaseUnusable,
                         QStringLiteral("The report counted %1 rows but read %2: the database changed or is damaged, so no file was written.")
                             .arg(english.toString(m_expected), english.toString(m_rows)),
                         QStringLiteral("short_read"));
    }
    m_finalHash = m_hash.result();
    QIODevice::close();
    if (auto s = m_file.prepare(); !s) {
        m_failed = true;
        discard();
        return s.error();
    }
    m_prepared = true;
    return Done{};
}

Status ExportSink::commit()
{
    if (auto s = prepare(); !s) {
        return s;
    }
    if (auto s = m_file.commit(); !s) {
        m_failed = true;
        return s.error();
    }
    m_committed = true;
    return Done{};
}

void ExportSink::discard()
{
    m_file.discard(); // removes the temporary file, leaves the target alone
    if (isOpen()) {
        QIODevice::close();
    }
    m_committed = true;
}

} // namespace grab
