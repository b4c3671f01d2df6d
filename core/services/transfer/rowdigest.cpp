#include "rowdigest.h"

#include <QLocale>

namespace grab {

QByteArray RowDigest::canonical(const QVariant &value)
{
    // The QVariant's type is what the driver made of the stored value: both engines' drivers
    // give a qlonglong for a whole number, a double for a REAL, a QByteArray for a BLOB / BYTEA
    // and a QString for a text. A NULL comes back as a null QVariant of the column's type.
    if (value.isNull()) {
        return QByteArrayLiteral("n;");
    }
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return 'i' + QByteArray::number(value.toLongLong()) + ';';
    case QMetaType::Double:
    case QMetaType::Float:
        // Shortest round trip: the same double always gives the same text, and the text gives
        // the double back, so two engines agree exactly when they hold the same bits.
        return 'r' + QByteArray::number(value.toDouble(), 'g', QLocale::FloatingPointShortest) + ';';
    case QMetaType::QByteArray: {
        const QByteArray hex = value.toByteArray().toHex();
        return 'x' + QByteArray::number(hex.size()) + ':' + hex + ';';
    }
    default: {
        const QByteArray utf8 = value.toString().toUtf8();
        return 't' + QByteArray::number(utf8.size()) + ':' + utf8 + ';';
    }
    }
}

void RowDigest::addValue(const QVariant &value)
{
    m_hash.addData(canonical(value));
}

void RowDigest::endRow()
{
    m_hash.addData(QByteArrayView("\n"));
    ++m_rows;
}

QByteArray RowDigest::hex() const
{
    return m_hash.resultView().toByteArray().toHex();
}

} // namespace grab
