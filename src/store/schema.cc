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
-- index in step with every insert, delete and update of a document row (until v3, where
-- Store::write does it).
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
      // Every annotation layer of lagebild::Document, one row per item, keyed by (doc, n) with n
      // the item's index in its layer. Offsets are BYTE offsets into documents.text as in v1;
      // `sentence` is the index n of the sentence that holds the item's first byte (-1: none).
      // Attribute strings are '' when not known, as in Document. The indexes serve the query
      // commands: entities by id and type, timelines by date and entity, events by type, actor
      // and date, claims by document and sentence. Documents stored under v1 keep empty layers
      // until they are ingested again (their content hash then differs, see content_hash.h).
      {2, "annotation layers: entities, roles, timexes, quantities, events", R"sql(
CREATE TABLE entities (
  doc        INTEGER NOT NULL REFERENCES documents (key) ON DELETE CASCADE,
  n          INTEGER NOT NULL,
  sentence   INTEGER NOT NULL,
  start_byte INTEGER NOT NULL,
  end_byte   INTEGER NOT NULL,
  type       TEXT NOT NULL,               -- PER, LOC, ORG, MISC
  derived    INTEGER NOT NULL DEFAULT 0,  -- "ukrainische" -> the country
  part       INTEGER NOT NULL DEFAULT 0,  -- "Nato" in "Nato-Generalsekretär"
  entity_id  TEXT NOT NULL DEFAULT '',    -- knowledge-base id or normalised-name id
  name       TEXT NOT NULL DEFAULT '',    -- canonical name
  PRIMARY KEY (doc, n)
) WITHOUT ROWID;
CREATE INDEX entities_by_id ON entities (entity_id, doc, sentence);
CREATE INDEX entities_by_type ON entities (type, entity_id);

CREATE TABLE roles (
  doc          INTEGER NOT NULL REFERENCES documents (key) ON DELETE CASCADE,
  n            INTEGER NOT NULL,
  sentence     INTEGER NOT NULL,
  start_byte   INTEGER NOT NULL,
  end_byte     INTEGER NOT NULL,
  person       TEXT NOT NULL DEFAULT '',  -- entity id
  office       TEXT NOT NULL DEFAULT '',
  country      TEXT NOT NULL DEFAULT '',  -- ISO 3166-1 alpha-3
  organisation TEXT NOT NULL DEFAULT '',  -- entity id
  PRIMARY KEY (doc, n)
) WITHOUT ROWID;
CREATE INDEX roles_by_person ON roles (person);

CREATE TABLE timexes (
  doc        INTEGER NOT NULL REFERENCES documents (key) ON DELETE CASCADE,
  n          INTEGER NOT NULL,
  sentence   INTEGER NOT NULL,
  start_byte INTEGER NOT NULL,
  end_byte   INTEGER NOT NULL,
  type       TEXT NOT NULL,              -- TIMEX3: DATE, TIME, DURATION, SET
  value      TEXT NOT NULL DEFAULT '',
  mod        TEXT NOT NULL DEFAULT '',
  anchor     TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (doc, n)
) WITHOUT ROWID;
CREATE INDEX timexes_by_value ON timexes (type, value);

CREATE TABLE quantities (
  doc        INTEGER NOT NULL REFERENCES documents (key) ON DELETE CASCADE,
  n          INTEGER NOT NULL,
  sentence   INTEGER NOT NULL,
  start_byte INTEGER NOT NULL,
  end_byte   INTEGER NOT NULL,
  value      REAL NOT NULL,
  upper      REAL,                       -- NULL unless a range or ratio
  unit       TEXT NOT NULL DEFAULT '',
  approx     TEXT NOT NULL DEFAULT '',
  counted    TEXT NOT NULL DEFAULT '',   -- "nordkoreanische Soldaten"
  source     TEXT NOT NULL DEFAULT '',   -- who says so: entity id or text
  PRIMARY KEY (doc, n)
) WITHOUT ROWID;
CREATE INDEX quantities_by_source ON quantities (source);

CREATE TABLE events (
  doc           INTEGER NOT NULL REFERENCES documents (key) ON DELETE CASCADE,
  n             INTEGER NOT NULL,
  sentence      INTEGER NOT NULL,
  start_byte    INTEGER NOT NULL,        -- the trigger
  end_byte      INTEGER NOT NULL,
  type          TEXT NOT NULL,           -- PLOVER
  mode          TEXT NOT NULL DEFAULT '',
  source        TEXT NOT NULL DEFAULT '',  -- entity ids
  target        TEXT NOT NULL DEFAULT '',
  date          TEXT NOT NULL DEFAULT '',  -- TIMEX3 date value
  place         TEXT NOT NULL DEFAULT '',  -- entity id of a geocoded place
  attributed_to TEXT NOT NULL DEFAULT '',
  negated       INTEGER NOT NULL DEFAULT 0,
  aux           TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (doc, n)
) WITHOUT ROWID;
CREATE INDEX events_by_type ON events (type, date);
CREATE INDEX events_by_source ON events (source);
CREATE INDEX events_by_target ON events (target);
CREATE INDEX events_by_date ON events (date);

-- Full-text index tuning for bulk ingest: the in-memory term table holds up to 32 MiB before it
-- is flushed as a segment (default 1 MiB, which cut each ingest batch into many small segments
-- that then had to be merged again).
INSERT INTO documents_fts (documents_fts, rank) VALUES ('hashsize', 33554432);
)sql"},
      // Paragraph and sentence spans move into their document's row, as JSON arrays in layer
      // order: paragraph_spans [[start_byte, end_byte], ...], sentence_spans [[start_byte,
      // end_byte, first_token, end_token], ...]. A news article has ~80 sentences, so the tables
      // of v1 held ~75 rows per article, and inserting them cost the single writer thread more
      // than the document row itself. The views `paragraphs` and `sentences` show the spans as
      // the v1 tables did (n: the index in the array), so queries read them as before.
      //
      // The full-text triggers of v1 go: Store::write keeps documents_fts in step itself. A
      // statement that fires a trigger runs inside a statement savepoint, and FTS5 writes its
      // in-memory terms to disk at each savepoint: with the triggers every document became an
      // index segment of its own, and merging those cost the writer a third of its time.
      {3, "spans packed into the document row; full-text index kept by the writer", R"sql(
ALTER TABLE documents ADD COLUMN paragraph_spans TEXT NOT NULL DEFAULT '[]';
ALTER TABLE documents ADD COLUMN sentence_spans TEXT NOT NULL DEFAULT '[]';
-- The v1 tables are scanned in primary-key order (doc, n): each array comes out in layer order.
UPDATE documents SET
  paragraph_spans = (SELECT coalesce(json_group_array(json_array(start_byte, end_byte)), '[]')
                     FROM (SELECT start_byte, end_byte FROM paragraphs
                           WHERE doc = documents.key ORDER BY n)),
  sentence_spans = (SELECT coalesce(json_group_array(
                             json_array(start_byte, end_byte, first_token, end_token)), '[]')
                    FROM (SELECT start_byte, end_byte, first_token, end_token FROM sentences
                          WHERE doc = documents.key ORDER BY n));
DROP TABLE paragraphs;
DROP TABLE sentences;
CREATE VIEW paragraphs (doc, n, start_byte, end_byte) AS
  SELECT d.key, p.key, p.value ->> 0, p.value ->> 1
  FROM documents AS d, json_each(d.paragraph_spans) AS p;
CREATE VIEW sentences (doc, n, start_byte, end_byte, first_token, end_token) AS
  SELECT d.key, s.key, s.value ->> 0, s.value ->> 1, s.value ->> 2, s.value ->> 3
  FROM documents AS d, json_each(d.sentence_spans) AS s;
DROP TRIGGER documents_fts_insert;
DROP TRIGGER documents_fts_delete;
DROP TRIGGER documents_fts_update;
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
  migrate_to(connection, latest_schema_version());
}

void migrate_to(Connection& connection, int target_version) {
  check_application_id(connection);
  const int latest = latest_schema_version();
  int64_t current = connection.query_int("PRAGMA user_version");
  if (current > latest) {
    throw Error(Error::Code::kUnsupported, connection.path(),
                "store schema version " + std::to_string(current) +
                    " was written by a newer lagebild; this one reads up to version " +
                    std::to_string(latest) + ". Upgrade lagebild to open it.");
  }
  if (current >= target_version) return;
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
    if (migration.version <= current || migration.version > target_version) continue;
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
