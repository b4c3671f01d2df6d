#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QVariant>

namespace grab {

// A table's rows as one SHA-256, computed the same way whichever engine the rows were read from,
// so that a copy can be compared with its source across SQLite and PostgreSQL (TeamCopy). Each
// value is rendered canonically with its kind: NULL apart from an empty text, a whole number in
// decimal, a REAL / DOUBLE PRECISION as the shortest text that reads back to the same double, a
// text as its UTF-8 with its length, a BLOB / BYTEA in hex. Rows go in in the order they were
// read (the caller reads both sides in primary-key order) and each row is closed, so neither a
// value moved to a neighbouring column nor a row split in two goes unnoticed.
class RowDigest final
{
public:
    RowDigest() : m_hash(QCryptographicHash::Sha256) {}

    void addValue(const QVariant &value);
    void endRow();

    qint64 rows() const { return m_rows; }
    // The digest of every row added, in hex; add nothing after asking.
    QByteArray hex() const;

    // One value as it is hashed (for the tests, and to say what a value became).
    static QByteArray canonical(const QVariant &value);

private:
    QCryptographicHash m_hash;
    qint64 m_rows = 0;
};

} // namespace grab
