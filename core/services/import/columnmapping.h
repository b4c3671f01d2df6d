#pragma once

#include "importreport.h"
#include "base/error.h"

#include <QHash>
#include <QStringList>

namespace grab {

// What the manager says about a file's columns, beyond the names GrabDesk knows (HeaderMap):
// a column mapped to a field (`--map 客户级别=tier`) or left out on purpose (`--ignore 联系电话`).
// Headers are matched as HeaderMap matches them: without regard to case or surrounding spaces.
// A column nobody mapped or ignored, whose name is not a known one, still refuses the file: a
// typo in a header must never silently drop its data.
struct ColumnMapping
{
    QHash<QString, QString> fields; // file header -> field key
    QStringList ignored;            // file headers

    bool isEmpty() const { return fields.isEmpty() && ignored.isEmpty(); }
    // "客户级别=tier,所属区域=region" and "联系电话,负责人" (grabctl's --map and --ignore); a
    // malformed pair is an error naming it.
    static Result<ColumnMapping> parse(const QString &map, const QString &ignore);
};

// The import wizard's first guess for each column of a file: a field, *ignore*, or nothing, and
// why (shown beside the choice). From the header (the known names, and the words of Chinese CRM
// exports) and then from the values (tier words, phone numbers, amounts, region names).
struct ColumnGuess
{
    enum class Kind { Field, Ignore, None };
    QString header;
    Kind kind = Kind::None;
    QString field;       // Kind::Field
    QString why;         // one short sentence, in the UI's language
    QStringList samples; // up to three non-empty values, for the wizard's table
};

namespace columnguess {

QList<ColumnGuess> guess(ImportEntity entity, const QStringList &header, const QList<QStringList> &sampleRows);
// The field a header names by itself (a known name or alias), or empty.
QString fieldNamed(ImportEntity entity, const QString &header);
// The key under which a mapping is remembered: the entity and the file's header, normalized.
QString headerSetKey(ImportEntity entity, const QStringList &header);
// HeaderMap's normalization: trimmed, lower case, spaces as underscores, no BOM.
QString normalized(const QString &header);

} // namespace columnguess

} // namespace grab
