#pragma once

#include <QStringList>

namespace grab::schema {

// The newest schema this build reads and writes (PRAGMA user_version).
inline constexpr int kVersion = 7;
// PRAGMA application_id: "GRAB". Tells our files from other SQLite files.
inline constexpr int kApplicationId = 0x47524142;

// The statements that take a database from version `toVersion - 1` to `toVersion`.
// Applied in order, all in one BEGIN IMMEDIATE transaction by Database::open().
QStringList migrationTo(int toVersion);
// The CREATE TRIGGER statement of the newest schema that defines `name` (to restore a guard a
// migration stepped around), or empty.
QString triggerSql(const QString &name);

} // namespace grab::schema
