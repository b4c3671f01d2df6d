#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace grab::chain {

// The event log is a hash chain: each event stores SHA-256(previous event's hash || the event's
// canonical content). Anyone who holds the file can still rewrite it, but not without leaving a
// trace: a changed or deleted event breaks the link after it, and a chain rewritten from some
// point on no longer matches the head sealed into a locked review or written into an export's
// provenance (a witness someone else holds).
//
// The content is hashed field by field, each field tagged and length-prefixed, so that no two
// different events share an encoding. Names, comments and other personal text in the payload
// enter only through the payload's digest: erasing them on request (China's PIPL) keeps that
// digest in an erasure marker, and the chain stays whole ("erased", not "altered").

inline constexpr int kHashSize = 32;

QByteArray sha256(QByteArrayView bytes);
// The hash before the first event: 32 zero bytes.
QByteArray genesis();

class Canonical
{
public:
    Canonical() { m_data.reserve(256); }
    Canonical &integer(std::optional<qint64> v);
    Canonical &text(QStringView s);
    Canonical &bytes(QByteArrayView b);
    const QByteArray &data() const { return m_data; }

private:
    QByteArray m_data;
};

// What the chain knows of a payload: its digest, and whether the text was erased (then the digest
// is the one the erasure kept).
struct PayloadReference
{
    QByteArray digest;
    bool erased = false;
};
PayloadReference payloadReference(const QString &payloadText);
// The marker an erasure writes in place of a payload: {"erasedPayloadSha256":"<hex>"}.
QString erasureMarker(const QString &payloadText);

struct EventFields
{
    qint64 id = 0;
    qint64 at = 0;
    QString type;
    QString actor;
    std::optional<qint64> orderId;
    std::optional<qint64> grabberId;
    std::optional<qint64> ruleVersion;
    QString reason; // empty is stored as NULL and hashed as empty
    QString payload;
};

// SHA-256(previous || canonical(fields)).
QByteArray link(const QByteArray &previous, const EventFields &fields);

// The same in two parts, for a log whose ids are given when the event joins the chain, after the
// change that wrote it committed (a team server: store/eventinbox.h). canonical(fields) is
// linkPrefix(id) followed by contentAfterId(fields); the server's linking function writes the
// prefix itself ('t17:grabdesk-event-v1;i' || id || ';') and appends the content the writer
// computed here.
QByteArray linkPrefix(qint64 id);
QByteArray contentAfterId(const EventFields &fields);

} // namespace grab::chain
