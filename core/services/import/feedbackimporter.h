#pragma once

#include "rowimporter.h"

#include <QHash>

namespace grab {

// Feedback: one score 1..5 (and a comment) for an order that is won or lost and has none yet,
// through OrderService::feedbackIn (which credits the assignee's satisfaction figures).
class FeedbackImporter final : public RowImporter
{
public:
    Status load(const QSqlDatabase &db) override;
    bool check(const ImportRow &row, QList<ImportIssue> &issues) override;
    qsizetype kept() const override { return m_rows.size(); }
    Status apply(qsizetype i, const Context &ctx) override;

private:
    struct Row
    {
        qint64 orderId = 0;
        int score = 0;
        QString comment;
        qint64 line = 0;
    };
    QSqlDatabase m_db;
    QHash<qint64, qint64> m_seen; // order id -> line
    QList<Row> m_rows;
};

} // namespace grab
