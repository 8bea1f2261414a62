// The store: idempotent writes, replacement, get(), stats(), schema versions and error cases.
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "lagebild/error.h"
#include "lagebild/store.h"
#include "lagebild/text.h"
#include "store_sql.h"
#include "stored_spans.h"

namespace lagebild {
namespace {

namespace fs = std::filesystem;

std::string temp_db(const std::string& name) {
  std::string path = testing::TempDir() + "/" + name + "_" + std::to_string(::getpid()) + ".db";
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path + suffix);
  return path;
}

using test_store::sql_int;

// The first column of the first row as text; "" when there is none.
std::string sql_text(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* statement = nullptr;
  std::string value;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK &&
      sqlite3_step(statement) == SQLITE_ROW) {
    const unsigned char* text = sqlite3_column_text(statement, 0);
    if (text != nullptr) value = reinterpret_cast<const char*>(text);
  }
  sqlite3_finalize(statement);
  sqlite3_close(db);
  return value;
}

Document article(const std::string& id, const std::string& text) {
  Document doc;
  doc.id = id;
  doc.text = text;
  doc.title = text.substr(0, text.find('\n'));
  doc.metadata = {{"source", "Testblatt"}, {"url", "https://example.org/" + id}};
  doc.origin_path = "tests/" + id + ".txt";
  doc.date.value = "2024-03";
  doc.date.origin = DocumentDate::Origin::kGiven;
  doc.date.earliest = "2024-03-01";
  doc.date.latest = "2024-03-31";
  doc.date.confidence = 1.0;
  segment(doc);
  return doc;
}

class StoreTest : public testing::Test {
 protected:
  void SetUp() override { path_ = temp_db("store_test"); }
  void TearDown() override {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path_ + suffix);
  }
  std::string path_;
};

TEST_F(StoreTest, WritingTheSameArticleTwiceChangesNothing) {
  auto store = Store::open(path_);
  std::vector<Document> batch = {
      article("a", "Hafen gesperrt\nDer Hafen bleibt wegen Sturm gesperrt."),
      article("b", "Fähre fällt aus\nDie Fähre nach Norden fällt heute aus.")};
  StoreWriteResult first = store->write(batch);
  EXPECT_EQ(first.inserted, 2u);
  EXPECT_EQ(first.replaced, 0u);
  EXPECT_EQ(first.unchanged, 0u);
  // Read again from another file: provenance is not content.
  batch[0].origin_path = "elsewhere/a.jsonl";
  batch[0].origin_line = 7;
  StoreWriteResult second = store->write(batch);
  EXPECT_EQ(second.inserted, 0u);
  EXPECT_EQ(second.replaced, 0u);
  EXPECT_EQ(second.unchanged, 2u);
  EXPECT_EQ(store->stats().documents, 2u);
  EXPECT_EQ(store->search("Hafen").size(), 1u);
}

// A re-ingest prepares no full-text terms for articles the store holds unchanged (write() skips
// them anyway); changed and new articles get theirs, and the index ends up as if all were new.
TEST_F(StoreTest, TheIndexerSkipsOnlyArticlesTheStoreHoldsUnchanged) {
  auto store = Store::open(path_);
  const Document harbour = article("a", "Hafen gesperrt\nDer Hafen bleibt wegen Sturm gesperrt.");
  const Document ferry = article("b", "Fähre fällt aus\nDie Fähre nach Norden fällt heute aus.");
  {
    const StoreIndexer on_empty_store(StoreOptions{}, *store);
    EXPECT_FALSE(on_empty_store.prepare(harbour).empty());  // nothing stored: all prepared
  }
  store->write({harbour, ferry});

  const StoreIndexer indexer(StoreOptions{}, *store);
  EXPECT_TRUE(indexer.prepare(harbour).empty());
  EXPECT_TRUE(indexer.prepare(ferry).empty());
  const Document changed = article("a", "Hafen offen\nDer Hafen ist nach dem Orkan wieder offen.");
  const Document added = article("c", "Brücke gesperrt\nDie Brücke bleibt für Lastwagen gesperrt.");
  std::vector<std::string> prepared;
  for (const Document* doc : {&changed, &ferry, &added}) prepared.push_back(indexer.prepare(*doc));
  EXPECT_FALSE(prepared[0].empty());
  EXPECT_TRUE(prepared[1].empty());
  EXPECT_FALSE(prepared[2].empty());

  const StoreWriteResult result = store->write({changed, ferry, added}, prepared);
  EXPECT_EQ(result.replaced, 1u);
  EXPECT_EQ(result.unchanged, 1u);
  EXPECT_EQ(result.inserted, 1u);
  auto ids = [&](const std::string& query) {
    std::vector<std::string> out;
    for (const SearchHit& hit : store->search(query)) out.push_back(hit.id);
    std::sort(out.begin(), out.end());
    return out;
  };
  EXPECT_EQ(ids("Orkan"), std::vector<std::string>{"a"});
  EXPECT_TRUE(ids("Sturm").empty());  // the old version's words left the index
  EXPECT_EQ(ids("Fähre"), std::vector<std::string>{"b"});
  EXPECT_EQ(ids("gesperrt"), std::vector<std::string>{"c"});
}

