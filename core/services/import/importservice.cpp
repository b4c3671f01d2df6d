#include "importservice.h"

#include <QCoreApplication>

#include "headermap.h"
#include "rowimporter.h"
#include "base/csvreader.h"
#include "services/rules/ruleservice.h"

namespace grab {
namespace {

constexpr qint64 kProgressEveryRows = 500;

bool blank(const QStringList &cells)
{
    for (const QString &c : cells) {
        if (!c.trimmed().isEmpty()) {
            return false;
        }
    }
    return true;
}

} // namespace

Result<ImportService::Head> ImportService::head(QIODevice *file, int rows)
{
    CsvReader reader(file);
    if (auto s = reader.open(); !s) {
        return s.error();
    }
    Head out;
    CsvRow row;
    if (!reader.next(row)) {
        return reader.failed() ? reader.error()
                               : makeError(ErrorCode::InvalidInput, QCoreApplication::translate("grab::Import", "The file is empty: it has no header line."), QStringLiteral("empty_file"));
    }
    out.header = row.fields;
    while (out.rows.size() < rows && reader.next(row)) {
        if (!blank(row.fields)) {
            out.rows.append(row.fields);
        }
    }
    if (reader.failed()) {
        return reader.error();
    }
    return out;
}

Result<ImportReport> ImportService::import(ImportEntity entity, QIODevice *file, const Options &options)
{
    ImportReport report;
    report.entity = entity;
    report.dryRun = options.dryRun;
    const auto keepGoing = [&](qint64 done, qint64 total) { return !options.progress || options.progress(done, total); };

    CsvReader reader(file);
    if (auto s = reader.open(); !s) {
        return s.error();
    }
    report.encoding = CsvReader::encodingName(reader.encoding());
    report.delimiter = reader.delimiter();
    CsvRow header;
    if (!reader.next(header)) {
        return reader.failed() ? reader.error()
                               : makeError(ErrorCode::InvalidInput, QCoreApplication::translate("grab::Import", "The file is empty: it has no header line."), QStringLiteral("empty_file"));
    }
    if (!header.problem.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("grab::Import", "The header on line %1 is malformed: %2.").arg(header.line).arg(header.problem),
                         QStringLiteral("bad_csv"));
    }
    auto map = HeaderMap::build(entity, header.fields, options.columns);
    if (!map) {
        return map.error();
    }

    const QSqlDatabase db = m_ctx.db.connection();
    auto rules = RuleService::currentIn(db);
    if (!rules) {
        return rules.error();
    }
    auto importer = RowImporter::create(entity, rules->zone(), m_ctx.clock.nowMs());
    if (auto s = importer->load(db); !s) {
        return s.error();
    }

    const qint64 size = file->isSequential() ? 0 : file->size();
    CsvRow row;
    while (reader.next(row)) {
        if (blank(row.fields)) {
            continue;
        }
        ++report.rows;
        bool valid = true;
        if (!row.problem.isEmpty()) {
            const int column = row.problemColumn - 1;
            report.issues.append(ImportIssue{row.line, header.fields.value(column).trimmed(), row.fields.value(column), row.problem});
            valid = false;
        }
        // Cells past the header are allowed only empty (Excel pads rows with delimiters).
        if (row.fields.size() > map->width()) {
            for (qsizetype i = map->width(); i < row.fields.size(); ++i) {
                if (!row.fields[i].trimmed().isEmpty()) {
                    report.issues.append(ImportIssue{row.line, QString(), row.fields[i],
                                                     QCoreApplication::translate("grab::Import", "the row has %1 cells, the header %2").arg(row.fields.size()).arg(map->width())});
                    valid = false;
                    break;
                }
            }
        } else if (row.fields.size() < map->width()) {
            report.issues.append(ImportIssue{row.line, QString(), QString(),
                                             QCoreApplication::translate("grab::Import", "the row has %1 cells, the header %2").arg(row.fields.size()).arg(map->width())});
            valid = false;
        }
        if (valid) {
            valid = importer->check(ImportRow(*map, row.fields, row.line), report.issues);
        }
        ++(valid ? report.validRows : report.invalidRows);
        if (report.rows % kProgressEveryRows == 0 && !keepGoing(reader.bytesRead(), size)) {
            report.cancelled = true;
            return report;
        }
    }
    if (reader.failed()) {
        return reader.error();
    }
    if (!keepGoing(size, size)) {
        report.cancelled = true;
        return report;
    }
    if (options.dryRun || (report.invalidRows > 0 && !options.skipInvalid) || importer->kept() == 0) {
        return report;
    }

    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    const qint64 total = importer->kept();
    for (qint64 i = 0; i < total; ++i) {
        if (auto s = importer->apply(i, m_ctx); !s) {
            return s.error(); // the transaction rolls back as it goes out of scope
        }
        if ((i + 1) % kProgressEveryRows == 0 && !keepGoing(i + 1, total)) {
            report.cancelled = true;
            return report;
        }
    }
    if (!keepGoing(total, total)) {
        report.cancelled = true;
        return report;
    }
    if (auto s = tx->commit(); !s) {
        return s.error();
    }
    report.imported = total;
    return report;
}

} // namespace grab
