// German full-text search: stemming, compound parts, no false friends, snippets, query syntax,
// and the acceptance check on ../shared/seeds.
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "lagebild/store.h"
#include "store/search_query.h"

namespace lagebild {
namespace {

namespace fs = std::filesystem;

class SearchTest : public testing::Test {
 protected:
  void SetUp() override {
    path_ = testing::TempDir() + "/search_test_" + std::to_string(::getpid()) + ".db";
    remove_files();
    store_ = Store::open(path_);
  }
  void TearDown() override {
    store_.reset();
    remove_files();
  }
  void remove_files() {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path_ + suffix);
  }

  void add(const std::string& id, const std::string& text,
           std::optional<std::string> title = std::nullopt) {
    Document doc;
    doc.id = id;
    doc.text = text;
    doc.title = std::move(title);
    store_->write({doc});
  }

  std::set<std::string> ids(const std::string& query) {
    std::set<std::string> out;
    for (const SearchHit& hit : store_->search(query)) out.insert(hit.id);
    return out;
  }

  std::string path_;
  std::unique_ptr<Store> store_;
};

using Ids = std::set<std::string>;

TEST_F(SearchTest, StemmingFindsInflectedForms) {
  add("drohnen", "Über der Hafenstadt kreisten in der Nacht mehrere Drohnen.");
  add("drohen", "Die Bauern drohen mit neuen Protesten vor dem Landtag.");
  add("angriffe", "Die Raketenangriffe auf die Vororte hielten bis zum Morgen an.");
  EXPECT_EQ(ids("Drohne"), Ids{"drohnen"});  // "drohen" is another word (stem "droh")
  EXPECT_EQ(ids("drohnen"), Ids{"drohnen"});
  EXPECT_EQ(ids("DROHNE"), Ids{"drohnen"});
  EXPECT_EQ(ids("Raketenangriff"), Ids{"angriffe"});
  EXPECT_EQ(ids("Bauer"), Ids{"drohen"});
}

TEST_F(SearchTest, CompoundPartsAreFoundInsideCompounds) {
  add("luft", "Die Luftabwehrkräfte meldeten am Abend einen ruhigen Himmel.");
  add("kampf", "Der Abwehrkampf an der Küste zog sich über Wochen hin.");
  add("bindestrich", "Ein Atom-Abwehr-Programm wurde nie verwirklicht.");
  add("drohnenangriff", "Ein Drohnenangriff traf in der Nacht ein Umspannwerk.");
  add("wehrpflicht", "Die Wehrpflicht bleibt ausgesetzt, sagte die Ministerin.");
  EXPECT_EQ(ids("Abwehr"), (Ids{"luft", "kampf", "bindestrich"}));
  EXPECT_EQ(ids("Drohne"), Ids{"drohnenangriff"});
  EXPECT_EQ(ids("Angriff"), Ids{"drohnenangriff"});
  EXPECT_EQ(ids("Atom"), Ids{"bindestrich"});
  // Adjacent parts together: "Luftabwehr" is inside "Luftabwehrkräfte".
  EXPECT_EQ(ids("Luftabwehr"), Ids{"luft"});
  EXPECT_EQ(ids("Kräfte"), Ids{"luft"});
  // A compound query does not fall apart into its parts.
  EXPECT_EQ(ids("Luftkampf"), Ids{});
}

TEST_F(SearchTest, ShortWordsDoNotMatchUnrelatedWords) {
  add("stadtrat", "Der Stadtrat tagte am Montag bis spät in den Abend.");
  add("beratung", "Die Beratung der Haushaltsvorlage dauerte lange.");
  add("ratte", "Eine Ratte lief über den Bahnsteig.");
  add("wehr", "Die Bundeswehr übernimmt die Ausbildung.");
  EXPECT_EQ(ids("Rat"), Ids{"stadtrat"});
  EXPECT_EQ(ids("Abwehr"), Ids{});
}

TEST_F(SearchTest, MultipleWordsAreAllRequiredAndOrAndPhrasesWork) {
  add("a", "Die Regierung beschloss neue Sanktionen gegen die Reederei.");
  add("b", "Die Regierung lehnte Verhandlungen über den Hafen ab.");
  add("c", "Neue Sanktionen trafen die Banken des Landes.");
  EXPECT_EQ(ids("Regierung Sanktionen"), Ids{"a"});
  EXPECT_EQ(ids("Regierung Sanktion"), Ids{"a"});
  EXPECT_EQ(ids("Reederei OR Banken"), (Ids{"a", "c"}));
  EXPECT_EQ(ids("Sanktionen Reederei OR Banken"), (Ids{"a", "c"}));
  EXPECT_EQ(ids("\"neue Sanktionen\""), (Ids{"a", "c"}));
  EXPECT_EQ(ids("\"Sanktionen neue\""), Ids{});
}

TEST_F(SearchTest, AnyInputIsAValidQuery) {
  add("a", "Die Regierung beschloss neue Sanktionen (vorläufig) gegen die Reederei.");
  for (const char* query : {"",
                            "   ",
                            "\"",
                            "\"\"",
                            "(",
                            ")",
                            "*",
                            "AND",
                            "OR",
                            "NOT",
                            "NEAR(",
                            "text:",
                            "^Regierung",
                            "Regierung*",
                            "Regierung AND",
                            "OR Regierung OR",
                            "\"Regierung",
                            "-",
                            "!!!",
                            "\xff\xfe",
                            "Regierung\" OR \"x",
                            "title:Regierung",
                            "{text}: x",
                            "a:b:c"}) {
    EXPECT_NO_THROW(store_->search(query)) << query;
  }
  EXPECT_TRUE(store_->search("").empty());
  EXPECT_TRUE(store_->search("!!! ...").empty());
  EXPECT_EQ(ids("OR Regierung OR"), Ids{"a"});
  EXPECT_EQ(ids("(vorläufig)"), Ids{"a"});
  EXPECT_EQ(ids("Regierung*"), Ids{"a"});
}

TEST_F(SearchTest, SnippetsMarkTheMatchedWords) {
  add("a",
      "In der Nacht meldeten die Luftabwehrkräfte mehrere Abschüsse über der Hauptstadt, "
      "teilte die Armee am Morgen mit.",
      "Nächtliche Abwehr");
  std::vector<SearchHit> hits = store_->search("Abwehr");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].id, "a");
  EXPECT_EQ(hits[0].title, "Nächtliche Abwehr");
  EXPECT_GT(hits[0].score, 0.0);
  EXPECT_NE(hits[0].snippet.find("«Luftabwehrkräfte»"), std::string::npos) << hits[0].snippet;

  SearchOptions plain;
  plain.plain_snippet = true;
  hits = store_->search("Abwehr", plain);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].snippet.find("«"), std::string::npos);
  EXPECT_NE(hits[0].snippet.find("Luftabwehrkräfte"), std::string::npos);

  SearchOptions brackets;
  brackets.match_open = "[";
  brackets.match_close = "]";
  hits = store_->search("Armee Nacht", brackets);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_NE(hits[0].snippet.find("[Nacht]"), std::string::npos) << hits[0].snippet;
  EXPECT_NE(hits[0].snippet.find("[Armee]"), std::string::npos) << hits[0].snippet;
}