TEST_F(StoreTest, AChangedArticleReplacesItsOlderVersion) {
  auto store = Store::open(path_);
  store->write({article("a", "Hafen gesperrt\nDer Hafen bleibt wegen Sturm gesperrt.")});
  Document changed =
      article("a", "Hafen wieder offen\nDer Hafen ist wieder offen. Die Fähren fahren.");
  StoreWriteResult result = store->write({changed});
  EXPECT_EQ(result.replaced, 1u);
  EXPECT_EQ(result.inserted, 0u);
  EXPECT_TRUE(store->search("Sturm").empty());  // the old text left the index
  EXPECT_EQ(store->search("Fähre").size(), 1u);
  std::optional<Document> stored = store->get("a");
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->text, changed.text);
  EXPECT_EQ(stored->sentences.size(), changed.sentences.size());  // old sentences gone
  EXPECT_EQ(store->stats().documents, 1u);
  EXPECT_EQ(sql_int(path_, "SELECT count(*) FROM sentences"),
            static_cast<int64_t>(changed.sentences.size()));
  // A changed date alone is a change too.
  changed.date.value = "2024-04";
  EXPECT_EQ(store->write({changed}).replaced, 1u);
}

TEST_F(StoreTest, GetReturnsWhatWasWritten) {
  auto store = Store::open(path_);
  Document doc = article("x1", "Brücke eröffnet\nDie neue Brücke über den Fluss ist eröffnet.");
  doc.date.evidence.push_back({{0, 6}, "header"});
  doc.origin_line = 12;
  store->write({doc});
  std::optional<Document> got = store->get("x1");
  ASSERT_TRUE(got);
  EXPECT_EQ(got->id, "x1");
  EXPECT_EQ(got->title, doc.title);
  EXPECT_EQ(got->text, doc.text);
  EXPECT_EQ(got->metadata, doc.metadata);
  EXPECT_EQ(got->origin_path, doc.origin_path);
  EXPECT_EQ(got->origin_line, 12u);
  EXPECT_EQ(got->date.value, "2024-03");
  EXPECT_EQ(got->date.origin, DocumentDate::Origin::kGiven);
  EXPECT_EQ(got->date.earliest, "2024-03-01");
  EXPECT_EQ(got->date.latest, "2024-03-31");
  EXPECT_DOUBLE_EQ(got->date.confidence, 1.0);
  ASSERT_EQ(got->date.evidence.size(), 1u);
  EXPECT_EQ(got->date.evidence[0].why, "header");
  EXPECT_EQ(got->date.evidence[0].end, 6u);
  test_store::expect_same_spans(*got, doc);
  EXPECT_TRUE(store->contains("x1"));
  EXPECT_FALSE(store->get("nope"));
  EXPECT_FALSE(store->contains("nope"));

  Document untitled;
  untitled.id = "x2";
  untitled.text = "Ohne Überschrift und ohne Datum.";
  store->write({untitled});
  got = store->get("x2");
  ASSERT_TRUE(got);
  EXPECT_FALSE(got->title);
  EXPECT_EQ(got->date.origin, DocumentDate::Origin::kUnknown);
  EXPECT_TRUE(got->metadata.empty());
}

