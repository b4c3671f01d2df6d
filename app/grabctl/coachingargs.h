// The options and value parsers the coaching commands share (training, note, action,
// feedback list): one spelling of each option, one strict parser of each value.
#pragma once

#include "cliargs.h"
#include "clicontext.h"

#include "services/team/noteservice.h"
#include "services/team/trainingservice.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>

namespace grab::cli::coaching {


inline const QCommandLineOption kGrabber(QStringLiteral("grabber"), QStringLiteral("The grabber's id."), QStringLiteral("ID"));
inline const QCommandLineOption kId(QStringLiteral("id"), QStringLiteral("The id."), QStringLiteral("ID"));
inline const QCommandLineOption kCourse(QStringLiteral("course"), QStringLiteral("The course's name."), QStringLiteral("T"));
inline const QCommandLineOption kCategory(QStringLiteral("category"),
                                   QStringLiteral("sales_skills, product_knowledge or customer_service."), QStringLiteral("C"));
inline const QCommandLineOption kDue(QStringLiteral("due"), QStringLiteral("Due date, YYYY-MM-DD."), QStringLiteral("DATE"));
inline const QCommandLineOption kTaken(QStringLiteral("taken"), QStringLiteral("Date taken, YYYY-MM-DD (not after today)."), QStringLiteral("DATE"));
inline const QCommandLineOption kOn(QStringLiteral("on"), QStringLiteral("Date taken, YYYY-MM-DD (default: today in the team's time zone)."),
                             QStringLiteral("DATE"));
inline const QCommandLineOption kHours(QStringLiteral("hours"), QStringLiteral("Hours spent, e.g. 2.5."), QStringLiteral("H"));
inline const QCommandLineOption kPassed(QStringLiteral("passed"), QStringLiteral("The result: yes or no."), QStringLiteral("yes|no"));
inline const QCommandLineOption kOwed(QStringLiteral("owed"), QStringLiteral("Only trainings not taken yet."));
inline const QCommandLineOption kOverdue(QStringLiteral("overdue"), QStringLiteral("Only overdue ones (due before today, not done)."));
inline const QCommandLineOption kKind(QStringLiteral("kind"), QStringLiteral("weekly_meeting or one_to_one."), QStringLiteral("K"));
inline const QCommandLineOption kDate(QStringLiteral("date"), QStringLiteral("The day it was held, YYYY-MM-DD (default: today)."),
                               QStringLiteral("DATE"));
inline const QCommandLineOption kTitle(QStringLiteral("title"), QStringLiteral("Title."), QStringLiteral("T"));
inline const QCommandLineOption kBody(QStringLiteral("body"), QStringLiteral("What was said."), QStringLiteral("T"));
inline const QCommandLineOption kAuthor(QStringLiteral("author"), QStringLiteral("Who wrote it (default: grabctl)."), QStringLiteral("NAME"));
inline const QCommandLineOption kAction(QStringLiteral("action"), QStringLiteral("An action item's text; repeat for more."), QStringLiteral("T"));
inline const QCommandLineOption kActionOwner(QStringLiteral("action-owner"),
                                      QStringLiteral("The grabber who owns the --action items (default: --grabber)."),
                                      QStringLiteral("ID"));
inline const QCommandLineOption kActionDue(QStringLiteral("action-due"), QStringLiteral("The --action items' due date, YYYY-MM-DD."),
                                    QStringLiteral("DATE"));
inline const QCommandLineOption kFrom(QStringLiteral("from"), QStringLiteral("Held on or after, YYYY-MM-DD."), QStringLiteral("DATE"));
inline const QCommandLineOption kTo(QStringLiteral("to"), QStringLiteral("Held before, YYYY-MM-DD."), QStringLiteral("DATE"));
inline const QCommandLineOption kAllMeetings(QStringLiteral("all-meetings"),
                                      QStringLiteral("With --grabber: every weekly meeting, not only those where the grabber owns an action."));
inline const QCommandLineOption kNote(QStringLiteral("note"), QStringLiteral("The note's id."), QStringLiteral("ID"));
inline const QCommandLineOption kText(QStringLiteral("text"), QStringLiteral("What is to be done."), QStringLiteral("T"));
inline const QCommandLineOption kOwner(QStringLiteral("owner"), QStringLiteral("The grabber who owns it (default: the note's grabber)."),
                                QStringLiteral("ID"));
inline const QCommandLineOption kOwnerName(QStringLiteral("owner-name"), QStringLiteral("An owner outside the team, e.g. the manager."),
                                    QStringLiteral("NAME"));
inline const QCommandLineOption kAll(QStringLiteral("all"), QStringLiteral("Done ones too."));
inline const QCommandLineOption kLimit(QStringLiteral("limit"), QStringLiteral("At most N (default 200)."), QStringLiteral("N"));

inline QString dash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

inline QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}

