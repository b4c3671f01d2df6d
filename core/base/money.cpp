#include "money.h"

#include <limits>

namespace grab {

std::optional<qint64> parseMajorUnits(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.left(dot);
    const QStringView frac = dot < 0 ? QStringView() : text.mid(dot + 1);
    if (whole.isEmpty() || (dot >= 0 && (frac.isEmpty() || frac.size() > 2))) {
        return std::nullopt;
    }
    const auto allDigits = [](QStringView s) {
        for (QChar c : s) {
            if (c < u'0' || c > u'9') {
                return false;
            }
        }
        return true;
    };
    if (!allDigits(whole) || !allDigits(frac) || whole.size() > 15) {
        return std::nullopt;
    }
    qint64 major = 0;
    for (QChar c : whole) {
        major = major * 10 + (c.unicode() - u'0');
    }
    qint64 minor = 0;
    for (qsizetype i = 0; i < 2; ++i) {
        minor = minor * 10 + (i < frac.size() ? frac[i].unicode() - u'0' : 0);
    }
    return major * 100 + minor;
}

QString formatMajorUnits(qint64 minor)
{
    const bool negative = minor < 0;
    // Careful with INT64_MIN: work in unsigned.
    const quint64 abs = negative ? quint64(0) - quint64(minor) : quint64(minor);
    QString out = QString::number(abs / 100) + u'.' + QStringLiteral("%1").arg(abs % 100, 2, 10, QChar(u'0'));
    return negative ? u'-' + out : out;
}

QString formatMajorUnitsGrouped(qint64 minor)
{
    QString out = formatMajorUnits(minor);
    const qsizetype start = out.startsWith(u'-') ? 1 : 0;
    for (qsizetype i = out.indexOf(u'.') - 3; i > start; i -= 3) {
        out.insert(i, u',');
    }
    return out;
}

} // namespace grab
