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
// Version 1: documents, paragraphs, sentences, full-text index. Version 2: the annotation
// layers (entities, roles, timexes, quantities, events), one row per item with its byte span
// and sentence index (src/store/schema.cc documents every column). Version 3: paragraph and
// sentence spans packed into the document row (the views `paragraphs` and `sentences` still show
// them as rows). Older stores open and are upgraded in place; the documents of a version-1 store
// get their layers when they are ingested again.
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

// ---------------------------------------------------------------------------------------------
// Queries over the annotation layers (schema version 2). Offsets are byte offsets into the
// stored text, as everywhere in Document; `sentence` is the index of the sentence in
// Document::sentences (-1: outside every sentence). Dates are TIMEX3 values; a filter date range
// [from, to] keeps an item when the days its value stands for overlap the range ("2025-07"
// overlaps --from 2025-07-20; "2025" overlaps --to 2025-01).

struct EntityQuery {
  std::string type;  // PER, LOC, ORG, MISC; empty: all
  size_t limit = 0;  // 0: all
};

struct EntitySummary {
  std::string id;    // knowledge-base or normalised-name id
  std::string name;  // canonical name (the most frequent one stored for the id)
  std::string type;  // the most frequent type of its mentions
  size_t mentions = 0;
  size_t documents = 0;
};

struct DateRange {
  std::string from;  // YYYY, YYYY-MM or YYYY-MM-DD; empty: open
  std::string to;
};

struct TimelineQuery {
  std::string entity;  // keep sentences mentioning this entity id; empty: all
  DateRange range;
  size_t limit = 0;  // 0: all
};

// One dated statement: a sentence and the date it speaks of.
struct TimelineEntry {
  std::string date;   // the TIMEX3 value (2025-07-02, 2025-07, 2025-W27 ...)
  std::string first;  // the days it stands for, YYYY-MM-DD, inclusive
  std::string last;
  // "timex": a DATE expression in the sentence (`expression` is its text); "event": no such
  // expression, but the sentence holds an event, dated by the event or else the article.
  std::string basis;
  std::string expression;
  std::string document;  // article id
  std::optional<std::string> title;
  int64_t sentence = -1;
  std::string text;  // the sentence
};

struct EventQuery {
  std::string type;   // PLOVER type; empty: all
  std::string actor;  // entity id as source or target; empty: all
  DateRange range;    // on the event's date, else its article's
  size_t limit = 0;   // 0: all
};

struct StoredEvent {
  Event event;       // span: the trigger, in the article's text
  std::string date;  // event.date, else the article date; "" when neither is known
  std::string document;
  std::optional<std::string> title;
  int64_t sentence = -1;
  std::string trigger;  // the trigger's text
  std::string text;     // the sentence
  // Canonical names of the actors and the place, as stored with their mentions ("" unknown).
  std::string source_name, target_name, place_name;
};

struct ClaimQuery {
  std::string about;  // German words, all required, matched by stem and compound part
  size_t limit = 0;   // 0: all
};

// A figure about the words of a ClaimQuery.
struct Claim {
  Quantity quantity;   // span: the figure, in the article's text
  std::string figure;  // the figure's text ("mehr als 10.000")
  // How it matched: "counted" (every word in the counted thing), "sentence" (every word in its
  // sentence), "paragraph" (the counted thing is made of query words only, "Nordkoreaner" for
  // "nordkoreanische Soldaten", and the paragraph holds the other words).
  std::string matched;
  std::string document;
  std::optional<std::string> title;
  std::string date;  // the article's date value, "" when unknown
  int64_t sentence = -1;
  std::string text;  // the sentence
};

class Store;

// The full-text work of Store::write() done ahead, on any thread: stemming and decompounding
// every word, which costs more than the rest of a write. `ingest` runs it on the analysis
// workers, so that the single writer thread only hands the prepared terms to the index. The
// index comes out the same either way. Thread-safe: one indexer may serve every worker.
class StoreIndexer {
 public:
  // Uses options.lexicon_path, which must be the one the Store was opened with (terms made with
  // another lexicon are ignored by write()). Loads the lexicon now.
  explicit StoreIndexer(const StoreOptions& options = {});
  // The same, and prepare() skips a document that `store` already holds with the same content
  // hash (write() skips it too), so that re-ingesting a corpus does not pay for its terms. Each
  // calling thread reads the store on a read-only connection of its own. `store` must be opened
  // with the same options and outlive the indexer.
  StoreIndexer(const StoreOptions& options, const Store& store);
  ~StoreIndexer();
  StoreIndexer(const StoreIndexer&) = delete;
  StoreIndexer& operator=(const StoreIndexer&) = delete;

  // The terms of doc.title and doc.text, for Store::write(batch, prepared). Only valid within
  // this process. Empty (nothing prepared) for a document the store holds unchanged (see above).
  std::string prepare(const Document& doc) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
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
  // The same, with the full-text terms of batch[i] prepared by StoreIndexer::prepare() in
  // prepared[i] (an empty string: not prepared). `prepared` is empty or as long as `batch`.
  // Terms prepared with another lexicon, or for another text, are not used.
  StoreWriteResult write(const std::vector<Document>& batch,
                         const std::vector<std::string>& prepared);

  // Ranked full-text search; an empty or punctuation-only query finds nothing.
  std::vector<SearchHit> search(std::string_view query, const SearchOptions& options = {}) const;

  // The stored document: id, title, text, metadata, provenance, date with evidence, paragraphs,
  // sentences and every annotation layer (tokens are not stored, only counted). nullopt for an
  // unknown id.
  std::optional<Document> get(std::string_view id) const;

  // True when a document with this id is stored.
  bool contains(std::string_view id) const;

  StoreStats stats() const;

  // Entities by mention count, most first (ties: more articles, then id). Mentions without an id
  // are not counted.
  std::vector<EntitySummary> entities(const EntityQuery& query = {}) const;

  // Dated statements in date order (first day, last day, article id, sentence). A sentence
  // appears once per distinct date it speaks of. Throws Error(kInvalidInput) for a bad range.
  std::vector<TimelineEntry> timeline(const TimelineQuery& query = {}) const;

  // Events in date order (undated last), then article and position. Throws like timeline().
  std::vector<StoredEvent> events(const EventQuery& query = {}) const;

  // Figures whose counted thing or sentence holds every word of the query (compared by
  // Snowball stem and compound part, as search() compares them), or whose counted thing names
  // part of the query in a paragraph that holds the rest (see Claim::matched), in article date
  // order (undated last), then article and position. An empty query finds nothing.
  std::vector<Claim> claims(const ClaimQuery& query) const;

  const std::string& path() const;

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace lagebild

#endif  // LAGEBILD_STORE_H_
