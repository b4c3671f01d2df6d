#pragma once

#include "base/error.h"
#include "databaselocation.h"

namespace grab::pgpass {

// libpq's password file, where a desk keeps a team server's password instead of a command line
// or GrabDesk's settings: PGPASSFILE, or ~/.pgpass. One line a server,
// "host:port:database:user:password", with ':' and '\' escaped by '\'. libpq ignores the file
// unless only its owner may read it, so it is always written 0600.
QString filePath();

// The line that `location` (a server's) matches in the file, without the password: the host
// as libpq compares it ("localhost" for the default socket), the port (5432 by default).
QString key(const DatabaseLocation &location);

// Stores `password` for `location`: its line replaces one with the same key, the others stay as
// they were, and the file is written whole or not at all (mode 0600).
Status remember(const DatabaseLocation &location, const QString &password);

} // namespace grab::pgpass
