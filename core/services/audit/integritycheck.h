#pragma once

#include "services/context.h"
#include "base/error.h"
#include "store/integrity.h"

#include <QList>
#include <QString>

#include <optional>

namespace grab {

// One place where the log or a locked review no longer is what was written.
struct IntegrityBreak
{
    enum class Kind {
        TriggerMissing,  // a protective trigger was dropped
        TriggerChanged,  // ... or replaced by another
        EventAltered,    // an event's content no longer matches its hash
        EventsMissing,   // events were deleted (the next one no longer links)
        EventUnchained,  // an event without a hash (written around GrabDesk)
        LogCut,          // a sealed head or a witness names an event that is gone
        LogRewritten,    // ... or one whose hash is now another: the chain was recomputed
        ReviewAltered,   // a locked review's entries or decisions changed after locking
        ReviewUnsealed,  // a locked review without a seal
    };
    Kind kind = Kind::EventAltered;
    QString place;   // "event #1234 (2026-11-20T02:00:00Z)", "review 2026-Q3", "trigger events_no_update"
    qint64 eventId = 0;
    QString message; // one sentence
};

// A copy of the chain's head that someone else holds: an export's provenance side-car.
struct ChainWitness
{
    qint64 headId = 0;
    QByteArray headHash;
    QString source; // the file it came from
};

struct IntegrityReport
{
    qint64 events = 0;
    qint64 guaranteedFrom = 1; // events before it were chained when the file was upgraded
    qint64 chainBuiltAt = 0;
    integrity::Head head;
    qint64 erased = 0;              // events whose personal text was erased on request
    QStringList verifiedReviews;    // locked reviews whose seal holds
    QStringList alteredReviews;
    QList<IntegrityBreak> breaks;   // in the log's order; the first is the first broken link
    bool witnessChecked = false;
    bool ok() const { return breaks.isEmpty(); }
};

// `grabctl verify` and the window's check at start: the hash chain over the event log, each
// locked review's seal, the protective triggers, and optionally a witness held outside the file.
// A file cannot be made tamper-proof against its owner; this makes tampering evident.
class IntegrityCheck final
{
public:
    explicit IntegrityCheck(Context ctx) : m_ctx(std::move(ctx)) {}

    Result<IntegrityReport> run(const std::optional<ChainWitness> &witness = std::nullopt);

    // The chain head an export's side-car (FILE.csv.json) recorded.
    static Result<ChainWitness> witnessFrom(const QString &sidecarPath);

    // Whether one locked review's seal holds (the sheet and the export say "verified" or
    // "altered after locking"); NotFound for a cycle that is not locked.
    Result<bool> reviewSealHolds(qint64 cycleId);

private:
    Context m_ctx;
};

} // namespace grab