TEST_F(StoreTest, StatsCountDocumentsSentencesTokensAndMonths) {
  auto store = Store::open(path_);
  std::vector<Document> batch = {
      article("a", "Hafen gesperrt\nDer Hafen bleibt wegen Sturm gesperrt. Die Fähren warten."),
      article("b", "Hafen offen\nDer Hafen ist offen.")};
  batch[1].date.value = "2024-05-02";
  Document undated;
  undated.id = "c";
  undated.text = "Ein Hafen ohne Datum.";
  batch.push_back(undated);
  store->write(batch);
  StoreStats stats = store->stats();
  EXPECT_EQ(stats.documents, 3u);
  EXPECT_EQ(stats.sentences, batch[0].sentences.size() + batch[1].sentences.size());
  EXPECT_EQ(stats.tokens, batch[0].tokens.size() + batch[1].tokens.size());
  EXPECT_EQ(stats.dated, 2u);
  EXPECT_EQ(stats.undated, 1u);
  EXPECT_EQ(stats.by_month, (std::map<std::string, size_t>{{"2024-03", 1}, {"2024-05", 1}}));
  EXPECT_EQ(stats.by_date_origin.at("given"), 2u);
  EXPECT_EQ(stats.by_date_origin.at("unknown"), 1u);
  EXPECT_EQ(stats.schema_version, "3");
  ASSERT_FALSE(stats.top_terms.empty());
  EXPECT_EQ(stats.top_terms[0], (std::pair<std::string, size_t>{"haf", 3}));  // Snowball stem
}

TEST_F(StoreTest, SchemaIsVersionedAndWalModeIsOn) {
  Store::open(path_).reset();
  EXPECT_EQ(sql_int(path_, "PRAGMA user_version"), 3);
  EXPECT_EQ(sql_int(path_, "SELECT max(version) FROM schema_migrations"), 3);
  EXPECT_EQ(sql_int(path_, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode='wal'"), 1);
  Store::open(path_).reset();  // reopening migrates nothing twice
  EXPECT_EQ(sql_int(path_, "SELECT count(*) FROM schema_migrations"), 3);
}

// A new store gets 16 KiB pages (an article's text fits one page); a store made with another page
// size keeps it and works as before.
TEST_F(StoreTest, ANewStoreHasLargePagesAndAnOlderOneKeepsItsOwn) {
  Store::open(path_)->write({article("a", "Hafen\nDer Hafen ist offen.")});
  EXPECT_EQ(sql_int(path_, "PRAGMA page_size"), 16384);

  const std::string old_path = temp_db("store_test_small_pages");
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(old_path.c_str(), &db), SQLITE_OK);
  EXPECT_EQ(sqlite3_exec(db, "PRAGMA page_size = 4096; VACUUM;", nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  {
    auto store = Store::open(old_path);
    EXPECT_EQ(store->write({article("a", "Hafen\nDer Hafen ist offen.")}).inserted, 1u);
    EXPECT_EQ(store->search("Hafen").size(), 1u);
  }
  EXPECT_EQ(sql_int(old_path, "PRAGMA page_size"), 4096);
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(old_path + suffix);
}

// Terms prepared on a worker carry the content hash's state after the title and text; the writer
// finishes the hash from it. The stored hash is the one a plain write() stores: writing the same
// article again either way changes nothing, and a changed date (not in the prepared state) is seen.
TEST_F(StoreTest, PreparedAndPlainWritesStoreTheSameContentHash) {
  auto store = Store::open(path_);
  const StoreIndexer indexer;
  Document harbour = article("a", "Hafen gesperrt\nDer Hafen bleibt wegen Sturm gesperrt.");
  EXPECT_EQ(store->write({harbour}, {indexer.prepare(harbour)}).inserted, 1u);
  EXPECT_EQ(store->write({harbour}).unchanged, 1u);
  const std::string hash = sql_text(path_, "SELECT content_hash FROM documents");
  harbour.date.value = "2024-04";
  EXPECT_EQ(store->write({harbour}, {indexer.prepare(harbour)}).replaced, 1u);
  EXPECT_EQ(store->write({harbour}).unchanged, 1u);
  EXPECT_NE(sql_text(path_, "SELECT content_hash FROM documents"), hash);
  const Document ferry = article("b", "Fähre fällt aus\nDie Fähre nach Norden fällt heute aus.");
  EXPECT_EQ(store->write({ferry}).inserted, 1u);
  EXPECT_EQ(store->write({ferry}, {indexer.prepare(ferry)}).unchanged, 1u);
}

TEST_F(StoreTest, ADatabaseFromANewerVersionIsRefusedClearly) {
  Store::open(path_).reset();
  sql_int(path_, "PRAGMA user_version = 99");
  for (bool read_only : {false, true}) {
    StoreOptions options;
    options.read_only = read_only;
    try {
      Store::open(path_, options);
      FAIL() << "expected an error";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), Error::Code::kUnsupported);
      std::string message = e.what();
      EXPECT_NE(message.find(path_), std::string::npos) << message;
      EXPECT_NE(message.find("newer"), std::string::npos) << message;
    }
  }
}

TEST_F(StoreTest, ReadOnlyOpenNeverCreatesAFile) {
  StoreOptions options;
  options.read_only = true;
  try {
    Store::open(path_, options);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), Error::Code::kNotFound);
    EXPECT_NE(std::string(e.what()).find(path_), std::string::npos);
  }
  EXPECT_FALSE(fs::exists(path_));
  // A read-only store answers but refuses writes.
  Store::open(path_)->write({article("a", "Hafen\nDer Hafen ist offen.")});
  auto reader = Store::open(path_, options);
  EXPECT_EQ(reader->search("Hafen").size(), 1u);
  EXPECT_THROW(reader->write({article("b", "Neu\nNeu.")}), Error);
}

