// DocumentDater on hand-made documents: each evidence source alone, their combination, the
// edges of the month grid, and an article with no evidence.
#include <lagebild/dating.h>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "time/dating_calendar.h"
#include "time/dating_evidence.h"

namespace lagebild {
namespace {

namespace fs = std::filesystem;
using dating::month_index;

Document make_doc(const std::string& text) {
  Document d;
  d.id = "test";
  d.text = text;
  return d;
}

// A knowledge base and an events table of a few lines, written for the test.
class DaterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dating_test_" + std::to_string(::getpid()));
    fs::create_directories(dir_ / "kb");
    std::ofstream(dir_ / "kb" / "offices.tsv")
        << "person\toffice\tof\tstart\tend\tsource\n"
        << "per:andrii_sybiha\tforeign_minister\tUKR\t2024-09-05\t\ttest\n"
        << "per:dmytro_kuleba\tforeign_minister\tUKR\t2020-03-04\t2024-09-05\ttest\n";
    std::ofstream(dir_ / "kb" / "office_titles.tsv")
        << "phrase\toffice\tof\tsource\nAußenminister\tforeign_minister\t\ttest\n";
    std::ofstream(dir_ / "kb" / "persons.tsv")
        << "id\tname\tcountry\tname_en\tsource\n"
        << "per:andrii_sybiha\tAndrij Sybiha\tUKR\tAndrii Sybiha\ttest\n"
        << "per:dmytro_kuleba\tDmytro Kuleba\tUKR\tDmytro Kuleba\ttest\n";
    std::ofstream(dir_ / "kb" / "name_variants.tsv")
        << "id\tvariant\tkind\tsource\nper:andrii_sybiha\tSybiga\tname\ttest\n";
    std::ofstream(dir_ / "kb" / "events.tsv")
        << "# DATE\tNAME\tTRIGGERS\tCONTEXT\tSOURCE\n"
        << "2022-02-24\tInvasion\tkrieg*,angriffskrieg*,invasion*\tukrain*,russ*\ttest\n";
    options_.kb_dir = (dir_ / "kb").string();
    options_.events_path = (dir_ / "kb" / "events.tsv").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  DocumentDate infer(const std::string& text, DocumentDater::Options options) {
    DocumentDater dater(nullptr, options);
    return dater.infer(make_doc(text));
  }
  DocumentDate infer(const std::string& text) { return infer(text, options_); }

