#include "note.h"

namespace grab {

QString toString(NoteKind kind)
{
    return kind == NoteKind::WeeklyMeeting ? QStringLiteral("weekly_meeting") : QStringLiteral("one_to_one");
}

std::optional<NoteKind> noteKindFromString(QStringView text)
{
    if (text.compare(QLatin1String("weekly_meeting"), Qt::CaseInsensitive) == 0) {
        return NoteKind::WeeklyMeeting;
    }
    if (text.compare(QLatin1String("one_to_one"), Qt::CaseInsensitive) == 0) {
        return NoteKind::OneToOne;
    }
    return std::nullopt;
}

} // namespace grab