TEST_F(StoreTest, AnUnwritablePathGivesAClearError) {
  const std::string path = "/proc/lagebild-store-test/x.db";  // nobody may create files here
  try {
    Store::open(path);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), Error::Code::kStore);
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
  }
}

TEST_F(StoreTest, FilesThatAreNotLagebildStoresAreRefused) {
  {
    std::ofstream out(path_);
    out << "Dies ist keine Datenbank, sondern ein Brief an die Redaktion.\n";
  }
  EXPECT_THROW(Store::open(path_), Error);
  fs::remove(path_);
  sql_int(path_, "CREATE TABLE kunden (name TEXT)");
  try {
    Store::open(path_);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), Error::Code::kUnsupported);
    EXPECT_NE(std::string(e.what()).find("not a lagebild store"), std::string::npos);
  }
}

TEST_F(StoreTest, AFailingBatchLeavesTheStoreAsItWas) {
  auto store = Store::open(path_);
  store->write({article("a", "Hafen\nDer Hafen ist offen.")});
  std::vector<Document> batch = {article("b", "Brücke\nDie Brücke ist gesperrt."), Document{}};
  EXPECT_THROW(store->write(batch), Error);  // the second has no id
  EXPECT_FALSE(store->contains("b"));
  EXPECT_EQ(store->stats().documents, 1u);
  EXPECT_TRUE(store->search("Brücke").empty());
  EXPECT_EQ(store->write({batch[0]}).inserted, 1u);  // and the store still works
}

TEST_F(StoreTest, AReaderSeesCommittedBatchesWhileAWriterIsOpen) {
  auto writer = Store::open(path_);
  writer->write({article("a", "Hafen\nDer Hafen ist offen.")});
  StoreOptions options;
  options.read_only = true;
  auto reader = Store::open(path_, options);
  writer->write({article("b", "Hafen zu\nDer Hafen ist zu.")});
  EXPECT_EQ(reader->stats().documents, 2u);
  EXPECT_EQ(reader->search("Hafen").size(), 2u);
}

