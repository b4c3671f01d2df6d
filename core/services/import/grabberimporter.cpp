#include "grabberimporter.h"

#include <QCoreApplication>

#include "importvalues.h"
#include "base/plaintext.h"
#include "services/team/teamservice.h"
#include "store/sql.h"

namespace grab {

Status GrabberImporter::load(const QSqlDatabase &db)
{
    auto q = runSql(db, QStringLiteral("SELECT name FROM grabbers"), {}, QStringLiteral("reading the grabbers' names"));
    if (!q) {
        return q.error();
    }
    while (q->next()) {
        m_names.insert(q->value(0).toString(), 0);
    }
    return rowsEnded(*q, QStringLiteral("reading the grabbers' names"));
}

bool GrabberImporter::check(const ImportRow &row, QList<ImportIssue> &issues)
{
    const qsizetype before = issues.size();
    Grabber g;
    g.name = row.cell(QStringLiteral("name"));
    if (g.name.isEmpty()) {
        issues.append(row.issue(QStringLiteral("name"), QCoreApplication::translate("grab::Import", "a grabber needs a name")));
    } else if (const auto bad = plaintext::lineProblem(g.name)) {
        issues.append(row.issue(QStringLiteral("name"),
                                plaintext::message(*bad, "grab::Import",
                                                   QT_TRANSLATE_NOOP("grab::Import", "the name contains a control character (%1 at position %2); names are one line of plain text"))));
    } else if (const auto it = m_names.constFind(g.name); it != m_names.cend()) {
        issues.append(row.issue(QStringLiteral("name"), *it == 0 ? QCoreApplication::translate("grab::Import", "a grabber of this name is already in the team")
                                                                  : QCoreApplication::translate("grab::Import", "the same name is on line %1").arg(*it)));
    }
    g.team = row.cell(QStringLiteral("team"));
    if (const auto bad = plaintext::lineProblem(g.team)) {
        issues.append(row.issue(QStringLiteral("team"),
                                plaintext::message(*bad, "grab::Import",
                                                   QT_TRANSLATE_NOOP("grab::Import", "the team contains a control character (%1 at position %2); a team is one line of plain text"))));
    }
    if (const QString level = row.cell(QStringLiteral("level")); !level.isEmpty()) {
        if (const auto l = importvalues::level(level)) {
            g.level = *l;
        } else {
            issues.append(row.issue(QStringLiteral("level"), QCoreApplication::translate("grab::Import", "the level is junior, senior or lead (初级, 高级, 组长)")));
        }
    }
    if (const QString status = row.cell(QStringLiteral("status")); !status.isEmpty()) {
        if (const auto s = importvalues::status(status)) {
            g.status = *s;
        } else {
            issues.append(row.issue(QStringLiteral("status"), QCoreApplication::translate("grab::Import", "the status is active, on_leave or suspended (在职, 休假, 停用)")));
        }
    }
    g.skills = importvalues::list(row.cell(QStringLiteral("skills")));
    g.regions = importvalues::list(row.cell(QStringLiteral("regions")));
    // The whole cell is checked, so the position counts in the value the report shows.
    if (const auto bad = plaintext::lineProblem(row.cell(QStringLiteral("skills")))) {
        issues.append(row.issue(QStringLiteral("skills"),
                                plaintext::message(*bad, "grab::Import",
                                                   QT_TRANSLATE_NOOP("grab::Import", "the skills contain a control character (%1 at position %2); a skill is one line of plain text"))));
    }
    if (const auto bad = plaintext::lineProblem(row.cell(QStringLiteral("regions")))) {
        issues.append(row.issue(QStringLiteral("regions"),
                                plaintext::message(*bad, "grab::Import",
                                                   QT_TRANSLATE_NOOP("grab::Import", "the regions contain a control character (%1 at position %2); a region is one line of plain text"))));
    }
    if (const QString cap = row.cell(QStringLiteral("daily_cap")); !cap.isEmpty()) {
        bool ok = false;
        const int n = cap.toInt(&ok);
        if (!ok || n < 0) {
            issues.append(row.issue(QStringLiteral("daily_cap"), QCoreApplication::translate("grab::Import", "a daily cap is a whole number, 0 or more (empty: the level's cap)")));
        } else {
            g.dailyCapOverride = n;
        }
    }
    if (const QString hired = row.cell(QStringLiteral("hired_on")); !hired.isEmpty()) {
        if (const auto d = importvalues::date(hired)) {
            g.hiredOn = *d;
        } else {
            issues.append(row.issue(QStringLiteral("hired_on"), QCoreApplication::translate("grab::Import", "a hire date is written YYYY-MM-DD")));
        }
    }
    if (issues.size() > before) {
        return false;
    }
    m_names.insert(g.name, row.line());
    m_rows.append(g);
    m_lines.append(row.line());
    return true;
}

Status GrabberImporter::apply(qsizetype i, const Context &ctx)
{
    auto id = TeamService(ctx).addGrabberIn(m_rows[i]);
    if (!id) {
        Error e = id.error();
        e.message = QCoreApplication::translate("grab::Import", "Line %1: %2").arg(m_lines[i]).arg(e.message);
        return e;
    }
    return Done{};
}

} // namespace grab
