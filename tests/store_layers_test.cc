// The store's annotation layers (schema version 2): written and read back whole, replaced with
// their document, covered by the content hash, and a version-1 store upgraded in place.
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "lagebild/error.h"
#include "lagebild/store.h"
#include "lagebild/text.h"
#include "store/fts_tokenizer.h"
#include "store/layer_rows.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "store_sql.h"
#include "text/decompound.h"

namespace lagebild {
namespace {

namespace fs = std::filesystem;

using test_store::sql_int;

Span span_of(const std::string& text, const std::string& needle) {
  const size_t at = text.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

template <typename T>
T at(const std::string& text, const std::string& needle, T item) {
  static_cast<Span&>(item) = span_of(text, needle);
  return item;
}

// An article with one item in every layer; "Kyjiw" is in the second sentence.
Document annotated() {
  Document doc;
  doc.id = "k1";
  doc.text =
      "Angriff auf Kyjiw\nIn der Nacht griffen russische Drohnen Kyjiw an. Nach Angaben der "
      "Luftwaffe wurden 37 von 90 Drohnen abgefangen, sagte Selenskyj am 2. Juli 2025.";
  doc.title = "Angriff auf Kyjiw";
  doc.date.value = "2025-07";
  doc.date.origin = DocumentDate::Origin::kGiven;
  segment(doc);
  const std::string& t = doc.text;
  Entity kyiv;
  kyiv.type = "LOC";
  kyiv.id = "geo:703448";
  kyiv.name = "Kyjiw";
  doc.entities.push_back(at(t, "Kyjiw an", kyiv));
  doc.entities.back().end = doc.entities.back().begin + 5;
  Entity russian;
  russian.type = "LOC";
  russian.derived = true;
  russian.id = "cty:RUS";
  russian.name = "Russland";
  doc.entities.push_back(at(t, "russische", russian));
  Entity zelensky;
  zelensky.type = "PER";
  zelensky.id = "per:wolodymyr_selenskyj";
  zelensky.name = "Wolodymyr Selenskyj";
  doc.entities.push_back(at(t, "Selenskyj", zelensky));
  std::sort(doc.entities.begin(), doc.entities.end(),
            [](const Entity& a, const Entity& b) { return a.begin < b.begin; });
  Role role;
  role.person = "per:wolodymyr_selenskyj";
  role.office = "president";
  role.country = "UKR";
  doc.roles.push_back(at(t, "Selenskyj", role));
  Timex timex;
  timex.type = "DATE";
  timex.value = "2025-07-02";
  doc.timexes.push_back(at(t, "am 2. Juli 2025", timex));
  Quantity quantity;
  quantity.value = 37;
  quantity.upper = 90;
  quantity.counted = "Drohnen";
  quantity.source = "Luftwaffe";
  doc.quantities.push_back(at(t, "37 von 90", quantity));
  Event event;
  event.type = "ASSAULT";
  event.mode = "drone";
  event.source = "cty:RUS";
  event.target = "cty:UKR";
  event.place = "geo:703448";
  event.date = "2025-07";
  event.attributed_to = "per:wolodymyr_selenskyj";
  event.negated = true;
  event.aux = "future";
  doc.events.push_back(at(t, "griffen", event));
  return doc;
}

class StoreLayersTest : public testing::Test {
 protected:
  void SetUp() override {
    path_ = testing::TempDir() + "/store_layers_" + std::to_string(::getpid()) + ".db";
    remove_files();
  }
  void TearDown() override { remove_files(); }
  void remove_files() {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path_ + suffix);
  }
  std::string path_;
};

TEST_F(StoreLayersTest, EveryLayerIsReadBackAsWritten) {
  const Document doc = annotated();
  auto store = Store::open(path_);
  ASSERT_EQ(store->write({doc}).inserted, 1u);
  std::optional<Document> got = store->get("k1");
  ASSERT_TRUE(got);
  ASSERT_EQ(got->entities.size(), doc.entities.size());
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& a = doc.entities[i];
    const Entity& b = got->entities[i];
    EXPECT_EQ(static_cast<const Span&>(a), static_cast<const Span&>(b));
    EXPECT_EQ(a.type, b.type);
    EXPECT_EQ(a.derived, b.derived);
    EXPECT_EQ(a.part, b.part);
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.name, b.name);
  }
  EXPECT_EQ(got->slice(got->entities[0]), "russische");
  ASSERT_EQ(got->roles.size(), 1u);
  EXPECT_EQ(got->roles[0].office, "president");
  EXPECT_EQ(got->roles[0].country, "UKR");
  EXPECT_EQ(got->slice(got->roles[0]), "Selenskyj");
  ASSERT_EQ(got->timexes.size(), 1u);
  EXPECT_EQ(got->timexes[0].value, "2025-07-02");
  EXPECT_EQ(got->slice(got->timexes[0]), "am 2. Juli 2025");
  ASSERT_EQ(got->quantities.size(), 1u);
  const Quantity& q = got->quantities[0];
  EXPECT_EQ(q.value, 37);
  ASSERT_TRUE(q.upper);
  EXPECT_EQ(*q.upper, 90);
  EXPECT_EQ(q.counted, "Drohnen");
  EXPECT_EQ(q.source, "Luftwaffe");
  EXPECT_TRUE(q.unit.empty());
  ASSERT_EQ(got->events.size(), 1u);
  const Event& e = got->events[0];
  EXPECT_EQ(got->slice(e), "griffen");
  EXPECT_EQ(e.type, "ASSAULT");
  EXPECT_EQ(e.mode, "drone");
  EXPECT_EQ(e.source, "cty:RUS");
  EXPECT_EQ(e.target, "cty:UKR");
  EXPECT_EQ(e.place, "geo:703448");
  EXPECT_EQ(e.date, "2025-07");
  EXPECT_EQ(e.attributed_to, "per:wolodymyr_selenskyj");
  EXPECT_TRUE(e.negated);
  EXPECT_EQ(e.aux, "future");
}