inline std::optional<double> optionalHours(CliContext &ctx, const QCommandLineParser &p, int *bad)
{
    if (!p.isSet(kHours)) {
        return std::nullopt;
    }
    bool ok = false;
    const double h = p.value(kHours).trimmed().toDouble(&ok);
    if (!ok) {
        *bad = ctx.usage(QStringLiteral("--hours must be a number of hours such as 2.5, not \"%1\".").arg(p.value(kHours)));
        return std::nullopt;
    }
    return h; // the range is the service's to judge (exit 7)
}

inline std::optional<bool> optionalPassed(CliContext &ctx, const QCommandLineParser &p, int *bad)
{
    if (!p.isSet(kPassed)) {
        return std::nullopt;
    }
    const QString v = p.value(kPassed).trimmed().toLower();
    if (v == QLatin1String("yes") || v == QLatin1String("true")) {
        return true;
    }
    if (v == QLatin1String("no") || v == QLatin1String("false")) {
        return false;
    }
    *bad = ctx.usage(QStringLiteral("--passed must be yes or no, not \"%1\".").arg(p.value(kPassed)));
    return std::nullopt;
}

inline std::optional<TrainingCategory> optionalCategory(CliContext &ctx, const QCommandLineParser &p, int *bad)
{
    if (!p.isSet(kCategory)) {
        return std::nullopt;
    }
    const auto c = trainingCategoryFromString(p.value(kCategory).trimmed());
    if (!c) {
        *bad = ctx.usage(
            QStringLiteral("--category must be sales_skills, product_knowledge or customer_service, not \"%1\".").arg(p.value(kCategory)));
    }
    return c;
}

inline QString result(const Training &t)
{
    if (t.passed) {
        return *t.passed ? QStringLiteral("passed") : QStringLiteral("failed");
    }
    return t.isTaken() ? QStringLiteral("no result") : QStringLiteral("not taken");
}

inline QString source(const Training &t)
{
    if (!t.reviewEntryId) {
        return QStringLiteral("by hand");
    }
    return t.reviewQuarter.isEmpty() ? QStringLiteral("from a review") : QStringLiteral("from review %1").arg(t.reviewQuarter);
}

inline QString trainingLine(const Training &t, const QDate &today)
{
    QString line = QStringLiteral("%1\t%2\t%3\t%4\tdue %5\ttaken %6\t%7\t%8\t%9")
                       .arg(t.id)
                       .arg(printable(t.grabberName), printable(t.course), toString(t.category), isoDate(t.dueOn), isoDate(t.takenOn),
                            t.hours ? QStringLiteral("%1 h").arg(*t.hours) : QStringLiteral("- h"), result(t), source(t));
    if (t.isOverdue(today)) {
        line += QStringLiteral("\tOVERDUE (%1 days)").arg(t.dueOn.daysTo(today));
    }
    return line;
}

inline QString actionLine(const ActionItem &a, const QDate &today)
{
    QString line = QStringLiteral("%1\t%2\t%3\tdue %4\t%5\tnote %6 (%7, %8)")
                       .arg(a.id)
                       .arg(a.isDone() ? QStringLiteral("done") : QStringLiteral("open"), printable(dash(a.ownerName)), isoDate(a.dueOn), printable(a.text))
                       .arg(a.noteId)
                       .arg(toString(a.noteKind), isoDate(a.noteHeldOn));
    if (a.isOverdue(today)) {
        line += QStringLiteral("\tOVERDUE (%1 days)").arg(a.dueOn.daysTo(today));
    }
    return line;
}

} // namespace grab::cli::coaching
