#pragma once

#include "columnmapping.h"
#include "importreport.h"
#include "services/context.h"

#include <QIODevice>

#include <functional>

namespace grab {

// Imports a CSV file of grabbers, customers, orders or feedback (see CsvReader for what files
// are read, HeaderMap for the columns, the *Importer classes for each entity's checks).
//
// Two phases. First every row is read and checked, writing nothing; the report lists each bad
// row's line, column, value and reason. Then, unless the report forbids it, every valid row is
// written in ONE BEGIN IMMEDIATE transaction through the entity's service (the same rules and
// events as the action done by hand); any failure rolls the whole import back.
//
// All-or-nothing by default: one invalid row and nothing is written (report.refused()).
// skipInvalid writes the valid rows and reports the others; dryRun checks and writes nothing.
// The checks read the database before the write lock is taken (a large file does not hold up
// the grabbers while it is parsed); the services check their own rules again inside it.
class ImportService final
{
public:
    // Called with (done, total): first while the file is read (bytes), then while rows are
    // written (rows). Returning false cancels: nothing is written, the report says cancelled.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    struct Options
    {
        bool skipInvalid = false;
        bool dryRun = false;
        ColumnMapping columns; // headers mapped to fields or ignored, beyond the known names
        Progress progress;
    };

    explicit ImportService(Context ctx) : m_ctx(std::move(ctx)) {}

    // An error for a file that cannot be read as a table of this entity at all (encoding,
    // header, a cell of absurd size) or a store failure; otherwise the report.
    Result<ImportReport> import(ImportEntity entity, QIODevice *file, const Options &options);

    // The file's header and its first `rows` data rows, for the import wizard's mapping step.
    struct Head
    {
        QStringList header;
        QList<QStringList> rows;
    };
    static Result<Head> head(QIODevice *file, int rows);

private:
    Context m_ctx;
};

} // namespace grab
