// Store: opening (connection settings, tokenizer, migrations), get() and stats().
#include <set>

#include <nlohmann/json.hpp>

#include "core/date_origin.h"
#include "lagebild/error.h"
#include "lagebild/store.h"
#include "lagebild/text.h"
#include "store/fts_tokenizer.h"
#include "store/layer_rows.h"
#include "store/schema.h"
#include "store/store_impl.h"

namespace lagebild {
namespace {

// The page size of a new store's file (SQLite's default is 4096).
constexpr int kPageSize = 16384;
// How much of a store a read-only connection maps into memory (SQLite reads the rest).
constexpr int64_t kReaderMmapBytes = int64_t{1} << 30;

// German function words, left out of StoreStats::top_terms (compared as stems).
constexpr const char* kFunctionWords[] = {
    "aber",   "alle",   "allen",   "als",     "also",     "andere", "anderen", "auch",   "auf",
    "aus",    "bei",    "beim",    "bereits", "bis",      "bisher", "dabei",   "damit",  "dann",
    "darauf", "darum",  "dass",    "daß",     "dem",      "den",    "denen",   "denn",   "der",
    "deren",  "des",    "dessen",  "die",     "dies",     "diese",  "diesem",  "diesen", "dieser",
    "dieses", "doch",   "dort",    "durch",   "eine",     "einem",  "einen",   "einer",  "eines",
    "etwa",   "etwas",  "für",     "gegen",   "gibt",     "habe",   "haben",   "hatte",  "hatten",
    "hätte",  "hätten", "heute",   "hier",    "ihre",     "ihrem",  "ihren",   "ihrer",  "immer",
    "jetzt",  "kann",   "keine",   "können",  "konnte",   "mehr",   "mit",     "muss",   "müssen",
    "nach",   "nicht",  "noch",    "nun",     "nur",      "oder",   "ohne",    "schon",  "sehr",
    "seien",  "sein",   "seine",   "seinem",  "seinen",   "seiner", "seit",    "sich",   "sind",
    "sollen", "soll",   "sowie",   "über",    "unter",    "viele",  "vom",     "von",    "vor",
    "wäre",   "war",    "waren",   "was",     "weil",     "weiter", "wenn",    "werde",  "werden",
    "wie",    "wieder", "will",    "wird",    "wollen",   "worden", "würde",   "würden", "wurde",
    "wurden", "zum",    "zur",     "zwei",    "zwischen", "sagte",  "sagt",    "laut",   "wegen",
    "ersten", "neue",   "neuen",   "einmal",  "unsere",   "nichts", "dafür",   "davon",  "geht",
    "gab",    "und",    "ist",     "sie",     "ich",      "wir",    "ihr",     "uns",    "man",
    "hat",    "als",    "bei",     "ein",     "mal",      "ins",    "sei",     "gut",    "ganz",
    "zwar",   "jedoch", "sondern", "selbst",  "sogar",    "gerade", "kaum",
};

constexpr size_t kTopTerms = 20;

// The lexicon loads when the first document is indexed, once per process for the bundled one.
store::DecompounderSource decompounder_source(const std::string& lexicon_path) {
  if (lexicon_path.empty()) return [] { return Decompounder::shared_default(); };
  auto loaded = std::make_shared<std::shared_ptr<const Decompounder>>();
  return [lexicon_path, loaded] {
    if (!*loaded) {
      Decompounder::Options options;
      options.lexicon_path = lexicon_path;
      *loaded = std::make_shared<const Decompounder>(options);
    }
    return *loaded;
  };
}

std::string stat_key(const std::string& s) {
  return s.empty() ? "unknown" : s;
}

}  // namespace

DocumentDate::Origin date_origin_from_name(const std::string& name) {
  if (name == "given") return DocumentDate::Origin::kGiven;
  if (name == "inferred") return DocumentDate::Origin::kInferred;
  return DocumentDate::Origin::kUnknown;
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Store::~Store() {
  // Finalise statements before the connection closes.
  if (impl_) {
    impl_->find_document.reset();
    impl_->delete_document.reset();
    impl_->insert_document.reset();
    impl_->index_document.reset();
    impl_->unindex_document.reset();
    impl_->search.reset();
    impl_->layers.reset();
  }
}

std::unique_ptr<Store> Store::open(const std::string& path, const StoreOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->db = std::make_unique<store::Connection>(path, options.read_only);
  store::Connection& db = *impl->db;
  sqlite3_busy_timeout(db.handle(), options.busy_timeout_ms);
  impl->decompounder_source = decompounder_source(options.lexicon_path);
  store::register_german_tokenizer(db, impl->decompounder_source, &impl->pending);
  // The first statement reads the file header: a file that is not SQLite fails here, by name.
  db.query_int("PRAGMA application_id");
  if (!options.read_only) {
    // Pages of 16 KiB instead of 4: an article's text (~9 KB) fits one page instead of a chain
    // of overflow pages, and the full-text index is written in fewer, larger pages. The ingest
    // writer thread spends ~10% less CPU time. Takes effect only for a new file (this must come
    // before WAL mode is set); an existing store keeps its page size.
    db.exec("PRAGMA page_size = " + std::to_string(kPageSize));
    // WAL: readers never block the writer and a commit appends to one file. See store.h for
    // why synchronous=NORMAL is crash-safe for us.
    {
      store::Statement mode(db, "PRAGMA journal_mode = WAL");
      std::string result = mode.step() ? mode.column_text(0) : "";
      if (result != "wal") db.fail("cannot switch to WAL mode (journal_mode " + result + ")");
    }
    db.exec("PRAGMA synchronous = NORMAL");
  } else {
    // Readers map the file instead of copying each page they read: a broad query ("Kinder",
    // 3,500 hits in the two news corpora) reads ~3,000 pages, and with the 16 KiB pages of
    // kPageSize copying them cost more system time than the query itself. SQLite's caveat for
    // mapped files: a disk read error then ends the process (SIGBUS) instead of failing the
    // query; only readers map, so no write is ever at stake.
    db.exec("PRAGMA mmap_size = " + std::to_string(kReaderMmapBytes));
  }
  db.exec("PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -" +
          std::to_string(options.cache_size_mib * 1024));
  store::migrate(db);
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

const std::string& Store::path() const {
  return impl_->db->path();
}

bool Store::contains(std::string_view id) const {
  std::lock_guard<std::mutex> lock(impl_->mutex);
  store::Statement& find = impl_->prepared(impl_->find_document,
                                           "SELECT key, content_hash FROM documents WHERE id = ?1");
  find.bind(1, id);
  bool found = find.step();
  find.reset();
  return found;
}

std::optional<Document> Store::get(std::string_view id) const {
  std::lock_guard<std::mutex> lock(impl_->mutex);
  store::Connection& db = *impl_->db;
  store::Statement row(db,
                       "SELECT key, id, title, text, date_value, date_origin, date_earliest, "
                       "date_latest, date_confidence, date_evidence, metadata, origin_path, "
                       "origin_line FROM documents WHERE id = ?1");
  row.bind(1, id);
  if (!row.step()) return std::nullopt;
  Document doc;
  const int64_t key = row.column_int(0);
  doc.id = row.column_text(1);
  doc.title = row.column_optional_text(2);
  doc.text = row.column_text(3);
  doc.date.value = row.column_text(4);
  doc.date.origin = date_origin_from_name(row.column_text(5));
  doc.date.earliest = row.column_text(6);
  doc.date.latest = row.column_text(7);
  doc.date.confidence = row.column_double(8);
  const nlohmann::json evidence_list = nlohmann::json::parse(row.column_text(9));
  for (const auto& e : evidence_list) {
    DateEvidence evidence;
    evidence.begin = e.at("begin").get<uint32_t>();
    evidence.end = e.at("end").get<uint32_t>();
    evidence.why = e.at("why").get<std::string>();
    doc.date.evidence.push_back(std::move(evidence));
  }
  const nlohmann::json metadata = nlohmann::json::parse(row.column_text(10));
  for (auto it = metadata.begin(); it != metadata.end(); ++it) {
    doc.metadata[it.key()] = it.value().get<std::string>();
  }
  doc.origin_path = row.column_text(11);
  doc.origin_line = static_cast<uint64_t>(row.column_int(12));

  store::Statement paragraphs(
      db, "SELECT start_byte, end_byte FROM paragraphs WHERE doc = ?1 ORDER BY n");
  paragraphs.bind(1, key);
  while (paragraphs.step()) {
    Paragraph p;
    p.begin = static_cast<uint32_t>(paragraphs.column_int(0));
    p.end = static_cast<uint32_t>(paragraphs.column_int(1));
    doc.paragraphs.push_back(p);
  }
  store::Statement sentences(db,
                             "SELECT start_byte, end_byte, first_token, end_token FROM sentences "
                             "WHERE doc = ?1 ORDER BY n");
  sentences.bind(1, key);
  while (sentences.step()) {
    Sentence s;
    s.begin = static_cast<uint32_t>(sentences.column_int(0));
    s.end = static_cast<uint32_t>(sentences.column_int(1));
    s.first_token = static_cast<uint32_t>(sentences.column_int(2));
    s.end_token = static_cast<uint32_t>(sentences.column_int(3));
    doc.sentences.push_back(s);
  }
  store::read_layers(db, key, doc);
  return doc;
}

StoreStats Store::stats() const {
  std::lock_guard<std::mutex> lock(impl_->mutex);
  store::Connection& db = *impl_->db;
  StoreStats stats;
  stats.path = db.path();
  stats.schema_version = std::to_string(db.query_int("PRAGMA user_version"));
  {
    store::Statement totals(db,
                            "SELECT count(*), coalesce(sum(sentence_count), 0), "
                            "coalesce(sum(token_count), 0), coalesce(sum(date_value != ''), 0) "
                            "FROM documents");
    totals.step();
    stats.documents = static_cast<size_t>(totals.column_int(0));
    stats.sentences = static_cast<size_t>(totals.column_int(1));
    stats.tokens = static_cast<size_t>(totals.column_int(2));
    stats.dated = static_cast<size_t>(totals.column_int(3));
    stats.undated = stats.documents - stats.dated;
  }
  {
    store::Statement months(db,
                            "SELECT substr(date_value, 1, 7), count(*) FROM documents "
                            "WHERE date_value != '' GROUP BY 1");
    while (months.step()) {
      stats.by_month[months.column_text(0)] = static_cast<size_t>(months.column_int(1));
    }
  }
  {
    store::Statement origins(db, "SELECT date_origin, count(*) FROM documents GROUP BY 1");
    while (origins.step()) {
      stats.by_date_origin[stat_key(origins.column_text(0))] =
          static_cast<size_t>(origins.column_int(1));
    }
  }
  {
    // fts5vocab reads the index's term list; a temp table keeps a read-only file untouched.
    db.exec(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.documents_vocab "
        "USING fts5vocab(main, 'documents_fts', 'row')");
    GermanStemmer stemmer;
    std::set<std::string> function_stems;
    for (const char* word : kFunctionWords) function_stems.insert(stemmer.stem(word));
    store::Statement terms(db,
                           "SELECT term, doc FROM temp.documents_vocab WHERE length(term) >= 3 "
                           "ORDER BY doc DESC, term LIMIT 200");
    while (terms.step() && stats.top_terms.size() < kTopTerms) {
      std::string term = terms.column_text(0);
      if (function_stems.count(term) != 0) continue;
      stats.top_terms.emplace_back(std::move(term), static_cast<size_t>(terms.column_int(1)));
    }
  }
  return stats;
}

}  // namespace lagebild
