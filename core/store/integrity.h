#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QStringList>

namespace grab::integrity {

// The store's side of tamper evidence (domain/chaindigest.h says why and how): the chain's head,
// its one-time build when an older file is upgraded, a locked review's seal, and the triggers
// that every GrabDesk file must keep.

struct Head
{
    qint64 id = 0;     // 0 for an empty log
    QByteArray hash;   // chain::genesis() for an empty log; empty if the newest event has none
};

// The newest event and its hash, read inside the caller's transaction.
Result<Head> head(const QSqlDatabase &db);
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

// The triggers that keep the event log append-only and a locked review locked.
QStringList protectiveTriggers();

} // namespace grab::integrity
