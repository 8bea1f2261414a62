#include "store/schema.h"

#include <string>
#include <vector>

#include "lagebild/error.h"

namespace lagebild::store {
namespace {

// "LAGE" in ASCII, in the header's application_id field: `file` and SQLite tools can tell a
// lagebild store from any other SQLite database.
constexpr int64_t kApplicationId = 0x4C414745;

struct Migration {
  int version;
  const char* name;
  const char* sql;
};

// Offsets in `paragraphs`, `sentences` and `date_evidence` are BYTE offsets into
// documents.text, as in lagebild::Document (the JSON writers convert them to code points).
const std::vector<Migration>& migrations() {
  static const std::vector<Migration> list = {
      {1, "documents, sentences and German full-text search", R"sql(
CREATE TABLE documents (
  key             INTEGER PRIMARY KEY,  -- internal; full-text rowid and layer foreign key
  id              TEXT NOT NULL UNIQUE, -- the article id (JSON id or file name)
  title           TEXT,
  text            TEXT NOT NULL,
  date_value      TEXT NOT NULL DEFAULT '',  -- YYYY-MM or YYYY-MM-DD, '' when unknown
  date_origin     TEXT NOT NULL DEFAULT 'unknown'
                  CHECK (date_origin IN ('given', 'inferred', 'unknown')),
  date_earliest   TEXT NOT NULL DEFAULT '',
  date_latest     TEXT NOT NULL DEFAULT '',
  date_confidence REAL NOT NULL DEFAULT 0,
  date_evidence   TEXT NOT NULL DEFAULT '[]',  -- JSON [{"begin","end","why"}]
  metadata        TEXT NOT NULL DEFAULT '{}',  -- JSON object of string fields
  origin_path     TEXT NOT NULL DEFAULT '',
  origin_line     INTEGER NOT NULL DEFAULT 0,
  sentence_count  INTEGER NOT NULL DEFAULT 0,
  token_count     INTEGER NOT NULL DEFAULT 0,
  content_hash    TEXT NOT NULL,                -- see content_hash.h
  ingested_at     TEXT NOT NULL                 -- UTC, ISO 8601
);
CREATE INDEX documents_by_date ON documents (date_value);

CREATE TABLE paragraphs (
  doc        INTEGER NOT NULL REFERENCES documents (key) ON DELETE CASCADE,
  n          INTEGER NOT NULL,
  start_byte INTEGER NOT NULL,
  end_byte   INTEGER NOT NULL,
  PRIMARY KEY (doc, n)
) WITHOUT ROWID;

CREATE TABLE sentences (
  doc         INTEGER NOT NULL REFERENCES documents (key) ON DELETE CASCADE,
  n           INTEGER NOT NULL,
  start_byte  INTEGER NOT NULL,
  end_byte    INTEGER NOT NULL,
  first_token INTEGER NOT NULL,
  end_token   INTEGER NOT NULL,
  PRIMARY KEY (doc, n)
) WITHOUT ROWID;

-- External-content FTS5 table: the text is stored once, in documents; the triggers keep the
-- index in step with every insert, delete and update of a document row.
CREATE VIRTUAL TABLE documents_fts USING fts5 (
  title, text, content = 'documents', content_rowid = 'key', tokenize = 'lagebild_german'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.key, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text)
    VALUES ('delete', old.key, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text)
    VALUES ('delete', old.key, old.title, old.text);
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.key, new.title, new.text);
END;
)sql"},
  };
  return list;
}

void check_application_id(Connection& connection) {
  int64_t id = connection.query_int("PRAGMA application_id");
  if (id != 0 && id != kApplicationId) {
    throw Error(Error::Code::kUnsupported, connection.path(),
                "is an SQLite database of another application, not a lagebild store");
  }
}

}  // namespace

int latest_schema_version() {
  return migrations().back().version;
}

void migrate(Connection& connection) {
  check_application_id(connection);
  const int latest = latest_schema_version();
  int64_t current = connection.query_int("PRAGMA user_version");
  if (current > latest) {
    throw Error(Error::Code::kUnsupported, connection.path(),
                "store schema version " + std::to_string(current) +
                    " was written by a newer lagebild; this one reads up to version " +
                    std::to_string(latest) + ". Upgrade lagebild to open it.");
  }
  if (current == latest) return;
  if (connection.read_only()) {
    if (current == 0 && connection.query_int("SELECT count(*) FROM sqlite_schema") > 0) {
      check_application_id(connection);
      throw Error(Error::Code::kUnsupported, connection.path(),
                  "is an SQLite database but not a lagebild store");
    }
    throw Error(Error::Code::kUnsupported, connection.path(),
                "store schema version " + std::to_string(current) + " is older than version " +
                    std::to_string(latest) +
                    "; open it once for writing (e.g. `lagebild ingest`) to migrate it");
  }
  for (const Migration& migration : migrations()) {
    if (migration.version <= current) continue;
    Transaction transaction(connection);
    // Re-read inside the write lock: another process may have migrated meanwhile.
    int64_t now = connection.query_int("PRAGMA user_version");
    if (now >= migration.version) {
      transaction.commit();
      continue;
    }
    if (now == 0) {
      if (connection.query_int("SELECT count(*) FROM sqlite_schema") > 0) {
        throw Error(Error::Code::kUnsupported, connection.path(),
                    "is an SQLite database but not a lagebild store");
      }
      connection.exec(
          "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
          "applied_at TEXT NOT NULL);"
          "PRAGMA application_id = " +
          std::to_string(kApplicationId));
    }
    connection.exec(migration.sql);
    Statement record(connection,
                     "INSERT INTO schema_migrations (version, name, applied_at) "
                     "VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))");
    record.bind(1, static_cast<int64_t>(migration.version))
        .bind(2, std::string_view(migration.name));
    record.run();
    connection.exec("PRAGMA user_version = " + std::to_string(migration.version));
    transaction.commit();
  }
}

}  // namespace lagebild::store
