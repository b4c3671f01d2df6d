#pragma once

#include "domain/chaindigest.h"
#include "base/error.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <optional>

namespace grab::integrity {

// The store's side of tamper evidence (domain/chaindigest.h says why and how): the chain's head,
// its one-time build when an older file is upgraded, a locked review's seal, and the triggers
// that every GrabDesk file must keep.

struct Head
{
    qint64 id = 0;     // 0 for an empty log
    QByteArray hash;   // chain::genesis() for an empty log; empty if the newest event has none
};

// The columns of an event that its hash covers, in the order eventFields() reads them.
inline const QString kEventColumns = QStringLiteral("id, at, type, actor, order_id, grabber_id, rule_version, reason, payload");
// One event's fields from a query that selected kEventColumns first.
chain::EventFields eventFields(const QSqlQuery &q);

// The newest event and its hash, read inside the caller's transaction.
Result<Head> head(const QSqlDatabase &db);
// The same as two columns of a larger statement (the grab's one read), and their reader.
QString headColumns();
Head readHead(const QSqlQuery &q, int first);
// The head a new event follows, inside the caller's write transaction: `readEarlier` (what the
// caller read with headColumns() in this transaction) where it still holds, else the chain is
// taken for this transaction (dialect::lockEventChain) and its head read under that lock.
Result<Head> headForAppend(const QSqlDatabase &db, const std::optional<Head> &readEarlier);
// The event with this id and its stored hash (empty hash when it has none); NotFound if absent.
Result<Head> eventHash(const QSqlDatabase &db, qint64 id);

// A locked review's seal: SHA-256 over the cycle's row, its entries and their decisions (every
// column, in id order), and the chain's head at the moment it was locked.
Result<QByteArray> reviewDigest(const QSqlDatabase &db, qint64 cycleId, const Head &head);

// Hashes every event, oldest first, and returns the head: the heart of build(), and what a tool
// that wrote events in bulk (make_bench_db) runs afterwards.
Result<Head> hashEvents(const QSqlDatabase &db);

// Hashes every event of a file that had no chain (schema 6), seals its locked reviews, and
// records from which event on the chain was kept as events were written. Runs inside the
// migration's transaction.
Status build(const QSqlDatabase &db, qint64 nowMs);

// SQLite's own check of the file's structure (PRAGMA quick_check): empty when the file is whole,
// else SQLite's first lines about what is damaged.
Result<QStringList> quickCheck(const QSqlDatabase &db);

// Saves what can still be read of a damaged database to `target` (created 0600): the schema, then
// every table's rows in rowid order, stepping over the rowids a damaged page hides, then indexes
// and triggers. VACUUM INTO stops at the first damaged page and saves nothing, and the sqlite3
// shell's .recover needs the sqlite_dbpage table, which Debian's SQLite does not build. The copy
// is checked (integrity_check) before it is called saved.
struct RecoveryReport
{
    qint64 rows = 0;          // rows copied
    int damagedPlaces = 0;    // places a read failed and the copy stepped over
    QStringList tablesWithLoss;
    QStringList notRestored;  // indexes or triggers that could not be made again
};
Result<RecoveryReport> saveRecoveredCopy(const QString &damaged, const QString &target);

// Replaces the payload of each of these events (id and the payload's text as stored) by
// chain::erasureMarker of that text, inside the caller's transaction: the one update the
// append-only log allows, and only as an erasure of personal text on request
// (services/team/erasureservice). The chain still holds, because it hashed the payload only
// through its digest, which the marker keeps. Returns how many were replaced; an event already
// erased is left as it is.
struct StoredPayload
{
    qint64 eventId = 0;
    QString text;
};
Result<int> erasePayloads(const QSqlDatabase &db, const QList<StoredPayload> &events);

// The triggers that keep the event log append-only and a locked review locked.
QStringList protectiveTriggers();

// Setting one of them aside, and putting it back exactly as GrabDesk wrote it, inside the
// caller's transaction: for the few writes that must step around a guard (an upgrade, an
// erasure, a copy of a whole team). Whoever sets one aside restores it before committing, so
// that no commit ever leaves it missing.
Status setTriggerAside(const QSqlDatabase &db, const QString &trigger);
Status restoreTrigger(const QSqlDatabase &db, const QString &trigger);

// Which protective triggers are missing, and which are not as GrabDesk wrote them. SQLite keeps
// each trigger's text as created, compared whole. A server keeps its parsed form: there a trigger
// must run GrabDesk's function, with its arguments, at its moment and for its statements, be
// enabled, and the function's body must be GrabDesk's.
struct TriggerState
{
    QStringList missing;
    QStringList changed;
};
Result<TriggerState> protectiveTriggerState(const QSqlDatabase &db);

} // namespace grab::integrity