// Not a unit test: the store writer's throughput on real news articles, terms prepared ahead as
// `ingest` prepares them. CPU time of the writing thread as well as wall time, since the machine
// may be shared. Run with
//   lagebild_tests --gtest_also_run_disabled_tests --gtest_filter='*WriteThroughput*'
// (env LAGEBILD_BENCH_DOCS: articles, default 5000; LAGEBILD_BENCH_BATCH: per transaction;
// LAGEBILD_BENCH_SQL: ';'-separated statements run on the new store first, e.g. FTS5 settings).
TEST(StoreBenchmark, DISABLED_WriteThroughputOnNewsCorpus) {
  const fs::path corpus =
      fs::path(LAGEBILD_SHARED_DIR) / "data/news/adl-german-news/adl-german-news.jsonl";
  if (!fs::exists(corpus)) GTEST_SKIP() << "no " << corpus;
  auto env_size = [](const char* name, size_t fallback) {
    const char* value = std::getenv(name);
    return value ? static_cast<size_t>(std::stoul(value)) : fallback;
  };
  const size_t wanted = env_size("LAGEBILD_BENCH_DOCS", 5000);
  const size_t batch_size = env_size("LAGEBILD_BENCH_BATCH", 256);
  std::vector<Document> docs;
  size_t bytes = 0;
  std::ifstream in(corpus);
  std::string line;
  while (docs.size() < wanted && std::getline(in, line)) {
    nlohmann::json record = nlohmann::json::parse(line);
    Document doc;
    doc.id = record.at("id").get<std::string>();
    doc.title = record.value("title", "");
    doc.text = record.value("text", "");
    doc.metadata["source"] = record.value("source", "");
    doc.metadata["url"] = record.value("url", "");
    doc.date.value = record.value("date", "");
    doc.date.origin = DocumentDate::Origin::kGiven;
    segment(doc);
    bytes += doc.text.size();
    docs.push_back(std::move(doc));
  }
  auto thread_cpu = [] {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
  };
  const StoreIndexer indexer;
  std::vector<std::string> prepared;
  double cpu_start = thread_cpu();
  for (const Document& doc : docs) prepared.push_back(indexer.prepare(doc));
  std::cout << "prepare terms: cpu " << thread_cpu() - cpu_start << " s for " << docs.size()
            << " articles (" << bytes / 1e6 << " MB)\n";

  const std::string path = temp_db("store_benchmark");
  auto store = Store::open(path);
  // LAGEBILD_BENCH_SQL: statements run on the new store first (full-text settings to compare).
  if (const char* sql = std::getenv("LAGEBILD_BENCH_SQL")) {
    std::string statements = sql;
    for (size_t at = 0; at < statements.size();) {
      size_t end = statements.find(';', at);
      if (end == std::string::npos) end = statements.size();
      sql_int(path, statements.substr(at, end - at));
      at = end + 1;
    }
  }
  auto start = std::chrono::steady_clock::now();
  cpu_start = thread_cpu();
  for (size_t i = 0; i < docs.size(); i += batch_size) {
    const size_t end = std::min(docs.size(), i + batch_size);
    std::vector<Document> batch(docs.begin() + i, docs.begin() + end);
    std::vector<std::string> terms(prepared.begin() + i, prepared.begin() + end);
    store->write(batch, terms);
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  // CPU time too: on a shared machine the wall clock also counts other processes' turns.
  const double cpu = thread_cpu() - cpu_start;
  std::cout << "write (batches of " << batch_size << "): " << docs.size() << " articles, "
            << bytes / docs.size() << " bytes/article on average; wall " << seconds
            << " s = " << docs.size() / seconds << " articles/s; writer cpu " << cpu
            << " s = " << docs.size() / cpu << " articles/s, " << 1000 * cpu / docs.size()
            << " ms/article\n";

  start = std::chrono::steady_clock::now();
  StoreWriteResult again = store->write(docs);
  seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cout << "rewrite (all unchanged: " << again.unchanged << "): " << docs.size() / seconds
            << " articles/s\n";

  const char* queries[] = {"Drohne",
                           "Abwehr",
                           "Regierung",
                           "Merkel Flüchtlinge",
                           "\"russische Armee\"",
                           "Sanktionen OR Embargo"};
  for (const char* query : queries) {
    const int runs = 20;
    size_t hits = 0;
    start = std::chrono::steady_clock::now();
    for (int r = 0; r < runs; ++r) hits = store->search(query).size();
    seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cout << "search " << query << ": " << hits << " hits (limit 20), " << 1000 * seconds / runs
              << " ms\n";
  }
  start = std::chrono::steady_clock::now();
  StoreStats stats = store->stats();
  seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cout << "stats: " << 1000 * seconds << " ms, file " << fs::file_size(path) / 1e6 << " MB\n";
  EXPECT_EQ(stats.documents, docs.size());
  store.reset();
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path + suffix);
}

}  // namespace
}  // namespace lagebild
