#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <utility>

namespace grab {

// A sentence the core composes once and uses twice: in English for what is kept (event payloads,
// CSV and JSON files, grabctl's output), which must not change with the desktop's language, and
// in the user's language for what is shown. The source is marked with QT_TRANSLATE_NOOP so that
// lupdate finds it; the context passed here must be the same literal.
//
//     Phrase(ctx, QT_TRANSLATE_NOOP("grab::Eligibility", "%1 is on leave.")).arg(name)
//
// Arguments are figures and names (the same in both) or other phrases (translated in turn).
// All %1..%9 markers are filled in one pass, so an argument that contains "%2" stays as it is.
//
// toJson() keeps the phrase itself (context, source, arguments, nested phrases) beside the
// English text in an event's payload, so that a window in another language can show a stored
// reason in its own language later (fromJson(...).shown()), whoever wrote it.
class Phrase
{
public:
    Phrase() = default;
    // `context` and `source` are string literals (QT_TRANSLATE_NOOP): kept without a copy.
    Phrase(const char *context, const char *source)
        : m_context(QByteArray::fromRawData(context, qstrlen(context))), m_source(QByteArray::fromRawData(source, qstrlen(source)))
    {
    }

    // Text that is never translated: a name, a figure, a code.
    static Phrase plain(const QString &text);
    // Text with its own English and shown forms (e.g. a time in the C locale and in the user's).
    static Phrase both(const QString &english, const QString &shown);
    // An instant as a team reads it, in `ianaZone`: "Wed 2026-11-25 21:00" in English, the
    // weekday and date in the user's locale when shown. Kept as the instant itself, so a window
    // in another language shows a stored one in its own ("2026-11-25 周三 21:00").
    static Phrase localTime(qint64 epochMs, const QString &ianaZone);

    Phrase &arg(const QString &text);
    Phrase &arg(qint64 number);
    Phrase &arg(const Phrase &phrase);
    // An argument that has its own English and shown forms (e.g. a date in the user's locale).
    Phrase &arg(const QString &english, const QString &shown);

    bool isEmpty() const { return m_source.isEmpty() && m_plain.isEmpty(); }
    QString english() const;
    QString shown() const; // through the installed translators; English when none is installed

    // {"ctx", "src", "args": [text | phrase]} or {"text"} for plain text, {"text", "at", "zone"}
    // for a local time. An argument with its own shown form keeps its English one (the shown
    // form belongs to the writer's language); a local time keeps its instant.
    QJsonObject toJson() const;
    // The same as compact JSON text (what an event payload stores), written without the object.
    QByteArray toJsonText() const;
    // What toJson() wrote; anything else (an older event, a hand-edited payload) gives an empty
    // phrase, and the caller falls back to the stored English.
    static Phrase fromJson(const QJsonObject &o);

private:
    QString fill(const QString &pattern, bool english) const;

    QByteArray m_context;
    QByteArray m_source;
    QString m_plain;
    QString m_plainShown;
    qint64 m_atMs = -1; // localTime(): the instant, with m_zone; -1 otherwise
    QString m_zone;
    struct Arg
    {
        QString english;
        QString shown;
        std::shared_ptr<const Phrase> phrase; // set when the argument is a phrase (for toJson)
    };
    QList<Arg> m_args;
};

} // namespace grab
