#include "jsontext.h"

#include <algorithm>
#include <cstring>

namespace grab {
namespace {

char hexDigit(uint u)
{
    return char(u < 10 ? '0' + u : 'a' + u - 10);
}

// \uXXXX for a UTF-16 unit.
char *writeUnitEscape(char *d, char16_t u)
{
    *d++ = '\\';
    *d++ = 'u';
    *d++ = hexDigit(u >> 12 & 0xf);
    *d++ = hexDigit(u >> 8 & 0xf);
    *d++ = hexDigit(u >> 4 & 0xf);
    *d++ = hexDigit(u & 0xf);
    return d;
}

// An ASCII character as Qt's JSON writer writes it: ", \ and the control characters escaped
// (\b \f \n \r \t by name, the rest as \u00XX), the others as they are.
char *writeAscii(char *d, char c)
{
    switch (c) {
    case '"':
        *d++ = '\\';
        *d++ = '"';
        return d;
    case '\\':
        *d++ = '\\';
        *d++ = '\\';
        return d;
    case 0x08:
        *d++ = '\\';
        *d++ = 'b';
        return d;
    case 0x0c:
        *d++ = '\\';
        *d++ = 'f';
        return d;
    case 0x0a:
        *d++ = '\\';
        *d++ = 'n';
        return d;
    case 0x0d:
        *d++ = '\\';
        *d++ = 'r';
        return d;
    case 0x09:
        *d++ = '\\';
        *d++ = 't';
        return d;
    default:
        if (static_cast<unsigned char>(c) < 0x20) {
            return writeUnitEscape(d, char16_t(c));
        }
        *d++ = c;
        return d;
    }
}

} // namespace

JsonText &JsonText::field(const char *key, qint64 value)
{
    return raw(key, QByteArray::number(value));
}

JsonText &JsonText::field(const char *key, bool value)
{
    return raw(key, value ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
}

JsonText &JsonText::field(const char *key, QStringView value)
{
    QByteArray json;
    appendString(json, value);
    return raw(key, std::move(json));
}

JsonText &JsonText::raw(const char *key, QByteArray json)
{
    Q_ASSERT(std::none_of(m_fields.cbegin(), m_fields.cend(), [&](const auto &f) { return std::strcmp(f.first, key) == 0; }));
    m_fields.append({key, std::move(json)});
    return *this;
}

QByteArray JsonText::text() const
{
    // QJsonObject keeps its keys sorted by their UTF-16 code units: for ASCII keys, byte order.
    QList<const std::pair<const char *, QByteArray> *> sorted;
    sorted.reserve(m_fields.size());
    qsizetype size = 2;
    for (const auto &f : m_fields) {
        sorted.append(&f);
        size += qsizetype(std::strlen(f.first)) + f.second.size() + 4;
    }
    std::sort(sorted.begin(), sorted.end(), [](const auto *a, const auto *b) { return std::strcmp(a->first, b->first) < 0; });
    QByteArray out;
    out.reserve(size);
    out.append('{');
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        if (i > 0) {
            out.append(',');
        }
        out.append('"'); // a key is a plain ASCII name: nothing in it to escape
        out.append(sorted[i]->first);
        out.append("\":");
        out.append(sorted[i]->second);
    }
    out.append('}');
    return out;
}

void JsonText::appendString(QByteArray &out, QStringView s)
{
    // As Qt's JSON writer: ASCII as writeAscii() says, everything else as UTF-8, and a lone
    // surrogate as \uXXXX. Written through a pointer into room for the worst case (6 bytes a
    // unit), then cut to size: appending byte by byte cost ~50 instructions a character.
    const qsizetype start = out.size();
    out.resize(start + 2 + 6 * s.size());
    char *d = out.data() + start;
    *d++ = '"';
    const char16_t *p = s.utf16();
    const char16_t *const end = p + s.size();
    while (p != end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            d = writeAscii(d, char(u));
        } else if (u < 0x800) {
            *d++ = char(0xc0 | (u >> 6));
            *d++ = char(0x80 | (u & 0x3f));
        } else if (u < 0xd800 || u > 0xdfff) {
            *d++ = char(0xe0 | (u >> 12));
            *d++ = char(0x80 | ((u >> 6) & 0x3f));
            *d++ = char(0x80 | (u & 0x3f));
        } else if (u < 0xdc00 && p != end && *p >= 0xdc00 && *p <= 0xdfff) {
            const char32_t c = 0x10000 + ((char32_t(u) - 0xd800) << 10) + (char32_t(*p++) - 0xdc00);
            *d++ = char(0xf0 | (c >> 18));
            *d++ = char(0x80 | ((c >> 12) & 0x3f));
            *d++ = char(0x80 | ((c >> 6) & 0x3f));
            *d++ = char(0x80 | (c & 0x3f));
        } else {
            d = writeUnitEscape(d, u);
        }
    }
    *d++ = '"';
    out.resize(d - out.constData());
}

void JsonText::appendUtf8String(QByteArray &out, QByteArrayView utf8)
{
    // Valid UTF-8 comes out of Qt's writer as it went in, apart from the escapes, which are all
    // ASCII: bytes of 0x80 and above are copied.
    const qsizetype start = out.size();
    out.resize(start + 2 + 6 * utf8.size());
    char *d = out.data() + start;
    *d++ = '"';
    for (const char ch : utf8) {
        d = writeAscii(d, ch); // a byte of 0x80 or above is copied as it is
    }
    *d++ = '"';
    out.resize(d - out.constData());
}

QByteArray JsonText::array(const QList<QByteArray> &items)
{
    QByteArray out;
    out.append('[');
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0) {
            out.append(',');
        }
        out.append(items[i]);
    }
    out.append(']');
    return out;
}

} // namespace grab
