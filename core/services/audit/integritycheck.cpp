#include "integritycheck.h"

#include "domain/chaindigest.h"
#include "io/protectedfiles.h"
#include "store/readsnapshot.h"
#include "store/schema.h"
#include "store/sql.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QSet>
#include <QTimeZone>
#include <QSqlQuery>

namespace grab {
namespace {

constexpr int kMostBreaksListed = 100;

QString eventPlace(qint64 id, qint64 at)
{
    return QStringLiteral("event #%1 (%2)").arg(id).arg(QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()).toString(Qt::ISODate));
}

// The head a seal or a witness names, compared with the log as it is now.
std::optional<IntegrityBreak> checkHead(const QSqlDatabase &db, qint64 id, const QByteArray &hash, const QString &who, Status *error)
{
    if (id == 0) {
        return std::nullopt; // the log was empty then
    }
    auto now = integrity::eventHash(db, id);
    if (!now) {
        if (now.error().code != ErrorCode::NotFound) {
            *error = now.error();
            return std::nullopt;
        }
        return IntegrityBreak{IntegrityBreak::Kind::LogCut, QStringLiteral("event #%1").arg(id), id,
                              QStringLiteral("%1 holds event #%2 as the chain's head, and that event is gone: the log was cut.").arg(who).arg(id)};
    }
    if (now->hash != hash) {
        return IntegrityBreak{IntegrityBreak::Kind::LogRewritten, QStringLiteral("event #%1").arg(id), id,
                              QStringLiteral("%1 holds another hash for event #%2 than the log has now: the log was rewritten up to there.")
                                  .arg(who)
                                  .arg(id)};
    }
    return std::nullopt;
}

} // namespace

Result<IntegrityReport> IntegrityCheck::run(const std::optional<ChainWitness> &witness)
{
    const QSqlDatabase db = m_ctx.db.connection();
    auto snapshot = ReadSnapshot::begin(db); // one commit throughout
    if (!snapshot) {
        return snapshot.error();
    }
    IntegrityReport report;
    const auto add = [&](IntegrityBreak b) {
        if (report.breaks.size() < kMostBreaksListed) {
            report.breaks.append(std::move(b));
        }
    };

    // 1. The triggers that keep the log append-only and a locked review locked: present, and as
    // GrabDesk wrote them (integrity::protectiveTriggerState says how on each engine).
    auto triggers = integrity::protectiveTriggerState(db);
    if (!triggers) {
        return triggers.error();
    }
    for (const QString &name : triggers->missing) {
        add({IntegrityBreak::Kind::TriggerMissing, QStringLiteral("trigger %1").arg(name), 0,
             QStringLiteral("The protective trigger %1 is missing: someone dropped it.").arg(name)});
    }
    for (const QString &name : triggers->changed) {
        add({IntegrityBreak::Kind::TriggerChanged, QStringLiteral("trigger %1").arg(name), 0,
             QStringLiteral("The protective trigger %1 is not the one GrabDesk wrote: someone replaced it.").arg(name)});
    }

    // 2. The chain, oldest first. Each event is checked against the hash stored before it, so one
    // changed event is reported alone and the events after it still verify.
    if (auto s = forEachCached(db, QStringLiteral("SELECT guaranteed_from, built_at FROM event_chain WHERE id = 1"), {},
                               [&](const QSqlQuery &q) {
                                   report.guaranteedFrom = q.value(0).toLongLong();
                                   report.chainBuiltAt = q.value(1).toLongLong();
                               },
                               QStringLiteral("reading the event chain record"));
        !s) {
        return s.error();
    }
    {
        auto q = runSql(db,
                        QStringLiteral("SELECT %1, chain_hash FROM events ORDER BY id").arg(integrity::kEventColumns),
                        {}, QStringLiteral("checking the event chain"));
        if (!q) {
            return q.error();
        }
        QByteArray previous = chain::genesis();
        qint64 previousId = 0;
        while (q->next()) {
            const chain::EventFields f = integrity::eventFields(*q);
            const QByteArray stored = q->value(9).toByteArray();
            ++report.events;
            if (stored.isEmpty()) {
                add({IntegrityBreak::Kind::EventUnchained, eventPlace(f.id, f.at), f.id,
                     QStringLiteral("Event #%1 has no place in the chain: it was written around GrabDesk.").arg(f.id)});
            } else if (chain::link(previous, f) != stored) {
                if (f.id != previousId + 1) {
                    const QString gone = f.id - previousId == 2 ? QStringLiteral("event #%1 was deleted").arg(previousId + 1)
                                                                : QStringLiteral("events #%1 to #%2 were deleted").arg(previousId + 1).arg(f.id - 1);
                    add({IntegrityBreak::Kind::EventsMissing, eventPlace(f.id, f.at), previousId + 1,
                         QStringLiteral("Event #%1 no longer follows event #%2: %3.").arg(f.id).arg(previousId).arg(gone)});
                } else {
                    add({IntegrityBreak::Kind::EventAltered, eventPlace(f.id, f.at), f.id,
                         QStringLiteral("Event #%1 of %2 was altered after it was written.")
                             .arg(f.id)
                             .arg(QDateTime::fromMSecsSinceEpoch(f.at, QTimeZone::utc()).toString(Qt::ISODate))});
                }
            } else if (chain::payloadReference(f.payload).erased) {
                ++report.erased;
            }
            previous = stored;
            previousId = f.id;
            report.head = integrity::Head{f.id, stored};
        }
        if (auto end = rowsEnded(*q, QStringLiteral("checking the event chain")); !end) {
            return end.error();
        }
        q->finish();
    }

    // 3. Each locked review: its frozen content and the head it sealed.
    struct Sealed
    {
        qint64 id;
        QString quarter;
        QByteArray digest;
        qint64 headId;
        QByteArray headHash;
    };
    QList<Sealed> locked;
    if (auto s = forEachCached(db,
                               QStringLiteral("SELECT id, quarter, seal_digest, seal_head_id, seal_head_hash FROM review_cycles "
                                              "WHERE state = 'locked' ORDER BY quarter"),
                               {},
                               [&](const QSqlQuery &q) {
                                   locked.append(Sealed{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toByteArray(),
                                                        q.value(3).toLongLong(), q.value(4).toByteArray()});
                               },
                               QStringLiteral("reading the locked reviews"));
        !s) {
        return s.error();
    }
    for (const Sealed &r : locked) {
        const QString place = QStringLiteral("review %1").arg(r.quarter);
        if (r.digest.isEmpty()) {
            add({IntegrityBreak::Kind::ReviewUnsealed, place, 0, QStringLiteral("The review %1 is locked but has no seal.").arg(r.quarter)});
            report.alteredReviews << r.quarter;
            continue;
        }
        auto digest = integrity::reviewDigest(db, r.id, integrity::Head{r.headId, r.headHash});
        if (!digest) {
            return digest.error();
        }
        bool holds = *digest == r.digest;
        if (!holds) {
            add({IntegrityBreak::Kind::ReviewAltered, place, 0,
                 QStringLiteral("The review %1 was altered after it was locked: its entries or decisions no longer match its seal.").arg(r.quarter)});
        }
        Status error = Done{};
        if (auto b = checkHead(db, r.headId, r.headHash, QStringLiteral("The seal of the review %1").arg(r.quarter), &error)) {
            add(*b);
            holds = false;
        }
        if (!error) {
            return error.error();
        }
        (holds ? report.verifiedReviews : report.alteredReviews) << r.quarter;
    }

    // 4. A witness from outside the file.
    if (witness) {
        report.witnessChecked = true;
        Status error = Done{};
        if (auto b = checkHead(db, witness->headId, witness->headHash, QStringLiteral("The witness %1").arg(witness->source), &error)) {
            add(*b);
        }
        if (!error) {
            return error.error();
        }
    }
    return report;
}