TEST_F(SearchTest, RanksTitleAndFrequentMatchesFirstAndPages) {
  add("once",
      "Am Rand der Debatte fiel auch das Wort Pipeline, sonst ging es um Steuern, "
      "Renten, Schulen und den Haushalt des kommenden Jahres.");
  add("often", "Die Pipeline bleibt umstritten. Gegner der Pipeline klagen gegen die Pipeline.",
      "Streit um die Pipeline");
  std::vector<SearchHit> hits = store_->search("Pipeline");
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].id, "often");
  EXPECT_GT(hits[0].score, hits[1].score);
  SearchOptions second_page;
  second_page.limit = 1;
  second_page.offset = 1;
  hits = store_->search("Pipeline", second_page);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].id, "once");
}

TEST(SearchQuery, QuotesEveryTermSoFts5SyntaxCannotLeakThrough) {
  using store::to_fts5_query;
  EXPECT_EQ(to_fts5_query("Drohne"), "\"Drohne\"");
  EXPECT_EQ(to_fts5_query("  Drohne   Kiew "), "\"Drohne\" AND \"Kiew\"");
  EXPECT_EQ(to_fts5_query("Drohne OR Rakete Kiew"), "(\"Drohne\" OR \"Rakete\") AND \"Kiew\"");
  EXPECT_EQ(to_fts5_query("\"neue Sanktionen\" EU"), "\"neue Sanktionen\" AND \"EU\"");
  EXPECT_EQ(to_fts5_query("say\"s"), "\"say\" AND \"s\"");
  EXPECT_EQ(to_fts5_query("NEAR(a b)"), "\"NEAR(a\" AND \"b)\"");
  EXPECT_EQ(to_fts5_query("title:x"), "\"title:x\"");
  EXPECT_EQ(to_fts5_query("OR"), "");
  EXPECT_EQ(to_fts5_query("or"), "\"or\"");
  EXPECT_EQ(to_fts5_query("- * ()"), "");
  EXPECT_EQ(to_fts5_query("\"unclosed phrase"), "\"unclosed phrase\"");
}