TEST_F(StoreLayersTest, RowsCarryTheIndexOfTheirSentence) {
  const Document doc = annotated();
  ASSERT_GE(doc.sentences.size(), 3u);
  Store::open(path_)->write({doc});
  // "Kyjiw an" is in the sentence after the headline; the figure and Selenskyj in the next.
  const int64_t kyiv = store::sentence_of(doc.sentences, doc.entities[1].begin);
  EXPECT_EQ(sql_int(path_, "SELECT sentence FROM entities WHERE entity_id = 'geo:703448'"), kyiv);
  EXPECT_EQ(sql_int(path_, "SELECT sentence FROM quantities"), kyiv + 1);
  EXPECT_EQ(sql_int(path_, "SELECT sentence FROM timexes"), kyiv + 1);
  EXPECT_EQ(sql_int(path_, "SELECT sentence FROM events"), kyiv);
}

TEST(SentenceOf, FindsTheSentenceHoldingAByteOrNone) {
  std::vector<Sentence> sentences(3);
  sentences[0].begin = 0, sentences[0].end = 10;
  sentences[1].begin = 11, sentences[1].end = 20;
  sentences[2].begin = 20, sentences[2].end = 30;
  EXPECT_EQ(store::sentence_of(sentences, 0), 0);
  EXPECT_EQ(store::sentence_of(sentences, 9), 0);
  EXPECT_EQ(store::sentence_of(sentences, 10), -1);  // the gap between two sentences
  EXPECT_EQ(store::sentence_of(sentences, 11), 1);
  EXPECT_EQ(store::sentence_of(sentences, 20), 2);
  EXPECT_EQ(store::sentence_of(sentences, 30), -1);
  EXPECT_EQ(store::sentence_of({}, 0), -1);
}

TEST_F(StoreLayersTest, ReplacingADocumentReplacesItsLayerRows) {
  auto store = Store::open(path_);
  Document doc = annotated();
  store->write({doc});
  doc.entities.pop_back();
  doc.events.clear();
  EXPECT_EQ(store->write({doc}).replaced, 1u);
  EXPECT_EQ(sql_int(path_, "SELECT count(*) FROM entities"), 2);
  EXPECT_EQ(sql_int(path_, "SELECT count(*) FROM events"), 0);
  EXPECT_EQ(sql_int(path_, "SELECT count(*) FROM timexes"), 1);
  EXPECT_EQ(store->get("k1")->entities.size(), 2u);
}

TEST_F(StoreLayersTest, TheContentHashCoversEveryLayer) {
  auto store = Store::open(path_);
  const Document doc = annotated();
  store->write({doc});
  EXPECT_EQ(store->write({doc}).unchanged, 1u);
  std::vector<Document> changes(6, doc);
  changes[0].entities[0].id = "cty:BLR";
  changes[1].roles[0].office = "prime_minister";
  changes[2].timexes[0].value = "2025-07-03";
  changes[3].quantities[0].upper.reset();
  changes[4].events[0].negated = false;
  changes[5].quantities[0].source.clear();
  for (const Document& changed : changes) {
    EXPECT_EQ(store->write({changed}).replaced, 1u);
    EXPECT_EQ(store->write({changed}).unchanged, 1u);
  }
}

// Builds a version-1 store the way lagebild 1 did: its migration only, one document through SQL.
void make_version_1_store(const std::string& path) {
  store::Connection db(path, false);
  store::register_german_tokenizer(db, [] { return Decompounder::shared_default(); });
  store::migrate_to(db, 1);
  db.exec(
      "INSERT INTO documents (id, title, text, date_value, date_origin, content_hash, "
      "ingested_at) VALUES ('alt', 'Abwehr', 'Die Luftabwehr meldete Drohnen über Kyjiw.', "
      "'2024-03', 'given', '0000000000000000', '2024-03-01T00:00:00Z')");
}

TEST_F(StoreLayersTest, AVersion1StoreIsUpgradedInPlace) {
  make_version_1_store(path_);
  ASSERT_EQ(sql_int(path_, "PRAGMA user_version"), 1);
  // A reader cannot migrate: it says what to do.
  StoreOptions read_only;
  read_only.read_only = true;
  try {
    Store::open(path_, read_only);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), Error::Code::kUnsupported);
    EXPECT_NE(std::string(e.what()).find("open it once for writing"), std::string::npos);
  }
  auto store = Store::open(path_);
  EXPECT_EQ(sql_int(path_, "PRAGMA user_version"), 2);
  EXPECT_EQ(sql_int(path_, "SELECT count(*) FROM schema_migrations"), 2);
  // The old document and its full-text entry survive, with empty layers.
  std::optional<Document> old = store->get("alt");
  ASSERT_TRUE(old);
  EXPECT_EQ(old->text, "Die Luftabwehr meldete Drohnen über Kyjiw.");
  EXPECT_TRUE(old->entities.empty());
  ASSERT_EQ(store->search("Abwehr").size(), 1u);
  // Ingesting it again with layers replaces it (the v1 hash cannot match).
  Document again = annotated();
  again.id = "alt";
  EXPECT_EQ(store->write({again}).replaced, 1u);
  EXPECT_EQ(store->get("alt")->entities.size(), 3u);
  EXPECT_EQ(store->entities().size(), 3u);
  // Opening it again migrates nothing.
  store.reset();
  Store::open(path_).reset();
  EXPECT_EQ(sql_int(path_, "SELECT count(*) FROM schema_migrations"), 2);
}

}  // namespace
}  // namespace lagebild
