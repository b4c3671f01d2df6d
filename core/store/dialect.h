#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace grab::dialect {

// What differs between the two engines GrabDesk stores a team in, in one place: SQLite (one
// desktop, a file) and PostgreSQL (a team server). The services write one SQL for both; what
// they cannot write the same way, they ask here. Nothing outside core/store asks which engine
// answers.
enum class Engine { SQLite, PostgreSQL };

// The engine behind a connection (its Qt driver).
Engine engineOf(const QSqlDatabase &db);

// How much of the database a write transaction takes for itself.
//  - Whole: every other writer waits until it ends. SQLite's BEGIN IMMEDIATE always works so; on
//    PostgreSQL an exclusive advisory lock of the team's makes it so, which keeps every service's
//    read-then-write exactly as safe there as on SQLite.
//  - Rows: on PostgreSQL it runs beside other Rows writers, and locks the rows it decides on
//    itself (rowLock) before reading them; it still waits for, and holds off, a Whole writer.
//    The grab is one: two grabbers of different orders never wait for each other. On SQLite it
//    is BEGIN IMMEDIATE like the rest: one writer at a time is what SQLite has.
enum class WriteScope { Whole, Rows };

// The statements that begin a write transaction, in order.
QStringList beginWrite(Engine engine, WriteScope scope);
// The statement that begins a read that sees one commit throughout (ReadSnapshot).
QString beginRead(Engine engine);

// A statement that locks one row of `table` (by its id column, bound as the one value) until the
// transaction ends; empty where the write lock already covers it (SQLite).
QString rowLock(Engine engine, const QString &table);

// Appending to the event chain. On a file, an event joins the chain inside its own transaction:
// the write lock taken by BEGIN IMMEDIATE already holds the newest event still, so its id is the
// newest one's plus one and ids follow commit order. On a server, writers run side by side, and an
// event waits in an inbox until its transaction committed; the server links it then
// (store/eventinbox.h). lockEventChain() is the lock only linking takes there.
bool eventsLinkAfterCommit(Engine engine);
QString lockEventChain(Engine engine);
// Whether a head of the chain read before the append may serve (SQLite: the write lock was held
// since BEGIN IMMEDIATE).
bool headReadEarlyHolds(Engine engine);

// Following other desktops' commits (core/live). The probe is a statement whose one value moves
// when anyone commits a change: SQLite's data_version (a couple of microseconds, no disk); on a
// server the newest event's id, since every change writes an event and ids follow the order in
// which events become visible (eventinbox.h). A server also says so itself: the schema's trigger on events notifies this
// channel, delivered on commit; SQLite has no such thing (empty).
inline constexpr const char *kCommitChannel = "grabdesk_events";
QString commitProbe(Engine engine);
QString commitChannel(Engine engine);

// The rule sweep's lock (sweeplock.h): a statement that tries it without waiting and answers
// true when taken, and the one that gives it up; empty where the sweep holds the write lock
// instead (SQLite).
QString trySweepLock(Engine engine);
QString sweepUnlock(Engine engine);

// Whether a window sweeps the rules when no `grabctl serve` is alive. On one desktop it does;
// on a team server only services sweep, so that a grabber's window never acts on a colleague's
// order and a sweep never depends on whose window is open.
bool desktopsSweep(Engine engine);

// Whether the engine can prepare this statement ahead. PostgreSQL prepares only SELECT, INSERT,
// UPDATE, DELETE, VALUES and WITH (Qt's driver prepares with PREPARE); the others (BEGIN, SET,
// SHOW, DDL) run directly and take no bound values.
bool preparable(Engine engine, const QString &sql);

// Setting a protective trigger aside and back (inside a transaction; integrity.cpp): the
// statements for each engine. Empty when the trigger is unknown.
QString dropTrigger(Engine engine, const QString &name);

// A JSON text column's member as an SQL expression that equals a bound number or text:
// json_extract on SQLite, ->> on a server.
QString jsonMember(Engine engine, const QString &column, const QString &key);

// Erasing personal text (services/team/erasureservice): the statement that makes this
// connection zero what it frees, and the one that undoes it (SQLite's secure_delete; empty on a
// server, which has no such setting), and the statement run after the commit to push the old
// bytes out (SQLite: a TRUNCATE checkpoint of the WAL; its first column is 0 when it emptied it).
// On a server the old row versions stay in its files until VACUUM reuses their space.
QString secureDelete(Engine engine, bool on);
QString pushErasedBytesOut(Engine engine);

// SQLSTATE classes a PostgreSQL error belongs to, from QSqlError::nativeErrorCode().
// SQLite reports its numeric result code there (at most four digits); PostgreSQL its five-character
// SQLSTATE.
bool isSqlState(const QString &nativeCode);

// The name PostgreSQL gives the lock keys of a team's database (pg_advisory_xact_lock's two
// keys: "GRAB" and what is locked).
inline constexpr int kAdvisoryClass = 0x47524142;
enum class AdvisoryKey { Writers = 1, EventChain = 2, Sweep = 3 };

// The current schema on PostgreSQL: tables, indexes, triggers and the view, created in order
// (a table before the ones that refer to it). Meaning, names and constraints are SQLite's
// (schema.cpp); what a server needs differently is said where it differs.
QStringList postgresSchema();
// The statements that take a server's schema from `toVersion - 1` to `toVersion` (the first
// server schema was 6); Database applies them in one transaction when it opens an older one.
QStringList postgresMigrationTo(int toVersion);
inline constexpr int kFirstServerSchema = 6;
// The statement that recreates one of the protective triggers on PostgreSQL (the erasure steps
// around events_no_update, inside its transaction), or empty.
QString postgresTrigger(const QString &name);

// Copying a whole team from one database to another (services/transfer/teamcopy):
// GrabDesk's tables in the order they are created, a table before the ones that refer to it, so
// that rows inserted in this order never point at a row still to come. Read off postgresSchema();
// a SQLite file of the current version holds the same tables. Not the services' heartbeats
// (services/rules/servicepresence.h), which belong to the machines that run them.
QStringList teamTables();
// A statement listing the database's tables by name (one column), without the engine's own
// bookkeeping (sqlite_*), the server's schema record (grabdesk_schema) or the heartbeats.
QString listTables(Engine engine);
// A statement listing `table`'s columns in their order: the name, and the column's place in the
// primary key (1, 2, ...; 0 for a column outside it).
QString listColumns(Engine engine, const QString &table);
// After rows were inserted with their ids given: the statement that moves `table`'s id generator
// past its highest id, so that the next row added without an id does not collide with a copied
// one. Empty where nothing needs moving: SQLite (an INTEGER PRIMARY KEY takes the highest id
// plus one) and tables whose ids the database does not hand out (events, the link tables).
QString afterIdsGiven(Engine engine, const QString &table);

} // namespace grab::dialect
