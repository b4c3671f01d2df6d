#include "phrase.h"

#include <QCoreApplication>

namespace grab {

Phrase Phrase::plain(const QString &text)
{
    Phrase p;
    p.m_plain = text;
    p.m_plainShown = text;
    return p;
}

Phrase Phrase::both(const QString &english, const QString &shown)
{
    Phrase p;
    p.m_plain = english;
    p.m_plainShown = shown;
    return p;
}

Phrase &Phrase::arg(const QString &text)
{
    m_args.append({text, text});
    return *this;
}

Phrase &Phrase::arg(qint64 number)
{
    return arg(QString::number(number));
}

Phrase &Phrase::arg(const Phrase &phrase)
{
    m_args.append({phrase.english(), phrase.shown()});
    return *this;
}

Phrase &Phrase::arg(const QString &english, const QString &shown)
{
    m_args.append({english, shown});
    return *this;
}

QString Phrase::english() const
{
    return m_source ? fill(QString::fromUtf8(m_source), true) : m_plain;
}

QString Phrase::shown() const
{
    return m_source ? fill(QCoreApplication::translate(m_context, m_source), false) : m_plainShown;
}

QString Phrase::fill(const QString &pattern, bool english) const
{
    QString out;
    out.reserve(pattern.size() + 32);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'%' && i + 1 < pattern.size()) {
            const int n = pattern.at(i + 1).digitValue();
            if (n >= 1 && n <= m_args.size()) {
                const auto &a = m_args.at(n - 1);
                out += english ? a.first : a.second;
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace grab
