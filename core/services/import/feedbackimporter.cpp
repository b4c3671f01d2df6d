#include "feedbackimporter.h"

#include <QCoreApplication>

#include "base/plaintext.h"
#include "domain/types.h"
#include "services/grab/orderservice.h"
#include "store/sql.h"

namespace grab {

Status FeedbackImporter::load(const QSqlDatabase &db)
{
    m_db = db;
    return Done{};
}

bool FeedbackImporter::check(const ImportRow &row, QList<ImportIssue> &issues)
{
    const qsizetype before = issues.size();
    Row r;
    r.line = row.line();
    bool ok = false;
    r.orderId = row.cell(QStringLiteral("order_id")).toLongLong(&ok);
    if (!ok || r.orderId <= 0) {
        issues.append(row.issue(QStringLiteral("order_id"), QCoreApplication::translate("grab::Import", "an order id is a positive whole number")));
    } else if (const auto it = m_seen.constFind(r.orderId); it != m_seen.cend()) {
        issues.append(row.issue(QStringLiteral("order_id"), QCoreApplication::translate("grab::Import", "this order's feedback is already on line %1").arg(*it)));
    } else {
        std::optional<QString> state;
        int existing = 0;
        const auto s = forEachCached(
            m_db, QStringLiteral("SELECT o.state, (SELECT COUNT(*) FROM feedback f WHERE f.order_id = o.id) FROM orders o WHERE o.id = ?"),
            {r.orderId},
            [&](const QSqlQuery &q) {
                state = q.value(0).toString();
                existing = q.value(1).toInt();
            },
            QStringLiteral("reading an order"));
        if (!s) {
            issues.append(row.issue(QStringLiteral("order_id"), s.error().message));
        } else if (!state) {
            issues.append(row.issue(QStringLiteral("order_id"), QCoreApplication::translate("grab::Import", "there is no order %1").arg(r.orderId)));
        } else if (*state != toString(OrderState::Won) && *state != toString(OrderState::Lost)) {
            issues.append(row.issue(QStringLiteral("order_id"), QCoreApplication::translate("grab::Import", "order %1 is %2: feedback is taken once an order is won or lost")
                                                                    .arg(r.orderId)
                                                                    .arg(*state)));
        } else if (existing > 0) {
            issues.append(row.issue(QStringLiteral("order_id"), QCoreApplication::translate("grab::Import", "order %1 already has feedback").arg(r.orderId)));
        }
        m_seen.insert(r.orderId, r.line);
    }
    r.score = row.cell(QStringLiteral("score")).toInt(&ok);
    if (!ok || r.score < 1 || r.score > 5) {
        issues.append(row.issue(QStringLiteral("score"), QCoreApplication::translate("grab::Import", "a score is a whole number from 1 to 5")));
    }
    // Kept as OrderService::feedbackIn will store it (CR LF -> LF, TAB -> space), so the check
    // here and the one there agree.
    r.comment = plaintext::normalisedMultiline(row.cell(QStringLiteral("comment")));
    if (const auto bad = plaintext::multilineProblem(r.comment)) {
        issues.append(row.issue(QStringLiteral("comment"),
                                plaintext::message(*bad, "grab::Import",
                                                   QT_TRANSLATE_NOOP("grab::Import", "the comment contains a control character (%1 at position %2); a comment is plain text and line breaks"))));
    }
    if (issues.size() > before) {
        return false;
    }
    m_rows.append(r);
    return true;
}

Status FeedbackImporter::apply(qsizetype i, const Context &ctx)
{
    const Row &r = m_rows[i];
    auto id = OrderService(ctx).feedbackIn(r.orderId, r.score, r.comment);
    if (!id) {
        Error e = id.error();
        e.message = QCoreApplication::translate("grab::Import", "Line %1: %2").arg(r.line).arg(e.message);
        return e;
    }
    return Done{};
}

} // namespace grab
