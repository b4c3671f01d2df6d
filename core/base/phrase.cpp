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
    QString out;
    out.reserve(pattern.size() + 32);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'%' && i + 1 < pattern.size()) {
            const int n = pattern.at(i + 1).digitValue();
            if (n >= 1 && n <= m_args.size()) {
                const Arg &a = m_args.at(n - 1);
                out += english ? a.english : a.shown;
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QByteArray Phrase::toJsonText() const
{
    if (m_source.isEmpty()) {
        JsonText o;
        o.field("text", m_plain);
        if (m_atMs >= 0) {
            o.field("at", m_atMs).field("zone", m_zone);
        }
        return o.text();
    }
    QList<QByteArray> args;
    args.reserve(m_args.size());
    for (const Arg &a : m_args) {
        if (a.phrase) {
            args.append(a.phrase->toJsonText());
        } else {
            QByteArray text;
            JsonText::appendString(text, a.english);
            args.append(text);
        }
    }
    return JsonText()
        .field("ctx", QString::fromUtf8(m_context))
        .field("src", QString::fromUtf8(m_source))
        .raw("args", JsonText::array(args))
        .text();
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