Result<bool> IntegrityCheck::reviewSealHolds(qint64 cycleId)
{
    const QSqlDatabase db = m_ctx.db.connection();
    auto snapshot = ReadSnapshot::begin(db);
    if (!snapshot) {
        return snapshot.error();
    }
    auto q = runSql(db, QStringLiteral("SELECT seal_digest, seal_head_id, seal_head_hash FROM review_cycles WHERE id = ? AND state = 'locked'"),
                    {cycleId}, QStringLiteral("reading a review's seal"));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        if (auto end = rowsEnded(*q, QStringLiteral("reading a review's seal")); !end) {
            return end.error();
        }
        return makeError(ErrorCode::NotFound, QStringLiteral("The review is not locked."), QStringLiteral("not_locked"));
    }
    const QByteArray sealed = q->value(0).toByteArray();
    const integrity::Head head{q->value(1).toLongLong(), q->value(2).toByteArray()};
    q->finish();
    if (sealed.isEmpty()) {
        return false;
    }
    auto digest = integrity::reviewDigest(db, cycleId, head);
    if (!digest) {
        return digest.error();
    }
    if (*digest != sealed) {
        return false;
    }
    Status error = Done{};
    const bool headHolds = !checkHead(db, head.id, head.hash, QString(), &error);
    if (!error) {
        return error.error();
    }
    return headHolds;
}

Result<ChainWitness> IntegrityCheck::witnessFrom(const QString &sidecarPath)
{
    if (auto s = protectedfiles::check(sidecarPath); !s) {
        return s.error();
    }
    QFile f(sidecarPath);
    if (!f.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Cannot read %1: %2.").arg(sidecarPath, f.errorString()));
    }
    const QJsonObject chainHead = QJsonDocument::fromJson(f.read(16 * 1024 * 1024)).object().value(QStringLiteral("eventChain")).toObject();
    const qint64 id = chainHead.value(QStringLiteral("headEventId")).toInteger(-1);
    const QByteArray hash = QByteArray::fromHex(chainHead.value(QStringLiteral("headSha256")).toString().toLatin1());
    if (id < 0 || (id > 0 && hash.size() != chain::kHashSize)) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 holds no event chain head (an export's side-car from GrabDesk with schema 6 or later does).").arg(sidecarPath),
                         QStringLiteral("no_witness"));
    }
    return ChainWitness{id, hash, sidecarPath};
}

} // namespace grab
