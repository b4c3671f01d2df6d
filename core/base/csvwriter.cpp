#include "csvwriter.h"

namespace grab {

CsvWriter::CsvWriter(QIODevice *out, bool bom) : m_out(out)
{
    if (bom) {
        m_ok = m_out->write("\xEF\xBB\xBF", 3) == 3;
    }
}

QString CsvWriter::field(const QVariant &cell)
{
    if (!cell.isValid() || cell.isNull()) {
        return {};
    }
    const int type = cell.metaType().id();
    if (type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::UInt || type == QMetaType::ULongLong) {
        return QString::number(cell.toLongLong());
    }
    if (type == QMetaType::Double) {
        return QString::number(cell.toDouble(), 'g', 15);
    }
    QString text = cell.toString();
    if (!text.isEmpty()) {
        const QChar first = text.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r') {
            text.prepend(u'\'');
        }
    }
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        text = u'"' + text + u'"';
    }
    return text;
}

void CsvWriter::writeRow(const QVariantList &cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QVariant &c : cells) {
        fields.append(field(c));
    }
    const QByteArray line = fields.join(u',').toUtf8() + "\r\n";
    m_ok = m_ok && m_out->write(line) == line.size();
}

void CsvWriter::writeHeader(const QStringList &names)
{
    QVariantList cells;
    for (const QString &n : names) {
        cells.append(n);
    }
    writeRow(cells);
}

} // namespace grab
