#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace grab {

// A JSON object written straight to compact text: byte for byte what
// QJsonDocument(object).toJson(QJsonDocument::Compact) writes for the same object (keys in
// order, Qt's escaping), without building the QJsonObject tree first. Every grab attempt records
// an event, and building its payload as a tree and serialising it was ~6 % of the attempt's CPU
// (perf on grab_bench, docs/performance.md). tst_jsontext holds it to Qt's output.
//
//     JsonText().field("state", state).field("holder", holderId).text()
//
// Keys are plain ASCII names, each given once; they come out sorted, as QJsonObject keeps them.
class JsonText
{
public:
    JsonText &field(const char *key, qint64 value);
    JsonText &field(const char *key, int value) { return field(key, qint64(value)); }
    JsonText &field(const char *key, bool value);
    JsonText &field(const char *key, QStringView value);
    JsonText &field(const char *key, const QString &value) { return field(key, QStringView(value)); }
    JsonText &field(const char *key, const JsonText &object) { return raw(key, object.text()); }
    JsonText &null(const char *key) { return raw(key, QByteArrayLiteral("null")); }
    // A value already written as JSON (an array from array(), a nested object's text()).
    JsonText &raw(const char *key, QByteArray json);

    bool isEmpty() const { return m_fields.isEmpty(); }
    QByteArray text() const; // UTF-8

    // A JSON string: quoted and escaped as Qt escapes it.
    static void appendString(QByteArray &out, QStringView s);
    // The same from text that is valid UTF-8 already: what Qt writes for the decoded text.
    static void appendUtf8String(QByteArray &out, QByteArrayView utf8);
    // A JSON array of values already written as JSON.
    static QByteArray array(const QList<QByteArray> &items);

private:
    QList<std::pair<const char *, QByteArray>> m_fields;
};

} // namespace grab
