#include "plaintext.h"

#include <QChar>
#include <QCoreApplication>

namespace grab::plaintext {
namespace {

// Everything refused here is in the BMP and no surrogate, so one UTF-16 unit is enough to judge.
bool refused(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F)            // C0, DEL, C1
           || c == 0x061C || c == 0x200E || c == 0x200F // direction marks
           || (c >= 0x202A && c <= 0x202E)              // embeddings and overrides
           || (c >= 0x2066 && c <= 0x2069)              // isolates
           || c == 0x2028 || c == 0x2029;               // line and paragraph separators
}

std::optional<Problem> firstProblem(QStringView value, bool lineBreaks)
{
    qsizetype position = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value[i].unicode();
        ++position;
        if (QChar::isHighSurrogate(c) && i + 1 < value.size() && QChar::isLowSurrogate(value[i + 1].unicode())) {
            ++i; // an emoji or a rare CJK character: one character, never refused
            continue;
        }
        if (lineBreaks && (c == u'\n' || (c == u'\r' && i + 1 < value.size() && value[i + 1] == u'\n'))) {
            continue; // a lone CR stays refused: it sends the cursor back over what was printed
        }
        if (refused(c)) {
            return Problem{char32_t(c), position};
        }
    }
    return std::nullopt;
}

Status checked(const std::optional<Problem> &problem, const char *context, const char *sentence)
{
    if (problem) {
        return makeError(ErrorCode::InvalidInput, message(*problem, context, sentence));
    }
    return Done{};
}

} // namespace

QString Problem::codePointName() const
{
    return QStringLiteral("U+%1").arg(uint(codePoint), 4, 16, QLatin1Char('0')).toUpper();
}

std::optional<Problem> lineProblem(QStringView value)
{
    return firstProblem(value, false);
}

std::optional<Problem> multilineProblem(QStringView value)
{
    return firstProblem(value, true);
}

QString normalisedMultiline(QStringView value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c == u'\r' && i + 1 < value.size() && value[i + 1] == u'\n') {
            continue; // the LF that follows is kept
        }
        out.append(c == u'\t' ? QChar(u' ') : c);
    }
    return out;
}

QString message(const Problem &problem, const char *context, const char *sentence)
{
    return QCoreApplication::translate(context, sentence).arg(problem.codePointName()).arg(problem.position);
}

Status checkLine(QStringView value, const char *context, const char *sentence)
{
    return checked(lineProblem(value), context, sentence);
}

Status checkMultiline(QStringView value, const char *context, const char *sentence)
{
    return checked(multilineProblem(value), context, sentence);
}

QString escapedForTerminal(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (!refused(c)) {
            out.append(ch);
        } else if (c == u'\n') {
            out.append(QLatin1String("\\n"));
        } else if (c == u'\r') {
            out.append(QLatin1String("\\r"));
        } else if (c == u'\t') {
            out.append(QLatin1String("\\t"));
        } else if (c < 0x80) {
            out.append(QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0')));
        } else {
            out.append(QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0')));
        }
    }
    return out;
}

} // namespace grab::plaintext
