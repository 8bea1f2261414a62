// Acceptance on the shared seed articles (issue 5): figures, counted things and sources in
// seeds/001. Skipped when ../shared/seeds is not there. The rules are general; this only checks
// that they hold on real text.
#include <gtest/gtest.h>

#include <lagebild/claims.h>
#include <lagebild/text.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace lagebild {
namespace {

// Reads a seed file, dropping the optional " date YYYY-MM" header crudely.
std::string read_seed(const std::string& prefix) {
  const std::filesystem::path dir = std::filesystem::path(LAGEBILD_SHARED_DIR) / "seeds";
  if (!std::filesystem::is_directory(dir)) return {};
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().filename().string().rfind(prefix, 0) != 0) continue;
    std::ifstream in(entry.path());
    std::stringstream ss;
    ss << in.rdbuf();
    std::string text = ss.str();
    if (text.rfind(" date ", 0) == 0 || text.rfind("date ", 0) == 0) {
      size_t p = text.find("date ") + 5;
      while (p < text.size() && text[p] != ' ' && text[p] != '\n') ++p;
      text = text.substr(p + 1);
    }
    return text;
  }
  return {};
}

Document analyse_seed(const std::string& prefix) {
  Document doc;
  doc.text = read_seed(prefix);
  if (doc.text.empty()) return doc;
  segment(doc);
  static const ClaimLexicons lexicons;
  extract_quantities(doc, lexicons);
  return doc;
}

const Quantity* find(const Document& doc, const std::string& span_text) {
  for (const auto& q : doc.quantities) {
    if (doc.slice(q) == span_text) return &q;
  }
  return nullptr;
}

bool contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

TEST(ClaimsSeedsTest, Seed001FiguresCountedThingsAndSources) {
  Document doc = analyse_seed("001_");
  if (doc.text.empty()) GTEST_SKIP() << "no seeds in " << LAGEBILD_SHARED_DIR;

  const Quantity* missiles = find(doc, "vier von insgesamt sechs");
  ASSERT_NE(missiles, nullptr);
  EXPECT_EQ(missiles->value, 4);
  EXPECT_EQ(missiles->upper, 6);
  EXPECT_TRUE(contains(missiles->counted, "Raketen")) << missiles->counted;
  EXPECT_TRUE(contains(missiles->source, "Luftwaffe")) << missiles->source;

  const Quantity* drones = find(doc, "37 von 90");
  ASSERT_NE(drones, nullptr);
  EXPECT_EQ(drones->value, 37);
  EXPECT_EQ(drones->upper, 90);
  EXPECT_EQ(drones->counted, "Drohnen");
  EXPECT_TRUE(contains(drones->source, "Luftwaffe")) << drones->source;

  const Quantity* lost = find(doc, "47");
  ASSERT_NE(lost, nullptr);
  EXPECT_EQ(lost->counted, "Drohnen");
  EXPECT_TRUE(contains(lost->source, "Luftwaffe")) << lost->source;

  // The 10,000 comes from the US side: the paragraph opens "nach US-Angaben" and the figure is
  // the State Department spokesman's.
  const Quantity* koreans = find(doc, "mehr als 10.000");
  ASSERT_NE(koreans, nullptr);
  EXPECT_EQ(koreans->approx, "MORE_THAN");
  EXPECT_EQ(koreans->counted, "Nordkoreaner");
  EXPECT_TRUE(contains(koreans->source, "Patel") || contains(koreans->source, "US"))
      << koreans->source;

  const Quantity* thousands = find(doc, "Tausende");
  ASSERT_NE(thousands, nullptr);
  EXPECT_EQ(thousands->counted, "nordkoreanische Soldaten");
  EXPECT_EQ(thousands->source, "USA");

  const Quantity* selenskyj = find(doc, "11.000");
  ASSERT_NE(selenskyj, nullptr);
  EXPECT_EQ(selenskyj->counted, "nordkoreanischen Soldaten");
  EXPECT_TRUE(contains(selenskyj->source, "Selenskyj")) << selenskyj->source;

  const Quantity* bound = find(doc, "rund 50.000");
  ASSERT_NE(bound, nullptr);
  EXPECT_EQ(bound->source, "Selenskyj");

  // Durations and years stay with the time tagger.
  EXPECT_EQ(find(doc, "mehr als zweieinhalb"), nullptr);
  for (const auto& q : doc.quantities) EXPECT_NE(doc.slice(q), "2023");
}

TEST(ClaimsSeedsTest, Seed000MoneyAndShare) {
  Document doc = analyse_seed("000_");
  if (doc.text.empty()) GTEST_SKIP() << "no seeds in " << LAGEBILD_SHARED_DIR;
  const Quantity* dollars = find(doc, "mehr als 36,9 Milliarden US-Dollar");
  ASSERT_NE(dollars, nullptr);
  EXPECT_DOUBLE_EQ(dollars->value, 36.9e9);
  EXPECT_EQ(dollars->unit, "US-Dollar");
  EXPECT_EQ(dollars->counted, "Militärhilfe");
  const Quantity* euros = find(doc, "33,76 Mrd. Euro");
  ASSERT_NE(euros, nullptr);
  EXPECT_EQ(euros->unit, "Euro");
  const Quantity* share = find(doc, "rund 20 Prozent");
  ASSERT_NE(share, nullptr);
  EXPECT_EQ(share->approx, "APPROX");
  const Quantity* children = find(doc, "Sechs");
  ASSERT_NE(children, nullptr);
  EXPECT_EQ(children->counted, "Kinder");
  EXPECT_TRUE(contains(children->source, "Besatzungsbehörden")) << children->source;
}

TEST(ClaimsSeedsTest, AllSeedsRunWithoutTimeAndDurationFigures) {
  for (const char* prefix : {"000_", "001_", "002_", "003_", "004_"}) {
    Document doc = analyse_seed(prefix);
    if (doc.text.empty()) GTEST_SKIP() << "no seeds in " << LAGEBILD_SHARED_DIR;
    for (const auto& q : doc.quantities) {
      std::string span(doc.slice(q));
      EXPECT_FALSE(contains(span, "Uhr")) << prefix << span;
      EXPECT_NE(span, "17") << prefix;
      EXPECT_NE(span, "1") << prefix;  // Nord Stream 1
    }
  }
}

}  // namespace
}  // namespace lagebild
