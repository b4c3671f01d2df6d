#include "orderimporter.h"

#include <QCoreApplication>

#include "importvalues.h"
#include "base/plaintext.h"
#include "store/sql.h"

namespace grab {

Status OrderImporter::load(const QSqlDatabase &db)
{
    m_db = db;
    auto q = runSql(db, QStringLiteral("SELECT id, name, region FROM customers"), {}, QStringLiteral("reading the customers"));
    if (!q) {
        return q.error();
    }
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        m_customers.insert(id, CustomerRef{q->value(1).toString(), q->value(2).toString()});
        m_byName.insert(q->value(1).toString(), id);
    }
    return rowsEnded(*q, QStringLiteral("reading the customers"));
}

std::optional<qint64> OrderImporter::customerFor(const ImportRow &row, QList<ImportIssue> &issues) const
{
    const QString text = row.cell(QStringLiteral("customer"));
    if (text.isEmpty()) {
        issues.append(row.issue(QStringLiteral("customer"), QCoreApplication::translate("grab::Import", "an order needs a customer (an id or a name)")));
        return std::nullopt;
    }
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    if (numeric && m_customers.contains(id)) {
        return id;
    }
    const QList<qint64> named = m_byName.values(text);
    if (named.size() == 1) {
        return named.constFirst();
    }
    if (named.isEmpty()) {
        issues.append(row.issue(QStringLiteral("customer"), numeric ? QCoreApplication::translate("grab::Import", "there is no customer with id %1").arg(text)
                                                                    : QCoreApplication::translate("grab::Import", "there is no customer named %1").arg(text)));
    } else {
        issues.append(row.issue(QStringLiteral("customer"),
                                QCoreApplication::translate("grab::Import", "%1 customers are named %2: write the customer's id instead").arg(named.size()).arg(text)));
    }
    return std::nullopt;
}

bool OrderImporter::check(const ImportRow &row, QList<ImportIssue> &issues)
{
    const qsizetype before = issues.size();
    OrderService::NewOrder o;
    const auto customer = customerFor(row, issues);
    if (const auto amount = importvalues::amount(row.cell(QStringLiteral("amount")))) {
        o.amountMinor = *amount;
    } else {
        issues.append(row.issue(QStringLiteral("amount"), QCoreApplication::translate("grab::Import", "an amount is yuan with at most 2 decimals, not negative (e.g. 12000.50)")));
    }
    o.skill = row.cell(QStringLiteral("skill"));
    if (const auto bad = plaintext::lineProblem(o.skill)) {
        issues.append(row.issue(QStringLiteral("skill"),
                                plaintext::message(*bad, "grab::Import",
                                                   QT_TRANSLATE_NOOP("grab::Import", "the skill contains a control character (%1 at position %2); a skill is one line of plain text"))));
    }
    if (const QString region = row.cell(QStringLiteral("region")); !region.isEmpty()) {
        o.region = region;
        if (const auto bad = plaintext::lineProblem(region)) {
            issues.append(row.issue(QStringLiteral("region"),
                                    plaintext::message(*bad, "grab::Import",
                                                       QT_TRANSLATE_NOOP("grab::Import", "the region contains a control character (%1 at position %2); a region is one line of plain text"))));
        }
    }
    if (const QString published = row.cell(QStringLiteral("published_at")); !published.isEmpty()) {
        if (const auto t = importvalues::instant(published, m_zone); !t) {
            issues.append(row.issue(QStringLiteral("published_at"), QCoreApplication::translate("grab::Import", "a time is ISO 8601 (2026-11-25T09:00:00+08:00) or YYYY/M/D H:MM")));
        } else if (*t > m_now) {
            issues.append(row.issue(QStringLiteral("published_at"), QCoreApplication::translate("grab::Import", "an order cannot be published in the future")));
        } else {
            o.publishedAt = *t;
        }
    }
    if (const QString deadline = row.cell(QStringLiteral("grab_deadline")); !deadline.isEmpty()) {
        const qint64 from = o.publishedAt.value_or(m_now);
        if (const auto t = importvalues::instant(deadline, m_zone); !t) {
            issues.append(row.issue(QStringLiteral("grab_deadline"), QCoreApplication::translate("grab::Import", "a time is ISO 8601 (2026-11-25T17:00:00+08:00) or YYYY/M/D H:MM")));
        } else if (*t <= m_now) {
            issues.append(row.issue(QStringLiteral("grab_deadline"), QCoreApplication::translate("grab::Import", "the grab deadline has already passed")));
        } else if (*t <= from) {
            issues.append(row.issue(QStringLiteral("grab_deadline"), QCoreApplication::translate("grab::Import", "the grab deadline is not after the publication")));
        } else {
            o.deadlineMinutes = int((*t - from + 59999) / 60000);
        }
    }
    if (const QString state = row.cell(QStringLiteral("state")); !state.isEmpty() && state.toLower() != QLatin1String("open")) {
        issues.append(row.issue(QStringLiteral("state"),
                                QCoreApplication::translate("grab::Import", "only open orders can be imported: assignments and outcomes come from grabs and closes")));
    }
    if (customer && o.publishedAt && issues.size() == before) {
        const QString key = QStringLiteral("%1|%2|%3|%4").arg(*customer).arg(o.amountMinor).arg(*o.publishedAt).arg(o.skill);
        if (const auto it = m_seen.constFind(key); it != m_seen.cend()) {
            issues.append(ImportIssue{row.line(), QString(), QString(), QCoreApplication::translate("grab::Import", "the same order (customer, amount, skill, time) is on line %1").arg(*it)});
        } else {
            std::optional<qint64> stored;
            const auto s = forEachCached(
                m_db, QStringLiteral("SELECT id FROM orders WHERE published_at = ? AND customer_id = ? AND amount = ? AND skill = ?"),
                {*o.publishedAt, *customer, o.amountMinor, o.skill}, [&](const QSqlQuery &q) { stored = q.value(0).toLongLong(); },
                QStringLiteral("looking for a duplicate order"));
            if (!s) {
                issues.append(ImportIssue{row.line(), QString(), QString(), s.error().message});
            } else if (stored) {
                issues.append(ImportIssue{row.line(), QString(), QString(),
                                          QCoreApplication::translate("grab::Import", "the same order (customer, amount, skill, time) is already order %1").arg(*stored)});
            }
            m_seen.insert(key, row.line());
        }
    }
    if (issues.size() > before) {
        return false;
    }
    o.customerId = *customer;
    m_rows.append(o);
    m_lines.append(row.line());
    return true;
}

Status OrderImporter::apply(qsizetype i, const Context &ctx)
{
    auto p = OrderService(ctx).publishIn(m_rows[i]);
    if (!p) {
        Error e = p.error();
        e.message = QCoreApplication::translate("grab::Import", "Line %1: %2").arg(m_lines[i]).arg(e.message);
        return e;
    }
    return Done{};
}

} // namespace grab