// The acceptance check of issue 2 on the five seed articles.
std::vector<Document> read_seeds(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<Document> docs;
  for (const fs::path& file : files) {
    std::ifstream in(file);
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    // Crude header strip: " date YYYY-MM" or " date YYYY-MM-DD" at the very start is metadata.
    size_t start = text.find_first_not_of(' ');
    Document doc;
    if (start != std::string::npos && text.compare(start, 5, "date ") == 0) {
      size_t value = start + 5;
      size_t end = text.find_first_of(" \n", value);
      doc.date.value = text.substr(value, end - value);
      doc.date.origin = DocumentDate::Origin::kGiven;
      text = text.substr(end);
    }
    doc.id = file.stem().string();
    doc.text = text.substr(text.find_first_not_of(" \n"));
    docs.push_back(std::move(doc));
  }
  return docs;
}

TEST_F(SearchTest, SeedsDrohneAndAbwehrFindExactlyTheExpectedArticles) {
  const fs::path seeds = fs::path(LAGEBILD_SHARED_DIR) / "seeds";
  if (!fs::is_directory(seeds)) GTEST_SKIP() << "no " << seeds;
  std::vector<Document> docs = read_seeds(seeds);
  ASSERT_EQ(docs.size(), 5u);
  EXPECT_EQ(store_->write(docs).inserted, 5u);
  auto prefixes = [&](const std::string& query) {
    Ids out;
    for (const SearchHit& hit : store_->search(query)) out.insert(hit.id.substr(0, 3));
    return out;
  };
  EXPECT_EQ(prefixes("Drohne"), (Ids{"001", "004"}));
  EXPECT_EQ(prefixes("Abwehr"), (Ids{"000", "001", "002"}));
  EXPECT_EQ(docs[0].date.value, "2023-05");
}

}  // namespace
}  // namespace lagebild

namespace lagebild {
namespace {

// Terms prepared on other threads (StoreIndexer, as `ingest` does) index exactly what the
// tokenizer would, and terms made for another text are never used.
TEST(PreparedTerms, IndexTheSameAsTheTokenizerAndOnlyForTheirOwnText) {
  const std::string base = testing::TempDir() + "/prepared_terms_" + std::to_string(::getpid());
  auto remove_files = [&](const std::string& path) {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path + suffix);
  };
  std::vector<Document> docs(3);
  docs[0].id = "a";
  docs[0].title = "Luftabwehr im Einsatz";
  docs[0].text = "Die Luftabwehrkräfte fingen in der Nacht 37 Drohnen ab.";
  docs[1].id = "b";
  docs[1].text = "Die Atom-Abwehr der Nato übt den Abwehrkampf.";
  docs[2].id = "c";
  docs[2].title = "Hafen";
  docs[2].text = "Im Hafen liegen Fähren, keine Drohne.";
  const StoreIndexer indexer;
  std::vector<std::string> prepared;
  for (const Document& doc : docs) prepared.push_back(indexer.prepare(doc));
  // Swapped buffers: each belongs to another text and must be ignored.
  std::vector<std::string> swapped = {prepared[2], prepared[0], prepared[1]};

  const char* queries[] = {"Abwehr", "Drohne", "Luftabwehr", "Kraft",
                           "Atom",   "Hafen",  "Fähre",      "\"Die Luftabwehrkräfte\"",
                           "Nato"};
  std::vector<std::vector<std::string>> results[3];
  int variant = 0;
  const std::vector<std::string>* variants[] = {nullptr, &prepared, &swapped};
  for (const std::vector<std::string>* terms : variants) {
    const std::string path = base + "_" + std::to_string(variant) + ".db";
    remove_files(path);
    {
      auto store = Store::open(path);
      if (terms) {
        store->write(docs, *terms);
      } else {
        store->write(docs);
      }
      for (const char* query : queries) {
        std::vector<std::string> hits;
        for (const SearchHit& hit : store->search(query)) hits.push_back(hit.id + hit.snippet);
        results[variant].push_back(hits);
      }
    }
    remove_files(path);
    ++variant;
  }
  EXPECT_EQ(results[1], results[0]);
  EXPECT_EQ(results[2], results[0]);
  EXPECT_EQ(results[0][0].size(), 2u);  // "Abwehr": a and b
  // Replacing a document prepared-ly removes its old terms (the delete replays nothing wrong).
  const std::string path = base + "_replace.db";
  remove_files(path);
  {
    auto store = Store::open(path);
    store->write(docs, prepared);
    Document changed = docs[0];
    changed.text = "Die Luftabwehr schwieg.";
    store->write({changed}, {indexer.prepare(changed)});
    std::set<std::string> ids;
    for (const SearchHit& hit : store->search("Drohne")) ids.insert(hit.id);
    EXPECT_EQ(ids, (std::set<std::string>{"c"}));
  }
  remove_files(path);
}

}  // namespace
}  // namespace lagebild
