#pragma once

#include <QStringList>

namespace grab::schema {

// The newest schema this build reads and writes (PRAGMA user_version).
inline constexpr int kVersion = 5;
// PRAGMA application_id: "GRAB". Tells our files from other SQLite files.
inline constexpr int kApplicationId = 0x47524142;

// The statements that take a database from version `toVersion - 1` to `toVersion`.
// Applied in order, all in one BEGIN IMMEDIATE transaction by Database::open().
QStringList migrationTo(int toVersion);

} // namespace grab::schema
