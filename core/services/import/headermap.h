#pragma once

#include "columnmapping.h"
#include "importreport.h"
#include "base/error.h"

#include <QHash>
#include <QStringList>

namespace grab {

// Which column of a file holds which field. Headers are matched without regard to case or
// surrounding spaces, in English (the field names `grabctl export` writes) or in Chinese (the
// UI's words and those of Chinese CRM exports); the table is in the README ("Importing from
// CSV"). A ColumnMapping maps other headers to fields, or ignores them. An unknown column that is
// neither mapped nor ignored, a repeated one, or a required one missing, refuses the whole file:
// a typo in a header must not silently drop a column.
class HeaderMap final
{
public:
    struct Field
    {
        QString key;          // the English field name, as exported
        bool required = false;
        QStringList aliases;  // other accepted headers (Chinese ones first)
    };

    static const QList<Field> &fields(ImportEntity entity);
    // The columns `grabctl export` writes for `entity`, in order.
    static QStringList exportColumns(ImportEntity entity);

    static Result<HeaderMap> build(ImportEntity entity, const QStringList &header, const ColumnMapping &mapping = {});
    // The position of a field among fields(entity), or -1 when the entity has no such field.
    static int indexOfField(ImportEntity entity, const QString &key);

    // The cell's index in a row for a field key, or -1 when the file has no such column.
    int indexOf(const QString &key) const { return m_index.value(key, -1); }
    // The header as the file spells it, for reports.
    QString headerOf(const QString &key) const;
    qsizetype width() const { return m_header.size(); }

private:
    QStringList m_header;
    QHash<QString, int> m_index;
};

// One data row seen through the header: cells by field key, with the line for reports.
class ImportRow final
{
public:
    ImportRow(const HeaderMap &map, const QStringList &cells, qint64 line) : m_map(map), m_cells(cells), m_line(line) {}

    bool has(const QString &key) const { return m_map.indexOf(key) >= 0; }
    // The trimmed cell, or an empty string when the column is absent or the row is short.
    QString cell(const QString &key) const;
    qint64 line() const { return m_line; }
    ImportIssue issue(const QString &key, const QString &reason) const
    {
        return ImportIssue{m_line, m_map.headerOf(key), cell(key), reason};
    }

private:
    const HeaderMap &m_map;
    const QStringList &m_cells;
    qint64 m_line;
};

} // namespace grab
