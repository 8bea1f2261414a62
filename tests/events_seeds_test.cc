// Acceptance of issue 5 on the shared seed articles, through the whole pipeline: the events the
// issue names, and the sources of the figures in seed 001. Skipped when ../shared/seeds is not
// there. The rules are general German; this only checks that they hold on real text.
#include <gtest/gtest.h>

#include <lagebild/kb.h>
#include <lagebild/pipeline.h>
#include <lagebild/reader.h>

#include <filesystem>
#include <memory>
#include <string>

#include "core/paths.h"

namespace lagebild {
namespace {

namespace fs = std::filesystem;

std::string seed_path(const std::string& prefix) {
  const fs::path dir = fs::path(LAGEBILD_SHARED_DIR) / "seeds";
  if (!fs::is_directory(dir)) return {};
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().filename().string().rfind(prefix, 0) == 0) return entry.path().string();
  }
  return {};
}

class EventsSeedsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (seed_path("000_").empty()) return;
    pipeline_ = new Pipeline();
    kb_ = KnowledgeBase::load(data_path("kb"));
  }
  static void TearDownTestSuite() {
    delete pipeline_;
    pipeline_ = nullptr;
    kb_.reset();
  }

  // The seed read as `lagebild analyze` reads it (date header, headline), then analysed.
  static Document analyse(const std::string& prefix) {
    Document doc;
    const std::string path = seed_path(prefix);
    if (path.empty()) return doc;
    ArticleReader reader({path});
    std::vector<ReadIssue> issues;
    EXPECT_TRUE(reader.next(doc, issues));
    pipeline_->analyze(doc);
    return doc;
  }

  static bool has_event(const Document& doc, const std::string& type, const std::string& mode,
                        const std::string& source, const std::string& target) {
    for (const auto& e : doc.events) {
      if (e.type == type && (mode.empty() || e.mode == mode) && e.source == source &&
          e.target == target) {
        return true;
      }
    }
    return false;
  }

  static std::string dump(const Document& doc) {
    std::string s;
    for (const auto& e : doc.events) {
      s += std::string(doc.slice(e)) + " " + e.type + "/" + e.mode + " " + e.source + " -> " +
           e.target + "\n";
    }
    return s;
  }

  // The country an actor id stands for: itself, or a KB entity's country.
  static std::string country_of(const std::string& id) {
    if (id.rfind("cty:", 0) == 0) return id.substr(4);
    const KbEntity* e = kb_->entity(id);
    return e != nullptr ? e->country : std::string();
  }

  static const Quantity* quantity(const Document& doc, const std::string& text) {
    for (const auto& q : doc.quantities) {
      if (doc.slice(q) == text) return &q;
    }
    return nullptr;
  }

  static Pipeline* pipeline_;
  static std::shared_ptr<const KnowledgeBase> kb_;
};

Pipeline* EventsSeedsTest::pipeline_ = nullptr;
std::shared_ptr<const KnowledgeBase> EventsSeedsTest::kb_;

#define SKIP_WITHOUT_SEEDS() \
  if (pipeline_ == nullptr) GTEST_SKIP() << "no seeds in " << LAGEBILD_SHARED_DIR

TEST_F(EventsSeedsTest, Seed000PhoneCallBetweenBlinkenAndKuleba) {
  SKIP_WITHOUT_SEEDS();
  const Document doc = analyse("000_");
  EXPECT_TRUE(has_event(doc, "CONSULT", "phone", "per:antony_blinken", "per:dmytro_kuleba"))
      << dump(doc);
  // The talk itself ("hat mit ... Kuleba ... gesprochen") is a CONSULT between the two as well.
  EXPECT_TRUE(has_event(doc, "CONSULT", "", "per:antony_blinken", "per:dmytro_kuleba"))
      << dump(doc);
}

TEST_F(EventsSeedsTest, Seed001BlinkenThreatensNorthKorea) {
  SKIP_WITHOUT_SEEDS();
  const Document doc = analyse("001_");
  EXPECT_TRUE(has_event(doc, "THREATEN", "", "per:antony_blinken", "cty:PRK")) << dump(doc);
}

TEST_F(EventsSeedsTest, Seed001FiguresAndTheirSources) {
  SKIP_WITHOUT_SEEDS();
  const Document doc = analyse("001_");
  // The interceptions: figures, counted things, and the air force as source.
  const Quantity* missiles = quantity(doc, "vier von insgesamt sechs");
  ASSERT_NE(missiles, nullptr);
  EXPECT_EQ(missiles->upper, 6);
  EXPECT_NE(missiles->counted.find("Raketen"), std::string::npos) << missiles->counted;
  const Quantity* drones = quantity(doc, "37 von 90");
  ASSERT_NE(drones, nullptr);
  EXPECT_EQ(drones->counted, "Drohnen");
  for (const Quantity* q : {missiles, drones}) {
    // An id when the knowledge base knows the phrase, else the phrase itself.
    EXPECT_TRUE(q->source == "org:ua_air_force" || q->source.find("Luftwaffe") != std::string::npos)
        << doc.slice(*q) << ": " << q->source;
  }
  // The 10,000 is the US side's: the US State Department's spokesman says it, after "nach
  // US-Angaben" opened the paragraph. The 11,000 is Selenskyj's.
  const Quantity* koreans = quantity(doc, "mehr als 10.000");
  ASSERT_NE(koreans, nullptr);
  EXPECT_EQ(country_of(koreans->source), "USA") << koreans->source;
  const Quantity* eleven = quantity(doc, "11.000");
  ASSERT_NE(eleven, nullptr);
  EXPECT_EQ(eleven->source, "per:volodymyr_zelenskyy");
  const Quantity* thousands = quantity(doc, "Tausende");
  ASSERT_NE(thousands, nullptr);
  EXPECT_EQ(country_of(thousands->source), "USA") << thousands->source;
}

TEST_F(EventsSeedsTest, Seed002MissileStrikesByRussiaOnUkraine) {
  SKIP_WITHOUT_SEEDS();
  const Document doc = analyse("002_");
  bool found = false;
  for (const auto& e : doc.events) {
    found |= e.type == "ASSAULT" && e.mode == "missile" && e.source == "cty:RUS" &&
             e.target == "cty:UKR";
  }
  EXPECT_TRUE(found) << dump(doc);
}

TEST_F(EventsSeedsTest, Seed004SelenskyjRejectsAMeetingInMoscow) {
  SKIP_WITHOUT_SEEDS();
  const Document doc = analyse("004_");
  bool found = false;
  for (const auto& e : doc.events) {
    found |= e.type == "REJECT" && e.mode == "meet" && e.source == "per:volodymyr_zelenskyy" &&
             e.target == "per:vladimir_putin" && e.place == "geo:524901";
  }
  EXPECT_TRUE(found) << dump(doc);
}

}  // namespace
}  // namespace lagebild
