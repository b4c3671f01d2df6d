#include "phrase.h"

#include "jsontext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

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

Phrase Phrase::localTime(qint64 epochMs, const QString &ianaZone)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(epochMs, QTimeZone(ianaZone.toUtf8()));
    Phrase p = both(at.toString(QStringLiteral("ddd yyyy-MM-dd HH:mm")), QLocale().toString(at, QStringLiteral("yyyy-MM-dd ddd HH:mm")));
    p.m_atMs = epochMs;
    p.m_zone = ianaZone;
    return p;
}

Phrase &Phrase::arg(const QString &text)
{
    m_args.append({text, text, nullptr});
    return *this;
}

Phrase &Phrase::arg(qint64 number)
{
    return arg(QString::number(number));
}

Phrase &Phrase::arg(const Phrase &phrase)
{
    m_args.append({phrase.english(), phrase.shown(), std::make_shared<const Phrase>(phrase)});
    return *this;
}

Phrase &Phrase::arg(const QString &english, const QString &shown)
{
    m_args.append({english, shown, nullptr});
    return *this;
}

QString Phrase::english() const
{
    return m_source.isEmpty() ? m_plain : fill(QString::fromUtf8(m_source), true);
}

QString Phrase::shown() const
{
    return m_source.isEmpty() ? m_plainShown : fill(QCoreApplication::translate(m_context.constData(), m_source.constData()), false);
}

QString Phrase::fill(const QString &pattern, bool english) const
{
    // The text between markers is copied in runs, not character by character.
    QString out;
    out.reserve(pattern.size() + 32);
    qsizetype runStart = 0;
    for (qsizetype i = 0; i + 1 < pattern.size(); ++i) {
        if (pattern.at(i) != u'%') {
            continue;
        }
        const int n = pattern.at(i + 1).digitValue();
        if (n >= 1 && n <= m_args.size()) {
            out.append(QStringView(pattern).mid(runStart, i - runStart));
            const Arg &a = m_args.at(n - 1);
            out += english ? a.english : a.shown;
            ++i;
            runStart = i + 1;
        }
    }
    out.append(QStringView(pattern).mid(runStart));
    return out;
}

QByteArray Phrase::toJsonText() const
{
    // Written in one pass with the keys in QJsonObject's (sorted) order: args, ctx, src; at,
    // text, zone. Every grab attempt stores one or two phrases (tst_jsontext holds the bytes to
    // Qt's writer).
    QByteArray out;
    if (m_source.isEmpty()) {
        out.reserve(16 + 3 * m_plain.size() + m_zone.size());
        if (m_atMs >= 0) {
            out.append("{\"at\":").append(QByteArray::number(m_atMs)).append(",\"text\":");
            JsonText::appendString(out, m_plain);
            out.append(",\"zone\":");
            JsonText::appendString(out, m_zone);
        } else {
            out.append("{\"text\":");
            JsonText::appendString(out, m_plain);
        }
        out.append('}');
        return out;
    }
    out.reserve(32 + m_context.size() + m_source.size() + 24 * m_args.size());
    out.append("{\"args\":[");
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        if (i > 0) {
            out.append(',');
        }
        const Arg &a = m_args.at(i);
        if (a.phrase) {
            out.append(a.phrase->toJsonText());
        } else {
            JsonText::appendString(out, a.english);
        }
    }
    // The context and source are UTF-8 already (a literal, or what fromJson() read).
    out.append("],\"ctx\":");
    JsonText::appendUtf8String(out, m_context);
    out.append(",\"src\":");
    JsonText::appendUtf8String(out, m_source);
    out.append('}');
    return out;
}

QJsonObject Phrase::toJson() const
{
    // One writer of the form: the object is read back from the text.
    return QJsonDocument::fromJson(toJsonText()).object();
}

Phrase Phrase::fromJson(const QJsonObject &o)
{
    if (o.value(QLatin1String("text")).isString()) {
        const QJsonValue at = o.value(QLatin1String("at"));
        const QString zone = o.value(QLatin1String("zone")).toString();
        if (at.isDouble() && !zone.isEmpty() && QTimeZone(zone.toUtf8()).isValid()) {
            return localTime(qint64(at.toDouble()), zone); // shown in this window's locale
        }
        return plain(o.value(QLatin1String("text")).toString());
    }
    const QJsonValue ctx = o.value(QLatin1String("ctx"));
    const QJsonValue src = o.value(QLatin1String("src"));
    if (!ctx.isString() || !src.isString() || src.toString().isEmpty()) {
        return {};
    }
    Phrase p;
    p.m_context = ctx.toString().toUtf8();
    p.m_source = src.toString().toUtf8();
    for (const QJsonValue &a : o.value(QLatin1String("args")).toArray()) {
        if (a.isObject()) {
            const Phrase nested = fromJson(a.toObject());
            if (nested.isEmpty()) {
                return {};
            }
            p.arg(nested);
        } else {
            p.arg(a.toString());
        }
    }
    return p;
}

} // namespace grab
