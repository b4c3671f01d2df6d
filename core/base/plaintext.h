#pragma once

#include "error.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace grab::plaintext {

// Text people type or files bring in is shown again in places that trust it to be plain: a
// grabctl line that must stay one line, a terminal that obeys ESC sequences, a screen that
// shows "rtl", U+202E, "gnp.exe" as "rtlexe.png". So the core refuses, where it takes text in:
//
//   - C0 controls U+0000-U+001F and DEL U+007F (TAB, LF and CR among them), C1 controls
//     U+0080-U+009F (U+009B is a one-character ESC [ to some terminals);
//   - the bidi embeddings, overrides and isolates U+202A-U+202E and U+2066-U+2069, and the
//     invisible direction marks U+200E, U+200F and U+061C too: a name that looks the same as
//     another but is not (a duplicate the import's name check cannot see) helps nobody;
//   - the line and paragraph separators U+2028 and U+2029, which some screens break lines at.
//
// Free text of several lines (notes, comments, reasons) keeps LF and CR LF; the rest is refused
// the same way. normalisedMultiline() turns CR LF into LF and a TAB into a space first, since a
// Tab key in a text box types one and refusing it would only puzzle the person who pressed it.
//
// Each check returns what is wrong rather than a finished sentence: the sentence names the field
// and belongs to the caller's translation context (see message()).

// The first refused character and where it is.
struct Problem
{
    char32_t codePoint = 0;
    qsizetype position = 0; // 1-based, in characters (a surrogate pair counts once), as a person counts

    QString codePointName() const; // "U+001B"
};

// A one-line field (a name, a region, a skill, a course): nullopt when it is plain text.
std::optional<Problem> lineProblem(QStringView value);
// Free text: as lineProblem, but LF and CR LF are line breaks and allowed.
std::optional<Problem> multilineProblem(QStringView value);
// Free text as it is to be stored: CR LF -> LF, TAB -> one space. Check the result.
QString normalisedMultiline(QStringView value);

// The caller's sentence, `sentence` marked with QT_TRANSLATE_NOOP(context, ...) where it is
// written, translated in `context`; %1 is the character ("U+001B"), %2 its position.
//
//     plaintext::checkLine(g.name, "grab::TeamService", QT_TRANSLATE_NOOP("grab::TeamService",
//         "The grabber's name contains a control character (%1 at position %2); names are one line of plain text."))
QString message(const Problem &problem, const char *context, const char *sentence);
// ErrorCode::InvalidInput (grabctl exit 7) with message(), or Done.
Status checkLine(QStringView value, const char *context, const char *sentence);
Status checkMultiline(QStringView value, const char *context, const char *sentence);

// For a line of terminal output: every character lineProblem() refuses (LF, CR and TAB among
// them) written as an escape ("\x1b", "\n", "\u202e"), so that one record stays one line and
// nothing in it moves the cursor, recolours the terminal or reorders the line; for text stored
// before these checks, too. Everything else, a backslash included, is printed as it is: this is
// for a person reading, and --json is the exact form.
QString escapedForTerminal(QStringView text);

} // namespace grab::plaintext
