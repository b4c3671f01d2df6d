#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace grab {

// RFC 4180 CSV for Excel: fields quoted when they hold a comma, quote, CR or LF; CRLF line
// ends; optional UTF-8 BOM (Excel needs it to read Chinese text as UTF-8). A text cell that
// starts with = + - @ tab or CR is prefixed with ' so that Excel shows it as text instead of
// running it as a formula; numbers are written as numbers. Streams: constant memory.
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice *out, bool bom = true);

    // Text cells are guarded; numeric QVariants (int, double) are written as they are;
    // an invalid QVariant is an empty cell.
    void writeRow(const QVariantList &cells);
    void writeHeader(const QStringList &names);
    bool ok() const { return m_ok; }

    static QString field(const QVariant &cell);

private:
    QIODevice *m_out;
    bool m_ok = true;
};

} // namespace grab
