// The store's schema and its migrations.
//
// The schema version lives in SQLite's `PRAGMA user_version` (cheap to read before anything
// else) and, with the name and time of each step, in the table `schema_migrations`. Migrations
// are numbered from 1 and never edited once released: a change to the schema is a new migration
// appended to the list in schema.cc. Each one runs in its own transaction together with the
// version bump, so a crash mid-migration leaves the previous version intact.
//
// Version 2 added the annotation layers (entities, roles, timexes, quantities, events), each a
// table keyed by (doc, n) that references documents(key) ON DELETE CASCADE, like `sentences`:
// replacing a document clears its old layers with no code change in the writer.
//
// Version 3 moved the paragraph and sentence spans of v1 out of their own tables (one row per
// span, ~75 per article) into two JSON array columns of the document row; views named like the
// old tables show them as rows, so that readers and SQL tools see no difference.
#ifndef LAGEBILD_STORE_SCHEMA_H_
#define LAGEBILD_STORE_SCHEMA_H_

#include <string>

#include "store/sqlite.h"

namespace lagebild::store {

// The version this build writes and reads.
int latest_schema_version();

// Brings the database to latest_schema_version(). A read-only connection is only checked. Throws
// Error(kUnsupported) for a database written by a newer lagebild, and for an older one opened
// read-only (it needs a writable open to migrate first).
void migrate(Connection& connection);

// Brings the database to `target_version` (<= latest_schema_version()) and no further: how the
// tests build a store of an older version to check that it upgrades.
void migrate_to(Connection& connection, int target_version);

}  // namespace lagebild::store

#endif  // LAGEBILD_STORE_SCHEMA_H_
