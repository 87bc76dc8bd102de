// The store's SQLite schema, its version history and the migration that
// brings any older file up to Store::kSchemaVersion. Table-by-table
// description: docs/store.md "Schema".
#ifndef HERODOTUS_STORE_SCHEMA_H_
#define HERODOTUS_STORE_SCHEMA_H_

#include <sqlite3.h>

#include <string_view>

#include "herodotus/status.h"

namespace herodotus::store {

// PRAGMA application_id of every herodotus store: "HRDT".
constexpr int kApplicationId = 0x48524454;

// Checks the file is a herodotus store (or empty) of a version this build
// knows, then, unless read_only, creates or migrates it to the current
// version, each step in its own transaction. Errors: kUnsupported (newer
// version), kInvalidArgument (another application's database), kNotFound
// (read_only and no store in the file), SQLite errors as in SqliteStatus.
Status PrepareSchema(sqlite3* db, std::string_view path, bool read_only);

// Runs the migrations from version `from` to `to` (0 ≤ from ≤ to ≤
// Store::kSchemaVersion), each in its own transaction. PrepareSchema uses it;
// tests use it to build files of older versions.
Status MigrateTo(sqlite3* db, std::string_view path, int from, int to);

// The version PrepareSchema found (before migrating); for tests and stats.
int ReadUserVersion(sqlite3* db);

}  // namespace herodotus::store

#endif  // HERODOTUS_STORE_SCHEMA_H_
