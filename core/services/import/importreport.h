#pragma once

#include <QIODevice>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace grab {

// What can be imported: the four tables people keep in Excel.
enum class ImportEntity { Grabbers, Customers, Orders, Feedback };

QString toString(ImportEntity entity);
std::optional<ImportEntity> importEntityFromString(QStringView text);

// One reason a row cannot be imported: its line in the file, the column as the file names it
// (empty when the whole row is at fault), the cell's text and a sentence saying what is wrong.
struct ImportIssue
{
    qint64 line = 0;
    QString column;
    QString value;
    QString reason;
};

// The outcome of an import, whether it wrote anything or not.
struct ImportReport
{
    ImportEntity entity = ImportEntity::Grabbers;
    QString encoding;      // as detected: "UTF-8 with BOM", "UTF-8", "UTF-16", "GB18030"
    QChar delimiter;
    qint64 rows = 0;       // data rows read (blank lines not counted)
    qint64 validRows = 0;
    qint64 invalidRows = 0;
    qint64 imported = 0;   // rows written; 0 after a dry run, a refusal or a cancel
    bool dryRun = false;
    bool cancelled = false;
    QList<ImportIssue> issues; // every issue, in file order (a row may have several)

    // Nothing was written because of invalid rows (all-or-nothing without skip-invalid).
    bool refused() const { return invalidRows > 0 && imported == 0 && !cancelled; }

    QJsonObject toJson(int maxIssues = -1) const;
    // line,column,value,reason: the report as CSV (UTF-8 with BOM, for Excel).
    bool writeCsv(QIODevice *out) const;
};

} // namespace grab
