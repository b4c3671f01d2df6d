#pragma once

#include <QList>
#include <QString>

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
class Phrase
{
public:
    Phrase() = default;
    Phrase(const char *context, const char *source) : m_context(context), m_source(source) {}

    // Text that is never translated: a name, a figure, a code.
    static Phrase plain(const QString &text);
    // Text with its own English and shown forms (e.g. a time in the C locale and in the user's).
    static Phrase both(const QString &english, const QString &shown);

    Phrase &arg(const QString &text);
    Phrase &arg(qint64 number);
    Phrase &arg(const Phrase &phrase);
    // An argument that has its own English and shown forms (e.g. a date in the user's locale).
    Phrase &arg(const QString &english, const QString &shown);

    bool isEmpty() const { return !m_source && m_plain.isEmpty(); }
    QString english() const;
    QString shown() const; // through the installed translators; English when none is installed

private:
    QString fill(const QString &pattern, bool english) const;

    const char *m_context = nullptr;
    const char *m_source = nullptr;
    QString m_plain;
    QString m_plainShown;
    QList<std::pair<QString, QString>> m_args; // english, shown
};

} // namespace grab
