#pragma once

#include "base/error.h"
#include "domain/chaindigest.h"

#include <QHash>
#include <QSqlDatabase>

namespace grab::eventinbox {

// How an event joins the chain on a team server, without holding every writer up.
//
// On a file, one writer runs at a time (BEGIN IMMEDIATE), so an event takes the newest id plus
// one and links to the newest hash inside its own transaction. On a server, writers run side by
// side (dialect::WriteScope::Rows); an id taken inside the transaction would need the chain held
// from the event to the end of the commit, its flush to disk included, and every writer on the
// server would queue behind that lock. So on a server a transaction writes its events to an inbox
// (grabdesk_event_inbox), in the same transaction as the change they record, with the content
// the chain hashes already computed here (chain::contentAfterId). Right after the commit, the
// writer asks the server to link what waits (grabdesk_link_events(), schemapostgres.cpp): under
// the chain's lock, which only linkers take, each waiting event gets the newest id plus one and
// its hash, in one short transaction per batch. Event ids still follow the order in which events
// became visible in `events`, which the live feed relies on. If a writer dies between its commit
// and its link, the next link of anyone (another write, `grabctl serve`'s heartbeat) takes its
// events along; nothing that was committed is lost.

// Whether this connection's events wait in the inbox (a server) or join the chain at once (a file).
bool linksLater(const QSqlDatabase &db);

// Writes one event to the inbox inside the caller's write transaction. `fields` has no id yet;
// `content` is chain::contentAfterId(fields). Returns the event's ticket, which the transaction
// turns into its id once it committed and linked (Transaction::eventId).
Result<qint64> stage(const QSqlDatabase &db, const chain::EventFields &fields, const QByteArray &content);

// Links every event waiting in the inbox, inside the caller's transaction: for writers that read
// the log to decide (an erasure looks for every event naming a customer; a review's seal takes
// the chain's head) and for `grabctl serve`'s heartbeat. Nothing on a file.
Status linkPending(const QSqlDatabase &db);

// How many committed events wait to be linked (0 on a file): a copy of a whole team refuses to
// leave them behind.
Result<qint64> waiting(const QSqlDatabase &db);

// Called by the outermost Transaction after its COMMIT succeeded: links what waits, and returns
// the ids the events this connection staged since it began were given (ticket -> id). A link
// that fails here leaves the events for the next one; the change itself is committed.
QHash<qint64, qint64> linkAfterCommit(const QSqlDatabase &db);
// Called when the outermost transaction ended without a commit: its tickets mean nothing.
void forget(const QSqlDatabase &db);

} // namespace grab::eventinbox
