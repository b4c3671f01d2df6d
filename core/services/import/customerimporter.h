#pragma once

#include "rowimporter.h"
#include "domain/customer.h"

#include <QHash>

namespace grab {

// Customers: a name (not already a customer, nor twice in the file), tier and region; through
// TeamService::addCustomerIn.
class CustomerImporter final : public RowImporter
{
public:
    Status load(const QSqlDatabase &db) override;
    bool check(const ImportRow &row, QList<ImportIssue> &issues) override;
    qsizetype kept() const override { return m_rows.size(); }
    Status apply(qsizetype i, const Context &ctx) override;

private:
    QHash<QString, qint64> m_names; // name -> the line that brought it, 0 for the database
    QList<Customer> m_rows;
    QList<qint64> m_lines;
};

} // namespace grab
