#pragma once

namespace grab {

// Once a server connection is lost, Qt's SQL layer warns on stderr for each statement it then
// frees or prepares ("Unable to free statement: no connection to the server", "QSqlQuery::
// prepare: database not open"). GrabDesk says what happened itself, in one sentence (exit 6), so
// these echoes are dropped; every other message goes where it went before. Call once, first
// thing in main().
void quietLostConnectionEchoes();

} // namespace grab
