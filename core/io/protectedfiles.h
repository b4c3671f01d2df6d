#pragma once

#include "base/error.h"

#include <QString>

namespace grab::protectedfiles {

// The files of the databases this process has open: each database and its -wal, -shm and
// -journal. Only SQLite may open them. SQLite's locks are POSIX advisory locks, which belong to
// the process: closing *any* descriptor of the file, even one opened just to read a byte or to
// replace the file, drops every lock the process holds on it, and another process may then think
// it is alone and delete the WAL ("How To Corrupt An SQLite Database File", 2.2). So an export
// never writes over them, an import never reads them, and nothing else opens them to look.

// Database::open and ~Database keep the registry; a path opened twice stays until closed twice.
void add(const QString &databasePath);
void remove(const QString &databasePath);

// Whether `path` is one of those files: by the file's identity (device and inode, through stat,
// which opens nothing) when it exists, else by its absolute name.
bool contains(const QString &path);

// The refusal for such a path (InvalidInput, exit 7), naming it.
Error refusal(const QString &path);

// Returns refusal(path) if contains(path), else Done.
Status check(const QString &path);

} // namespace grab::protectedfiles
