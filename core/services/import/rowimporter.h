#pragma once

#include "headermap.h"
#include "importreport.h"
#include "services/context.h"

#include <QTimeZone>

#include <memory>

namespace grab {

// One entity's rules for an import. ImportService drives it in two phases: check() every row
// first (no writes; the valid records are kept), then, in one BEGIN IMMEDIATE transaction,
// apply() each kept record through the entity's service, so the rules and the events are those
// of the same action done by hand.
class RowImporter
{
public:
    virtual ~RowImporter() = default;

    // Reads what the checks compare against (names already taken, customers ...).
    virtual Status load(const QSqlDatabase &db) = 0;
    // Checks one data row. Valid: keeps the record and returns true. Invalid: appends one
    // issue per fault (column and reason) and returns false.
    virtual bool check(const ImportRow &row, QList<ImportIssue> &issues) = 0;
    virtual qsizetype kept() const = 0;
    // Writes kept record `i` inside the caller's transaction. An error names the file's line.
    virtual Status apply(qsizetype i, const Context &ctx) = 0;

    static std::unique_ptr<RowImporter> create(ImportEntity entity, const QTimeZone &zone, qint64 nowMs);
};

} // namespace grab