  fs::path dir_;
  DocumentDater::Options options_;
};

TEST_F(DaterTest, ExplicitFullDateGivesItsMonth) {
  const auto d = infer("Die Konferenz begann am 3. Mai 2021 in Wien. Es wurde viel geredet.");
  EXPECT_EQ(d.value.substr(0, 7), "2021-05");
  EXPECT_EQ(d.origin, DocumentDate::Origin::kInferred);
  ASSERT_FALSE(d.evidence.empty());
  EXPECT_NE(d.evidence[0].why.find("3. Mai 2021"), std::string::npos) << d.evidence[0].why;
  EXPECT_LE(d.earliest, "2021-05-01");
  EXPECT_GE(d.latest, "2021-05-31");
}

TEST_F(DaterTest, WeekdayPicksTheYear) {
  // 5 May was a Friday in 2023 (and 2017), a Thursday in 2022, a Sunday in 2024. The year 2022
  // mentioned makes 2022–2024 the candidates; only 2023 fits the weekday.
  const auto d = infer("Im Jahr 2022 begann es. Am Freitag, 5. Mai, kam es zum Streit.");
  EXPECT_EQ(d.value.substr(0, 7), "2023-05");
  bool weekday_reason = false;
  for (const auto& e : d.evidence) weekday_reason |= e.why.find("weekday") != std::string::npos;
  EXPECT_TRUE(weekday_reason);
}

TEST_F(DaterTest, WeekdayLikelihoodRulesOutOtherYears) {
  const std::string text = "Am Freitag, 5. Mai, kam es zum Streit.";
  const Document doc = make_doc(text);
  std::vector<dating::EvidenceItem> items;
  dating::weekday_evidence(doc, dating::find_date_cues(dating::tokenize_for_dating(text)), items);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_GT(items[0].likelihood[month_index(2023, 5)],
            10 * items[0].likelihood[month_index(2022, 5)]);
  EXPECT_EQ(doc.slice(items[0].span), "Freitag, 5. Mai");
}

TEST_F(DaterTest, AnchoredDurationMovesPastTheTrainingData) {
  const auto d = infer(
      "Selenskyj will verhandeln, im seit mehr als dreieinhalb Jahren andauernden russischen "
      "Angriffskrieg gegen die Ukraine.");
  EXPECT_GE(d.value.substr(0, 7), "2025-08");
  EXPECT_LE(d.value.substr(0, 7), "2026-02");
  EXPECT_GE(d.earliest, "2025-08-01");
  ASSERT_FALSE(d.evidence.empty());
  EXPECT_NE(d.evidence[0].why.find("Invasion"), std::string::npos) << d.evidence[0].why;
}

TEST_F(DaterTest, DurationFromTheTimexLayerIsUsed) {
  Document doc = make_doc("Seit über 14 Monaten tobt der Krieg.");
  Timex t;
  t.begin = 5;
  t.end = 20;
  t.type = "DURATION";
  t.value = "P14M";
  t.mod = "MORE_THAN";
  t.anchor = "2022-02-24";
  doc.timexes.push_back(t);
  DocumentDater::Options options = options_;
  options.events_path = (dir_ / "none.tsv").string();  // only the timex layer can anchor it
  const auto d = DocumentDater(nullptr, options).infer(doc);
  EXPECT_GE(d.value.substr(0, 7), "2023-04");
  EXPECT_LE(d.value.substr(0, 7), "2023-06");
}

TEST_F(DaterTest, OfficeTenureBoundsTheDate) {
  const auto d = infer("Außenminister Andrii Sybiha reiste nach Brüssel.");
  EXPECT_GE(d.value.substr(0, 7), "2024-09");
  bool office = false;
  for (const auto& e : d.evidence) office |= e.why.find("office holder") != std::string::npos;
  EXPECT_TRUE(office);
  // A former holder named as such does not date the article to his term.
  const auto former = infer("Der frühere Außenminister Dmytro Kuleba reiste nach Brüssel.");
  for (const auto& e : former.evidence) EXPECT_EQ(e.why.find("office holder"), std::string::npos);
  // So does a compound with "Ex-" or "Alt-"; a country prefix ("UA-") still dates it.
  for (const char* text : {"Ex-Außenminister Kuleba reiste nach Brüssel.",
                           "Alt-Außenminister Kuleba reiste nach Brüssel."}) {
    const auto ex = infer(text);
    for (const auto& e : ex.evidence)
      EXPECT_EQ(e.why.find("office holder"), std::string::npos) << text;
  }
  const auto prefixed = infer("UA-Außenminister Kuleba reiste nach Brüssel.");
  EXPECT_LE(prefixed.value.substr(0, 7), "2024-09");
  EXPECT_GE(prefixed.value.substr(0, 7), "2020-03");
}

TEST_F(DaterTest, SourcesCombine) {
  // Day and month without a year, plus an office holder in office from 2024-09: July 2025.
  const auto d =
      infer("Das Treffen fand am 2. Juli im Auftrag von Außenminister Andrii Sybiha statt.");
  EXPECT_EQ(d.value.substr(0, 7), "2025-07");
  EXPECT_GE(d.evidence.size(), 2u);
  // Switching the office source off leaves the year open.
  DocumentDater::Options no_offices = options_;
  no_offices.use_offices = false;
  const auto open = infer(
      "Das Treffen fand am 2. Juli im Auftrag von Außenminister Andrii Sybiha statt.", no_offices);
  EXPECT_LT(open.confidence, d.confidence);
}

TEST_F(DaterTest, NoEvidenceMeansLowConfidenceAndAWideInterval) {
  const auto d = infer("Es regnet. Die Straßen sind nass.");
  EXPECT_EQ(d.origin, DocumentDate::Origin::kInferred);
  EXPECT_LT(d.confidence, 0.05);
  EXPECT_TRUE(d.evidence.empty());
  EXPECT_GE(std::stoi(d.latest.substr(0, 4)) - std::stoi(d.earliest.substr(0, 4)), 10);
}

TEST_F(DaterTest, GridEdges) {
  const auto early = infer("Am 1. Januar 2000 begann das Jahr.");
  EXPECT_EQ(early.value.substr(0, 7), "2000-01");
  EXPECT_EQ(early.earliest, "2000-01-01");
  const auto late = infer("Am 31. Dezember 2026 endet das Jahr.");
  EXPECT_EQ(late.value.substr(0, 7), "2026-12");
  EXPECT_EQ(late.latest, "2026-12-31");
  // A date off the grid is no evidence, and nothing breaks.
  const auto off = infer("Am 3. März 1995 war es kalt.");
  EXPECT_FALSE(off.value.empty());
}

TEST_F(DaterTest, GivenDatesAreLeftAlone) {
  Document doc = make_doc("Am 3. Mai 2021 begann es.");
  doc.date.origin = DocumentDate::Origin::kGiven;
  doc.date.value = "2023-05";
  DocumentDater(nullptr, options_).date(doc);
  EXPECT_EQ(doc.date.value, "2023-05");
  doc.date = DocumentDate{};
  DocumentDater(nullptr, options_).date(doc);
  EXPECT_EQ(doc.date.origin, DocumentDate::Origin::kInferred);
}

TEST_F(DaterTest, WorksWithoutKnowledgeBaseOrEvents) {
  DocumentDater::Options options;
  options.kb_dir = (dir_ / "missing").string();
  options.events_path = (dir_ / "missing.tsv").string();
  const auto d = infer("Außenminister Andrii Sybiha kam am 2. Juli 2025.", options);
  EXPECT_EQ(d.value.substr(0, 7), "2025-07");
}

TEST(DatingLikelihoods, DurationAndTenureShapes) {
  const int invasion = dating::day_number(2022, 2, 24);
  const auto more = dating::duration_likelihood(invasion, 42, 6, +1);
  EXPECT_GT(more[month_index(2025, 9)], 0.99);
  EXPECT_LT(more[month_index(2025, 8)], more[month_index(2025, 9)]);
  EXPECT_LT(more[month_index(2025, 6)], 0.1);
  const auto almost = dating::duration_likelihood(invasion, 36, 12, -1);
  EXPECT_GT(almost[month_index(2024, 12)], 0.99);
  EXPECT_LT(almost[month_index(2025, 4)], 0.1);
  const auto term = dating::tenure_likelihood(dating::day_number(2024, 9, 5), -1);
  EXPECT_LT(term[month_index(2024, 8)], 0.05);
  EXPECT_GT(term[month_index(2026, 12)], 0.99);
  EXPECT_GT(term[month_index(2024, 9)], 0.8);
}

}  // namespace
}  // namespace lagebild
