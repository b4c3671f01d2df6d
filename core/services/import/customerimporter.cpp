#include "customerimporter.h"

#include <QCoreApplication>

#include "importvalues.h"
#include "base/plaintext.h"
#include "services/team/teamservice.h"
#include "store/sql.h"

namespace grab {

Status CustomerImporter::load(const QSqlDatabase &db)
{
    auto q = runSql(db, QStringLiteral("SELECT name FROM customers"), {}, QStringLiteral("reading the customers' names"));
    if (!q) {
        return q.error();
    }
    while (q->next()) {
        m_names.insert(q->value(0).toString(), 0);
    }
    return rowsEnded(*q, QStringLiteral("reading the customers' names"));
}

bool CustomerImporter::check(const ImportRow &row, QList<ImportIssue> &issues)
{
    const qsizetype before = issues.size();
    Customer c;
    c.name = row.cell(QStringLiteral("name"));
    if (c.name.isEmpty()) {
        issues.append(row.issue(QStringLiteral("name"), QCoreApplication::translate("grab::Import", "a customer needs a name")));
    } else if (const auto bad = plaintext::lineProblem(c.name)) {
        issues.append(row.issue(QStringLiteral("name"),
                                plaintext::message(*bad, "grab::Import",
                                                   QT_TRANSLATE_NOOP("grab::Import", "the name contains a control character (%1 at position %2); names are one line of plain text"))));
    } else if (const auto it = m_names.constFind(c.name); it != m_names.cend()) {
        issues.append(row.issue(QStringLiteral("name"), *it == 0 ? QCoreApplication::translate("grab::Import", "a customer of this name already exists")
                                                                  : QCoreApplication::translate("grab::Import", "the same name is on line %1").arg(*it)));
    }
    if (const auto t = importvalues::tier(row.cell(QStringLiteral("tier")))) {
        c.tier = *t;
    } else {
        issues.append(row.issue(QStringLiteral("tier"), QCoreApplication::translate("grab::Import", "the tier is vip, key or regular (VIP, 重点, 普通)")));
    }
    c.region = row.cell(QStringLiteral("region"));
    if (c.region.isEmpty()) {
        issues.append(row.issue(QStringLiteral("region"), QCoreApplication::translate("grab::Import", "a customer needs a region")));
    } else if (const auto bad = plaintext::lineProblem(c.region)) {
        issues.append(row.issue(QStringLiteral("region"),
                                plaintext::message(*bad, "grab::Import",
                                                   QT_TRANSLATE_NOOP("grab::Import", "the region contains a control character (%1 at position %2); a region is one line of plain text"))));
    }
    if (issues.size() > before) {
        return false;
    }
    m_names.insert(c.name, row.line());
    m_rows.append(c);
    m_lines.append(row.line());
    return true;
}

Status CustomerImporter::apply(qsizetype i, const Context &ctx)
{
    auto id = TeamService(ctx).addCustomerIn(m_rows[i]);
    if (!id) {
        Error e = id.error();
        e.message = QCoreApplication::translate("grab::Import", "Line %1: %2").arg(m_lines[i]).arg(e.message);
        return e;
    }
    return Done{};
}

} // namespace grab
