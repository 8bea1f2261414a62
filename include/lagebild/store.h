// lagebild — the Store: articles and their layers in one SQLite file, with German full-text
// search.
//
// One file, WAL mode. Each write() is ONE transaction: after a crash (kill -9, power loss) the
// file holds every batch committed before it and nothing of the batch in flight, and writing the
// same input again completes it, because writes are idempotent:
//   - a document whose id is new is inserted;
//   - a document whose id is stored with the same content hash (title, text, date, metadata and
//     stored layers; not the file it was read from) is skipped;
//   - a document whose id is stored with different content replaces that version, its
//     full-text entry and all its layer rows.
// Durability: the store runs with synchronous=NORMAL. In WAL mode that never corrupts the file
// and never loses a commit to a crash of the process (kill -9): a commit is in the WAL, which the
// operating system keeps. Only an operating-system crash or power loss can undo the last batches
// before the next checkpoint; the file stays valid and re-running the ingest restores them.
// That trades a per-commit fsync we do not need for the throughput ingest does need.
//
// Search. Queries are German words; the index holds Snowball stems, and for compounds also the
// stems of their parts (hyphenated "Atom-Abwehr", and closed "Luftabwehrkräfte" split by a
// corpus-built decompounder), so "Drohne" finds "Drohnen" and "Abwehr" finds
// "Luftabwehrkräfte". Query syntax: words are ANDed; "double quotes" make a phrase; OR between
// two terms makes either suffice. Nothing else is special: any input is a valid query.
// Ranking is BM25 (title weighted twice the text).
//
// Schema. Versioned by numbered migrations (PRAGMA user_version and the table
// schema_migrations); open() applies missing ones and refuses a file from a newer lagebild.
//
// Threads. A Store serialises its calls with a mutex: it may be shared, but calls do not run in
// parallel. For parallel readers, open one read-only Store per thread; a writer and readers may
// use the same file at once (WAL).
#ifndef LAGEBILD_STORE_H_
#define LAGEBILD_STORE_H_

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lagebild/document.h"

namespace lagebild {

struct StoreOptions {
  // Read-only: never creates, migrates nor writes; a missing file is Error(kNotFound). Readers
  // (search, show, stats) use this so that a mistyped path does not leave an empty store behind.
  bool read_only = false;
  // How long a call waits for a lock another process holds (a writer while we write, a
  // checkpoint) before failing with Error(kStore). Ingest batches take well under a second.
  int busy_timeout_ms = 10000;
  // SQLite page cache per connection. 64 MiB keeps the full-text index's hot pages in memory
  // during a large ingest; readers barely use it.
  int cache_size_mib = 64;
  // The decompounding lexicon for the full-text tokenizer; empty: the bundled one
  // (data/de/decompound_lexicon.tsv.gz). Index and queries must use the same lexicon.
  std::string lexicon_path;
};

struct StoreWriteResult {
  size_t inserted = 0;   // ids not stored before
  size_t replaced = 0;   // ids stored with other content, now replaced
  size_t unchanged = 0;  // ids stored with the same content hash, skipped
};

struct SearchHit {
  std::string id;
  std::optional<std::string> title;
  std::string date;  // the document date value ("2023-05", "2023-05-12"), "" when unknown
  double score = 0;  // BM25 relevance, higher is better; comparable within one search only
  // A passage of the text (about SearchOptions::snippet_tokens words) with each matching word
  // enclosed in the markers of SearchOptions; "…" where the passage is cut.
  std::string snippet;
};

struct SearchOptions {
  size_t limit = 20;
  size_t offset = 0;  // for paging: skip this many hits first
  // No markers in the snippet (match_open/match_close ignored).
  bool plain_snippet = false;
  // Guillemets stand out in German text yet never clash with JSON or terminal escapes; the CLI
  // uses ANSI bold on a terminal instead.
  std::string match_open = "«";
  std::string match_close = "»";
  // Words in the snippet; FTS5 allows 1-64.
  int snippet_tokens = 24;
};

struct StoreStats {
  size_t documents = 0;
  size_t sentences = 0;
  size_t tokens = 0;
  size_t dated = 0;                              // documents with a date value (given or inferred)
  size_t undated = 0;                            // documents without one
  std::map<std::string, size_t> by_month;        // "YYYY-MM" -> documents dated in it
  std::map<std::string, size_t> by_date_origin;  // "given" / "inferred" / "unknown" -> documents
  // The most widespread index terms (stems, compound parts included) with the number of
  // documents holding each, most first; function words and terms under 3 bytes left out.
  std::vector<std::pair<std::string, size_t>> top_terms;
  std::string schema_version;  // e.g. "1"
  std::string path;
};

class Store {
 public:
  // Opens the store at `path`, creating it and migrating its schema unless read_only. Throws
  // Error: kNotFound (read-only and missing), kUnsupported (newer schema, not a lagebild store),
  // kStore (SQLite refused, e.g. an unwritable directory), each naming the file.
  static std::unique_ptr<Store> open(const std::string& path, const StoreOptions& options = {});
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Writes a batch in one transaction (see the top of this file). Throws Error(kStore) and
  // leaves the store as it was when any document fails.
  StoreWriteResult write(const std::vector<Document>& batch);

  // Ranked full-text search; an empty or punctuation-only query finds nothing.
  std::vector<SearchHit> search(std::string_view query, const SearchOptions& options = {}) const;

  // The stored document: id, title, text, metadata, provenance, date with evidence, paragraphs
  // and sentences (tokens are not stored, only counted). nullopt for an unknown id.
  std::optional<Document> get(std::string_view id) const;

  // True when a document with this id is stored.
  bool contains(std::string_view id) const;

  StoreStats stats() const;

  const std::string& path() const;

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace lagebild

#endif  // LAGEBILD_STORE_H_
