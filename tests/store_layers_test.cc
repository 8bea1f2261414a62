// The store's annotation layers (schema version 2): written and read back whole, replaced with
// their document, covered by the content hash; version-1 and version-2 stores upgraded in place.
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
#include "store/content_hash.h"
#include "store/fts_tokenizer.h"
#include "store/layer_rows.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "store_sql.h"
#include "stored_spans.h"
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

// The hash in two steps (the text's part on a worker, the rest on the writer) is the hash.
TEST(ContentHash, FinishedFromTheTextStateIsTheSameHash) {
  const Document doc = annotated();
  EXPECT_EQ(store::content_hash(doc, store::content_hash_text_state(doc)),
            store::content_hash(doc));
  Document other = doc;
  other.text += " Nachtrag.";
  EXPECT_NE(store::content_hash(doc, store::content_hash_text_state(other)),
            store::content_hash(doc));
  other = doc;
  other.title.reset();
  EXPECT_NE(store::content_hash_text_state(other), store::content_hash_text_state(doc));
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
  EXPECT_EQ(sql_int(path_, "PRAGMA user_version"), 3);
  EXPECT_EQ(sql_int(path_, "SELECT count(*) FROM schema_migrations"), 3);
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
  EXPECT_EQ(sql_int(path_, "SELECT count(*) FROM schema_migrations"), 3);
}

// Builds a version-2 store the way lagebild 2 wrote one: its migrations, then `doc` as a document
// row with one row per paragraph, sentence and layer item.
void make_version_2_store(const std::string& path, const Document& doc) {
  store::Connection db(path, false);
  store::register_german_tokenizer(db, [] { return Decompounder::shared_default(); });
  store::migrate_to(db, 2);
  store::Statement document(
      db,
      "INSERT INTO documents (id, title, text, date_value, date_origin, sentence_count, "
      "token_count, content_hash, ingested_at) VALUES (?1, ?2, ?3, ?4, 'given', ?5, ?6, ?7, "
      "'2025-07-03T00:00:00Z')");
  document.bind(1, doc.id)
      .bind(2, doc.title)
      .bind(3, doc.text)
      .bind(4, doc.date.value)
      .bind(5, static_cast<int64_t>(doc.sentences.size()))
      .bind(6, static_cast<int64_t>(doc.tokens.size()))
      .bind(7, store::content_hash(doc))
      .run();
  const int64_t key = sqlite3_last_insert_rowid(db.handle());
  // Rows in reverse order: the migration must order spans by n, not by insertion.
  store::Statement paragraph(
      db, "INSERT INTO paragraphs (doc, n, start_byte, end_byte) VALUES (?1, ?2, ?3, ?4)");
  for (size_t i = doc.paragraphs.size(); i-- > 0;) {
    paragraph.bind(1, key)
        .bind(2, static_cast<int64_t>(i))
        .bind(3, static_cast<int64_t>(doc.paragraphs[i].begin))
        .bind(4, static_cast<int64_t>(doc.paragraphs[i].end))
        .run();
  }
  store::Statement sentence(db,
                            "INSERT INTO sentences (doc, n, start_byte, end_byte, first_token, "
                            "end_token) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  for (size_t i = doc.sentences.size(); i-- > 0;) {
    const Sentence& t = doc.sentences[i];
    sentence.bind(1, key)
        .bind(2, static_cast<int64_t>(i))
        .bind(3, static_cast<int64_t>(t.begin))
        .bind(4, static_cast<int64_t>(t.end))
        .bind(5, static_cast<int64_t>(t.first_token))
        .bind(6, static_cast<int64_t>(t.end_token))
        .run();
  }
  store::LayerWriter(db).write(key, doc);
}

TEST_F(StoreLayersTest, AVersion2StoreIsUpgradedWithItsSpansPacked) {
  Document doc = annotated();
  doc.text += "\n\nZweiter Absatz. Mit zwei Sätzen.";
  doc.sentences.clear();
  doc.paragraphs.clear();
  doc.tokens.clear();
  segment(doc);
  ASSERT_EQ(doc.paragraphs.size(), 3u);
  ASSERT_GE(doc.sentences.size(), 4u);
  make_version_2_store(path_, doc);
  ASSERT_EQ(sql_int(path_, "PRAGMA user_version"), 2);

  auto store = Store::open(path_);
  EXPECT_EQ(sql_int(path_, "PRAGMA user_version"), 3);
  EXPECT_EQ(sql_int(path_, "SELECT count(*) FROM schema_migrations"), 3);
  // The spans come back whole and in order, through get() and through the SQL views.
  std::optional<Document> got = store->get(doc.id);
  ASSERT_TRUE(got);
  test_store::expect_same_spans(*got, doc);
  EXPECT_EQ(got->entities.size(), doc.entities.size());
  EXPECT_EQ(sql_int(path_, "SELECT count(*) FROM sentences"),
            static_cast<int64_t>(doc.sentences.size()));
  EXPECT_EQ(sql_int(path_, "SELECT end_byte FROM paragraphs WHERE n = 2"),
            static_cast<int64_t>(doc.paragraphs[2].end));
  EXPECT_EQ(sql_int(path_,
                    "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND "
                    "name IN ('sentences', 'paragraphs')"),
            0);
  // The queries that read sentences and paragraphs find their text as before.
  std::vector<std::string> dated;
  for (const TimelineEntry& entry : store->timeline())
    dated.push_back(entry.basis + ": " + entry.text);
  EXPECT_EQ(dated, (std::vector<std::string>{
                       "event: In der Nacht griffen russische Drohnen Kyjiw an.",
                       "timex: Nach Angaben der Luftwaffe wurden 37 von 90 Drohnen abgefangen, "
                       "sagte Selenskyj am 2. Juli 2025."}));
  ClaimQuery about;
  about.about = "Drohnen";
  std::vector<Claim> claims = store->claims(about);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].figure, "37 von 90");
  EXPECT_EQ(store->search("Absatz").size(), 1u);
  // The content hash did not change its meaning: the same document again is unchanged.
  EXPECT_EQ(store->write({doc}).unchanged, 1u);
  // The writer, not triggers, keeps the index: a replacement takes the old words out of it.
  EXPECT_EQ(sql_int(path_, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"), 0);
  Document changed;
  changed.id = doc.id;
  changed.text = "Fähren im Hafen\nIm Hafen liegen Fähren.";
  changed.title = "Fähren im Hafen";
  segment(changed);
  EXPECT_EQ(store->write({changed}).replaced, 1u);
  EXPECT_TRUE(store->search("Absatz").empty());
  EXPECT_TRUE(store->search("Drohnen").empty());
  EXPECT_EQ(store->search("Fähre").size(), 1u);
  store.reset();
  Store::open(path_).reset();
  EXPECT_EQ(sql_int(path_, "SELECT count(*) FROM schema_migrations"), 3);
}

}  // namespace
}  // namespace lagebild
